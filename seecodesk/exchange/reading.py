"""A CSV or XLSX file as a table of text cells, the way Korean offices save them.

Encoding: UTF-8 with BOM, UTF-8 without, CP949 (Excel on Korean Windows, portal downloads) and
UTF-16 (Excel's "유니코드 텍스트"), detected in that order or forced. EUC-KR is never used: it
cannot read syllables such as '샾' that CP949 holds. Broken CSV (an unclosed quote) is refused
with the line where it starts; rows with the wrong number of cells are kept for the preview to
report. Title rows above the header are skipped.
"""

import codecs
import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from seecodesk.core.errors import ImportFileError
from seecodesk.core.josa import josa
from seecodesk.exchange.fields import field_for_header
from seecodesk.exchange.xlsx_reading import read_first_sheet, unreadable

ENCODINGS = ("auto", "utf-8-sig", "utf-8", "cp949")
ENCODING_LABELS = {
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-8": "UTF-8 (BOM 없음)",
    "cp949": "CP949 (한글 엑셀·공공데이터포털)",
    "utf-16": "UTF-16 (유니코드 텍스트)",
    "": "해당 없음 (엑셀 파일)",
}
MAX_FILE_BYTES = 50 * 1024 * 1024
_HEADER_SCAN_ROWS = 10
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"


@dataclass
class SourceRecord:
    """One record of the file: its spreadsheet row number, the line it starts on, its cells."""

    row: int
    line: int
    cells: list[str]
    numeric: frozenset[int] = frozenset()  # cells that were numbers in XLSX (leading zeros may be lost)


@dataclass
class SourceTable:
    """The file as read: format, encoding used, headers and the records below them."""

    path: Path
    kind: str  # "CSV" or "XLSX"
    encoding: str  # key of ENCODING_LABELS
    headers: list[str]
    header_row: int
    records: list[SourceRecord]
    notes: list[str] = field(default_factory=list)

    @property
    def encoding_label(self) -> str:
        return ENCODING_LABELS.get(self.encoding, self.encoding)


def read_table(path: str | Path, encoding: str = "auto") -> SourceTable:
    """Read a .csv/.txt or .xlsx file; raises `ImportFileError` (Korean) when it cannot be read."""
    path = Path(path)
    if encoding not in ENCODINGS:
        raise ImportFileError(f"알 수 없는 인코딩입니다: {encoding}. 가능한 값: {', '.join(ENCODINGS)}")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(f"파일을 찾을 수 없습니다: {path}") from None
    except OSError as error:
        raise ImportFileError(f"파일을 읽을 수 없습니다: {path} ({error.strerror})") from None
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(f"파일이 너무 큽니다 ({len(data) // 1024 // 1024} MB). 50 MB 이하로 나누어 가져와 주세요.")
    is_xlsx = data.startswith(_ZIP_MAGIC) or path.suffix.lower() in (".xlsx", ".xlsm")
    if not data.strip():
        raise unreadable(path, "빈 파일입니다") if is_xlsx else ImportFileError(f"파일이 비어 있습니다: {path.name}")
    if data.startswith(_OLE_MAGIC):
        raise ImportFileError("예전 엑셀 형식(.xls)은 읽을 수 없습니다. 엑셀에서 '다른 이름으로 저장'으로 .xlsx나 CSV로 저장해 주세요.")
    if is_xlsx:
        return _read_xlsx(path)
    return _read_csv(path, data, encoding)


def decode(data: bytes, encoding: str) -> tuple[str, str]:
    """(text, encoding used). `auto` tries UTF-16 by BOM, UTF-8 (with or without BOM), then CP949."""
    if encoding == "auto":
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return _strict(data, "utf-16"), "utf-16"
        if data.startswith(codecs.BOM_UTF8):
            return _strict(data, "utf-8-sig"), "utf-8-sig"
        for candidate in ("utf-8", "cp949"):
            try:
                return data.decode(candidate), candidate
            except UnicodeDecodeError:
                continue
        raise ImportFileError("파일의 글자 인코딩을 알 수 없습니다 (UTF-8도 CP949도 아닙니다). "
                              "엑셀에서 'CSV UTF-8(쉼표로 분리)'로 다시 저장해 주세요.")
    if encoding == "utf-8" and data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"  # a BOM is never part of the first header
    return _strict(data, encoding), encoding


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        line = bytes(error.object[: error.start]).count(b"\n") + 1  # utf-8-sig's offsets start after the BOM
        label = ENCODING_LABELS.get(encoding, encoding)
        raise ImportFileError(f"파일을 {label}{josa(label, '으로')} 읽을 수 없습니다: {line}번째 줄에 이 인코딩에 없는 바이트가 있습니다. "
                              "인코딩을 '자동'으로 두거나 다른 인코딩을 골라 주세요.") from None


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", "\t", ";")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(path: Path, data: bytes, encoding: str) -> SourceTable:
    text, used = decode(data, encoding)
    if "\x00" in text:
        raise ImportFileError("파일에 NUL 문자가 들어 있어 CSV로 읽을 수 없습니다. 엑셀에서 CSV로 다시 저장해 주세요.")
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[SourceRecord] = []
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise ImportFileError(_csv_error_message(str(error), start)) from None
        records.append(SourceRecord(row=len(records) + 1, line=start, cells=[c.strip() for c in cells]))
    table = _with_header(path, "CSV", used, records)
    if used == "cp949" and _looks_like_utf8_mojibake(table.headers):
        table.notes.append("머리글이 깨져 보입니다. 인코딩을 UTF-8로 바꿔 보세요.")
    return table


