"""Opening a network's database safely: identity check, pragmas, migrations, version refusal.

The window opens a plain `sqlite3` connection first (`open_connection`) and wraps it in a
`sqlite_utils.Database` only when something needs more than queries: importing sqlite_utils
costs about 0.1 s, which the first paint of a big directory does not wait for.
"""

from __future__ import annotations

import importlib
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from seecodesk.core.errors import DatabaseError, StorageProblem
from seecodesk.storage.migrations import MIGRATIONS, load_migration
from seecodesk.storage.problems import GuardedConnection

if TYPE_CHECKING:
    import sqlite_utils

APPLICATION_ID = 0x5EC0DE5C  # marks a file as a SeeCoDesk database (PRAGMA application_id)
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


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
    if "sqlite_utils" in sys.modules:
        return sys.modules["sqlite_utils"]
    hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # a None entry makes `import name` fail
    try:
        return importlib.import_module("sqlite_utils")
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]


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


def open_connection(path: str | Path, create: bool = True) -> sqlite3.Connection:
    """`open_database` as a plain connection: checked, configured and migrated, sqlite_utils not imported
    unless a migration has to run."""
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        if path.is_file():
            raise DatabaseError(f"빈 파일입니다 (크기 0바이트): {path}. 내용이 없어 열 수 없습니다. 백업이나 다른 파일을 열어 주세요.")
        raise DatabaseError(f"데이터베이스 파일을 찾을 수 없습니다: {path}")
    if exists:
        _check_is_sqlite(path)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, factory=GuardedConnection)
    except sqlite3.Error as error:
        raise DatabaseError(f"데이터베이스 파일을 열 수 없습니다: {path} ({error})") from error
    try:
        _check_identity(conn, path)
        configure_connection(conn)
        if current_version(conn) < schema_version():
            migrate(wrap_connection(conn))
    except StorageProblem:
        conn.close()
        raise
    except sqlite3.DatabaseError as error:
        conn.close()
        raise DatabaseError(f"데이터베이스 파일이 손상되었거나 읽을 수 없습니다: {path} ({error})") from error
    except DatabaseError:
        conn.close()
        raise
    return conn


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


def _check_is_sqlite(path: Path) -> None:
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise DatabaseError(f"SeeCoDesk 데이터베이스 파일이 아닙니다: {path.name}")


def _check_identity(db: Queryable, path: Path) -> None:
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
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
    """Apply every migration not yet applied, each in its own transaction, in order."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for number, name in enumerate(MIGRATIONS[version:], start=version + 1):
        with db.atomic():
            load_migration(name).apply(db)
            db.execute(f"PRAGMA user_version = {number}")


def current_version(db: Queryable) -> int:
    """The schema version stored in the file."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])
