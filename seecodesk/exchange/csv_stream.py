"""Writing the lines SQLite finished (storage/csv_cells.py `lines_query`: a row's cells joined by
CELL_SEPARATOR) a chunk at a time, so a 100,000-row export costs Python one string a row, not one a cell.

A chunk where no cell holds a comma, a double quote or a line end — which the counts of line ends
prove — needs no quoting: its separators become commas and it is encoded at once. In another chunk,
only the lines holding such a character are split into their cells and go through csv.writer.

A line with a cell too many — a value SQLite left to Python (marked by an extra separator, see
storage/csv_cells.py) or a cell holding the separator itself — raises `NotInSql` and the caller writes
the file the Python way;
a character the encoding cannot hold raises UnicodeEncodeError, which the exporters turn into a
sentence naming the row and column (nothing is written either way: see write_atomically).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from seecodesk.core.csv_rules import LINE_END
from seecodesk.storage.csv_cells import CELL_SEPARATOR

_CHUNK = 4096
_LINE = itemgetter(0)
_QUOTED_IF = re.compile('[,"\r\n]')  # csv.writer quotes a cell holding one of these (QUOTE_MINIMAL, CRLF)


class NotInSql(Exception):
    """A cell held a value only the Python writer formats (a real number as text, an odd date)."""


def write_lines(handle: Any, header: list[str], lines: Any, encoding: str, tail: Sequence[Sequence[Any]] = ()) -> int:
    """The header, every line of the cursor `lines` (one-column rows, a cell for each header) and the
    `tail` rows as CSV to the binary `handle`; returns the number of lines from the cursor."""
    if encoding == "utf-8-sig":  # the BOM by hand: the utf-8-sig codec would write one per chunk
        handle.write(codecs.BOM_UTF8)
        encoding = "utf-8"
    handle.write(csv_text([header]).encode(encoding))
    count = 0
    while chunk := lines.fetchmany(_CHUNK):
        count += len(chunk)
        handle.write(chunk_text(list(map(_LINE, chunk)), len(header)).encode(encoding))
    handle.write(csv_text(tail).encode(encoding))
    return count


def chunk_text(lines: list[str], cells: int) -> str:
    """The CSV text of `lines` of `cells` cells each, as csv.writer writes their cells; `NotInSql` when
    a line has a cell too many."""
    text = LINE_END.join(lines) + LINE_END
    rows = len(lines)
    if text.count(CELL_SEPARATOR) != rows * (cells - 1):  # each line has at least its own separators
        raise NotInSql
    if cells == 1:  # csv.writer writes a lone empty cell as ""
        return csv_text([[line] for line in lines])
    if text.count("\r") != rows or text.count("\n") != rows or "," in text or '"' in text:
        text = _quoted(lines)
    return text.replace(CELL_SEPARATOR, ",")


def _quoted(lines: list[str]) -> str:
    """The lines with a cell to quote split into their cells and written by csv.writer, the others as they are."""
    buffer = io.StringIO()
    write, write_row, to_quote = buffer.write, _writer(buffer).writerow, _QUOTED_IF.search
    for line in lines:
        if to_quote(line):
            write_row(line.split(CELL_SEPARATOR))
        else:
            write(line + LINE_END)
    return buffer.getvalue()


def csv_text(rows: Sequence[Sequence[Any]]) -> str:
    """`rows` as csv.writer writes them (QUOTE_MINIMAL, CRLF)."""
    buffer = io.StringIO()
    _writer(buffer).writerows(rows)
    return buffer.getvalue()


def _writer(buffer: io.StringIO) -> Any:
    return csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator=LINE_END)
