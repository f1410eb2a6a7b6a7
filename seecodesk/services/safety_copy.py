"""A copy of the database taken right before something that cannot be undone (파기, 익명화).

Kept in `<database folder>/<database stem>_backups/`, where the backups of the whole program live.
Made with SQLite's backup API into a temporary name and renamed into place, so a copy is never
partial. `backup_folder` and `backup_now` are the two calls the backup service takes over.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from seecodesk.core.errors import DatabaseError


def backup_folder(db_path: Path) -> Path:
    """Where the backups of the database at `db_path` are kept."""
    return db_path.parent / f"{db_path.stem}_backups"


def backup_now(conn: sqlite3.Connection, db_path: Path | None, reason: str) -> Path | None:
    """Copy the open database into the backup folder; returns the copy (None for a database without a file)."""
    if db_path is None:
        return None
    folder = backup_folder(db_path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}{db_path.suffix or '.seecodesk'}"
    partial = target.with_name(target.name + ".part")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy = sqlite3.connect(partial)
        try:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        partial.replace(target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"작업 전에 백업을 만들지 못해 아무것도 하지 않았습니다: {error}") from error
    return target


def backups_of(db_path: Path | None) -> list[Path]:
    """The backup files of the database at `db_path`, newest first."""
    if db_path is None or not backup_folder(db_path).is_dir():
        return []
    files = [p for p in backup_folder(db_path).iterdir() if p.is_file() and not p.name.endswith((".part", "-wal", "-shm"))]
    return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)
