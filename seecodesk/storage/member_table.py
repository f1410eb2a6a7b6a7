"""The whole member directory as flat rows for export: one query, one row per live organisation, its cells
streamed by `export_cells_cursor` and its CSV lines by `export_lines_cursor` (storage/csv_cells.py `lines_query`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from seecodesk.storage import csv_cells

if TYPE_CHECKING:
    from seecodesk.storage.database import Queryable


# The export's cells, in its column order, formatted by SQLite itself so a 100,000-row export streams
# from the cursor to the file: the latest membership and dues by window functions and designations by
# one grouped pass, not six correlated subqueries a row. {text} wraps every text cell (neutralising).
_CELLS_SQL = """
WITH labels AS (
    SELECT organisation_id, group_concat(label, ', ') AS designations FROM (
        SELECT organisation_id, kind || CASE WHEN subtype != '' THEN '(' || subtype || ')' ELSE '' END AS label
        FROM designations ORDER BY organisation_id, id)
    GROUP BY organisation_id),
latest_membership AS (
    SELECT organisation_id, joined_on, left_on,
           row_number() OVER (PARTITION BY organisation_id ORDER BY joined_on DESC, id DESC) AS n
    FROM membership_periods),
latest_dues AS (
    SELECT organisation_id, year, amount, row_number() OVER (PARTITION BY organisation_id ORDER BY year DESC) AS n
    FROM dues)
SELECT {columns}
FROM organisations o
LEFT JOIN labels l ON l.organisation_id = o.id
LEFT JOIN latest_membership m ON m.organisation_id = o.id AND m.n = 1
LEFT JOIN latest_dues d ON d.organisation_id = o.id AND d.n = 1
WHERE o.deleted_at IS NULL
ORDER BY o.name, o.id
"""
# Export column key → (its SQL expression, whether it is text: the integer columns are never neutralised).
CELL_EXPRESSIONS: dict[str, tuple[str, bool]] = {
    "name": ("o.name", True), "legal_form": ("o.legal_form", True),
    "designations": ("coalesce(l.designations, '')", True),
    "membership_status": ("CASE WHEN coalesce(m.joined_on, '') = '' THEN '비회원' "
                          "WHEN coalesce(m.left_on, '') != '' THEN '탈퇴' ELSE '회원' END", True),
    "joined_on": ("coalesce(m.joined_on, '')", True), "left_on": ("coalesce(m.left_on, '')", True),
    "representative": ("o.representative", True), "business_number": ("o.business_number", True),
    "corporation_number": ("o.corporation_number", True),
    "phone": ("o.phone", True),
    "fax": ("o.fax", True), "email": ("o.email", True), "homepage": ("o.homepage", True), "address": ("o.address", True),
    "district": ("o.district", True), "industry": ("o.industry", True), "service_field": ("o.service_field", True),
    "founded_on": ("o.founded_on", True), "is_support_body": ("CASE WHEN o.is_support_body THEN '예' ELSE '' END", True),
    "dues_year": ("coalesce(d.year, '')", False), "dues_amount": ("coalesce(d.amount, '')", False),
    "news": ("o.news", True), "notes": ("o.notes", True),
}

# A column left blank whatever it holds, on a condition tested once a row, around the finished cell (the
# formula guard and the line's checks name the value up to ten times): a phone the consent rule withholds.
_BLANK_WHEN = {"phone": "o.id IN (SELECT value FROM json_each(:withheld))"}


def _blank_when(key: str, cell: str) -> str:
    """The finished `cell` of column `key`, '' where the column's _BLANK_WHEN condition holds."""
    return f"CASE WHEN {_BLANK_WHEN[key]} THEN '' ELSE {cell} END" if key in _BLANK_WHEN else cell


def export_cells_cursor(db: Queryable, keys: Sequence[str], withheld_ids: Iterable[int],
                        neutral_starts: Sequence[str] = ()) -> sqlite3.Cursor:
    """A cursor over every live organisation by name: one tuple of export cells a row, for `keys` in order.

    Missing text is '', a phone of `withheld_ids` is '', and a text cell starting with one of
    `neutral_starts` gets a leading apostrophe (the CSV export's formula guard).
    """
    return db.execute(export_cells_sql(keys, neutral_starts), {"withheld": json.dumps(sorted(withheld_ids))})


def export_cells_sql(keys: Sequence[str], neutral_starts: Sequence[str] = ()) -> str:
    """The query of `export_cells_cursor`, with its one parameter :withheld (a JSON list of ids)."""
    guard = ", ".join(f"char({ord(ch)})" for ch in neutral_starts)
    columns = []
    for key in keys:
        expression, is_text = CELL_EXPRESSIONS[key]
        expression = f"coalesce({expression}, '')" if is_text and expression.startswith("o.") else expression
        if is_text and guard:
            expression = f"CASE WHEN substr({expression}, 1, 1) IN ({guard}) THEN '''' || {expression} ELSE {expression} END"
        columns.append(_blank_when(key, expression))
    return _CELLS_SQL.format(columns=", ".join(columns))


# The csv_cells kind of a column in a CSV line: "text" (guarded) unless named here. The dues are written
# as they are, unguarded (as export_cells_sql does): the kind "money" (with no 천원) writes so.
_LINE_KINDS = {"membership_status": "plain", "is_support_body": "plain", "dues_year": "money", "dues_amount": "money"}


def export_lines_cursor(db: Queryable, keys: Sequence[str], withheld_ids: Iterable[int]) -> sqlite3.Cursor:
    """The rows of `export_cells_cursor` (formula guard on) as CSV lines: each row's cells joined by
    csv_cells.CELL_SEPARATOR, an extra one where a value is Python's to write."""
    return db.execute(export_lines_sql(keys), {"withheld": json.dumps(sorted(withheld_ids))})


def export_lines_sql(keys: Sequence[str]) -> str:
    """The query of `export_lines_cursor`, with its one parameter :withheld (a JSON list of ids)."""
    expressions, kinds = [], []
    for key in keys:
        expression, kind = CELL_EXPRESSIONS[key][0], _LINE_KINDS.get(key, "text")
        if key in _BLANK_WHEN:  # finished here, then given as "plain" text needing nothing more
            expression, kind = _blank_when(key, csv_cells.cell(expression, kind, in_line=True)), "plain"
        expressions.append(expression)
        kinds.append(kind)
    return csv_cells.lines_query(_CELLS_SQL, expressions, kinds)

