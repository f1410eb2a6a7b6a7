"""Writing one plain table (a header and rows) as CSV (UTF-8 BOM or CP949) or XLSX, safely.

The same rules as the member export: formula-looking text neutralised, CP949 checked before
anything is written, text columns stored as text in XLSX, and the file written to a temporary
name and renamed into place.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seecodesk.core.csv_rules import FORMULA_STARTS, neutralise
from seecodesk.core.errors import ExportError
from seecodesk.core.josa import josa
from seecodesk.exchange.member_export import EXPORT_ENCODINGS, save_workbook, write_atomically
from seecodesk.exchange.xlsx_style import korean_font, korean_workbook


@dataclass
class TableExport:
    """What was written."""

    path: Path
    rows: int
    encoding: str  # "" for XLSX

    @property
    def label(self) -> str:
        return {"utf-8-sig": "CSV, UTF-8 BOM", "cp949": "CSV, CP949", "": "엑셀 XLSX"}[self.encoding]


def check_target(path: Path) -> str:
    """The lower-case suffix of a writable .csv/.xlsx target, or an ExportError."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ExportError(f"파일 이름은 .csv 또는 .xlsx로 끝나야 합니다: {path.name}")
    if not path.parent.is_dir():
        raise ExportError(f"저장할 폴더가 없습니다: {path.parent}")
    return suffix


def write_table(path: str | Path, headers: list[str], rows: list[list[Any]], title: str,
                encoding: str = "utf-8-sig", widths: dict[str, int] | None = None) -> TableExport:
    """Write `rows` under `headers` to `path` (.csv or .xlsx); numbers stay numbers."""
    path = Path(path)
    suffix = check_target(path)
    if encoding not in EXPORT_ENCODINGS:
        raise ExportError(f"알 수 없는 인코딩입니다: {encoding}. 가능한 값: {', '.join(EXPORT_ENCODINGS)}")
    if suffix == ".xlsx":  # text stays exactly as stored: a text cell, quote-prefixed, is never a formula
        raw = [["" if v is None else v for v in row] for row in rows]
        write_atomically(path, lambda handle: _write_xlsx(handle, headers, raw, title, widths or {}))
        return TableExport(path, len(raw), "")
    cells = [[neutralise("" if v is None else v) for v in row] for row in rows]
    if encoding == "cp949":
        _check_cp949(headers, cells)
    write_atomically(path, lambda handle: _write_csv(handle, headers, cells, encoding))
    return TableExport(path, len(cells), encoding)


def _check_cp949(headers: list[str], rows: list[list[Any]]) -> None:
    for number, cells in enumerate(rows, start=2):
        for header, value in zip(headers, cells, strict=False):
            if isinstance(value, str):
                try:
                    value.encode("cp949")
                except UnicodeEncodeError as error:
                    raise ExportError(f"{number}행의 '{header}' 열에 있는 글자 '{value[error.start]}'{josa(value[error.start], '은')} CP949로 저장할 수 "
                                      "없습니다. UTF-8(BOM) CSV나 엑셀(XLSX)로 내보내 주세요.") from None


def _write_csv(handle: Any, headers: list[str], rows: list[list[Any]], encoding: str) -> None:
    text = io.TextIOWrapper(handle, encoding=encoding, errors="strict", newline="")
    try:
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(headers)
        writer.writerows(rows)
    finally:
        text.flush()
        text.detach()


def _write_xlsx(handle: Any, headers: list[str], rows: list[list[Any]], title: str, widths: dict[str, int]) -> None:
    from openpyxl.utils import get_column_letter

    workbook = korean_workbook(write_only=False)
    sheet = workbook.active
    sheet.title = title[:31]
    sheet.append(headers)
    bold = korean_font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
    for cells in rows:
        sheet.append(cells)
    for index, header in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = widths.get(header, 14)
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            if isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula, whatever the text
                cell.number_format = "@"
                cell.quotePrefix = cell.value.startswith(FORMULA_STARTS)  # and still text when edited in Excel
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions
    save_workbook(workbook, handle)