def _csv_error_message(error: str, line: int) -> str:
    if "unexpected end of data" in error:
        return (f"CSV 형식이 깨져 있습니다: {line}번째 줄에서 시작한 따옴표(\")가 파일 끝까지 닫히지 않았습니다. "
                "그 줄을 고친 뒤 다시 가져와 주세요.")
    return (f"CSV 형식이 깨져 있습니다: {line}번째 줄 근처에서 따옴표(\")가 칸 중간에 잘못 들어 있습니다. "
            "그 줄을 고친 뒤 다시 가져와 주세요.")


def _looks_like_utf8_mojibake(headers: list[str]) -> bool:
    try:
        "".join(headers).encode("cp949").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    return any(ord(ch) > 127 for ch in "".join(headers))


def _read_xlsx(path: Path) -> SourceTable:
    sheet = read_first_sheet(path)
    records = []
    for number, values in enumerate(sheet.rows, start=1):
        cells = [_cell_text(v) for v in values]
        numeric = frozenset(i for i, v in enumerate(values) if isinstance(v, (int, float)) and not isinstance(v, bool))
        records.append(SourceRecord(row=number, line=number, cells=cells, numeric=numeric))
    table = _with_header(path, "XLSX", "", records)
    table.notes.insert(0, f"첫 번째 시트 '{sheet.name}'{josa(sheet.name, '을')} 읽었습니다.")
    if sheet.others:
        table.notes.append(f"다른 시트({', '.join(sheet.others)})는 읽지 않았습니다.")
    return table


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "예" if value else "아니오"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _with_header(path: Path, kind: str, encoding: str, records: list[SourceRecord]) -> SourceTable:
    """Pick the header row (the first of the top rows naming known fields) and trim empty edges."""
    filled = [r for r in records if any(r.cells)]
    if not filled:
        raise ImportFileError(f"파일에 내용이 없습니다: {path.name}")
    candidates = filled[:_HEADER_SCAN_ROWS]
    header = next((r for r in candidates if _known_fields(r.cells) >= 2), None)
    header = header or next((r for r in candidates if _known_fields(r.cells) >= 1), candidates[0])
    width = max((i + 1 for i, c in enumerate(header.cells) if c), default=0)
    headers = _unique_headers(header.cells[:width])
    body = [r for r in records if r.row > header.row]
    for record in body:
        while len(record.cells) > width and not record.cells[-1]:
            record.cells.pop()  # XLSX pads rows to the sheet's widest row
    table = SourceTable(path=path, kind=kind, encoding=encoding, headers=headers, header_row=header.row, records=body)
    skipped = [r for r in records if r.row < header.row and any(r.cells)]
    if skipped:
        table.notes.append(f"머리글({header.row}행) 위의 제목 줄 {len(skipped)}개는 건너뛰었습니다.")
    return table


def _known_fields(cells: list[str]) -> int:
    return len({field_for_header(c) for c in cells if c and field_for_header(c)})


def _unique_headers(cells: list[str]) -> list[str]:
    """The header cells with spaces folded, blanks named '열 N' and repeats numbered: x, x (2), x (3) …
    Linear: each name remembers the last number it tried (1,500 columns all named 'x' is a real file)."""
    headers: list[str] = []
    taken: set[str] = set()
    next_number: dict[str, int] = {}
    for index, cell in enumerate(cells):
        name = " ".join(cell.split()) or f"열 {index + 1}"
        candidate, n = name, next_number.get(name, 2)
        if candidate in taken:
            candidate = f"{name} ({n})"
            while candidate in taken:
                n += 1
                candidate = f"{name} ({n})"
            n += 1
        next_number[name] = n
        headers.append(candidate)
        taken.add(candidate)
    return headers
