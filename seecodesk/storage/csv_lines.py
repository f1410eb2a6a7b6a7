"""CSV lines built by SQLite: one finished line a row, so a 100,000-row export only fetches strings.

The expressions are generated from core/csv_rules.py (formula guard, quoting, separator, line end)
and follow the report writer's cell rules per column kind (exchange/report_export.py `_csv_cell`).
A value the rules cannot write the same way in SQL (a real number, a blob, an odd date) makes the
whole line NULL: the caller then writes the file the Python way, so the bytes never differ.
"""

from __future__ import annotations

from collections.abc import Sequence

from seecodesk.core.csv_rules import FORMULA_STARTS, LINE_END, NEUTRAL_PREFIX, QUOTE, QUOTE_TRIGGERS, SEPARATOR

# Column kinds the SQL lines can write (a percentage is a float Python rounds: never in SQL).
LINE_KINDS = ("text", "code", "int", "number", "money", "date")
_ISO_DAY = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"


def literal(text: str) -> str:
    """`text` as an SQL expression: a quoted literal, or char() codes for tabs and line ends."""
    if text.isprintable():
        return "'" + text.replace("'", "''") + "'"
    return f"char({', '.join(str(ord(ch)) for ch in text)})"


def quoted(value: str, guarded: bool = True) -> str:
    """The text expression `value` as one CSV field: the formula guard's apostrophe in front when `guarded`
    and it looks like a formula, then quoted only when it holds a separator, quote or line end."""
    needs = " OR ".join(f"instr({value}, {literal(t)})" for t in QUOTE_TRIGGERS)
    quote, prefix = literal(QUOTE), f"{neutral_prefix(value)} || " if guarded else ""
    return (f"CASE WHEN {needs} THEN {quote} || {prefix}replace({value}, {quote}, {literal(QUOTE * 2)}) || {quote} "
            f"ELSE {prefix}{value} END")


def neutral_prefix(value: str) -> str:
    """The formula guard for the text expression `value`: the apostrophe when it starts like a formula, else ''."""
    starts = ", ".join(literal(s) for s in FORMULA_STARTS)  # one character each
    return f"CASE WHEN substr({value}, 1, 1) IN ({starts}) THEN {literal(NEUTRAL_PREFIX)} ELSE '' END"


def field(value: str, kind: str, thousand_won: bool = False, dotted_dates: bool = False) -> str:
    """One finished CSV field for the SQL expression `value` of a column of `kind` (NULL: not writable in SQL).

    The apostrophe goes in before the quoting: it holds none of the characters that call for quotes."""
    text = quoted(value)
    if kind == "money":
        number = _thousands(value) if thousand_won else f"CAST({value} AS TEXT)"
        return _by_type(value, number, quoted(value, guarded=False))
    if kind in ("int", "number"):
        return _by_type(value, f"CAST({value} AS TEXT)", text)
    if kind == "date":
        return _by_type(value, "NULL", _dotted(value, text) if dotted_dates else text)
    if kind in ("text", "code"):  # an integer's digits need no quotes, but "-3" is guarded like text
        number = f"CAST({value} AS TEXT)"
        return _by_type(value, f"{neutral_prefix(number)} || {number}", text)
    raise ValueError(kind)


def _by_type(value: str, integer: str, text: str) -> str:
    return (f"CASE typeof({value}) WHEN 'null' THEN '' WHEN 'integer' THEN {integer} "
            f"WHEN 'text' THEN {text} ELSE NULL END")


def _thousands(value: str) -> str:
    """An integer amount in 천원, rounded half to even (as Python's round does)."""
    rest = f"abs({value} % 1000)"
    up = f"({rest} > 500 OR ({rest} = 500 AND ({value} / 1000) % 2 != 0))"
    return f"CAST({value} / 1000 + CASE WHEN {up} THEN (CASE WHEN {value} < 0 THEN -1 ELSE 1 END) ELSE 0 END AS TEXT)"


def _dotted(value: str, text: str) -> str:
    """A day '2026-03-05' as '2026. 3. 5.'; another ten-character text with '-' fifth is left to Python."""
    return (f"CASE WHEN length({value}) = 10 AND substr({value}, 5, 1) = '-' THEN "
            f"CASE WHEN {value} GLOB '{_ISO_DAY}' THEN printf('%d. %d. %d.', substr({value}, 1, 4), "
            f"substr({value}, 6, 2), substr({value}, 9, 2)) ELSE NULL END ELSE {text} END")


def line(fields: Sequence[str]) -> str:
    """The finished fields joined into one CSV line with its line end (a lone empty field written "")."""
    if len(fields) == 1:
        only = fields[0]
        return f"CASE WHEN {only} = '' THEN {literal(QUOTE * 2)} ELSE {only} END || {literal(LINE_END)}"
    return f" || {literal(SEPARATOR)} || ".join(fields) + f" || {literal(LINE_END)}"


def lines_query(template: str, expressions: Sequence[str], kinds: Sequence[str], thousand_won: bool = False,
                dotted_dates: bool = False) -> str:
    """A query giving one finished CSV line a row: `template` (a SELECT with `{columns}` where its
    result columns go, ORDER BY included) holding `expressions`, one field of the kind each.

    The rules name each cell several times, written out in place: measured, that is faster than
    working the cells out once in a subquery and reading them back (a co-routine copies every value)."""
    return template.format(columns=line([field(e, kind, thousand_won, dotted_dates) for e, kind in zip(expressions, kinds, strict=True)]))
