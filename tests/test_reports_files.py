"""Report files as Korean Excel opens them: CSV in UTF-8 BOM and CP949, XLSX; neutralising, units, refusals."""

from datetime import date, datetime

import openpyxl
import pandas as pd
import pytest

from seecodesk.cli.main import main
from seecodesk.core.errors import ExportError
from seecodesk.core.report_period import ReportPeriod
from seecodesk.exchange.report_export import WriteStyle, write_report
from seecodesk.services.reports import available_presets, build_report
from seecodesk.services.reports.base import Column, Report, ReportOptions, Table

LAST_YEAR = date.today().year - 1


def _tiny_report(rows):
    columns = [Column("name", "기업명"), Column("number", "사업자등록번호", "code"), Column("amount", "금액", "money"),
               Column("day", "날짜", "date"), Column("share", "비율", "percent")]
    return Report("t", "시험", "가람네트워크", ReportPeriod.year(2026),
                  [Table("표", columns, rows, ["합계", "", sum(r[2] for r in rows), "", None])])


def test_unit_every_preset_opens_in_pandas_and_openpyxl(demo_db, tmp_path):
    for info in available_presets(demo_db):
        report = build_report(demo_db, info.key, ReportOptions(ReportPeriod.year(LAST_YEAR)))
        for encoding in ("utf-8-sig", "cp949"):
            path = tmp_path / f"{info.key}-{encoding}.csv"
            write_report(report, path, encoding)
            frame = pd.read_csv(path, encoding=encoding, dtype=str, keep_default_na=False)
            assert list(frame.columns)[0] == WriteStyle().header(report.main.columns[0], True)
            assert len(frame) == len(report.main.rows) + (1 if report.main.totals else 0)
        xlsx = tmp_path / f"{info.key}.xlsx"
        write_report(report, xlsx)
        book = openpyxl.load_workbook(xlsx)
        assert book.sheetnames == [t.title for t in report.tables][: len(book.sheetnames)]
        sheet = book.worksheets[0]
        assert report.network in sheet["A1"].value and f"{LAST_YEAR}년" in sheet["A1"].value
        assert sheet.freeze_panes == "A4"
        assert [c.value for c in sheet[3]][: len(report.main.columns)] == [c.header if c.kind != "money" else
                                                                           f"{c.header}(원)" for c in report.main.columns]


def test_unit_xlsx_numbers_dates_codes_and_formulas(tmp_path):
    report = _tiny_report([["=HYPERLINK(\"http://x\")", "012-34-56789", 1234567, "2026-03-05", 0.25],
                           ["-2+3", "010-1234-5678", 1000, "2026-03", None]])
    path = tmp_path / "t.xlsx"
    write_report(report, path)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet["A4"].value == "=HYPERLINK(\"http://x\")" and sheet["A4"].data_type == "s"
    assert sheet["B4"].value == "012-34-56789" and sheet["B5"].value == "010-1234-5678"
    assert sheet["C4"].value == 1234567 and sheet["C4"].number_format == "#,##0"
    assert sheet["D4"].value == datetime(2026, 3, 5) and sheet["D4"].number_format == "yyyy-mm-dd"
    assert sheet["D5"].value == "2026-03"
    assert sheet["E4"].value == 0.25 and sheet["E4"].number_format == "0.0%"
    assert sheet["A6"].value == "합계" and sheet["C6"].value == 1235567 and sheet["A6"].font.b
    assert sheet.column_dimensions["A"].width >= 10


def test_unit_thousand_won_and_dotted_dates(tmp_path):
    report = _tiny_report([["가", "1", 1_234_567, "2026-03-05", None]])
    style = WriteStyle(thousand_won=True, dotted_dates=True)
    write_report(report, tmp_path / "t.csv", style=style)
    frame = pd.read_csv(tmp_path / "t.csv", encoding="utf-8-sig", dtype=str)
    assert "금액(천원)" in frame.columns
    assert frame.loc[0, "금액(천원)"] == "1235" and frame.loc[0, "날짜"] == "2026. 3. 5."
    write_report(report, tmp_path / "t.xlsx", style=style)
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx").worksheets[0]
    assert sheet["C3"].value == "금액(천원)" and sheet["C4"].value == 1235
    assert sheet["D4"].number_format == "yyyy. m. d." and "천원" in sheet["A2"].value


def test_unit_csv_neutralises_formulas_and_keeps_leading_zeros(tmp_path):
    report = _tiny_report([["=1+1", "012-34-56789", 5, "", None], ["@SUM(A1)", "0101234", 7, "", None]])
    write_report(report, tmp_path / "t.csv", "cp949")
    frame = pd.read_csv(tmp_path / "t.csv", encoding="cp949", dtype=str)
    assert list(frame["기업명"][:2]) == ["'=1+1", "'@SUM(A1)"]
    assert list(frame["사업자등록번호"][:2]) == ["012-34-56789", "0101234"]
    assert frame.loc[2, "금액(원)"] == "12"


