"""The formula guard every CSV export shares, defined once: Python applies it (`neutralise`) and
storage/csv_cells.py builds the same rule as an SQLite expression for the big exports
(tests/test_csv_cells.py holds the two to each other on awkward values).

A text cell starting with one of FORMULA_STARTS gets NEUTRAL_PREFIX in front, so Excel shows it as
text and never runs it. Quoting is csv.writer's (QUOTE_MINIMAL) with LINE_END, in both ways.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
NEUTRAL_PREFIX = "'"
LINE_END = "\r\n"


def neutralise(value: Any) -> Any:
    """A text cell Excel would run as a formula gets a leading apostrophe; other values pass."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return NEUTRAL_PREFIX + value
    return value
