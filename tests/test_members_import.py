"""Member import: encodings, header synonyms, every bad input reported by row, all-or-nothing commit."""

import csv
from datetime import datetime

import pytest
from openpyxl import Workbook

from seecodesk.core.errors import ImportFileError
from seecodesk.core.members import Organisation
from seecodesk.exchange.member_import import ERROR, UPDATE, WARNING, build_preview, commit_import, convert_rows
from seecodesk.exchange.member_mapping import apply_overrides, suggest_mapping
from seecodesk.exchange.reading import read_table
from seecodesk.services.members import MemberService

HEADER = ["기업명", "대표자", "전화", "사업자등록번호", "주소"]


def write_csv(path, rows, encoding="utf-8-sig"):
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    return path


def count(db):
    return db.execute("SELECT count(*) FROM organisations").fetchone()[0]


def preview_of(tmp_path, db, rows, encoding="utf-8-sig", name="list.csv"):
    return build_preview(read_table(write_csv(tmp_path / name, rows, encoding)), db)


def problems_of(preview, row):
    return [p for p in preview.problems() if p.row == row]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp949"])
def test_encoding_is_detected_and_names_cleaned(tmp_path, db, encoding):
    rows = [["순번", "회원사명", "대표자명", "연락처", "소재지"],
            ["1", "㈜ 햇살\n두레푸드", "한도윤", "041 730 1234", "가람시 중앙동"],
            ["2", "( 주 )  똠방각하  ", "김샾", "01012345678", "가람시"]]
    preview = preview_of(tmp_path, db, rows, encoding)
    assert preview.table.encoding == encoding
    assert [r.organisation.name for r in preview.rows] == ["(주)햇살 두레푸드", "(주)똠방각하"]
    assert [r.organisation.phone for r in preview.rows] == ["041-730-1234", "010-1234-5678"]
    assert preview.rows[1].organisation.representative == "김샾"
    assert preview.can_commit
    assert commit_import(db, preview).added == 2
    assert count(db) == 2


def test_header_synonyms_map_to_fields(tmp_path, db):
    rows = [["조직명", "대표자명", "전화번호", "도로명주소", "사업자번호", "주 업종", "팩스", "이메일", "홈페이지",
             "설립일", "법인형태", "인증구분", "읍면동", "담당자"],
            ["가람협동조합", "오미란", "041-731-2201", "가람시 바다로 12", "124-81-00998", "제조업", "041-731-2202",
             "a@garam.kr", "garam.kr", "2019. 3. 5.", "협동조합", "인증 사회적기업(일자리제공형), 마을기업", "중앙동", "이수진"]]
    preview = preview_of(tmp_path, db, rows)
    assert preview.mapping.unknown_columns() == ["담당자"]
    org = preview.rows[0].organisation
    assert (org.business_number, org.industry, org.fax, org.email, org.homepage) == (
        "124-81-00998", "제조업", "041-731-2202", "a@garam.kr", "http://garam.kr")
    assert (org.founded_on, org.legal_form, org.district) == ("2019-03-05", "협동조합", "중앙동")
    assert [(d.kind, d.subtype) for d in org.designations] == [("사회적기업", "일자리제공형"), ("마을기업", "")]


def test_unknown_column_can_be_mapped_with_source_equals_field(tmp_path, db):
    path = write_csv(tmp_path / "a.csv", [["상호명", "담당자", "비고2"], ["가람공방", "이수진", "메모 내용"]])
    table = read_table(path)
    mapping = apply_overrides(suggest_mapping(table), table.headers, ["담당자=대표자", "비고2=notes"])
    org = build_preview(table, db, mapping).rows[0].organisation
    assert (org.representative, org.notes) == ("이수진", "메모 내용")
    with pytest.raises(ImportFileError, match="'없는열' 열이 없습니다"):
        apply_overrides(suggest_mapping(table), table.headers, ["없는열=기업명"])
    with pytest.raises(ImportFileError, match="알 수 없는 항목 '뭔가'"):
        apply_overrides(suggest_mapping(table), table.headers, ["담당자=뭔가"])


