"""Every XLSX we write is in 맑은 고딕, Korean Excel's default: the Normal font, the header, the title and
every cell of every sheet (a Calibri cell shows Hangul in whatever stand-in the reading program picks).
Read back with openpyxl and pandas, and printed by LibreOffice with no serif stand-in."""

import io
import subprocess
import zipfile
from datetime import date

import openpyxl
import pandas as pd

from seecodesk.core.report_period import ReportPeriod
from seecodesk.exchange.member_export import HEADERS, export_members
from seecodesk.exchange.report_export import write_report
from seecodesk.exchange.table_export import write_table
from seecodesk.exchange.trade_export import export_agreements, export_trades
from seecodesk.exchange.xlsx_style import FONT_NAME, korean_font
from seecodesk.services.archive import build_archive
from seecodesk.services.dues_print import SHEET_HEADERS, export_dues
from seecodesk.services.people_lists import export_people
from seecodesk.services.reports import available_presets, build_report
from seecodesk.services.reports.base import ReportOptions
from tests.test_reports_libreoffice import _convert, needs_libreoffice

YEAR = date.today().year


def _fonts(book) -> set[str]:
    """The font names of every cell of every sheet, and of the workbook's Normal style."""
    names = {book._named_styles["Normal"].font.name}
    for sheet in book.worksheets:
        names |= {cell.font.name for row in sheet.iter_rows() for cell in row}
    return names


def _assert_korean(source) -> openpyxl.Workbook:
    book = openpyxl.load_workbook(source)
    assert _fonts(book) == {FONT_NAME}
    return book


def test_unit_member_export_cells_and_header_are_malgun_gothic_and_read_back(demo_db, tmp_path):
    path = tmp_path / "members.xlsx"
    export_members(demo_db, path)
    sheet = _assert_korean(path).worksheets[0]
    assert all(cell.font.b for cell in sheet[1]) and not sheet["A2"].font.b
    assert sheet["A1"].font.sz == 11 and sheet["A2"].font.scheme is None, "no theme font to override the name"
    frame = pd.read_excel(path, dtype=str, engine="openpyxl")
    assert list(frame.columns) == HEADERS and len(frame) == demo_db.execute(
        "SELECT count(*) FROM organisations WHERE deleted_at IS NULL").fetchone()[0]


def test_unit_every_report_preset_sheet_is_malgun_gothic(demo_db, tmp_path):
    for info in available_presets(demo_db):
        report = build_report(demo_db, info.key, ReportOptions(ReportPeriod.year(YEAR - 1)))
        path = tmp_path / f"{info.key}.xlsx"
        write_report(report, path)
        book = _assert_korean(path)
        first = book.worksheets[0]
        assert first["A1"].font.b and first["A1"].font.sz == 13, "the title: bold 13 pt, still 맑은 고딕"
        assert all(cell.font.b for cell in first[3] if cell.value), "the header row"
        frame = pd.read_excel(path, header=2, dtype=str, engine="openpyxl")
        assert list(frame.columns)[0] == report.main.columns[0].header


def test_unit_table_trade_and_dues_exports_are_malgun_gothic(demo_db, tmp_path):
    export_dues(demo_db, YEAR, tmp_path / "dues.xlsx")
    assert [c.value for c in _assert_korean(tmp_path / "dues.xlsx").worksheets[0][1]] == SHEET_HEADERS
    export_people(demo_db, tmp_path / "people.xlsx")
    _assert_korean(tmp_path / "people.xlsx")
    write_table(tmp_path / "t.xlsx", ["이름", "=메모"], [["가람 <&>", "=1+1"], [None, 3]], "표")
    sheet = _assert_korean(tmp_path / "t.xlsx").active
    assert sheet["A1"].font.b and sheet["B2"].value == "=1+1" and sheet["B2"].data_type == "s"
    export_agreements(demo_db, tmp_path / "agreements.xlsx")
    export_trades(demo_db, tmp_path / "trades.xlsx")
    for name in ("agreements", "trades"):
        _assert_korean(tmp_path / f"{name}.xlsx")
        assert len(pd.read_excel(tmp_path / f"{name}.xlsx", engine="openpyxl").columns) > 3


def test_unit_archive_reports_are_malgun_gothic(demo_path, tmp_path):
    out = tmp_path / "handover.zip"
    build_archive(demo_path, out, YEAR)
    with zipfile.ZipFile(out) as archive:
        books = [n for n in archive.namelist() if n.endswith(".xlsx")]
        assert books
        for name in books:
            _assert_korean(io.BytesIO(archive.read(name)))


def test_unit_a_styled_cell_names_the_font_itself():
    bold = korean_font(bold=True, size=13)
    assert (bold.name, bold.b, bold.sz, bold.charset, bold.scheme) == (FONT_NAME, True, 13, 129, None)


@needs_libreoffice
def test_libreoffice_prints_the_member_export_in_one_sans_family_with_its_hangul(demo_db, tmp_path):
    path = tmp_path / "members.xlsx"
    export_members(demo_db, path)
    pdf = _convert(tmp_path, path)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "NanumGothic" in fonts and "Serif" not in fonts, "the bold header fell back to a serif face"
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "기업명" in text and "법인형태" in text
