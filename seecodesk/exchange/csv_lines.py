"""Writing CSV lines SQLite finished (seecodesk/storage/csv_lines.py): fetched and encoded a chunk at a
time, so a 100,000-row export costs Python a string a row, not a cell.

A line SQLite could not finish (NULL) raises `NotInSql` and the caller writes the file the Python
way; a character the encoding cannot hold raises UnicodeEncodeError, which the exporters turn into
a sentence naming the row and column (nothing is written either way: see write_atomically).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any

from seecodesk.core.csv_rules import LINE_END

_CHUNK = 4096
_first = itemgetter(0)


class NotInSql(Exception):
    """A line held a value only the Python writer formats (a real number, an odd date)."""


def python_lines(rows: Iterable[Sequence[Any]]) -> str:
    """`rows` written by csv.writer (the header, a totals row): the same dialect as the SQL lines."""
    text = io.StringIO()
    csv.writer(text, quoting=csv.QUOTE_MINIMAL, lineterminator=LINE_END).writerows(rows)
    return text.getvalue()


def write_lines(handle: Any, header: list[str], lines: Any, encoding: str, tail: Sequence[Sequence[Any]] = ()) -> int:
    """The header, every line of the cursor `lines` (one finished line a row) and the `tail` rows to the binary
    `handle`; returns the number of lines from the cursor."""
    if encoding == "utf-8-sig":
        handle.write(codecs.BOM_UTF8)
        encoding = "utf-8"
    handle.write(python_lines([header]).encode(encoding))
    count = 0
    while chunk := lines.fetchmany(_CHUNK):
        try:
            text = "".join(map(_first, chunk))
        except TypeError as error:  # a NULL line
            raise NotInSql from error
        handle.write(text.encode(encoding))
        count += len(chunk)
    handle.write(python_lines(tail).encode(encoding))
    return count
