"""`seecodesk import members` / `export members`: Korean summaries and exit codes 0, 1 and 2."""

import csv
import shutil
import subprocess
import sys

import pytest

from seecodesk.cli.main import main


@pytest.fixture
def network(demo_path):
    return demo_path


def write_csv(path, rows, encoding="cp949"):
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    return path


def organisations(path):
    import sqlite3

    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM organisations").fetchone()[0]


def test_import_prints_a_korean_summary_and_imports(network, tmp_path, capsys):
    source = write_csv(tmp_path / "list.csv", [["순번", "기업명", "연락처", "담당자"], ["1", "가람바다협동조합", "041-731-2201", "이"],
                                                 ["2", "㈜새벽\n들녘", "010-2345-6789", "김"]])
    assert main(["import", "members", str(source), "--db", str(network)]) == 0
    out = capsys.readouterr().out
    assert "CP949" in out and "연락처 → 전화" in out and "가져오지 않는 열: 담당자" in out
    assert "읽은 행 2 · 가져올 행 2" in out and "2곳을 회원 명단에 더했습니다" in out
    assert organisations(network) == 32


def test_dry_run_changes_nothing(network, tmp_path, capsys):
    source = write_csv(tmp_path / "list.csv", [["기업명"], ["가람바다협동조합"]])
    assert main(["import", "members", str(source), "--db", str(network), "--dry-run"]) == 0
    assert "아무것도 바꾸지 않았습니다" in capsys.readouterr().out
    assert organisations(network) == 30


def test_any_error_imports_nothing_and_lists_rows(network, tmp_path, capsys):
    source = write_csv(tmp_path / "bad.csv", [["기업명", "사업자등록번호"], ["좋은곳", ""], ["틀린곳", "116-82-00278"], ["", "124-81-00998"]],
                       "utf-8-sig")
    assert main(["import", "members", str(source), "--db", str(network)]) == 1
    err = capsys.readouterr().err
    assert "3행 [사업자등록번호] 오류" in err and "4행 [기업명] 오류: 기업명이 비어 있습니다." in err
    assert err.strip().splitlines()[-1].startswith("오류: 오류가 있는 행이 2개 있어 아무것도 가져오지 않았습니다 (3, 4행)")
    assert organisations(network) == 30


def test_map_option_and_forced_encoding(network, tmp_path, capsys):
    source = write_csv(tmp_path / "list.csv", [["이름표", "비고"], ["가람바다협동조합", "메모"]])
    assert main(["import", "members", str(source), "--db", str(network), "--encoding", "cp949",
                 "--map", "이름표=기업명", "--map", "비고=메모"]) == 0
    assert main(["import", "members", str(source), "--db", str(network), "--encoding", "utf-8"]) == 1
    assert "UTF-8 (BOM 없음)으로 읽을 수 없습니다" in capsys.readouterr().err
    assert organisations(network) == 31


def test_export_then_import_round_trip_through_the_cli(network, demo_template, tmp_path, capsys):
    out = tmp_path / "members.xlsx"
    assert main(["export", "members", str(out), "--db", str(network)]) == 0
    assert "회원사 30곳을 내보냈습니다" in capsys.readouterr().out
    copy = tmp_path / "copy.seecodesk"
    shutil.copyfile(demo_template, copy)
    assert main(["import", "members", str(out), "--db", str(copy)]) == 0  # every row is already there
    assert "이미 있음 30(건너뜀)" in capsys.readouterr().out and organisations(copy) == 30
    assert main(["import", "members", str(out), "--db", str(copy), "--update-existing"]) == 0
    assert "이미 있는 30곳의 정보를 고쳤습니다" in capsys.readouterr().out and organisations(copy) == 30


def test_real_process_exit_codes(network, tmp_path):
    def run(*args):
        return subprocess.run([sys.executable, "-m", "seecodesk", *args], capture_output=True, text=True)

    usage = run("import", "members", "--db", str(network))
    assert usage.returncode == 2 and "사용법 오류" in usage.stderr
    missing = run("import", "members", str(tmp_path / "없음.csv"), "--db", str(network))
    assert missing.returncode == 1 and missing.stderr.startswith("오류: 파일을 찾을 수 없습니다")
    assert "Traceback" not in missing.stderr
    bad_suffix = run("export", "members", str(tmp_path / "x.txt"), "--db", str(network))
    assert bad_suffix.returncode == 1 and ".csv 또는 .xlsx" in bad_suffix.stderr
    bad_encoding = run("export", "members", str(tmp_path / "x.csv"), "--db", str(network), "--encoding", "euc-kr")
    assert bad_encoding.returncode == 2
