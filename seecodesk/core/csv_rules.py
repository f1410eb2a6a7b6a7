"""The CSV cell rules every export shares, defined once (Python applies them; storage/csv_lines.py
builds the same rules as one SQLite expression a row for the big exports).

- Formula guard: a text cell starting with one of FORMULA_STARTS gets NEUTRAL_PREFIX in front, so
  Excel shows it as text and never runs it.
- Quoting, as Python's csv.writer (QUOTE_MINIMAL, CRLF line ends) writes it: a field holding one of
  QUOTE_TRIGGERS is put in QUOTE characters with each QUOTE doubled; a line of one empty field is
  written as two QUOTEs (or it would read back as no field at all). tests/test_csv_lines.py holds
  the SQL-built lines to csv.writer's on awkward values.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
NEUTRAL_PREFIX = "'"
SEPARATOR = ","
QUOTE = '"'
LINE_END = "\r\n"
QUOTE_TRIGGERS = (SEPARATOR, QUOTE, "\r", "\n")


def neutralise(value: Any) -> Any:
    """A text cell Excel would run as a formula gets a leading apostrophe; other values pass."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return NEUTRAL_PREFIX + value
    return value

