"""A report preset's tables as a file for city hall: CSV (UTF-8 BOM or CP949) or XLSX.

- CSV holds the main table (header, rows, totals row); the summary tables go to XLSX sheets.
- XLSX (맑은 고딕 throughout, exchange/xlsx_style.py): a title row (network, report, period), a note
  row (units, notes), Korean headers, numbers as numbers shown with thousands separators, dates as
  real dates, a frozen header, fitting widths, a bold totals row, one sheet per table.
- Amounts are 원, or 천원 (rounded) with the unit in the header, as the city's tables use.
- Formula-like text never runs: XLSX cells are typed as text; CSV cells get the member export's
  apostrophe. Business numbers and phones are text, so leading zeros stay.
- CP949 is checked first (row and column of the first bad character, nothing written); files are
  written beside the target and renamed into place (seecodesk.exchange.member_export).
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Any

from seecodesk.core.csv_rules import FORMULA_STARTS, neutralise
from seecodesk.core.errors import ExportError
from seecodesk.exchange.csv_stream import NotInSql, write_lines
from seecodesk.exchange.member_export import EXPORT_ENCODINGS, check_cp949, save_workbook, write_atomically
from seecodesk.exchange.sheet_printing import print_plan, set_up_printing, title_row
from seecodesk.exchange.xlsx_style import korean_font, korean_workbook
from seecodesk.services.reports.base import Column, Report, SqlCells, Table

MAX_WIDTH = 60
_FORMULA_FIRST = frozenset(FORMULA_STARTS)
_NUMBER_FORMATS = {"int": "#,##0", "number": "0", "money": "#,##0", "percent": "0.0%"}


@dataclass(frozen=True)
class WriteStyle:
    """How values are shown: amounts in 천원, dates as '2026. 3. 5.'."""

    thousand_won: bool = False
    dotted_dates: bool = False

    def header(self, column: Column, for_csv: bool) -> str:
        if column.kind == "money":
            return f"{column.header}({'천원' if self.thousand_won else '원'})"
        if column.kind == "percent" and for_csv:
            return f"{column.header}(%)"
        return column.header

    def money(self, value: Any) -> Any:
        if not isinstance(value, (int, float)):
            return value
        return round(value / 1000) if self.thousand_won else value

    def date_text(self, value: str) -> str:
        if self.dotted_dates and len(value) == 10 and value[4] == "-":
            return f"{int(value[:4])}. {int(value[5:7])}. {int(value[8:])}."
        return value


@dataclass
class WrittenReport:
    """What was written, for the message after saving."""

    path: Path
    rows: int
    kind: str  # "CSV" or "XLSX"
    encoding: str

    def describe(self) -> str:
        label = {"utf-8-sig": "CSV, UTF-8 BOM", "cp949": "CSV, CP949", "": "엑셀 XLSX"}[self.encoding]
        return f"{self.rows:,}행을 내보냈습니다: {self.path} ({label})"


def write_report(report: Report, path: str | Path, encoding: str = "utf-8-sig",
                 style: WriteStyle | None = None) -> WrittenReport:
    """Write `report` to `path` (.csv or .xlsx); `ExportError` (Korean) when it cannot, with nothing written."""
    path, style = Path(path), style or WriteStyle()
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ExportError(f"파일 이름은 .csv 또는 .xlsx로 끝나야 합니다: {path.name}")
    if encoding not in EXPORT_ENCODINGS:
        raise ExportError(f"알 수 없는 인코딩입니다: {encoding}. 가능한 값: {', '.join(EXPORT_ENCODINGS)}")
    if not path.parent.is_dir():
        raise ExportError(f"저장할 폴더가 없습니다: {path.parent}")
    main = report.main
    if suffix == ".xlsx":
        report.tables[0] = main = main.loaded()
        write_atomically(path, lambda handle: write_xlsx(handle, report, style))
        return WrittenReport(path, len(main.rows), "XLSX", "")
    headers = [style.header(c, True) for c in main.columns]
    if main.sql_cells is not None and _write_sql_cells(main, main.sql_cells, path, headers, encoding, style):
        return WrittenReport(path, main.row_count, "CSV", encoding)
    main = main.loaded()
    rows = csv_rows(main, style)
    try:
        write_atomically(path, lambda handle: write_csv(handle, headers, rows, encoding))
    except UnicodeEncodeError:  # CP949: name the first cell it cannot hold; nothing was written
        check_cp949([list(row) for row in csv_rows(main, style)], headers)
        raise
    return WrittenReport(path, len(main.rows), "CSV", encoding)


def _write_sql_cells(table: Table, source: SqlCells, path: Path, headers: list[str], encoding: str,
                     style: WriteStyle) -> bool:
    """The CSV from cells SQLite finished; False (nothing written) when a value needs the Python writer."""
    lines = source.open(table.columns, style.thousand_won, style.dotted_dates)
    if lines is None:
        return False
    totals = _csv_totals(table, style)
    try:
        write_atomically(path, lambda handle: write_lines(handle, headers, lines, encoding, totals))
    except NotInSql:
        return False
    except UnicodeEncodeError:  # CP949: name the first cell it cannot hold; nothing was written
        check_cp949([list(row) for row in csv_rows(table.loaded(), style)], headers)
        raise
    return True


def _csv_totals(table: Table, style: WriteStyle) -> list[list[Any]]:
    if table.totals is None:
        return []
    return [[_csv_cell(c.kind, style)(v) for c, v in zip(table.columns, table.totals, strict=True)]]


def _csv_cell(kind: str, style: WriteStyle) -> Callable[[Any], Any]:
    if kind == "money":
        return lambda v: "" if v is None else style.money(v)
    if kind == "percent":
        return lambda v: round(v * 100, 1) if isinstance(v, (int, float)) else neutralise(v or "")
    if kind in ("int", "number"):
        return lambda v: "" if v is None else neutralise(v)
    if kind == "date":
        return lambda v: neutralise(style.date_text(v or ""))
    return lambda v: "" if v is None else neutralise(v if isinstance(v, str) else str(v))


def csv_rows(table: Table, style: WriteStyle) -> Iterable[Sequence[Any]]:
    """The table's rows (and totals row) as CSV cells: numbers stay numbers, text is neutralised.

    Worked column by column: when every column is plain (text with nothing formula-like, whole
    numbers), the rows are written as they are, which is most big exports."""
    makers = [_csv_cell(column.kind, style) for column in table.columns]
    totals = _csv_totals(table, style)
    if not table.rows:
        return totals
    columns = [list(map(itemgetter(index), table.rows)) for index in range(len(table.columns))]
    plain = [_plain(column.kind, values, style) for column, values in zip(table.columns, columns, strict=True)]
    if all(plain):
        return itertools.chain(table.rows, totals)
    cells = [values if ok else list(map(make, values)) for values, ok, make in zip(columns, plain, makers, strict=True)]
    return [list(row) for row in zip(*cells, strict=True)] + totals


def _plain(kind: str, values: list[Any], style: WriteStyle) -> bool:
    """True when the column's cells go to the CSV as they are: all text with no formula start, or all ints."""
    if kind in ("int", "number") or (kind == "money" and not style.thousand_won):
        return set(map(type, values)) == {int}
    if kind not in ("text", "code"):
        return False
    try:
        joined = "\0" + "\0".join(values)  # a cell's first character follows a NUL here
    except TypeError:  # None or a number among the text
        return False
    return not any("\0" + start in joined for start in _FORMULA_FIRST)