def test_unit_cp949_refusal_names_row_and_column_and_writes_nothing(tmp_path):
    report = _tiny_report([["가나", "1", 5, "", None], ["웃음😀", "2", 5, "", None]])
    with pytest.raises(ExportError) as error:
        write_report(report, tmp_path / "t.csv", "cp949")
    assert "3행" in str(error.value) and "'기업명' 열" in str(error.value) and "😀" in str(error.value)
    assert list(tmp_path.iterdir()) == []
    write_report(report, tmp_path / "t.csv", "utf-8-sig")
    assert "😀" in pd.read_csv(tmp_path / "t.csv", encoding="utf-8-sig")["기업명"][1]


def test_export_report_command(demo_path, tmp_path, capsys):
    out = tmp_path / "p.xlsx"
    assert main(["export", "report", "procurement", str(out), "--db", str(demo_path), "--year", str(LAST_YEAR)]) == 0
    assert "공공구매 실적" in capsys.readouterr().out
    assert openpyxl.load_workbook(out).sheetnames[0] == "공공구매 내역"
    csv_out = tmp_path / "p.csv"
    assert main(["export", "report", "procurement", str(csv_out), "--db", str(demo_path),
                 "--from", f"{LAST_YEAR}-01", "--to", f"{LAST_YEAR}-03", "--encoding", "cp949"]) == 0
    months = pd.read_csv(csv_out, encoding="cp949", dtype=str)["월"].dropna()
    assert set(months) <= {"1", "2", "3"}


def test_export_report_command_errors(demo_path, tmp_path, capsys):
    assert main(["export", "report", "nothing", str(tmp_path / "x.csv"), "--db", str(demo_path)]) == 1
    assert "가능한 보고서" in capsys.readouterr().err
    assert main(["export", "report", "dues", str(tmp_path / "x.csv"), "--db", str(demo_path),
                 "--from", "2025-13", "--to", "2025-12"]) == 1
    assert "2026-03처럼" in capsys.readouterr().err
    assert main(["export", "report", "dues", str(tmp_path / "x.csv"), "--db", str(demo_path), "--from", "2025-01"]) == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "report", "dues", str(tmp_path / "x.csv"), "--db", str(demo_path), "--year", "2025",
              "--from", "2025-01", "--to", "2025-02"])
    assert exit_info.value.code == 2
    assert not (tmp_path / "x.csv").exists()


