"""Reading a whole database for the handover archive: a consistent copy and every table's rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from seecodesk.storage.database import Queryable


def backup_to(conn: sqlite3.Connection, target: Path) -> None:
    """Copy the open database to `target` with SQLite's backup API (a consistent snapshot even while
    the window writes), as a single file with no -wal beside it."""
    copy = sqlite3.connect(str(target))
    try:
        conn.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
        copy.commit()
    finally:
        copy.close()


def user_tables(db: Queryable) -> list[str]:
    """Every table of the program (SQLite's own and full-text shadow tables left out), in creation order."""
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                      "ORDER BY rowid").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    return [name for name, _ in rows if name not in virtual and not any(name.startswith(v + "_") for v in virtual)]


def table_rows(db: Queryable, table: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
    """Column names and the rows of one table, in rowid order where there is one."""
    cursor = db.execute(f'SELECT * FROM "{table}"')
    return [d[0] for d in cursor.description], iter(cursor)