def write_csv(handle: Any, headers: list[str], rows: Iterable[Sequence[Any]], encoding: str) -> None:
    """Header and rows to a binary handle, CRLF line ends as Excel writes them."""
    if encoding == "utf-8-sig":  # the BOM by hand: Python's utf-8-sig codec costs a call per row, utf-8 none
        handle.write(codecs.BOM_UTF8)
        encoding = "utf-8"
    text = io.TextIOWrapper(handle, encoding=encoding, errors="strict", newline="")
    try:
        writer = csv.writer(text, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(headers)
        writer.writerows(rows)
    finally:
        text.flush()
        text.detach()


def write_xlsx(handle: Any, report: Report, style: WriteStyle) -> None:
    """Every table of the report as a sheet of one workbook (openpyxl write-only: fast and small)."""
    workbook = korean_workbook()
    for index, table in enumerate(report.tables):
        notes = report.notes if index == 0 else []
        _write_sheet(workbook, table, report.heading, notes, style)
    save_workbook(workbook, handle)


def _write_sheet(workbook: Any, table: Table, heading: str, notes: list[str], style: WriteStyle) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(_sheet_title(table.title, workbook.sheetnames))
    headers = [style.header(c, False) for c in table.columns]
    widths = _widths(table, headers, style)
    for number, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "A4"
    plan = print_plan(widths, table.key_count)
    set_up_printing(sheet, plan)
    title = WriteOnlyCell(sheet, value=heading)
    title.font = korean_font(bold=True, size=13)
    unit = "금액 단위: 천원 (천 원 미만 반올림)" if style.thousand_won else "금액 단위: 원"
    note = WriteOnlyCell(sheet, value=" ".join([unit + ".", *notes]))
    note.data_type = "s"
    note.alignment = Alignment(wrap_text=False)
    sheet.append(title_row(title, plan, len(headers), lambda text: _marker(sheet, text)))
    sheet.append([note])
    bold, fill = korean_font(bold=True), PatternFill("solid", fgColor="DDE5F0")
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        cell.font, cell.fill = bold, fill
        header_cells.append(cell)
    sheet.append(header_cells)
    makers = [_xlsx_maker(sheet, c.kind, style) for c in table.columns]
    for row in table.rows:
        sheet.append([make(v) for make, v in zip(makers, row, strict=True)])
    if table.totals is not None:
        totals = []
        for make, value in zip(makers, table.totals, strict=True):
            cell = make(value)
            if isinstance(cell, str):
                cell = WriteOnlyCell(sheet, value=cell)
                cell.data_type = "s"
            if cell is not None:
                cell.font = bold
            totals.append(cell)
        sheet.append(totals)
    if table.rows:
        sheet.auto_filter.ref = f"A3:{get_column_letter(len(headers))}{3 + len(table.rows)}"


def _marker(sheet: Any, text: str) -> Any:
    """'(열 1/2)' at the right of a column group's last title cell, in the cells' size (scaled as they are)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment

    cell = WriteOnlyCell(sheet, value=text)
    cell.alignment = Alignment(horizontal="right")
    return cell


def _xlsx_maker(sheet: Any, kind: str, style: WriteStyle) -> Callable[[Any], Any]:
    """A function turning one value of a column into what the sheet row holds."""
    from openpyxl.cell import WriteOnlyCell

    number_format = _NUMBER_FORMATS.get(kind)
    date_format = "yyyy. m. d." if style.dotted_dates else "yyyy-mm-dd"

    def make(value: Any) -> Any:
        if value is None or value == "":
            return None
        if kind == "date" and isinstance(value, str) and len(value) == 10:
            try:
                day = date.fromisoformat(value)
            except ValueError:
                return _text(sheet, value)
            cell = WriteOnlyCell(sheet, value=day)
            cell.number_format = date_format
            return cell
        if number_format and isinstance(value, (int, float)) and not isinstance(value, bool):
            cell = WriteOnlyCell(sheet, value=style.money(value) if kind == "money" else value)
            cell.number_format = number_format
            return cell
        return _text(sheet, value if isinstance(value, str) else str(value))

    return make


def _text(sheet: Any, value: str) -> Any:
    """Plain text; text openpyxl would store as a formula is typed as a string instead."""
    from openpyxl.cell import WriteOnlyCell

    if value.startswith("="):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


def _widths(table: Table, headers: list[str], style: WriteStyle) -> list[float]:
    """Column widths that fit the header and the longest of the first rows. A width is counted in digits of
    the Normal font (맑은 고딕, 8 px at 11 pt); Hangul counts double: a syllable is narrower than two."""
    widths = []
    sample = table.rows[:200] + ([table.totals] if table.totals else [])
    for index, column in enumerate(table.columns):
        if column.width:
            widths.append(float(max(column.width, _display_width(headers[index]) + 2)))
            continue
        longest = max([_display_width(headers[index])] + [_display_width(_shown(r[index], column.kind, style))
                                                          for r in sample])
        widths.append(float(min(MAX_WIDTH, max(6, longest + 2))))
    return widths


def _shown(value: Any, kind: str, style: WriteStyle) -> str:
    if isinstance(value, float) and kind == "percent":
        return f"{value * 100:.1f}%"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value) if kind == "number" else f"{style.money(value) if kind == 'money' else value:,}"
    return "" if value is None else str(value)


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _sheet_title(title: str, taken: list[str]) -> str:
    clean = "".join(ch for ch in title if ch not in "[]:*?/\\")[:31] or "표"
    candidate, number = clean, 2
    while candidate in taken:
        candidate, number = f"{clean[:28]} {number}", number + 1
    return candidate
