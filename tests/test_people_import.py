"""`seecodesk import people`: a people list in, all rows or none, never doubling people, roles and seats."""

import csv
import sqlite3

from openpyxl import Workbook

from seecodesk.cli.main import main
from seecodesk.core.josa import josa

HEADER = ["이름", "소속 기관", "직함", "휴대전화", "이메일", "역할", "기구", "시작", "끝"]


def write_csv(path, rows, encoding="utf-8-sig"):
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    return path


def count(path, table="people"):
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def business_number(path, name):
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT business_number FROM organisations WHERE name = ?", [name]).fetchone()[0]


def test_a_list_imports_people_roles_and_seats_and_a_second_import_changes_nothing(demo_path, tmp_path, capsys):
    people, roles, seats = count(demo_path), count(demo_path, "person_roles"), count(demo_path, "body_members")
    source = write_csv(tmp_path / "사람.csv", [
        HEADER,
        ["김새봄", "새벽빵협동조합", "팀장", "010-1234-5678", "spring@example.kr", "위원", "교육소통분과", "2026-01-01", ""],
        ["김새봄", "새벽빵 협동조합", "", "", "", "간사", "협의회 사무국", "2026.1.1", "2026.12.31"],
        ["박나래", "", "주무관", "1098765432", "", "", "", "", ""],
    ], encoding="cp949")
    assert main(["import", "people", str(source), "--db", str(demo_path), "--dry-run"]) == 0
    assert count(demo_path) == people
    assert main(["import", "people", str(source), "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "새 사람 2명" in out and "010-9876-5432" in out  # the leading 0 Excel dropped is restored, with a note
    assert count(demo_path) == people + 2 and count(demo_path, "person_roles") == roles + 2
    assert count(demo_path, "body_members") == seats + 1
    with sqlite3.connect(demo_path) as conn:
        row = conn.execute("SELECT p.title, p.mobile, o.name FROM people p JOIN organisations o ON o.id = p.organisation_id "
                           "WHERE p.name = '김새봄'").fetchone()
        assert row == ("팀장", "010-1234-5678", "새벽빵협동조합")
        assert conn.execute("SELECT affiliation FROM people WHERE name = '박나래'").fetchone() == ("기타",)
    assert main(["import", "people", str(source), "--db", str(demo_path)]) == 0
    assert "아무것도 바꾸지 않았습니다" in capsys.readouterr().out
    assert (count(demo_path), count(demo_path, "person_roles"), count(demo_path, "body_members")) == (
        people + 2, roles + 2, seats + 1)


def test_a_stored_person_gets_blank_fields_and_new_roles_never_an_overwrite(demo_path, tmp_path, capsys):
    with sqlite3.connect(demo_path) as conn:
        name, mobile, org = conn.execute(
            "SELECT p.name, p.mobile, o.name FROM people p JOIN organisations o ON o.id = p.organisation_id "
            "WHERE p.email = '' AND p.mobile != '' ORDER BY p.id LIMIT 1").fetchone()
    people = count(demo_path)
    workbook = Workbook()
    workbook.active.append(["성명", "소속", "휴대폰", "이메일", "역할", "시작"])
    workbook.active.append([name, org, "010-9999-1234", "new@example.kr", "멘토", "2026-03-01"])
    workbook.save(tmp_path / "명단.xlsx")
    assert main(["import", "people", str(tmp_path / "명단.xlsx"), "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "이미 있던 1명" in out and f"저장된 휴대전화 '{mobile}'{josa(mobile, '을')} 그대로 둡니다" in out and count(demo_path) == people
    with sqlite3.connect(demo_path) as conn:
        stored = conn.execute("SELECT mobile, email, (SELECT count(*) FROM person_roles r WHERE r.person_id = p.id "
                              "AND r.role = '멘토') FROM people p WHERE p.name = ?", [name]).fetchone()
    assert stored == (mobile, "new@example.kr", 1)


def test_bad_rows_refuse_the_whole_file_with_every_row_and_column(demo_path, tmp_path, capsys):
    people = count(demo_path)
    source = write_csv(tmp_path / "bad.csv", [
        HEADER,
        ["좋은사람", "새벽빵협동조합", "", "010-2222-3333", "", "", "", "", ""],
        ["없는곳사람", "없는협동조합", "", "", "", "", "", "", ""],
        ["주민번호", "새벽빵협동조합", "", "900101-1234567", "", "", "", "", ""],
        ["전화틀림", "새벽빵협동조합", "", "010-12", "", "", "", "", ""],
        ["너무김", "새벽빵협동조합", "가" * 10_000, "", "", "", "", "", ""],
        ["날짜틀림", "새벽빵협동조합", "", "", "", "위원", "", "2026-13-01", ""],
        ["거꾸로", "새벽빵협동조합", "", "", "", "위원", "", "2026-05-01", "2026-01-01"],
        ["", "새벽빵협동조합", "대리", "", "", "", "", "", ""],
        ["둘다틀림", "없는협동조합", "", "900101-1234567", "", "위원", "", "2026.2.30", ""],
    ])
    assert main(["import", "people", str(source), "--db", str(demo_path)]) == 1
    err = capsys.readouterr().err
    for expected in ("3행 [소속 기관]", "4행 [휴대전화]", "5행 [휴대전화]", "6행 [직함]", "7행 [시작]", "8행 [끝]", "9행 [이름]",
                     "10행 [소속 기관]", "10행 [휴대전화]", "10행 [시작]"):  # every problem of a row, at once
        assert expected in err
    assert "1234567" not in err  # a 주민등록번호 is never echoed back
    assert "아무것도 가져오지 않았습니다" in err and "2행" not in err.split("오류:")[-1]
    assert count(demo_path) == people


def test_by_business_number_and_conflicting_duplicate_rows(demo_path, tmp_path, capsys):
    number = business_number(demo_path, "새벽빵협동조합")
    source = write_csv(tmp_path / "dup.csv", [
        ["이름", "사업자등록번호", "휴대전화"],
        ["한결", number, "010-1111-2222"],
        ["한결", number, "010-3333-4444"],
    ])
    assert main(["import", "people", str(source), "--db", str(demo_path)]) == 1
    assert "3행 [휴대전화] 오류: 2행과 같은 사람인데 휴대전화가 다릅니다" in capsys.readouterr().err
    write_csv(source, [["이름", "사업자등록번호"], ["한결", "123-45-67890"]])
    assert main(["import", "people", str(source), "--db", str(demo_path)]) == 1
    assert "[사업자등록번호]" in capsys.readouterr().err


def test_usage_and_file_errors_exit_codes(demo_path, tmp_path, capsys):
    assert main(["import", "people", str(tmp_path / "none.csv"), "--db", str(demo_path)]) == 1
    assert "파일을 찾을 수 없습니다" in capsys.readouterr().err
    write_csv(tmp_path / "noname.csv", [["소속 기관", "직함"], ["새벽빵협동조합", "팀장"]])
    assert main(["import", "people", str(tmp_path / "noname.csv"), "--db", str(demo_path)]) == 1
    assert "필요한 열이 없습니다: 이름" in capsys.readouterr().err
    try:
        main(["import", "people", "x.csv", "--db", str(demo_path), "--encoding", "euc-kr"])
    except SystemExit as exit_:
        assert exit_.code == 2
