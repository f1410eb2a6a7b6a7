"""Opening a network's database safely: identity check, pragmas, migrations, version refusal.

The window opens a plain `sqlite3` connection first (`open_connection`) and wraps it in a
`sqlite_utils.Database` only when something needs more than queries: importing sqlite_utils
costs about 0.1 s, which the first paint of a big directory does not wait for.
"""

from __future__ import annotations

import importlib
import sqlite3
import sys
import threading
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from seecodesk.core.errors import DamagedDatabaseError, DatabaseError, StorageProblem
from seecodesk.storage.deferred_check import DeferredCheck
from seecodesk.storage.early_check import QUICK_CHECK, early_answer, still_checking
from seecodesk.storage.migrations import MIGRATIONS, load_migration
from seecodesk.storage.problems import GuardedConnection

if TYPE_CHECKING:
    import sqlite_utils

APPLICATION_ID = 0x5EC0DE5C  # marks a file as a SeeCoDesk database (PRAGMA application_id)
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
_SQLITE_UTILS: list[Any] = []  # the module once fully imported
_SQLITE_UTILS_LOCK = threading.Lock()
_DEFERRED: weakref.WeakKeyDictionary[sqlite3.Connection, DeferredCheck] = weakref.WeakKeyDictionary()


class Queryable(Protocol):
    """What a read needs: a `sqlite3.Connection` or a `sqlite_utils.Database`."""

    def execute(self, sql: str, parameters: Any = ..., /) -> sqlite3.Cursor: ...


def schema_version() -> int:
    """The schema version this program writes: the number of migrations it knows."""
    return len(MIGRATIONS)


def load_sqlite_utils() -> Any:
    """The sqlite_utils module, imported with pandas and numpy hidden from it.

    sqlite_utils imports pandas and numpy when they are there (about 0.4 s) only to map their
    types in `insert`; we never insert pandas objects. pandas stays importable afterwards for
    the CSV/XLSX exchange, which imports it when it runs.
    """
    if _SQLITE_UTILS:
        return _SQLITE_UTILS[0]
    # A worker thread may be importing it (the window warms it up after its first paint): wait for
    # that import to finish rather than see a half-initialised module.
    with _SQLITE_UTILS_LOCK:
        if _SQLITE_UTILS:
            return _SQLITE_UTILS[0]
        hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # type: ignore[assignment]  # a None entry makes `import name` fail
        try:
            _SQLITE_UTILS.append(importlib.import_module("sqlite_utils"))
        finally:
            for name in hidden:
                if sys.modules.get(name) is None:
                    del sys.modules[name]
        return _SQLITE_UTILS[0]


def sqlite_utils_loaded() -> bool:
    """True once `load_sqlite_utils` has finished (in any thread): wrapping a connection is then quick."""
    return bool(_SQLITE_UTILS)


