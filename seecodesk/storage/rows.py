"""Writing one row from a column → value mapping: the INSERT/UPDATE builders every store shares.

Table and column names come from each store's own constants, never from user input; values
always travel as parameters.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import fields
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils


def new_row_id(cursor: sqlite3.Cursor) -> int:
    """The id SQLite gave the row an INSERT just added."""
    assert cursor.lastrowid is not None, "only called after an INSERT"
    return cursor.lastrowid


def insert_row(db: sqlite_utils.Database, table: str, row: Mapping[str, Any]) -> int:
    """INSERT `row` into `table`; returns the new row's id."""
    cursor = db.execute(
        f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
    )
    return new_row_id(cursor)


def insert_rows(db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]]) -> None:
    """INSERT many rows of the same columns into `table` with one executemany (no per-row round trip)."""
    if not rows:
        return
    columns = list(rows[0])
    db.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                        [[row[column] for column in columns] for row in rows])


def update_row(
    db: sqlite_utils.Database, table: str, row_id: int | None, row: Mapping[str, Any], *, stamp: bool = False
) -> int:
    """UPDATE the row `row_id` of `table` with `row` (and `updated_at` when `stamp`); returns rows changed."""
    assignments = ", ".join(f"{column} = ?" for column in row)
    if stamp:
        assignments += ", updated_at = datetime('now')"
    cursor = db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*row.values(), row_id])
    return int(cursor.rowcount)


def child_rows(items: Iterable[Any], parent_column: str, parent_id: int) -> list[dict[str, Any]]:
    """Dataclass children as rows of their table: every field but `id`, plus the parent's id."""
    return [{**{f.name: getattr(item, f.name) for f in fields(item) if f.name != "id"}, parent_column: parent_id}
            for item in items]


def without(row: Mapping[str, Any], column: str) -> dict[str, Any]:
    """`row` minus one column (the parent key a child dataclass does not carry)."""
    return {key: value for key, value in row.items() if key != column}
