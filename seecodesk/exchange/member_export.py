"""The member directory as a file for 시청 or a spreadsheet: CSV (UTF-8 BOM or CP949) or XLSX.

Safety rules:
- CSV: text cells starting with = + - @ tab, CR or LF get a leading apostrophe, so Excel never
  runs them as a formula. XLSX: every text cell is a string cell marked as text (quotePrefix, as
  Excel does for a typed '=…), so it shows exactly what was stored, with no apostrophe added, and
  stays text even when edited. Numbers (dues) stay numbers.
- 사업자등록번호 and phones are written as text (XLSX cells formatted '@'), so no leading zero is lost.
- CP949 is checked before anything is written: a character it cannot hold is reported with its
  spreadsheet row, column and organisation, and no file appears.
- The file is written to a temporary name beside the target and renamed into place, so a failure
  (disk full, permission) never leaves a half-written export or spoils the previous one.
- The file goes to 시청 (제3자 제공): an organisation's phone or e-mail that is one of its people's own
  number or address is left blank unless that person agreed to 제3자 제공 (core/contact_release.py).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from seecodesk.core.atomic_files import replaced_atomically
from seecodesk.core.consent import Item, Use, allows
from seecodesk.core.contact_release import MOBILE_PREFIXES, ContactOwner, Withheld, organisation_value
from seecodesk.core.csv_rules import FORMULA_STARTS
from seecodesk.core.errors import ExportError
from seecodesk.exchange.csv_stream import NotInSql, write_lines
from seecodesk.exchange.xlsx_style import korean_font, korean_workbook
from seecodesk.storage.contact_holders import mobile_holders
from seecodesk.storage.member_table import export_cells_cursor, export_lines_cursor

if TYPE_CHECKING:
    import sqlite_utils

EXPORT_ENCODINGS = ("utf-8-sig", "cp949")

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
EXPORT_USE = Use.THIRD_PARTY  # the export is what 시청 asks for
_CONTACT_ITEMS = {"phone": Item.PHONE, "email": Item.EMAIL}
_WIDTHS = {"기업명": 28, "주소": 40, "인증·지정": 22, "요즘 소식": 30, "메모": 24, "이메일": 24, "홈페이지": 26}


@dataclass
class ExportResult:
    """What was written."""

    path: Path
    rows: int
    kind: str  # "CSV" or "XLSX"
    encoding: str  # "utf-8-sig", "cp949" or "" for XLSX
    withheld: int = 0

    def describe(self) -> str:
        label = {"utf-8-sig": "CSV, UTF-8 BOM", "cp949": "CSV, CP949", "": "엑셀 XLSX"}[self.encoding]
        text = f"회원사 {self.rows:,}곳을 내보냈습니다: {self.path} ({label})"
        notice = Withheld(self.withheld).notice()
        return text + (f"\n{notice} (제3자 제공 동의가 없는 사람의 번호·주소)" if notice else "")


def export_cells(db: sqlite_utils.Database, withheld: Withheld | None = None,
                 neutralised: bool = True) -> list[list[Any]]:
    """The data rows (without header) in column order, contacts released by consent, neutralised for CSV
    unless asked not to."""
    return [list(row) for row in _cells_cursor(db, withheld, neutralised)]


def _cells_cursor(db: sqlite_utils.Database, withheld: Withheld | None, neutralised: bool,
                  phones: Collection[int] | None = None) -> Iterator[tuple[Any, ...]]:
    phones = withheld_phones(db) if phones is None else phones
    if withheld is not None:
        withheld.count += len(phones)
    return export_cells_cursor(db, [key for _, key, _ in COLUMNS], phones, FORMULA_STARTS if neutralised else ())


def withheld_phones(db: sqlite_utils.Database) -> set[int]:
    """Ids of the organisations whose phone the export leaves blank: a person's own mobile number that
    person's consent does not let go to 시청 (only emails of organisations stay, see contact_release)."""
    today, withheld = date.today(), set()
    allowed: dict[str, bool] = {}  # the consent rule's answer for each set of consents met (few differ)
    unsure: dict[tuple[int, str], list[ContactOwner]] = {}
    for holder in mobile_holders(db, MOBILE_PREFIXES):
        if not holder.sure:  # a number SQLite could not read exactly: core's organisation_value decides
            unsure.setdefault((holder.organisation_id, holder.organisation_phone), []).append(holder.owner())
            continue
        if holder.consents_json not in allowed:
            allowed[holder.consents_json] = allows(holder.consents(), Item.PHONE, EXPORT_USE, today)
        if not allowed[holder.consents_json]:  # their own mobile, and they did not agree
            withheld.add(holder.organisation_id)
    counter = Withheld()
    return withheld | {org_id for (org_id, phone), owners in unsure.items()
                       if not organisation_value(phone, owners, Item.PHONE, EXPORT_USE, counter, today)}


