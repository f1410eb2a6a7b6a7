"""Member export: Korean columns, formula neutralisation, leading zeros, CP949 refusal, no partial file."""

import os

import pandas as pd
import pytest
from openpyxl import load_workbook

from seecodesk.core import atomic_files
from seecodesk.core.csv_rules import neutralise
from seecodesk.core.errors import ExportError
from seecodesk.core.members import Designation, MembershipPeriod, Organisation
from seecodesk.exchange import member_export
from seecodesk.exchange.member_export import HEADERS, export_members
from seecodesk.exchange.member_import import build_preview, commit_import
from seecodesk.exchange.reading import read_table
from seecodesk.services.members import MemberService
from seecodesk.storage.database import open_memory_database
from seecodesk.storage.member_table import export_cells_cursor

RISKY = ["=HYPERLINK(\"http://x\",\"클릭\")", "+1", "-5000", "@SUM(A1)", "\t탭", "평범, \"따옴표\"; 세미콜론"]


@pytest.fixture
def members(db):
    service = MemberService(db)
    service.save_organisation(Organisation(
        name="(주)영남협동", business_number="124-81-00998", phone="02-123-4567",
        fax="031-123-4567", corporation_number="130111-0006246", representative="=cmd|' /C calc'!A0",
        designations=[Designation(kind="사회적기업", subtype="일자리제공형"), Designation(kind="마을기업")],
        memberships=[MembershipPeriod(joined_on="2021-03-05")], notes="-5000"))
    service.save_organisation(Organisation(name="가람 & <b>소통</b>", phone="010-2123-4567",
                                           memberships=[MembershipPeriod("2019-01-02", "2023-12-31")]))
    return db


def test_neutralise_prefixes_only_formula_starts():
    assert [neutralise(v) for v in RISKY] == ["'" + v for v in RISKY[:5]] + [RISKY[5]]
    assert neutralise(-5000) == -5000 and neutralise("가람") == "가람"


def test_csv_utf8_sig_has_bom_korean_columns_and_safe_cells(members, tmp_path):
    path = tmp_path / "m.csv"
    result = export_members(members, path)
    assert result.rows == 2 and path.read_bytes().startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(frame.columns) == HEADERS
    first = frame.iloc[0]
    assert first["기업명"] == "(주)영남협동"
    assert first["대표자"] == "'=cmd|' /C calc'!A0" and first["메모"] == "'-5000"
    assert (first["사업자등록번호"], first["전화"], first["팩스"]) == ("124-81-00998", "02-123-4567", "031-123-4567")
    assert first["법인등록번호"] == "130111-0006246"
    assert first["인증·지정"] == "사회적기업(일자리제공형), 마을기업" and first["회원 상태"] == "회원"
    second = frame.iloc[1]
    assert (second["기업명"], second["전화"], second["회원 상태"], second["탈퇴일"]) == (
        "가람 & <b>소통</b>", "010-2123-4567", "탈퇴", "2023-12-31")


def test_cp949_csv_opens_with_pandas(members, tmp_path):
    path = tmp_path / "m.csv"
    export_members(members, path, "cp949")
    frame = pd.read_csv(path, encoding="cp949", dtype=str, keep_default_na=False)
    assert frame.iloc[0]["기업명"] == "(주)영남협동" and frame.iloc[1]["전화"] == "010-2123-4567"


def test_cp949_unencodable_character_is_reported_and_no_file_is_left(members, tmp_path):
    MemberService(members).save_organisation(Organisation(name="나눔카페", news="잘 지내요 😀"))
    path = tmp_path / "m.csv"
    with pytest.raises(ExportError) as caught:
        export_members(members, path, "cp949")
    message = str(caught.value)
    assert "4행('나눔카페')의 '요즘 소식' 열" in message and "😀" in message and "CP949" in message
    assert os.listdir(tmp_path) == []


