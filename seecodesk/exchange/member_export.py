"""The member directory as a file for 시청 or a spreadsheet: CSV (UTF-8 BOM or CP949) or XLSX.

Safety rules:
- Text cells starting with = + - @ tab, CR or LF get a leading apostrophe, so Excel never runs
  them as a formula; numbers (dues) stay numbers.
- 사업자등록번호 and phones are written as text (XLSX cells formatted '@'), so no leading zero is lost.
- CP949 is checked before anything is written: a character it cannot hold is reported with its
  spreadsheet row, column and organisation, and no file appears.
- The file is written to a temporary name beside the target and renamed into place, so a failure
  (disk full, permission) never leaves a half-written export or spoils the previous one.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from seecodesk.core.errors import ExportError
from seecodesk.storage.member_table import organisation_table

if TYPE_CHECKING:
    import sqlite_utils

EXPORT_ENCODINGS = ("utf-8-sig", "cp949")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")

# (Korean header, row key, kind) — kind "text", "date", "int" or "bool".
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("기업명", "name", "text"),
    ("법인형태", "legal_form", "text"),
    ("인증·지정", "designations", "text"),
    ("회원 상태", "membership_status", "text"),
    ("가입일", "joined_on", "date"),
    ("탈퇴일", "left_on", "date"),
    ("대표자", "representative", "text"),
    ("사업자등록번호", "business_number", "text"),
    ("법인등록번호", "corporation_number", "text"),
    ("전화", "phone", "text"),
    ("팩스", "fax", "text"),
    ("이메일", "email", "text"),
    ("홈페이지", "homepage", "text"),
    ("주소", "address", "text"),
    ("읍면동", "district", "text"),
    ("업종", "industry", "text"),
    ("주 사업분야", "service_field", "text"),
    ("설립일", "founded_on", "date"),
    ("지원기관", "is_support_body", "bool"),
    ("최근 회비 연도", "dues_year", "int"),
    ("최근 회비(원)", "dues_amount", "int"),
    ("요즘 소식", "news", "text"),
    ("메모", "notes", "text"),
)
HEADERS = [c[0] for c in COLUMNS]
_WIDTHS = {"기업명": 28, "주소": 40, "인증·지정": 22, "요즘 소식": 30, "메모": 24, "이메일": 24, "홈페이지": 26}


@dataclass
class ExportResult:
    """What was written."""

    path: Path
    rows: int
    kind: str  # "CSV" or "XLSX"
    encoding: str  # "utf-8-sig", "cp949" or "" for XLSX

    def describe(self) -> str:
        label = {"utf-8-sig": "CSV, UTF-8 BOM", "cp949": "CSV, CP949", "": "엑셀 XLSX"}[self.encoding]
        return f"회원사 {self.rows:,}곳을 내보냈습니다: {self.path} ({label})"


def neutralise(value: Any) -> Any:
    """A text cell Excel would run as a formula gets a leading apostrophe; other values pass."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_cells(db: sqlite_utils.Database) -> list[list[Any]]:
    """The data rows (without header) in column order, neutralised."""
    return [[neutralise(_cell(row.get(key), kind)) for _, key, kind in COLUMNS] for row in organisation_table(db)]


def _cell(value: Any, kind: str) -> Any:
    if kind == "bool":
        return "예" if value else ""
    if kind == "int":
        return value if isinstance(value, int) else ""
    return "" if value is None else str(value)


def export_members(db: sqlite_utils.Database, path: str | Path, encoding: str = "utf-8-sig") -> ExportResult:
    """Write the directory to `path` (.csv or .xlsx); raises `ExportError` with a Korean sentence."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ExportError(f"파일 이름은 .csv 또는 .xlsx로 끝나야 합니다: {path.name}")
    if encoding not in EXPORT_ENCODINGS:
        raise ExportError(f"알 수 없는 인코딩입니다: {encoding}. 가능한 값: {', '.join(EXPORT_ENCODINGS)}")
    if not path.parent.is_dir():
        raise ExportError(f"저장할 폴더가 없습니다: {path.parent}")
    rows = export_cells(db)
    if suffix == ".xlsx":
        write_atomically(path, lambda handle: _write_xlsx(handle, rows))
        return ExportResult(path, len(rows), "XLSX", "")
    if encoding == "cp949":
        check_cp949(rows)
    write_atomically(path, lambda handle: _write_csv(handle, rows, encoding))
    return ExportResult(path, len(rows), "CSV", encoding)


def check_cp949(rows: list[list[Any]], headers: list[str] = HEADERS) -> None:
    """Refuse (before writing) a cell CP949 cannot hold, naming the row, column and character.

    Rows are numbered as in the file: the header is row 1, `rows[0]` is row 2."""
    bad = []
    for number, cells in enumerate(rows, start=2):
        for header, value in zip(headers, cells, strict=False):
            if not isinstance(value, str):
                continue
            try:
                value.encode("cp949")
            except UnicodeEncodeError as error:
                bad.append((number, header, value[error.start], cells[0]))
    if bad:
        row, header, char, name = bad[0]
        more = f" 이런 칸이 모두 {len(bad)}개 있습니다." if len(bad) > 1 else ""
        raise ExportError(f"{row}행('{name}')의 '{header}' 열에 있는 글자 '{char}'(U+{ord(char):04X})는 CP949로 저장할 수 "
                          f"없습니다.{more} UTF-8(BOM) CSV나 엑셀(XLSX)로 내보내거나 그 글자를 고쳐 주세요.")


def _write_csv(handle: Any, rows: list[list[Any]], encoding: str) -> None:
    text = io.TextIOWrapper(handle, encoding=encoding, errors="strict", newline="")
    try:
        writer = csv.writer(text, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(HEADERS)
        writer.writerows(rows)
    finally:
        text.flush()
        text.detach()


def _write_xlsx(handle: Any, rows: list[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "회원사 명단"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for cells in rows:
        sheet.append(cells)
    for index, (header, _key, kind) in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = _WIDTHS.get(header, 14)
        if kind != "int":
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.data_type = "s"  # never a formula, whatever the text
                cell.number_format = "@"
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions
    workbook.save(handle)


def write_atomically(path: Path, write: Callable[[Any], None]) -> None:
    """Run `write(binary_handle)` on a temporary file beside `path`, then rename it into place."""
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".part", dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "w+b") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise ExportError(f"파일을 저장하지 못했습니다: {path} ({error.strerror or error}). 이전 파일은 그대로 있습니다.") from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    os.chmod(path, 0o644)
