"""Writing one row from a column → value mapping: the INSERT/UPDATE builders every store shares.

Table and column names come from each store's own constants, never from user input; values
always travel as parameters.
"""

from collections.abc import Mapping
from typing import Any

import sqlite_utils


def insert_row(db: sqlite_utils.Database, table: str, row: Mapping[str, Any]) -> int:
    """INSERT `row` into `table`; returns the new row's id."""
    cursor = db.execute(
        f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
    )
    return int(cursor.lastrowid)


def update_row(
    db: sqlite_utils.Database, table: str, row_id: int | None, row: Mapping[str, Any], *, stamp: bool = False
) -> int:
    """UPDATE the row `row_id` of `table` with `row` (and `updated_at` when `stamp`); returns rows changed."""
    assignments = ", ".join(f"{column} = ?" for column in row)
    if stamp:
        assignments += ", updated_at = datetime('now')"
    cursor = db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*row.values(), row_id])
    return int(cursor.rowcount)
