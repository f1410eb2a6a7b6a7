"""Writing the cells SQLite finished (seecodesk/storage/csv_cells.py) a chunk at a time: csv.writer quotes
a chunk of rows into memory, the chunk is checked and encoded at once, so a 100,000-row export costs
Python no work per cell.

A cell SQLite left to Python (storage.csv_cells.NOT_IN_SQL) raises `NotInSql` and the caller writes the
file the Python way; a character the encoding cannot hold raises UnicodeEncodeError, which the
exporters turn into a sentence naming the row and column (nothing is written either way: see
write_atomically).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Sequence
from typing import Any

from seecodesk.core.csv_rules import LINE_END
from seecodesk.storage.csv_cells import NOT_IN_SQL

_CHUNK = 4096


class NotInSql(Exception):
    """A cell held a value only the Python writer formats (a real number as text, an odd date)."""


def write_cells(handle: Any, header: list[str], rows: Any, encoding: str, tail: Sequence[Sequence[Any]] = ()) -> int:
    """The header, every row of the cursor `rows` and the `tail` rows as CSV to the binary `handle`;
    returns the number of rows from the cursor."""
    if encoding == "utf-8-sig":  # the BOM by hand: the utf-8-sig codec would write one per chunk
        handle.write(codecs.BOM_UTF8)
        encoding = "utf-8"
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator=LINE_END)
    writer.writerow(header)
    count = 0
    while chunk := rows.fetchmany(_CHUNK):
        writer.writerows(chunk)
        count += len(chunk)
        _flush(buffer, handle, encoding)
    writer.writerows(tail)
    _flush(buffer, handle, encoding)
    return count


def _flush(buffer: io.StringIO, handle: Any, encoding: str) -> None:
    text = buffer.getvalue()
    if NOT_IN_SQL in text:
        raise NotInSql
    handle.write(text.encode(encoding))
    buffer.seek(0)
    buffer.truncate()
