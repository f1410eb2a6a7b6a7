"""Opening network files safely: identity, versions, pragmas, locks, integrity."""

import os
import sqlite3
import subprocess
import sys

import pytest

from seecodesk.core.errors import DatabaseError, DatabaseLockedError
from seecodesk.storage.database import APPLICATION_ID, open_connection, open_database, schema_version
from seecodesk.storage.integrity import check_integrity
from seecodesk.storage.lock import DatabaseLock, lock_path_for

# The window opens a plain connection (fast first paint); the CLI and services open sqlite_utils databases.
OPENERS = pytest.mark.parametrize("opener", [open_database, open_connection], ids=["database", "connection"])


@OPENERS
def test_new_database_has_safe_pragmas(tmp_path, opener):
    db = opener(tmp_path / "n.seecodesk")
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] >= 1
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    db.close()


def test_reopening_keeps_data_and_applies_no_migration_twice(tmp_path):
    path = tmp_path / "n.seecodesk"
    db = open_database(path)
    db.execute("INSERT INTO settings VALUES ('network_name', '가람')")
    db.conn.commit()
    db.close()
    again = open_database(path)
    assert again.execute("SELECT value FROM settings").fetchone()[0] == "가람"
    again.close()


@OPENERS
def test_a_file_from_a_newer_version_is_refused(tmp_path, opener):
    path = tmp_path / "new.seecodesk"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="더 새로운 버전"):
        opener(path)


@OPENERS
def test_a_foreign_sqlite_file_is_refused(tmp_path, opener):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x (a)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="SeeCoDesk 데이터베이스 파일이 아닙니다"):
        opener(path)


@OPENERS
def test_a_text_file_is_refused(tmp_path, opener):
    path = tmp_path / "memo.txt"
    path.write_text("회의 메모", encoding="utf-8")
    with pytest.raises(DatabaseError, match="SeeCoDesk 데이터베이스 파일이 아닙니다"):
        opener(path)
    assert path.read_text(encoding="utf-8") == "회의 메모"


def test_an_older_file_opened_by_the_window_is_migrated(tmp_path):
    from seecodesk.storage.database import wrap_connection
    from seecodesk.storage.migrations import MIGRATIONS, load_migration

    path = tmp_path / "old.seecodesk"
    # a file as the version before the directory indexes left it (later migrations not applied either)
    before = MIGRATIONS.index("m0006_directory_indexes")
    db = wrap_connection(sqlite3.connect(path))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for name in MIGRATIONS[:before]:
        load_migration(name).apply(db)
    db.execute(f"PRAGMA user_version = {before}")
    db.execute("INSERT INTO settings VALUES ('network_name', '가람')")
    db.conn.commit()
    db.close()
    conn = open_connection(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"people_live_organisation", "organisations_live_name"} <= indexes
    assert conn.execute("SELECT value FROM settings").fetchone()[0] == "가람"
    conn.close()


def test_a_failed_transaction_leaves_nothing(db):
    with pytest.raises(sqlite3.IntegrityError):
        with db.atomic():
            db.execute("INSERT INTO organisations (name, name_key) VALUES ('가', '가')")
            db.execute("INSERT INTO designations (organisation_id, kind) VALUES (999, '마을기업')")
    assert db.execute("SELECT count(*) FROM organisations").fetchone()[0] == 0


def test_a_second_holder_is_refused_and_a_stale_lock_is_ignored(tmp_path):
    db_path = tmp_path / "n.seecodesk"
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lock_path_for(db_path).write_text(f'{{"pid": {child.pid}, "host": "{os.uname().nodename}"}}')
        with pytest.raises(DatabaseLockedError, match="이미 다른 SeeCoDesk 창"):
            DatabaseLock(db_path).acquire()
    finally:
        child.kill()
        child.wait()
    lock = DatabaseLock(db_path).acquire()  # the holder died: its lock is stale
    assert lock.held
    lock.release()
    assert not lock_path_for(db_path).exists()


def test_a_lock_this_version_writes_keeps_a_second_window_out(tmp_path):
    db_path = tmp_path / "n.seecodesk"
    first = DatabaseLock(db_path).acquire()
    assert lock_path_for(db_path).read_text(encoding="utf-8").split() == [str(os.getpid()), os.uname().nodename]
    with pytest.raises(DatabaseLockedError, match="이미 다른 SeeCoDesk 창"):
        DatabaseLock(db_path).acquire()
    first.release()
    assert not lock_path_for(db_path).exists()
    lock_path_for(db_path).write_text("garbage", encoding="utf-8")  # unreadable: taken over
    assert DatabaseLock(db_path).acquire().held


def test_demo_database_passes_the_integrity_check(demo_db):
    assert check_integrity(demo_db) == []


def test_integrity_check_reports_a_dangling_reference(db):
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("INSERT INTO dues (organisation_id, year, amount) VALUES (42, 2024, 1000)")
    problems = check_integrity(db)
    assert any("dues" in p for p in problems)


def test_a_workspace_reads_and_writes_through_one_connection(tmp_path):
    from seecodesk.core.members import Organisation
    from seecodesk.services.workspace import open_workspace

    path = tmp_path / "w.seecodesk"
    workspace = open_workspace(path, create=True)
    before = workspace.change_count()
    workspace.members.save_organisation(Organisation(name="가람두레협동조합"))
    assert [row.name for row in workspace.first_directory_rows(10)] == ["가람두레협동조합"]
    assert workspace.change_count() > before
    workspace.close()
    assert not lock_path_for(path).exists()
    assert [row.name for row in open_workspace(path).first_directory_rows(10)] == ["가람두레협동조합"]