def export_members(db: sqlite_utils.Database, path: str | Path, encoding: str = "utf-8-sig", *,
                   withheld_ids: Collection[int] | None = None) -> ExportResult:
    """Write the directory to `path` (.csv or .xlsx); raises `ExportError` with a Korean sentence.

    `withheld_ids`: the organisations whose phone stays blank, when the caller has just worked them out
    with `withheld_phones` on the same data (the export dialog, which shows their count); else here."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ExportError(f"파일 이름은 .csv 또는 .xlsx로 끝나야 합니다: {path.name}")
    if encoding not in EXPORT_ENCODINGS:
        raise ExportError(f"알 수 없는 인코딩입니다: {encoding}. 가능한 값: {', '.join(EXPORT_ENCODINGS)}")
    if not path.parent.is_dir():
        raise ExportError(f"저장할 폴더가 없습니다: {path.parent}")
    withheld = Withheld()
    if suffix == ".xlsx":
        streamed = _RowCounter(_cells_cursor(db, withheld, False, withheld_ids))
        write_atomically(path, lambda handle: write_xlsx(handle, streamed))
        return ExportResult(path, streamed.count, "XLSX", "", withheld.count)
    try:
        rows = _export_csv(db, path, encoding, withheld, withheld_ids)
    except UnicodeEncodeError:  # CP949: the first pass names the cell; nothing was written
        check_cp949(export_cells(db))
        raise
    return ExportResult(path, rows, "CSV", encoding, withheld.count)


def _export_csv(db: sqlite_utils.Database, path: Path, encoding: str, withheld: Withheld,
                phones: Collection[int] | None) -> int:
    """The CSV from lines SQLite finished (exchange/csv_stream.py), or cell by cell through csv.writer
    when a value is Python's to write; returns the number of rows."""
    phones = withheld_phones(db) if phones is None else phones
    lines = export_lines_cursor(db, [key for _, key, _ in COLUMNS], phones)
    counted: list[int] = []
    try:
        write_atomically(path, lambda handle: counted.append(write_lines(handle, HEADERS, lines, encoding)))
    except NotInSql:
        written = _RowCounter(export_cells_cursor(db, [key for _, key, _ in COLUMNS], phones, FORMULA_STARTS))
        write_atomically(path, lambda handle: _write_csv(handle, written, encoding))
        counted.append(written.count)
    withheld.count += len(phones)
    return counted[0]


class _RowCounter:
    """The rows of an iterator, passed through while counted (the CSV streams straight from the cursor)."""

    def __init__(self, rows: Iterator[tuple[Any, ...]]) -> None:
        self.rows, self.count = rows, 0

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        for row in self.rows:
            self.count += 1
            yield row


def check_cp949(rows: list[list[Any]], headers: list[str] = HEADERS, label_column: int = 0) -> None:
    """Refuse (before writing) a cell CP949 cannot hold, naming the row, column, character and the row's
    label (the cell of `label_column`: the organisation's name in the member list)."""
    bad = []
    for number, cells in enumerate(rows, start=2):
        for header, value in zip(headers, cells, strict=False):
            if not isinstance(value, str):
                continue
            try:
                value.encode("cp949")
            except UnicodeEncodeError as error:
                bad.append((number, header, value[error.start], cells[label_column]))
    if bad:
        row, header, char, name = bad[0]
        more = f" 이런 칸이 모두 {len(bad)}개 있습니다." if len(bad) > 1 else ""
        raise ExportError(f"{row}행('{name}')의 '{header}' 열에 있는 글자 '{char}'(U+{ord(char):04X})는 CP949로 저장할 수 "
                          f"없습니다.{more} UTF-8(BOM) CSV나 엑셀(XLSX)로 내보내거나 그 글자를 고쳐 주세요.")