def test_every_bad_row_is_reported_with_its_row_number_and_nothing_is_imported(tmp_path, db):
    MemberService(db).save_organisation(Organisation(name="(주)햇살두레푸드", business_number="586-82-61263"))
    rows = [HEADER,
            ["좋은마을", "김", "041-731-2201", "124-81-00998", ""],       # row 2: fine
            ["검증틀림", "", "", "116-82-00278", ""],                     # 3: bad checksum
            ["전화틀림", "", "12-34", "", ""],                            # 4: bad phone
            ["", "무명", "041-730-1111", "", ""],                         # 5: missing name
            ["주민번호", "", "900101-1234567", "", ""],                   # 6: RRN
            ["같은번호", "", "", "124-81-00998", ""],                     # 7: duplicate in file
            ["이미있는번호", "", "", "586-82-61263", ""],                 # 8: already in directory (skipped)
            ["햇살두레푸드", "", "", "", ""],                             # 9: same name (warning)
            ["긴주소", "", "", "", "가" * 10_000]]                        # 10: 10,000 characters
    preview = preview_of(tmp_path, db, rows)
    errors = {p.row: p.message for p in preview.problems(ERROR)}
    assert set(errors) == {3, 4, 5, 6, 7, 10}
    assert [r.row for r in preview.rows_existing] == [8]
    assert "검증번호" in errors[3] and "12-34" in errors[4] and "기업명이 비어" in errors[5]
    assert "주민등록번호" in errors[6] and "1234567" not in errors[6]
    assert "2행과 같습니다" in errors[7] and "10,000자" in errors[10]
    assert [p.row for p in preview.problems(WARNING)] == [9]
    assert "900101" not in " ".join(preview.rows[4].cells.values())  # masked in the preview too
    assert not preview.can_commit
    with pytest.raises(ImportFileError, match="오류가 있는 행이 6개"):
        commit_import(db, preview)
    assert count(db) == 1


def test_leaving_out_error_rows_lets_the_rest_import(tmp_path, db):
    rows = [HEADER, ["가", "", "", "124-81-00998", ""], ["나", "", "", "124-81-00998", ""], ["다", "", "bad", "", ""]]
    preview = preview_of(tmp_path, db, rows)
    assert [r.row for r in preview.blocking_rows] == [3, 4]
    preview.rows[0].included = False  # leaving out row 2 clears row 3's duplicate
    preview.rows[2].included = False
    preview.recheck()
    assert preview.can_commit and [r.row for r in preview.rows_to_import] == [3]
    assert commit_import(db, preview).added == 1


def test_a_failure_midway_rolls_back_every_row(tmp_path, db):
    preview = preview_of(tmp_path, db, [HEADER] + [[f"조직{i}", "", "", "", ""] for i in range(5)])
    # The third organisation cannot be stored (as when the disk fills up halfway through the batch).
    db.execute("CREATE TEMP TRIGGER fail_third BEFORE INSERT ON organisations WHEN NEW.name = '조직2' "
               "BEGIN SELECT RAISE(ABORT, '디스크가 가득 찼습니다'); END")
    with pytest.raises(ImportFileError, match="4행을 저장하지 못해 아무것도 가져오지 않았습니다"):
        commit_import(db, preview)
    assert count(db) == 0
    db.execute("DROP TRIGGER fail_third")
    assert commit_import(db, preview).added == 5


def test_a_failure_in_a_child_table_names_its_row_and_rolls_back(tmp_path, db):
    rows = [["기업명", "인증구분"]] + [[f"조직{i}", "마을기업" if i != 3 else "사회적기업"] for i in range(5)]
    preview = preview_of(tmp_path, db, rows)
    db.execute("CREATE TEMP TRIGGER fail_child BEFORE INSERT ON designations WHEN NEW.kind = '사회적기업' "
               "BEGIN SELECT RAISE(ABORT, '디스크가 가득 찼습니다'); END")
    with pytest.raises(ImportFileError, match="5행을 저장하지 못해 아무것도 가져오지 않았습니다"):
        commit_import(db, preview)
    assert count(db) == 0 and db.execute("SELECT COUNT(*) FROM designations").fetchone()[0] == 0


def test_markup_ampersand_equals_and_emoji_survive(tmp_path, db):
    name = "<b>교육</b> & 소통 =협동조합 😀"
    preview = preview_of(tmp_path, db, [["기업명", "메모"], [name, "=HYPERLINK(\"x\") & <i>"]])
    commit_import(db, preview)
    assert db.execute("SELECT name, notes FROM organisations").fetchone() == (name, "=HYPERLINK(\"x\") & <i>")


