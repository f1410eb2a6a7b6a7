"""A window's connection opened while the early quick check is still reading: reads go ahead, writes wait.

On a big network the quick check (storage/early_check.py) takes longer than loading the window's
modules, and the first screen only reads. `open_connection(..., check_later=True)` then opens the
file without waiting for it: an authorizer on the connection holds every write (and checkpoint)
until the check has answered, and refuses it when the file is damaged; closing the connection
leaves the -wal as it is until then. The window asks `finished()` after its first paint and
`settle()`s: problems found are handled as a damaged file at opening is.
"""

import sqlite3
from pathlib import Path

from seecodesk.storage.early_check import check_now, early_answer, still_checking

_WRITES = frozenset({
    sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE, sqlite3.SQLITE_ALTER_TABLE,
    sqlite3.SQLITE_CREATE_INDEX, sqlite3.SQLITE_CREATE_TABLE, sqlite3.SQLITE_CREATE_TRIGGER, sqlite3.SQLITE_CREATE_VIEW,
    sqlite3.SQLITE_DROP_INDEX, sqlite3.SQLITE_DROP_TABLE, sqlite3.SQLITE_DROP_TRIGGER, sqlite3.SQLITE_DROP_VIEW,
    sqlite3.SQLITE_REINDEX, sqlite3.SQLITE_ANALYZE, sqlite3.SQLITE_CREATE_VTABLE, sqlite3.SQLITE_DROP_VTABLE,
})
# The pragmas that write the file: run at all, or given a value. The others set this connection only
# (sqlite_utils sets recursive_triggers as it wraps the connection, an undo defer_foreign_keys) and go ahead.
_RUN_PRAGMAS = frozenset({"wal_checkpoint", "optimize", "incremental_vacuum"})
_SET_PRAGMAS = frozenset({"journal_mode", "user_version", "application_id", "schema_version", "auto_vacuum",
                          "page_size", "writable_schema"})


def _writes(action: int, arg1: str | None, arg2: str | None) -> bool:
    if action != sqlite3.SQLITE_PRAGMA:
        return action in _WRITES
    name = (arg1 or "").lower()
    return name in _RUN_PRAGMAS or (name in _SET_PRAGMAS and arg2 is not None)


class DeferredCheck:
    """The quick check `conn` was opened ahead of; `problems` once known ([] for a sound file)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn, self.path = conn, path
        self.problems: list[str] | None = None
        conn.set_authorizer(self._authorize)

    def finished(self) -> bool:
        """True when `settle` would not wait."""
        return self.problems is not None or not still_checking(self.path)

    def settle(self) -> list[str]:
        """The check's problems, waiting for it if need be (checked afresh when the file changed meanwhile)."""
        if self.problems is None:
            found = early_answer(self.path)
            if found is None:
                try:
                    found = check_now(self.path)
                except sqlite3.Error as error:
                    found = [str(error)]
            self.problems = [row for row in found if row != "ok"]
        return self.problems

    def release(self) -> None:
        """The file is sound: writes need no more asking and closing may fold the -wal in again."""
        self.conn.set_authorizer(None)
        self.conn.setconfig(sqlite3.SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, False)

    def _authorize(self, action: int, arg1: str | None, arg2: str | None, _db: str | None, _source: str | None) -> int:
        if not _writes(action, arg1, arg2):
            return sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY if self.settle() else sqlite3.SQLITE_OK
