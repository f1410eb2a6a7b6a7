"""CSV cells SQLite finishes for the big exports: a text cell formula-guarded, an amount in 천원, a date
dotted, by the report writer's rules per column kind (exchange/report_export.py `_csv_cell`, with the
guard of core/csv_rules.py), so Python passes each row straight to csv.writer.

A value these rules cannot write the way Python does (a real number where text is due, a blob, an
odd date) becomes NOT_IN_SQL, a NUL character: the writer sees it in the chunk and writes the whole
file the Python way instead, so the bytes never differ.
"""

from __future__ import annotations

from collections.abc import Sequence

from seecodesk.core.csv_rules import FORMULA_STARTS, NEUTRAL_PREFIX

NOT_IN_SQL = "\0"
_NOT_IN_SQL = "char(0)"
# Column kinds SQLite can finish (a percentage is a float Python rounds: never in SQL).
CELL_KINDS = ("text", "code", "int", "number", "money", "date")
_ISO_DAY = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"


def literal(text: str) -> str:
    """`text` as an SQL expression: a quoted literal, or char() codes for tabs and line ends."""
    if text.isprintable():
        return "'" + text.replace("'", "''") + "'"
    return f"char({', '.join(str(ord(ch)) for ch in text)})"


def neutralised(value: str) -> str:
    """The text expression `value` with the formula guard: a formula-like start gets the apostrophe."""
    starts = ", ".join(literal(s) for s in FORMULA_STARTS)  # one character each
    return f"CASE WHEN substr({value}, 1, 1) IN ({starts}) THEN {literal(NEUTRAL_PREFIX)} || {value} ELSE {value} END"


def cell(value: str, kind: str, thousand_won: bool = False, dotted_dates: bool = False) -> str:
    """The CSV cell (before csv.writer's quoting) for the SQL expression `value` of a column of `kind`."""
    text = neutralised(value)
    if kind == "money":  # text in an amount column is written as it is, unguarded (as Python does)
        integer, real = (_thousands(value), _NOT_IN_SQL) if thousand_won else (value, value)
        return _by_type(value, integer=integer, real=real, text=value)
    if kind in ("int", "number"):
        return _by_type(value, integer=value, real=value, text=text)
    if kind == "date":
        return _by_type(value, integer=_NOT_IN_SQL, real=_NOT_IN_SQL, text=_dotted(value, text) if dotted_dates else text)
    if kind in ("text", "code"):  # a number becomes text first, so "-3" is guarded like text
        return _by_type(value, integer=neutralised(f"CAST({value} AS TEXT)"), real=_NOT_IN_SQL, text=text)
    raise ValueError(kind)


def _by_type(value: str, integer: str, real: str, text: str) -> str:
    return (f"CASE typeof({value}) WHEN 'text' THEN {text} WHEN 'integer' THEN {integer} WHEN 'null' THEN '' "
            f"WHEN 'real' THEN {real} ELSE {_NOT_IN_SQL} END")


def _thousands(value: str) -> str:
    """An integer amount in 천원, rounded half to even (as Python's round does)."""
    rest = f"abs({value} % 1000)"
    up = f"({rest} > 500 OR ({rest} = 500 AND ({value} / 1000) % 2 != 0))"
    return f"{value} / 1000 + CASE WHEN {up} THEN (CASE WHEN {value} < 0 THEN -1 ELSE 1 END) ELSE 0 END"


def _dotted(value: str, text: str) -> str:
    """A day '2026-03-05' as '2026. 3. 5.'; another ten-character text with '-' fifth is left to Python."""
    return (f"CASE WHEN length({value}) = 10 AND substr({value}, 5, 1) = '-' THEN "
            f"CASE WHEN {value} GLOB '{_ISO_DAY}' THEN printf('%d. %d. %d.', substr({value}, 1, 4), "
            f"substr({value}, 6, 2), substr({value}, 9, 2)) ELSE {_NOT_IN_SQL} END ELSE {text} END")


def cells_query(template: str, expressions: Sequence[str], kinds: Sequence[str], thousand_won: bool = False,
                dotted_dates: bool = False) -> str:
    """`template` (a SELECT with `{columns}` where its result columns go) holding the finished cells of
    `expressions`, one column kind each."""
    cells = [cell(e, kind, thousand_won, dotted_dates) for e, kind in zip(expressions, kinds, strict=True)]
    return template.format(columns=", ".join(cells))