def wrap_connection(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """The sqlite_utils view of an open connection (no third-party sqlite_utils plugins run on it)."""
    database: sqlite_utils.Database = load_sqlite_utils().Database(conn, execute_plugins=False)
    return database


def open_database(path: str | Path, create: bool = True) -> sqlite_utils.Database:
    """Open (or create) the database at `path`, migrated to this program's schema.

    Raises `DatabaseError` with a Korean message for a file that is not a SeeCoDesk database,
    one made by a newer version, or one that cannot be opened.
    """
    return wrap_connection(open_connection(path, create))


def open_connection(path: str | Path, create: bool = True, check_later: bool = False,
                    any_thread: bool = False) -> sqlite3.Connection:
    """`open_database` as a plain connection: checked, configured and migrated, sqlite_utils not imported
    unless a migration has to run.

    `check_later`: when the early quick check of the file is still reading and nothing needs writing to
    open it, return without waiting for it; writes wait for it instead (`take_deferred_check(conn)`).
    `any_thread`: the connection may be used by a thread other than the one opening it (opened on a
    thread for the window, services/early_open.py).
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        if path.is_file():
            raise DatabaseError(f"빈 파일입니다 (크기 0바이트): {path}. 내용이 없어 열 수 없습니다. 백업이나 다른 파일을 열어 주세요.")
        raise DatabaseError(f"데이터베이스 파일을 찾을 수 없습니다: {path}")
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, factory=GuardedConnection,
                               check_same_thread=not any_thread)
    except sqlite3.Error as error:
        raise DatabaseError(f"데이터베이스 파일을 열 수 없습니다: {path} ({error})") from error
    # Until the file has passed its checks, closing the connection must not fold the -wal into it:
    # a damaged file is set aside exactly as it was found, -wal and all.
    conn.setconfig(sqlite3.SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, True)
    try:
        _check_identity(conn, path)
        later = check_later and exists and _may_check_later(conn, path)
        if exists and not later:
            check_not_damaged(conn, path)
        if not later:
            conn.setconfig(sqlite3.SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, False)
        configure_connection(conn)
        if later:
            _DEFERRED[conn] = DeferredCheck(conn, path)
        if current_version(conn) < schema_version():
            if exists and current_version(conn) > 0:
                _backup_before_migration(path, current_version(conn))
            migrate(wrap_connection(conn))
    except StorageProblem:
        conn.close()
        raise
    except sqlite3.DatabaseError as error:
        conn.close()
        if is_damage(error):
            raise DamagedDatabaseError(f"데이터베이스 파일이 손상되어 열 수 없습니다: {path.name} ({error})",
                                       [str(error)]) from error
        raise DatabaseError(f"데이터베이스 파일을 열 수 없습니다: {path.name} ({_open_reason(error)})") from error
    except DatabaseError:
        conn.close()
        raise
    return conn


def _open_reason(error: sqlite3.Error) -> str:
    """Why an existing file could not be read, in Korean where SQLite's words say nothing to a user."""
    if getattr(error, "sqlite_errorcode", 0) & 0xFF == SQLITE_CANTOPEN:
        # The file itself opened; what could not be made is the -wal/-shm beside it.
        return ("그 폴더에 파일을 만들 수 없습니다. 읽기 전용 디스크이거나 쓰기 권한이 없는 폴더라면, "
                "쓸 수 있는 폴더로 복사한 뒤 열어 주세요")
    return str(error)


def _may_check_later(conn: sqlite3.Connection, path: Path) -> bool:
    """Opening may go ahead of the early check: it is still reading, and opening writes nothing (the file
    is in WAL mode already and needs no migration)."""
    if not still_checking(path):
        return False
    mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    return mode == "wal" and current_version(conn) == schema_version()


def take_deferred_check(conn: sqlite3.Connection) -> DeferredCheck | None:
    """The quick check `conn` was opened ahead of (`open_connection(check_later=True)`), if any; once."""
    return _DEFERRED.pop(conn, None)


def open_reader(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to a database the window has already opened (checked and migrated), for
    a worker thread: a connection belongs to the thread that opened it."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, factory=GuardedConnection)
    except sqlite3.Error as error:
        raise DatabaseError(f"데이터베이스 파일을 열 수 없습니다: {path} ({error})") from error
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def open_writer(path: str | Path) -> sqlite3.Connection:
    """A read-write connection to a database the window has already opened (checked and migrated), for
    a worker thread that files or tidies something without holding up the window."""
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, factory=GuardedConnection)
    except sqlite3.Error as error:
        raise DatabaseError(f"데이터베이스 파일을 열 수 없습니다: {path} ({error})") from error
    configure_connection(conn)
    return conn


SQLITE_CANTOPEN = 14


def is_damage(error: sqlite3.Error) -> bool:
    """True when SQLite's error says the file itself is damaged (not merely busy or unreadable)."""
    name = getattr(error, "sqlite_errorname", "")
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in str(error)


def check_not_damaged(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's quick check (or its answer, when the window started it early); raises `DamagedDatabaseError`
    naming what it found."""
    found = early_answer(path)
    if found is None:
        found = [str(row[0]) for row in conn.execute(QUICK_CHECK).fetchall()]
    problems = [row for row in found if row != "ok"]
    if problems:
        raise damaged_file_error(path, problems)


def damaged_file_error(path: Path, problems: list[str]) -> DamagedDatabaseError:
    """The error a damaged file is reported with, naming the quick check's first finding."""
    return DamagedDatabaseError(f"데이터베이스 파일이 손상되었습니다: {path.name} ({problems[0]})", problems)


def _backup_before_migration(path: Path, version: int) -> None:
    from datetime import datetime

    from seecodesk.core.backups import backup_name
    from seecodesk.storage.backup_files import backup_folder, write_snapshot

    folder = backup_folder(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_snapshot(path, folder / backup_name(path.stem, datetime.now().replace(microsecond=0), "migration"))
    except (DatabaseError, OSError) as error:
        raise DatabaseError(f"새 형식으로 바꾸기 전에 백업을 만들지 못해 파일을 열지 않았습니다 (형식 {version}): {error}") from error


def open_memory_database() -> sqlite_utils.Database:
    """A migrated in-memory database, for tests and previews."""
    db = wrap_connection(sqlite3.connect(":memory:", factory=GuardedConnection))
    configure_connection(db)
    migrate(db)
    return db


def configure_connection(db: Queryable) -> None:
    """Pragmas every connection needs: foreign keys, WAL, synchronous NORMAL, a busy timeout."""
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode not in ("wal", "memory"):
        raise DatabaseError("데이터베이스를 WAL 모드로 열 수 없습니다. 네트워크 드라이브가 아닌 곳에 저장해 주세요.")
    db.execute("PRAGMA synchronous = NORMAL")


def _check_identity(db: Queryable, path: Path) -> None:
    # The header is read by SQLite, never by opening the file here: closing any other handle on the file
    # drops every POSIX lock this process holds on it, and another program could then take the window's
    # connection for gone and delete its -wal (committed work with it).
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise DatabaseError(f"SeeCoDesk 데이터베이스 파일이 아닙니다: {path.name}") from error
        raise
    has_tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    if app_id != APPLICATION_ID and has_tables:
        raise DatabaseError(f"SeeCoDesk 데이터베이스 파일이 아닙니다: {path.name}")
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > schema_version():
        raise DatabaseError(
            f"이 파일은 더 새로운 버전의 SeeCoDesk로 만들어졌습니다 (형식 {version}, 이 프로그램은 {schema_version()}까지). "
            "프로그램을 업데이트한 뒤 열어 주세요."
        )


def migrate(db: sqlite_utils.Database) -> None:
    """Apply every migration not yet applied, in order, all in one exclusive transaction.

    A migration that fails leaves the file exactly as it was (same version, same data) and raises
    `DatabaseError` saying so; no other connection can read a half-migrated file meanwhile.
    """
    conn = db.conn
    conn.execute("BEGIN EXCLUSIVE")
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for number, name in enumerate(MIGRATIONS[version:], start=version + 1):
            load_migration(name).apply(db)
            conn.execute(f"PRAGMA user_version = {number}")
        if version < len(MIGRATIONS):
            from seecodesk.storage.history_triggers import install_history_triggers

            install_history_triggers(db)  # tables added or changed by the migrations above get theirs too
        conn.execute("COMMIT")
    except BaseException as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(error, Exception) and not isinstance(error, DatabaseError):
            raise DatabaseError(
                f"데이터베이스를 새 형식으로 바꾸지 못했습니다. 파일은 바뀌지 않고 그대로입니다 (형식 {version}). "
                f"({type(error).__name__}: {error})"
            ) from error
        raise


def current_version(db: Queryable) -> int:
    """The schema version stored in the file."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])
