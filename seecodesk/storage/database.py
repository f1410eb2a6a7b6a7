"""Opening a network's database safely: identity check, pragmas, migrations, version refusal."""

import sqlite3
from pathlib import Path

import sqlite_utils

from seecodesk.core.errors import DatabaseError
from seecodesk.storage.migrations import MIGRATIONS

APPLICATION_ID = 0x5EC0DE5C  # marks a file as a SeeCoDesk database (PRAGMA application_id)
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def schema_version() -> int:
    """The schema version this program writes: the number of migrations it knows."""
    return len(MIGRATIONS)


def open_database(path: str | Path, create: bool = True) -> sqlite_utils.Database:
    """Open (or create) the database at `path`, migrated to this program's schema.

    Raises `DatabaseError` with a Korean message for a file that is not a SeeCoDesk database,
    one made by a newer version, or one that cannot be opened.
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise DatabaseError(f"데이터베이스 파일을 찾을 수 없습니다: {path}")
    if exists:
        _check_is_sqlite(path)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as error:
        raise DatabaseError(f"데이터베이스 파일을 열 수 없습니다: {path} ({error})") from error
    db = sqlite_utils.Database(conn)
    try:
        _check_identity(db, path)
        configure_connection(db)
        migrate(db)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise DatabaseError(f"데이터베이스 파일이 손상되었거나 읽을 수 없습니다: {path} ({error})") from error
    except DatabaseError:
        conn.close()
        raise
    return db


def open_memory_database() -> sqlite_utils.Database:
    """A migrated in-memory database, for tests and previews."""
    db = sqlite_utils.Database(memory=True)
    configure_connection(db)
    migrate(db)
    return db


def configure_connection(db: sqlite_utils.Database) -> None:
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


def _check_identity(db: sqlite_utils.Database, path: Path) -> None:
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
    for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
        with db.atomic():
            migration.apply(db)
            db.execute(f"PRAGMA user_version = {number}")


def current_version(db: sqlite_utils.Database) -> int:
    """The schema version stored in the file."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])