def test_failed_write_keeps_the_previous_file_and_leaves_no_temp(members, tmp_path, monkeypatch):
    path = tmp_path / "m.csv"
    path.write_text("이전 파일", encoding="utf-8")

    def disk_full(handle, rows, encoding):
        handle.write(b"partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(member_export, "_write_csv", disk_full)
    monkeypatch.setattr(member_export, "write_lines", lambda handle, *_args: disk_full(handle, [], ""))
    with pytest.raises(ExportError, match="이전 파일은 그대로 있습니다"):
        export_members(members, path)
    assert path.read_text(encoding="utf-8") == "이전 파일" and os.listdir(tmp_path) == ["m.csv"]


def test_xlsx_keeps_text_as_text_and_numbers_as_numbers(members, tmp_path):
    members.execute("INSERT INTO dues (organisation_id, year, amount) VALUES (1, 2024, 120000)")
    path = tmp_path / "m.xlsx"
    export_members(members, path)
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header == HEADERS
    row = {h: c for h, c in zip(header, sheet[2], strict=False)}
    assert row["사업자등록번호"].value == "124-81-00998" and row["사업자등록번호"].data_type == "s"
    assert row["대표자"].value == "=cmd|' /C calc'!A0" and row["대표자"].data_type == "s"
    assert row["대표자"].quotePrefix and row["메모"].value == "-5000" and row["메모"].data_type == "s"
    assert row["최근 회비(원)"].value == 120000 and row["최근 회비 연도"].value == 2024
    assert not any(c.data_type == "f" for r in sheet.iter_rows() for c in r)
    frame = pd.read_excel(path, dtype=str)
    assert frame.iloc[1]["전화"] == "010-2123-4567"


def test_refuses_unknown_suffix_and_missing_folder(members, tmp_path):
    with pytest.raises(ExportError, match=".csv 또는 .xlsx"):
        export_members(members, tmp_path / "m.txt")
    with pytest.raises(ExportError, match="저장할 폴더가 없습니다"):
        export_members(members, tmp_path / "없음" / "m.csv")


@pytest.mark.parametrize(("suffix", "encoding"), [(".csv", "utf-8-sig"), (".csv", "cp949"), (".xlsx", "utf-8-sig")])
def test_round_trip_of_the_demo_directory(demo_db, tmp_path, suffix, encoding):
    path = tmp_path / f"demo{suffix}"
    export_members(demo_db, path, encoding)
    target = open_memory_database()
    preview = build_preview(read_table(path), target)
    assert preview.mapping.unknown_columns() == [] and preview.problems() == []
    commit_import(target, preview)
    skip = {"id", "dues_year", "dues_amount", "dues_paid_on"}
    strip = lambda rows: [{k: v for k, v in r.items() if k not in skip} for r in rows]  # noqa: E731
    assert strip(organisation_table(target)) == strip(organisation_table(demo_db))


def test_round_trip_keeps_formula_like_text_exactly(members, tmp_path):
    path = tmp_path / "m.csv"
    export_members(members, path)
    target = open_memory_database()
    commit_import(target, build_preview(read_table(path), target))
    assert target.execute("SELECT representative, notes FROM organisations ORDER BY name").fetchall()[0] == (
        "=cmd|' /C calc'!A0", "-5000")


def test_xlsx_streamed_sheet_keeps_widths_freeze_filter_and_per_cell_styles(members, tmp_path):
    """The write-only writer reuses one styled cell per column: a formula-like cell's quotePrefix must not
    leak into the next row, and empty text cells are still text ('@')."""
    path = tmp_path / "m.xlsx"
    assert export_members(members, path).rows == 2
    sheet = load_workbook(path).active
    assert (sheet.title, sheet.freeze_panes, sheet.auto_filter.ref) == ("회원사 명단", "B2", "A1:W3")
    assert sheet.column_dimensions["A"].width == 28 and sheet.column_dimensions["N"].width == 40
    assert sheet.column_dimensions["B"].width == 14 and all(c.font.b for c in sheet[1])
    notes = {sheet.cell(row, 1).value: sheet.cell(row, len(HEADERS)) for row in (2, 3)}
    assert notes["(주)영남협동"].quotePrefix and not notes["가람 & <b>소통</b>"].quotePrefix
    empty = notes["가람 & <b>소통</b>"]
    assert (empty.value, empty.number_format) == (None, "@") and not sheet["A3"].quotePrefix
    dues = sheet.cell(2, HEADERS.index("최근 회비(원)") + 1)
    assert dues.number_format == "General" and not dues.font.b


@pytest.mark.parametrize("text", ["=1+1", "+82 10", "-5000", "@SUM(A1)"])
def test_xlsx_writes_formula_like_text_as_the_text_itself(db, tmp_path, text):
    MemberService(db).save_organisation(Organisation(name=text, notes=text))
    path = tmp_path / "m.xlsx"
    export_members(db, path)
    cell = load_workbook(path).active["A2"]
    assert (cell.value, cell.data_type) == (text, "s")  # no apostrophe shown, never run
    csv_path = tmp_path / "m.csv"
    export_members(db, csv_path)
    assert pd.read_csv(csv_path, encoding="utf-8-sig", dtype=str).iloc[0]["기업명"] == "'" + text


# The round trip's yardstick: every live organisation by name with its designations, latest membership and
# dues, read by correlated subqueries (a different query from the export's own, so the two check each other).
_TABLE_SQL = """
SELECT o.id, o.name, o.legal_form, o.business_number, o.corporation_number, o.representative, o.address,
       o.district, o.phone, o.fax, o.email, o.homepage, o.industry, o.service_field, o.founded_on,
       o.is_support_body, o.news, o.notes,
       (SELECT group_concat(label, ', ') FROM (
            SELECT d.kind || CASE WHEN d.subtype != '' THEN '(' || d.subtype || ')' ELSE '' END AS label
            FROM designations d WHERE d.organisation_id = o.id ORDER BY d.id)) AS designations,
       (SELECT m.joined_on FROM membership_periods m WHERE m.organisation_id = o.id
            ORDER BY m.joined_on DESC, m.id DESC LIMIT 1) AS joined_on,
       (SELECT m.left_on FROM membership_periods m WHERE m.organisation_id = o.id
            ORDER BY m.joined_on DESC, m.id DESC LIMIT 1) AS left_on,
       (SELECT d.year FROM dues d WHERE d.organisation_id = o.id ORDER BY d.year DESC LIMIT 1) AS dues_year,
       (SELECT d.amount FROM dues d WHERE d.organisation_id = o.id ORDER BY d.year DESC LIMIT 1) AS dues_amount,
       (SELECT d.paid_on FROM dues d WHERE d.organisation_id = o.id ORDER BY d.year DESC LIMIT 1) AS dues_paid_on
FROM organisations o
WHERE o.deleted_at IS NULL
ORDER BY o.name, o.id
"""


def organisation_table(db):
    """Every live organisation by name, with designations joined and its latest membership and dues.

    `membership_status` is 회원 (latest period open), 탈퇴 (closed) or 비회원 (never joined).
    """
    cursor = db.execute(_TABLE_SQL)
    names = [d[0] for d in cursor.description]
    rows = []
    for values in cursor:
        row = dict(zip(names, values, strict=False))
        row["designations"] = row["designations"] or ""
        row["joined_on"], row["left_on"] = row["joined_on"] or "", row["left_on"] or ""
        row["membership_status"] = ("탈퇴" if row["left_on"] else "회원") if row["joined_on"] else "비회원"
        row["is_support_body"] = bool(row["is_support_body"])
        rows.append(row)
    return rows


def test_a_withheld_phone_is_left_blank_and_the_others_are_exported(db):
    for name, phone in (("가람", "041-660-1234"), ("나루", "010-2123-4567")):
        db.execute("INSERT INTO organisations (name, name_key, phone) VALUES (?, ?, ?)", [name, name, phone])
    withheld = db.execute("SELECT id FROM organisations WHERE name = '나루'").fetchone()[0]
    cells = export_cells_cursor(db, ["name", "phone"], [withheld]).fetchall()
    assert cells == [("가람", "041-660-1234"), ("나루", "")]


def test_every_cell_cp949_cannot_hold_is_counted_and_the_first_named(members, tmp_path):
    MemberService(members).save_organisation(Organisation(name="나눔카페", news="😀", notes="🍀"))
    with pytest.raises(ExportError) as caught:
        export_members(members, tmp_path / "m.csv", "cp949")
    assert "'나눔카페'" in str(caught.value) and "2개" in str(caught.value) and "😀" in str(caught.value)
    with pytest.raises(ExportError):
        export_members(members, tmp_path / "m.csv", "euc-kr")
    assert os.listdir(tmp_path) == []


def test_the_saved_file_is_readable_by_others_and_its_rows_are_counted(members, tmp_path):
    for name, encoding in (("M.CSV", "cp949"), ("m.csv", "utf-8-sig"), ("M.XLSX", "utf-8-sig")):
        result = export_members(members, tmp_path / name, encoding)
        assert result.rows == 2 and result.kind == ("XLSX" if name.endswith("XLSX") else "CSV")
        assert os.stat(tmp_path / name).st_mode & 0o777 == 0o644
    assert len(pd.read_csv(tmp_path / "M.CSV", encoding="cp949", dtype=str)) == 2


def test_a_folder_that_cannot_be_written_is_refused_in_korean(members, tmp_path, monkeypatch):
    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic_files.tempfile, "mkstemp", refused)
    with pytest.raises(ExportError):
        export_members(members, tmp_path / "m.csv")
    assert os.listdir(tmp_path) == []


def test_the_message_after_saving_names_the_file_kind_and_adds_nothing_when_nothing_was_withheld(members, tmp_path):
    said = {encoding: export_members(members, tmp_path / f"m-{encoding}.csv", encoding).describe()
            for encoding in ("cp949", "utf-8-sig")}
    assert "CP949" in said["cp949"] and "UTF-8" in said["utf-8-sig"]
    assert all("\n" not in text and text.endswith(")") for text in said.values())


def test_another_table_streamed_to_xlsx_gets_its_own_title_columns_and_widths():
    import io

    handle = io.BytesIO()
    member_export.write_xlsx(handle, [["가", 1]], (("품목", "item", "text"), ("수량", "count", "int")), "거래", {"품목": 33})
    sheet = load_workbook(handle).active
    assert (sheet.title, [c.value for c in sheet[1]], [c.value for c in sheet[2]]) == ("거래", ["품목", "수량"], ["가", 1])
    assert (sheet.column_dimensions["A"].width, sheet.column_dimensions["B"].width) == (33, 14)