def test_export_presets_command(demo_path, capsys):
    assert main(["export", "presets", "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "procurement" in out and "공공구매 실적" in out and "trades" in out  # named as missing


def test_unit_csv_neutralises_a_formula_after_blank_cells_and_keeps_plain_columns_as_they_are(tmp_path):
    columns = [Column("a", "가"), Column("b", "나", "money"), Column("c", "다")]
    rows = [["", 1000, "보통"], ["=1+1", 2000, ""], ["\n줄", 3, "-5"]]
    table = Table("표", columns, rows, ["합계", 3003, ""])
    path = tmp_path / "r.csv"
    write_report(Report("x", "제목", "네트워크", ReportPeriod.year(2026), [table]), path)
    lines = path.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[1:5] == [',1000,보통', "'=1+1,2000,", "\"'\n줄\",3,'-5", "합계,3003,"]


def _wide_report():
    columns = [Column("name", "기업명"), Column("amount", "금액", "money"), Column("day", "날짜", "date"),
               Column("share", "비율", "percent"), Column("n", "수", "int"), Column("y", "연도", "number"),
               Column("w", "넓은칸", width=30), Column("h", "긴머리글칸", width=2)]
    rows = [["가나다라마바사아자차", 1500, "2026-12-25", 0.256, 3, 2026, "x", ""],
            ["=1+1", 2499, "2026-02-30", None, None, None, "", None]]
    first = Table("표/요약:1", columns, rows, ["합계", 3999, "", 0.5, 3, None, None, None])
    second = Table("표/요약:1", [Column("a", "가")], [["x" * 100]])
    third = Table("[?]", [Column("a", "가")], [])
    return Report("k", "제목", "네트워크", ReportPeriod.year(2026), [first, second, third], notes=["주석 하나."])


def test_unit_csv_percent_dates_and_blank_numbers_in_both_styles(tmp_path):
    path = tmp_path / "r.csv"
    written = write_report(_wide_report(), path)
    assert (written.rows, written.kind, written.encoding) == (2, "CSV", "utf-8-sig")
    assert path.read_bytes().decode("utf-8-sig").split("\r\n") == [
        "기업명,금액(원),날짜,비율(%),수,연도,넓은칸,긴머리글칸", "가나다라마바사아자차,1500,2026-12-25,25.6,3,2026,x,",
        "'=1+1,2499,2026-02-30,,,,,", "합계,3999,,50.0,3,,,", ""]
    write_report(_wide_report(), path, "cp949", WriteStyle(thousand_won=True, dotted_dates=True))
    assert path.read_bytes().decode("cp949").split("\r\n")[:4] == [
        "기업명,금액(천원),날짜,비율(%),수,연도,넓은칸,긴머리글칸", "가나다라마바사아자차,2,2026. 12. 25.,25.6,3,2026,x,",
        "'=1+1,2,2026. 2. 30.,,,,,", "합계,4,,50.0,3,,,"]


def test_unit_dotted_dates_only_for_whole_dates():
    style = WriteStyle(dotted_dates=True)
    assert [style.date_text(v) for v in ("2026-12-25", "2026-01-05", "2026-03", "2026/12/25", "")] == [
        "2026. 12. 25.", "2026. 1. 5.", "2026-03", "2026/12/25", ""]
    assert WriteStyle().date_text("2026-12-25") == "2026-12-25"
    assert WriteStyle(thousand_won=True).money("1500") == "1500" and WriteStyle(thousand_won=True).money(2500.0) == 2


def test_unit_a_report_file_is_refused_before_anything_is_written(tmp_path):
    for path, encoding in ((tmp_path / "r.txt", "utf-8-sig"), (tmp_path / "r.csv", "euc-kr"),
                           (tmp_path / "없는 폴더" / "r.csv", "utf-8-sig")):
        with pytest.raises(ExportError):
            write_report(_wide_report(), path, encoding)
    assert list(tmp_path.iterdir()) == []
    assert write_report(_wide_report(), tmp_path / "R.CSV").kind == "CSV"
    written = write_report(_wide_report(), tmp_path / "R.XLSX", "cp949")
    assert (written.kind, written.rows, written.encoding) == ("XLSX", 2, "")
    assert "CP949" in write_report(_wide_report(), tmp_path / "r.csv", "cp949").describe()
    assert "XLSX" in written.describe() and "2행" in written.describe()


def test_unit_xlsx_sheets_titles_widths_totals_and_printing(tmp_path):
    write_report(_wide_report(), tmp_path / "r.xlsx", style=WriteStyle(thousand_won=True, dotted_dates=True))
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert book.sheetnames == ["표요약1", "표요약1 2", "표"]
    sheet, second, third = book.worksheets
    assert sheet["A1"].value == "네트워크 — 제목 (2026년)" and sheet["A1"].font.b and sheet["A1"].font.sz == 13
    assert sheet["A2"].value == "금액 단위: 천원 (천 원 미만 반올림). 주석 하나." and second["A2"].value.endswith("반올림).")
    assert not sheet["A2"].alignment.wrap_text  # the long note stays one line over the columns, not one tall cell
    assert all(cell.font.b and cell.fill.fgColor.rgb.endswith("DDE5F0") for cell in sheet[3])
    assert [c.value for c in sheet[4]] == ["가나다라마바사아자차", 2, datetime(2026, 12, 25), 0.256, 3, 2026, "x", None]
    assert [c.number_format for c in sheet[4]][1:6] == ["#,##0", "yyyy. m. d.", "0.0%", "#,##0", "0"]
    assert [c.value for c in sheet[5]] == ["=1+1", 2, "2026-02-30", None, None, None, None, None]
    assert sheet["A5"].data_type == "s" and sheet["C5"].data_type == "s"
    assert [c.value for c in sheet[6]] == ["합계", 4, None, 0.5, 3, None, None, None]
    assert [bool(c.font.b) for c in sheet[6]] == [True, True, False, True, True, False, False, False]
    assert {k: d.width for k, d in sheet.column_dimensions.items()} == {
        "A": 22, "B": 12, "C": 12, "D": 7, "E": 6, "F": 6, "G": 30, "H": 12}
    assert second.column_dimensions["A"].width == 60 and third.column_dimensions["A"].width == 6
    assert (sheet.auto_filter.ref, second.auto_filter.ref, third.auto_filter.ref) == ("A3:H5", "A3:A4", None)
    setup = sheet.page_setup
    assert (setup.orientation, int(setup.paperSize), setup.fitToWidth, setup.fitToHeight) == ("landscape", 9, 1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.print_title_rows == "$3:$3"


def test_unit_long_and_repeated_sheet_titles_stay_within_excel_limits(tmp_path):
    title = "가" * 40
    tables = [Table(title, [Column("a", "가")], [["x"]]) for _ in range(3)]
    write_report(Report("k", "제목", "네트워크", ReportPeriod.year(2026), tables), tmp_path / "r.xlsx")
    assert openpyxl.load_workbook(tmp_path / "r.xlsx").sheetnames == ["가" * 31, "가" * 28 + " 2", "가" * 28 + " 3"]
