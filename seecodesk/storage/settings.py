"""SQL for the key → value settings table (business settings kept in the network's database)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

    from seecodesk.storage.database import Queryable


def read_setting(db: Queryable, key: str) -> str | None:
    """The stored value of `key`, or None when it was never stored."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def write_setting(db: sqlite_utils.Database, key: str, value: str) -> None:
    """Store `value` under `key`, replacing what was there."""
    db.execute("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               [key, value])
