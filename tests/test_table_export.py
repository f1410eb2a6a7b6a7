"""Writing one plain table as CSV or XLSX (exchange/table_export.py): what a spreadsheet shows in each
cell, formulas never run, CP949 refused before anything is written (unit tests)."""

import pytest
from openpyxl import load_workbook

from seecodesk.core.errors import ExportError
from seecodesk.exchange.table_export import check_target, write_table

HEADERS = ["기관", "금액", "메모"]
ROWS = [["가람", 15000, "=SUM(A1)"], ["나눔", None, "-3"], ["다온", 0, "보통 메모"]]


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir())


def test_unit_a_csv_opens_in_excel_with_formulas_neutralised(tmp_path):
    written = write_table(tmp_path / "t.csv", HEADERS, ROWS, "거래")
    data = (tmp_path / "t.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == 4
    assert data[3:].decode("utf-8").split("\r\n") == ["기관,금액,메모", "가람,15000,'=SUM(A1)", "나눔,,'-3",
                                                      "다온,0,보통 메모", ""]
    assert (written.path, written.rows, written.encoding, written.label) == (tmp_path / "t.csv", 3, "utf-8-sig",
                                                                             "CSV, UTF-8 BOM")
    assert leftovers(tmp_path) == ["t.csv"]


def test_unit_a_short_row_is_written_with_the_cells_it_has(tmp_path):
    write_table(tmp_path / "t.csv", HEADERS, [["가람", 1], ["나눔", 2, "메모", "넘친 칸"]], "거래", encoding="cp949")
    assert (tmp_path / "t.csv").read_bytes().decode("cp949").split("\r\n")[1:3] == ["가람,1", "나눔,2,메모,넘친 칸"]


def test_unit_a_cp949_csv_is_written_in_cp949(tmp_path):
    written = write_table(tmp_path / "t.csv", HEADERS, ROWS, "거래", encoding="cp949")
    assert (tmp_path / "t.csv").read_bytes().decode("cp949").startswith("기관,금액,메모\r\n가람,15000,")
    assert (written.encoding, written.label) == ("cp949", "CSV, CP949")


def test_unit_a_character_cp949_cannot_hold_is_refused_with_its_row_and_column_and_nothing_written(tmp_path):
    rows = [["가람", 1, "좋음"], ["나눔", 2, "최고 😀"]]
    with pytest.raises(ExportError) as refused:
        write_table(tmp_path / "t.csv", HEADERS, rows, "거래", encoding="cp949")
    assert "3행" in str(refused.value) and "'메모'" in str(refused.value) and "😀" in str(refused.value)
    assert leftovers(tmp_path) == []
    write_table(tmp_path / "u.csv", HEADERS, rows, "거래")  # UTF-8 holds it
    assert "😀" in (tmp_path / "u.csv").read_text("utf-8-sig")


def test_unit_a_wrong_name_folder_or_encoding_is_refused(tmp_path):
    assert check_target(tmp_path / "A.CSV") == ".csv" and check_target(tmp_path / "b.Xlsx") == ".xlsx"
    for path, named in ((tmp_path / "t.txt", "t.txt"), (tmp_path / "t", "t"), (tmp_path / "없는 폴더" / "t.csv", "없는 폴더")):
        with pytest.raises(ExportError) as refused:
            write_table(path, HEADERS, ROWS, "거래")
        assert named in str(refused.value)
    with pytest.raises(ExportError) as refused:
        write_table(tmp_path / "t.csv", HEADERS, ROWS, "거래", encoding="euc-kr")
    assert "euc-kr" in str(refused.value)
    assert leftovers(tmp_path) == []


def test_unit_an_xlsx_keeps_numbers_as_numbers_and_text_never_a_formula(tmp_path):
    title = "2026년 상호거래 실적 (회원사 사이의 거래, 협약 밖의 거래까지 모두)"
    written = write_table(tmp_path / "t.xlsx", HEADERS, ROWS, title, widths={"메모": 40})
    assert (written.path, written.rows, written.encoding, written.label) == (tmp_path / "t.xlsx", 3, "", "엑셀 XLSX")
    sheet = load_workbook(tmp_path / "t.xlsx").active
    assert sheet.title == title[:31]
    assert [c.value for c in sheet[1]] == HEADERS and all(c.font.bold for c in sheet[1])
    assert [c.value for c in sheet[2]] == ["가람", 15000, "=SUM(A1)"]  # as typed: no apostrophe shows in Excel
    assert sheet["C2"].data_type == "s" and sheet["C2"].number_format == "@" and sheet["C2"].quotePrefix
    assert not sheet["A2"].quotePrefix
    assert sheet["B2"].data_type == "n" and sheet["B2"].number_format != "@"
    assert sheet["C3"].value == "-3" and sheet["C3"].data_type == "s" and sheet["B3"].value in (None, "") and sheet["B3"].number_format == "@"
    assert sheet.column_dimensions["C"].width == 40 and sheet.column_dimensions["A"].width == 14
    assert sheet.freeze_panes == "B2" and sheet.auto_filter.ref == "A1:C4"
    assert leftovers(tmp_path) == ["t.xlsx"]