def test_unbalanced_quote_is_refused_with_its_line(tmp_path, db):
    path = tmp_path / "broken.csv"
    path.write_text('기업명,주소\r\n가람,"중앙동\r\n나눔,새터동\r\n', encoding="utf-8-sig")
    with pytest.raises(ImportFileError, match="2번째 줄에서 시작한 따옴표"):
        read_table(path)


def test_ragged_rows_are_errors(tmp_path, db):
    path = tmp_path / "ragged.csv"
    path.write_text("기업명,주소,전화\r\n가람,중앙동,041-730-1234\r\n나눔,새터동,041-730-1235,넘침\r\n다온\r\n",
                    encoding="utf-8-sig")
    preview = build_preview(read_table(path), db)
    errors = {p.row: p.message for p in preview.problems(ERROR)}
    assert "머리글(3개)보다 많습니다" in errors[3] and "머리글(3개)보다 적습니다" in errors[4]
    assert not preview.can_commit


def test_wrong_or_unknown_encoding_is_a_clear_error(tmp_path):
    path = write_csv(tmp_path / "cp.csv", [["기업명"], ["가람협동조합"]], "cp949")
    with pytest.raises(ImportFileError, match="UTF-8 \\(BOM 없음\\)으로 읽을 수 없습니다: 1번째 줄"):
        read_table(path, "utf-8")
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes("기업명\n".encode() + b"\xff\xfe\xfa\x80\x81\n")
    with pytest.raises(ImportFileError, match="인코딩을 알 수 없습니다"):
        read_table(garbage)


@pytest.mark.parametrize(("content", "message"), [
    (b"", "비어 있습니다"),
    (b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "예전 엑셀 형식"),
    ("기업명,주소\r\n".encode("utf-8-sig"), "가져올 행이 없습니다"),
])
def test_empty_and_unreadable_files(tmp_path, db, content, message):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        preview = build_preview(read_table(path), db)
        commit_import(db, preview)


def test_no_name_column_blocks_until_mapped(tmp_path, db):
    preview = preview_of(tmp_path, db, [["이름표", "주소"], ["가람", "중앙동"]])
    assert "기업명에 연결된 열이 없습니다" in preview.file_problems[0]
    with pytest.raises(ImportFileError, match="기업명에 연결된 열이 없습니다"):
        commit_import(db, preview)


def test_xlsx_with_title_row_numbers_and_dates(tmp_path, db):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["2024년 회원사 현황"])
    sheet.append([])
    sheet.append(["기업명", "전화", "가입일", "사업자등록번호"])
    sheet.append(["가람협동조합", 1012345678, datetime(2021, 3, 5), "124-81-00998"])
    sheet.append(["나눔 & <협동>", "041-730-1234", "2022.1.2", None])
    workbook.save(tmp_path / "list.xlsx")
    table = read_table(tmp_path / "list.xlsx")
    assert table.kind == "XLSX" and table.header_row == 3
    preview = build_preview(table, db)
    first, second = preview.rows
    assert first.row == 4 and first.organisation.phone == "010-1234-5678"
    assert "앞자리 0" in problems_of(preview, 4)[0].message and problems_of(preview, 4)[0].severity == WARNING
    assert first.organisation.memberships[0].joined_on == "2021-03-05"
    assert second.organisation.memberships[0].joined_on == "2022-01-02"
    commit_import(db, preview)
    assert MemberService(db).directory()[0].membership_status == "회원"


def test_utf16_tab_separated_text_from_excel(tmp_path, db):
    path = tmp_path / "unicode.txt"
    path.write_text("기업명\t전화\r\n가람협동조합\t041-730-1234\r\n", encoding="utf-16")
    preview = build_preview(read_table(path), db)
    assert preview.table.encoding == "utf-16" and preview.rows[0].organisation.phone == "041-730-1234"


def test_designation_column_named_type_is_used_only_when_values_are_designations(tmp_path, db):
    maeul_like = preview_of(tmp_path, db, [["마을기업명", "유형"], ["가람마을", "일반식품"]], name="m.csv")
    assert maeul_like.mapping.fields["유형"] == "ignore"
    assert [d.kind for d in maeul_like.rows[0].organisation.designations] == ["마을기업"]
    typed = preview_of(tmp_path, db, [["기업명", "유형"], ["가람", "예비사회적기업"], ["나눔", "자활기업/협동조합"]],
                       name="t.csv")
    assert typed.mapping.fields["유형"] == "designations"
    assert [d.kind for d in typed.rows[1].organisation.designations] == ["자활기업", "협동조합"]