def _write_csv(handle: Any, rows: Iterable[Sequence[Any]], encoding: str) -> None:
    write_csv(handle, rows, encoding, HEADERS)


def write_csv(handle: Any, rows: Iterable[Sequence[Any]], encoding: str, headers: list[str] = HEADERS) -> None:
    """The header and rows as CSV with CRLF line ends, as Korean Excel saves it."""
    if encoding == "utf-8-sig":  # the BOM by hand: Python's utf-8-sig codec costs a call per row, utf-8 none
        handle.write(codecs.BOM_UTF8)
        encoding = "utf-8"
    text = io.TextIOWrapper(handle, encoding=encoding, errors="strict", newline="", write_through=False)
    try:
        writer = csv.writer(text, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(headers)
        writer.writerows(rows)
    finally:
        text.flush()
        text.detach()


def write_xlsx(handle: Any, rows: Iterable[Sequence[Any]], columns: tuple[tuple[str, str, str], ...] = COLUMNS,
               title: str = "회원사 명단", widths: dict[str, int] | None = None) -> None:
    """One sheet, streamed row by row (openpyxl write-only: memory stays flat at 100,000 rows): 맑은 고딕,
    bold header, frozen first row and column, filter, text columns stored as text ('@', never a formula),
    numbers as numbers."""
    from openpyxl.utils import get_column_letter

    widths = _WIDTHS if widths is None else widths
    workbook = korean_workbook()
    sheet = workbook.create_sheet(title)
    for index, (header, _key, _kind) in enumerate(columns, start=1):  # before the first row: written at its top
        sheet.column_dimensions[get_column_letter(index)].width = widths.get(header, 14)
    sheet.freeze_panes = "B2"
    sheet.append(_header_cells(sheet, [c[0] for c in columns]))
    make_row = _TextCells(sheet, [kind != "int" for _h, _k, kind in columns])
    count = 0
    for cells in rows:
        sheet.append(make_row(cells))
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    save_workbook(workbook, handle)


def save_workbook(workbook: Any, handle: Any) -> None:
    """Save `workbook` into memory, then write its bytes to `handle` in one plain write.

    A disk that fills up then fails that one write, not a write inside openpyxl's zip: a zip left
    half-closed (and the sheet's row writer with it) would print "Exception ignored … Traceback" on
    stderr when Python collects them, after the Korean message. A workbook is a few MB at most.
    """
    buffer = io.BytesIO()
    workbook.save(buffer)
    handle.write(buffer.getvalue())


def _header_cells(sheet: Any, headers: list[str]) -> list[Any]:
    from openpyxl.cell import WriteOnlyCell

    cells, bold = [], korean_font(bold=True)
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        cells.append(cell)
    return cells


class _TextCells:
    """Turns a row of values into what the write-only sheet appends: text columns as styled text cells.

    The styled cells are made once per column and reused row after row (the sheet writes a row
    out as it is appended), which is most of the speed of the streamed export."""

    def __init__(self, sheet: Any, text: list[bool]) -> None:
        self.text = text
        self.plain = [_text_cell(sheet, quoted=False) for _ in text]
        self.quoted = [_text_cell(sheet, quoted=True) for _ in text]

    def __call__(self, values: Sequence[Any]) -> list[Any]:
        row: list[Any] = []
        for index, value in enumerate(values):
            if not self.text[index]:
                row.append(value)
                continue
            quoted = isinstance(value, str) and value.startswith(FORMULA_STARTS)
            cell = (self.quoted if quoted else self.plain)[index]
            cell.value = value
            cell.data_type = "s"  # openpyxl takes a text starting with '=' for a formula: never here
            row.append(cell)
        return row


def _text_cell(sheet: Any, quoted: bool) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet)
    cell.number_format = "@"
    if quoted:
        cell.quotePrefix = True  # Excel keeps it text when the cell is edited
    return cell


def write_atomically(path: Path, write: Callable[[Any], object]) -> None:
    """Run `write(binary_handle)` on a temporary file beside `path`, then put it in place (core/atomic_files)."""
    with replaced_atomically(path) as temp, open(temp, "w+b") as handle:
        write(handle)
