"""CSV cells SQLite finishes for the big exports: a text cell formula-guarded, an amount in 천원, a date
dotted, by the report writer's rules per column kind (exchange/report_export.py `_csv_cell`, with the
guard of core/csv_rules.py), so Python passes each row straight to csv.writer — or, with `lines_query`,
a row's finished cells joined by CELL_SEPARATOR into one string, so Python gets one string a row, not
one a cell (exchange/csv_stream.py quotes them as csv.writer would, where any cell needs it).

A value these rules cannot write the way Python does (a real number where text is due, a blob, an
odd date) becomes NOT_IN_SQL, a NUL character — in a line, an extra CELL_SEPARATOR: the writer sees it
in the chunk and writes the whole file the Python way instead, so the bytes never differ.
"""

from __future__ import annotations

from collections.abc import Sequence

from seecodesk.core.csv_rules import FORMULA_STARTS, NEUTRAL_PREFIX

NOT_IN_SQL = "\0"
_NOT_IN_SQL = "char(0)"
# Column kinds SQLite can finish (a percentage is a float Python rounds: never in SQL).
CELL_KINDS = ("text", "code", "int", "number", "money", "date")
_ISO_DAY = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
# Between the cells of a line (the unit separator): the writer checks no cell held one itself.
CELL_SEPARATOR = "\x1f"
_ABOVE_STARTS = chr(max(map(ord, FORMULA_STARTS)) + 1)  # 'A': no formula start sorts after it
_PRINTF_ARGUMENTS = 100  # SQLite takes at most 127 arguments to a function


def literal(text: str) -> str:
    """`text` as an SQL expression: a quoted literal, or char() codes for tabs and line ends."""
    if text.isprintable():
        return "'" + text.replace("'", "''") + "'"
    return f"char({', '.join(str(ord(ch)) for ch in text)})"


def neutralised(value: str) -> str:
    """The text expression `value` with the formula guard: a formula-like start gets the apostrophe."""
    # Every start sorts before _ABOVE_STARTS: one comparison passes most text (Hangul, letters) with no
    # function called; unicode() then gives the first character's code without making a string.
    starts = ", ".join(str(ord(s)) for s in FORMULA_STARTS)  # one character each
    return (f"CASE WHEN {value} < {literal(_ABOVE_STARTS)} COLLATE BINARY AND unicode({value}) IN ({starts}) "
            f"THEN {literal(NEUTRAL_PREFIX)} || {value} ELSE {value} END")


def cell(value: str, kind: str, thousand_won: bool = False, dotted_dates: bool = False, in_line: bool = False) -> str:
    """The CSV cell (before csv.writer's quoting) for the SQL expression `value` of a column of `kind`.

    `in_line`: for `lines_query`, which prints the cells into one text. A value Python must write is
    then an extra CELL_SEPARATOR (printf would drop a NUL), and so is text holding a NUL (printf's %s
    stops there) and a real number (printf writes it otherwise than Python)."""
    declined = literal(CELL_SEPARATOR) if in_line else _NOT_IN_SQL

    def text_of(finished: str) -> str:
        return f"CASE WHEN instr({value}, char(0)) THEN {declined} ELSE {finished} END" if in_line else finished

    text = neutralised(value)
    if kind == "plain":  # an expression that only ever gives text needing nothing (a '예' or '')
        return value
    if kind == "money":  # text in an amount column is written as it is, unguarded (as Python does)
        integer, real = (_thousands(value), declined) if thousand_won else (value, declined if in_line else value)
        return _by_type(value, integer=integer, real=real, text=text_of(value), declined=declined)
    if kind in ("int", "number"):
        return _by_type(value, integer=value, real=declined if in_line else value, text=text_of(text), declined=declined)
    if kind == "date":
        return _by_type(value, integer=declined, real=declined,
                        text=text_of(_dotted(value, text, declined) if dotted_dates else text), declined=declined)
    if kind in ("text", "code"):  # a number becomes text first, so "-3" is guarded like text
        return _by_type(value, integer=neutralised(f"CAST({value} AS TEXT)"), real=declined, text=text_of(text),
                        declined=declined)
    raise ValueError(kind)


def _by_type(value: str, integer: str, real: str, text: str, declined: str = _NOT_IN_SQL) -> str:
    return (f"CASE typeof({value}) WHEN 'text' THEN {text} WHEN 'integer' THEN {integer} WHEN 'null' THEN '' "
            f"WHEN 'real' THEN {real} ELSE {declined} END")


def _thousands(value: str) -> str:
    """An integer amount in 천원, rounded half to even (as Python's round does)."""
    rest = f"abs({value} % 1000)"
    up = f"({rest} > 500 OR ({rest} = 500 AND ({value} / 1000) % 2 != 0))"
    return f"{value} / 1000 + CASE WHEN {up} THEN (CASE WHEN {value} < 0 THEN -1 ELSE 1 END) ELSE 0 END"


def _dotted(value: str, text: str, declined: str = _NOT_IN_SQL) -> str:
    """A day '2026-03-05' as '2026. 3. 5.'; another ten-character text with '-' fifth is left to Python."""
    return (f"CASE WHEN length({value}) = 10 AND substr({value}, 5, 1) = '-' THEN "
            f"CASE WHEN {value} GLOB '{_ISO_DAY}' THEN printf('%d. %d. %d.', substr({value}, 1, 4), "
            f"substr({value}, 6, 2), substr({value}, 9, 2)) ELSE {declined} END ELSE {text} END")


def cells_query(template: str, expressions: Sequence[str], kinds: Sequence[str], thousand_won: bool = False,
                dotted_dates: bool = False) -> str:
    """`template` (a SELECT with `{columns}` where its result columns go) holding the finished cells of
    `expressions`, one column kind each."""
    cells = [cell(e, kind, thousand_won, dotted_dates) for e, kind in zip(expressions, kinds, strict=True)]
    return template.format(columns=", ".join(cells))




def lines_query(template: str, expressions: Sequence[str], kinds: Sequence[str], thousand_won: bool = False,
                dotted_dates: bool = False) -> str:
    """`template` (as for `cells_query`) giving one text column: each row's finished cells joined by
    CELL_SEPARATOR (not yet quoted), with an extra separator where a value is Python's to write.

    One printf() a row makes the line: a chain of || would copy the line once a cell. Kind "plain"
    marks an expression that only ever gives text needing no finishing."""
    cells = [cell(e, kind, thousand_won, dotted_dates, in_line=True) for e, kind in zip(expressions, kinds, strict=True)]
    groups = [cells[i:i + _PRINTF_ARGUMENTS] for i in range(0, len(cells), _PRINTF_ARGUMENTS)]
    # the separator stands in the format as it is: as char() codes the format would itself be arguments
    printed = [f"printf('{CELL_SEPARATOR.join(['%s'] * len(g))}', {', '.join(g)})" for g in groups]
    return template.format(columns=f" || {literal(CELL_SEPARATOR)} || ".join(printed))