def test_blank_rows_are_skipped(tmp_path, db):
    preview = preview_of(tmp_path, db, [["기업명"], ["가람"], [""], ["나눔"]])
    assert preview.blank_rows == 1 and [r.row for r in preview.rows] == [2, 4]


def test_progress_is_reported_while_rows_are_checked_and_stored(tmp_path, db):
    checked, stored = [], []
    rows = [HEADER] + [[f"조직{i}", "", "", "", ""] for i in range(250)]
    table = read_table(write_csv(tmp_path / "many.csv", rows))
    preview = build_preview(table, db, progress=lambda done, total: checked.append((done, total)))
    assert checked == [(0, 250), (200, 250)]
    result = commit_import(db, preview, progress=lambda done, total: stored.append((done, total)))
    assert stored == [(100, 250), (200, 250), (250, 250)] and result.added == 250 and count(db) == 250


def test_the_refusal_names_the_first_ten_error_rows_and_how_many_there_are(tmp_path, db):
    rows = [HEADER] + [["", "무명", "", "", ""] for _ in range(12)] + [["가", "", "", "", ""]]
    preview = preview_of(tmp_path, db, rows)
    with pytest.raises(ImportFileError) as refused:
        commit_import(db, preview)
    message = str(refused.value)
    assert "12개" in message and "2, 3, 4, 5, 6, 7, 8, 9, 10, 11 등" in message and "12," not in message
    few = preview_of(tmp_path, db, [HEADER, ["", "무명", "", "", ""], ["가", "", "", "", ""]])
    with pytest.raises(ImportFileError) as refused:
        commit_import(db, few)
    assert "(2행)" in str(refused.value) and count(db) == 0


def test_a_file_with_only_a_header_is_refused_and_nothing_is_stored(tmp_path, db):
    preview = preview_of(tmp_path, db, [HEADER, ["", "", "", "", ""]])
    assert preview.rows == [] and preview.blank_rows == 1 and preview.is_blocked and not preview.can_commit
    assert any("행이 없습니다" in problem for problem in preview.file_problems)
    with pytest.raises(ImportFileError):
        commit_import(db, preview)
    assert count(db) == 0


def test_the_summary_counts_errors_warnings_existing_and_left_out_rows(tmp_path, db):
    MemberService(db).save_organisation(Organisation(name="(주)햇살두레푸드", business_number="586-82-61263"))
    rows = [HEADER, ["좋은마을", "김", "041-731-2201", "124-81-00998", ""], ["검증틀림", "", "", "116-82-00278", ""],
            ["이미있는번호", "", "", "586-82-61263", ""], ["햇살두레푸드", "", "", "", ""], ["전화틀림", "", "12-34", "", ""],
            ["뺄곳", "", "", "", ""]]
    preview = preview_of(tmp_path, db, rows)
    assert "뺀 행" not in preview.summary()
    preview.rows[-1].included = False
    summary = preview.summary()
    assert "읽은 행 6 · 가져올 행 2 · 이미 있음 1(건너뜀) · 오류 2행 · 주의 1행" in summary and "뺀 행 1" in summary
    preview.on_existing = UPDATE
    assert "이미 있음 1(고쳐 씀)" in preview.summary()


def test_the_row_filter_without_a_value_keeps_the_rows_where_the_column_is_blank(tmp_path, db):
    preview = preview_of(tmp_path, db, [HEADER, ["가", "", "", "", "논산시"], ["나", "", "", "", ""]])
    preview.keep_only("주소")
    assert [r.name for r in preview.rows_to_import] == ["나"]


def test_a_repeated_number_is_named_in_the_files_own_number_column_even_without_a_directory(tmp_path, db):
    rows = [["기업명", "사업자번호"], ["가", "124-81-00998"], ["나", "124-81-00998"]]
    preview = preview_of(tmp_path, db, rows)
    assert [(p.row, p.column) for p in preview.problems(ERROR)] == [(3, "사업자번호")]
    table = read_table(write_csv(tmp_path / "again.csv", rows))
    checked = convert_rows(table, suggest_mapping(table))  # the worker thread's checks, no database yet
    assert [(p.row, p.column) for p in checked.problems(ERROR)] == [(3, "사업자번호")]
