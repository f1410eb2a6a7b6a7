"""Whole-file checks: SQLite's integrity check and every foreign key, on a read-only connection.

Kept light (no sqlite-utils, no dataclasses): `seecodesk check` imports only this and storage/database.py.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.core.errors import DatabaseError

if TYPE_CHECKING:
    from seecodesk.storage.database import Queryable


def check_integrity(db: Queryable) -> list[str]:
    """Korean descriptions of every problem found; empty when the file is sound."""
    problems = [f"무결성 오류: {row[0]}" for row in db.execute("PRAGMA integrity_check") if row[0] != "ok"]
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check"):
        problems.append(f"'{table}' 표의 {rowid}번 행이 없는 '{parent}' 항목을 가리킵니다.")
    return problems


def open_read_only(path: str | Path) -> sqlite3.Connection:
    """A connection that cannot change `path` (nor create files beside it when no -wal is there).

    With no -wal beside it the file is opened as immutable; with one, read-only through SQLite so
    the committed changes in the -wal are read too.
    """
    path = Path(path)
    wal = Path(str(path) + "-wal")
    uri = path.resolve().as_uri() + ("?mode=ro" if wal.exists() else "?mode=ro&immutable=1")
    try:
        return sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise DatabaseError(f"파일을 읽을 수 없습니다: {path.name} ({error})") from error
