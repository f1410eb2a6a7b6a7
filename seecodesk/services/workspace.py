"""An open network: its database, where it lives, its lock, and the services over it."""

from __future__ import annotations

import sqlite3
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.services.settings import network_name
from seecodesk.storage.database import (
    damaged_file_error,
    is_damage,
    open_connection,
    open_reader,
    sqlite_utils_loaded,
    take_deferred_check,
    wrap_connection,
)
from seecodesk.storage.directory import DirectoryRow, Pace, directory_rows
from seecodesk.storage.lock import DatabaseLock

if TYPE_CHECKING:
    from datetime import date

    import sqlite_utils

    from seecodesk.core.errors import DamagedDatabaseError
    from seecodesk.services.history import HistoryService
    from seecodesk.services.home import HomeGroup
    from seecodesk.services.members import MemberService
    from seecodesk.storage.deferred_check import DeferredCheck


def _mark_own_changes(conn: sqlite3.Connection) -> None:
    """The changes this connection makes outside an operation are this program's (storage/history_origin).

    Its TEMP trigger counts as a write: a file still under its quick check gets it once the check has passed
    (`settle_check`), and a read-only file, where nothing is written to mark, goes without."""
    from seecodesk.services.history_origin import this_origin
    from seecodesk.storage.history import is_installed
    from seecodesk.storage.history_origin import mark_changes_of
    from seecodesk.storage.problems import known_problem

    try:
        if is_installed(conn):
            mark_changes_of(conn, this_origin())
    except sqlite3.OperationalError as error:
        problem = known_problem(error)
        if problem is None or problem.kind != "readonly":
            raise


class Workspace:
    """Everything a window needs of one network database.

    Made from an open `sqlite_utils.Database` (`db=`) or a plain connection (`conn=`); in the
    second case `db` wraps the connection on first use, so a window can paint its first
    screen from plain queries before sqlite_utils is imported.
    """

    def __init__(self, db: sqlite_utils.Database | None = None, path: Path | None = None,
                 lock: DatabaseLock | None = None, *, conn: sqlite3.Connection | None = None) -> None:
        if conn is None:
            if db is None:
                raise ValueError("Workspace needs db or conn")
            conn = db.conn
        self.conn = conn
        self._db = db
        self.path = path
        self.lock = lock
        self.pending_check: DeferredCheck | None = take_deferred_check(conn)
        self._first_home: tuple[tuple[int, int, date], list[HomeGroup]] | None = None
        self._outside_writes = 0  # writes this window's workers made through connections of their own
        if db is not None and self.pending_check is None:
            _mark_own_changes(conn)

    @property
    def checked(self) -> bool:
        """False while the file was opened ahead of its quick check (reads only; writes wait for it)."""
        return self.pending_check is None

    def check_finished(self) -> bool:
        """True when `settle_check` would not wait."""
        return self.pending_check is None or self.pending_check.finished()

    def damaged_by(self, error: BaseException) -> list[str]:
        """When this file, opened ahead of its quick check, fails a read as a damaged file does: the check's
        problems (waiting for it), or the read's own; [] for any other error or a checked file."""
        if self.pending_check is None or not isinstance(error, sqlite3.DatabaseError) or not is_damage(error):
            return []
        return self.pending_check.settle() or [str(error)]

    def damage_error(self, problems: list[str]) -> DamagedDatabaseError:
        """The error this file, found damaged after it opened, is reported with (as at opening)."""
        assert self.path is not None
        return damaged_file_error(self.path, problems)

    def settle_check(self) -> list[str]:
        """The quick check's problems ([] when sound), waiting for it if need be; a sound file is then
        written as any other."""
        if self.pending_check is None:
            return []
        problems = self.pending_check.settle()
        if not problems:
            self.pending_check.release()
            self.pending_check = None
            _mark_own_changes(self.conn)
        return problems

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            self._db = wrap_connection(self.conn)
            if self.pending_check is None:
                _mark_own_changes(self.conn)  # before anything is written through it
        return self._db

    def storage_ready(self) -> bool:
        """True when `db` (and the services over it) can be had without importing sqlite_utils now."""
        return self._db is not None or sqlite_utils_loaded()

    @cached_property
    def members(self) -> MemberService:
        from seecodesk.services.members import MemberService  # after the first paint: its models cost start-up time

        return MemberService(self.db)

    @cached_property
    def history(self) -> HistoryService:
        """Undo/redo and 변경 이력 across the whole program (the members' service shares it)."""
        return self.members.history

    @property
    def network_name(self) -> str:
        return network_name(self.conn)

    def first_directory_rows(self, count: int) -> list[DirectoryRow]:
        """The first `count` organisations by name, read without waking sqlite_utils (the first paint)."""
        return directory_rows(self.conn, count)

    def keep_first_home(self, today: date, groups: list[HomeGroup]) -> None:
        """Keep the home screen's groups read as the file was opened (services/early_open.py) for the window."""
        self._first_home = ((*self.file_version(), today), groups)

    def take_first_home(self, today: date) -> list[HomeGroup] | None:
        """The groups kept by `keep_first_home`, once, when nothing has changed the file since and the day is
        the same; None otherwise."""
        kept, self._first_home = self._first_home, None
        if kept is None or kept[0] != (*self.file_version(), today):
            return None
        return kept[1]

    def change_count(self) -> int:
        """Rows changed through this connection so far, and writes of this window's workers: a page reloads
        when it has moved."""
        return int(self.conn.total_changes) + self._outside_writes

    def note_outside_write(self) -> None:
        """A worker of this window wrote through a connection of its own (a long undo, an import): the pages
        that reload when `change_count` moves read again."""
        self._outside_writes += 1

    def file_version(self) -> tuple[int, int]:
        """Moves whenever the file changes, through this connection or another (a background import)."""
        return int(self.conn.total_changes), int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    @property
    def data_folder(self) -> Path:
        """Folder for the network's attachments and photos, beside the database file."""
        base = self.path.parent if self.path else Path.cwd()
        stem = self.path.stem if self.path else "seecodesk"
        folder = base / f"{stem}_files"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def close(self) -> None:
        """Checkpoint, close the database and free the lock."""
        try:
            if self.checked:  # an unchecked (or damaged) file keeps its -wal as it is
                self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            self.conn.close()
            if self.lock:
                self.lock.release()


def read_directory(path: Path, pace: Pace | None = None) -> list[DirectoryRow]:
    """Every live organisation of the network at `path`, read through a connection of its own: for a
    worker thread while the window keeps its connection (`pace`: see `directory_rows`)."""
    conn = open_reader(path)
    try:
        return directory_rows(conn, pace=pace)
    finally:
        conn.close()


def open_workspace(path: str | Path, lock: bool = True, create: bool = False, check_later: bool = False,
                   any_thread: bool = False) -> Workspace:
    """Lock and open the network database at `path` (`check_later`, `any_thread`: see `open_connection`)."""
    path = Path(path)
    held = DatabaseLock(path).acquire() if lock else None
    try:
        conn = open_connection(path, create=create, check_later=check_later, any_thread=any_thread)
    except BaseException:
        if held:
            held.release()
        raise
    return Workspace(path=path, lock=held, conn=conn)
