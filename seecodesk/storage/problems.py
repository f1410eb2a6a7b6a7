"""Known storage problems told apart from bugs: a write lock held elsewhere, a full disk, a read-only file.

`known_problem` is the one place that reads sqlite3 and OS error codes. `GuardedConnection`
(the connection class `open_connection` uses) turns those errors into a `SqliteStorageProblem`
as they happen: a Korean `SeeCoDeskError` that is still a `sqlite3.OperationalError`, so
sqlite_utils rolls back its transaction exactly as before.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterable
from typing import Any

from seecodesk.core.errors import STORAGE_MESSAGES, StorageProblem

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_KINDS = {5: "busy", 6: "busy", 8: "readonly", 10: "io", 13: "full"}
# SQLITE_IOERR_SHMSIZE: the -shm beside a WAL file could not be grown, which on a full disk is all it
# means; a disk-full that stops even a reader is not damage and no cause to restore a backup.
_SQLITE_EXTENDED_KINDS = {4874: "full"}
_OS_KINDS = {errno.ENOSPC: "full", errno.EDQUOT: "full", errno.EROFS: "readonly", errno.EACCES: "readonly",
             errno.EPERM: "readonly", errno.EIO: "io"}
# Older SQLite builds do not set sqlite_errorcode on every error; their messages are stable.
_SQLITE_MESSAGES = (("database is locked", "busy"), ("database table is locked", "busy"),
                    ("database or disk is full", "full"), ("readonly database", "readonly"),
                    ("disk i/o error", "io"))


class SqliteStorageProblem(StorageProblem, sqlite3.OperationalError):
    """A storage problem raised from inside SQLite (so code that expects sqlite3 errors still sees one)."""


def known_problem(error: BaseException) -> StorageProblem | None:
    """The `StorageProblem` that `error` is, or None when it is something else (a bug, bad data).

    Looks through `__cause__`/`__context__`, so a problem wrapped by a library is still found.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, StorageProblem):
            return current
        kind = _kind_of(current)
        if kind is not None:
            return StorageProblem(kind, STORAGE_MESSAGES[kind])
        current = current.__cause__ or current.__context__
    return None


def _kind_of(error: BaseException) -> str | None:
    if isinstance(error, sqlite3.OperationalError | sqlite3.DatabaseError):
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(code, int) and code in _SQLITE_EXTENDED_KINDS:
            return _SQLITE_EXTENDED_KINDS[code]
        if isinstance(code, int) and (code & 0xFF) in _SQLITE_KINDS:
            return _SQLITE_KINDS[code & 0xFF]
        text = str(error).lower()
        return next((kind for needle, kind in _SQLITE_MESSAGES if needle in text), None)
    if isinstance(error, OSError):
        return _OS_KINDS.get(error.errno or 0)
    return None


def _raise_translated(error: sqlite3.Error) -> None:
    """Raise `error` as a `SqliteStorageProblem` when it is a known problem; return (to re-raise it) otherwise."""
    if isinstance(error, StorageProblem):
        return
    kind = _kind_of(error)
    if kind is None:
        return
    translated = SqliteStorageProblem(kind, STORAGE_MESSAGES[kind])
    translated.sqlite_errorcode = error.sqlite_errorcode
    translated.sqlite_errorname = error.sqlite_errorname
    raise translated from error


class GuardedCursor(sqlite3.Cursor):
    """A cursor whose known storage errors arrive as `SqliteStorageProblem`."""

    def execute(self, sql: str, parameters: Any = (), /) -> GuardedCursor:
        try:
            return super().execute(sql, parameters)  # type: ignore[return-value]
        except sqlite3.Error as error:
            _raise_translated(error)
            raise

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> GuardedCursor:
        try:
            return super().executemany(sql, parameters)  # type: ignore[return-value]
        except sqlite3.Error as error:
            _raise_translated(error)
            raise

    def executescript(self, script: str, /) -> GuardedCursor:
        try:
            return super().executescript(script)  # type: ignore[return-value]
        except sqlite3.Error as error:
            _raise_translated(error)
            raise


class GuardedConnection(sqlite3.Connection):
    """A connection whose known storage errors arrive as `SqliteStorageProblem` (pass as `factory=`)."""

    def cursor(self, factory: Any = GuardedCursor) -> Any:  # type: ignore[override]
        return super().cursor(factory)

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> sqlite3.Cursor:
        return self.cursor().executemany(sql, parameters)

    def executescript(self, script: str, /) -> sqlite3.Cursor:
        return self.cursor().executescript(script)

    def commit(self) -> None:
        try:
            super().commit()
        except sqlite3.Error as error:
            _raise_translated(error)
            raise
