"""Opening network files safely: identity, versions, pragmas, locks, integrity."""

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from seecodesk.core.errors import DatabaseError, DatabaseLockedError
from seecodesk.storage.database import APPLICATION_ID, open_connection, open_database, schema_version, wrap_connection
from seecodesk.storage.integrity import check_integrity
from seecodesk.storage.lock import DatabaseLock, lock_path_for
from seecodesk.storage.migrations import MIGRATIONS, load_migration
from tests.safety_helpers import damage

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
    from seecodesk.storage.migrations import MIGRATIONS

    path = tmp_path / "old.seecodesk"
    before_indexes = MIGRATIONS.index("m0006_directory_indexes")
    db = wrap_connection(sqlite3.connect(path))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for name in MIGRATIONS[:before_indexes]:  # as the version before the directory indexes left it
        load_migration(name).apply(db)
    db.execute("INSERT INTO settings VALUES ('network_name', '가람')")
    db.execute(f"PRAGMA user_version = {before_indexes}")
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
    record = json.loads(lock_path_for(db_path).read_text(encoding="utf-8"))
    assert (record["pid"], record["host"], record["purpose"]) == (os.getpid(), os.uname().nodename, "window")
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


def test_names_stored_in_nfd_before_schema_12_are_found_and_matched_afterwards(tmp_path):
    import unicodedata

    from seecodesk.core.members import Organisation
    from seecodesk.exchange.member_matching import DirectoryIndex, match_rows
    from seecodesk.storage.organisations import match_keys

    path = tmp_path / "old.seecodesk"
    db = wrap_connection(sqlite3.connect(path))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for name in MIGRATIONS[:MIGRATIONS.index("m0012_import_matching")]:  # as a file from before schema 12
        load_migration(name).apply(db)
    mac = unicodedata.normalize("NFD", "가람 두레협동조합")
    db.execute("INSERT INTO organisations (name, name_key, representative) VALUES (?, ?, ?)",
               [mac, unicodedata.normalize("NFD", "가람두레협동조합"), unicodedata.normalize("NFD", "김하나")])
    db.execute(f"PRAGMA user_version = {MIGRATIONS.index('m0012_import_matching')}")
    db.close()
    db = open_database(path)
    assert db.execute("SELECT name FROM organisations").fetchone()[0] == "가람 두레협동조합"
    typed = Organisation(name="가람두레 협동조합", representative="김하나")
    assert match_rows(DirectoryIndex.of(match_keys(db)), [typed])[0] is not None
    db.close()


def test_a_lock_in_the_one_line_format_of_an_earlier_version_is_still_understood(tmp_path):
    db_path = tmp_path / "n.seecodesk"
    lock_path_for(db_path).write_text(f"{os.getpid()} {os.uname().nodename}\n", encoding="utf-8")
    with pytest.raises(DatabaseLockedError):
        DatabaseLock(db_path).acquire()


# --- opening, unit by unit (what the mutation run of storage/database.py showed untested) -------------------
def _plain_file(path, app_id=APPLICATION_ID, version=None, table=True):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {app_id}")
    if table:
        conn.execute("CREATE TABLE x (a)")
    if version is not None:
        conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


@OPENERS
def test_unit_a_missing_file_is_refused_without_create_and_never_made(tmp_path, opener):
    path = tmp_path / "없음.seecodesk"
    with pytest.raises(DatabaseError, match="찾을 수 없습니다"):
        opener(path, create=False)
    assert not path.exists()


def test_unit_an_empty_file_is_refused_without_create_as_empty_and_left_empty(tmp_path):
    path = tmp_path / "빈.seecodesk"
    path.write_bytes(b"")
    with pytest.raises(DatabaseError, match="0바이트"):
        open_connection(path, create=False)
    assert path.read_bytes() == b""


def test_unit_an_empty_file_with_create_becomes_a_new_database(tmp_path):
    path = tmp_path / "빈.seecodesk"
    path.write_bytes(b"")
    conn = open_connection(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    conn.close()


def test_unit_a_file_in_a_missing_folder_cannot_be_opened_and_the_message_names_it(tmp_path):
    with pytest.raises(DatabaseError) as raised:
        open_connection(tmp_path / "없는 폴더" / "n.seecodesk")
    assert "n.seecodesk" in str(raised.value)


def test_unit_a_file_with_no_tables_and_no_mark_is_taken_as_new(tmp_path):
    path = tmp_path / "n.seecodesk"
    _plain_file(path, app_id=0, table=False)
    conn = open_connection(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()
    assert not (tmp_path / "n_backups").exists()  # nothing to keep from a file that held nothing


def test_unit_a_file_of_this_very_version_opens_and_no_backup_is_made(tmp_path):
    from seecodesk.storage.backup_files import backup_folder

    path = tmp_path / "n.seecodesk"
    open_connection(path).close()
    conn = open_connection(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    conn.close()
    assert not backup_folder(path).exists() or not any(backup_folder(path).iterdir())


def test_unit_an_older_file_gets_a_backup_before_it_is_migrated(tmp_path):
    import shutil

    from seecodesk.services import backups
    from seecodesk.storage import backup_files

    path = tmp_path / "old.seecodesk"
    db = wrap_connection(sqlite3.connect(path))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    load_migration(MIGRATIONS[0]).apply(db)
    db.execute("PRAGMA user_version = 1")
    db.close()
    backup_files.set_backup_folder(path, tmp_path / "USB" / "백업")  # a folder not made yet, nor its parent
    open_connection(path).close()
    (copy,) = backups.list_backups(path)
    assert (copy.reason, copy.schema) == ("migration", 1)
    again = tmp_path / "again.seecodesk"
    shutil.copy(copy.path, again)
    backup_files.set_backup_folder(again, tmp_path / "USB" / "백업")  # the folder is there already
    open_connection(again).close()
    assert len(backups.list_backups(again)) == 1


def test_unit_no_backup_means_no_migration_and_the_file_unchanged(tmp_path, monkeypatch):
    from seecodesk.storage import backup_files

    path = tmp_path / "old.seecodesk"
    db = wrap_connection(sqlite3.connect(path))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for name in MIGRATIONS[:3]:
        load_migration(name).apply(db)
    db.execute("PRAGMA user_version = 3")
    db.close()

    def no_room(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_files, "write_snapshot", no_room)
    with pytest.raises(DatabaseError, match="형식 3"):
        open_connection(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    conn.close()


@OPENERS
def test_unit_a_damaged_file_is_refused_as_damaged(tmp_path, opener):
    from seecodesk.core.errors import DamagedDatabaseError

    path = tmp_path / "d.seecodesk"
    db = open_database(path)
    db.execute("INSERT INTO organisations (name, name_key) VALUES ('가람', '가람')")
    db.conn.commit()
    db.close()
    damage(path)
    with pytest.raises(DamagedDatabaseError) as raised:
        opener(path)
    assert raised.value.problems and all(problem != "ok" for problem in raised.value.problems)
    assert "d.seecodesk" in str(raised.value)


def test_unit_a_file_whose_schema_is_damaged_is_refused_as_damaged_naming_what_sqlite_found(tmp_path):
    from seecodesk.core.errors import DamagedDatabaseError

    path = tmp_path / "s.seecodesk"
    open_connection(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xa5" * (4096 - 100)  # page 1 past the header: the schema itself
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError) as raised:
        open_connection(path)
    assert "s.seecodesk" in str(raised.value)
    assert len(raised.value.problems) == 1 and "malformed" in raised.value.problems[0]


def test_unit_a_damaged_file_is_left_exactly_as_found_with_its_wal(tmp_path):
    from seecodesk.core.errors import DamagedDatabaseError

    path = tmp_path / "w.seecodesk"
    db = open_database(path)
    db.execute("INSERT INTO organisations (name, name_key) VALUES ('가람', '가람')")
    db.conn.commit()
    db.close()
    damage(path)
    other = sqlite3.connect(path)  # another program left committed work in the -wal
    other.setconfig(sqlite3.SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, True)
    other.execute("INSERT INTO settings VALUES ('in_the_wal', '1')")
    other.commit()
    other.close()
    wal = path.with_name(path.name + "-wal")
    found = (path.read_bytes(), wal.read_bytes())
    assert found[1]
    with pytest.raises(DamagedDatabaseError):
        open_connection(path)
    assert (path.read_bytes(), wal.read_bytes()) == found


def test_unit_a_sound_file_closed_after_work_has_its_wal_folded_in(tmp_path):
    path = tmp_path / "n.seecodesk"
    conn = open_connection(path)
    conn.execute("INSERT INTO settings VALUES ('network_name', '가람')")
    conn.commit()
    conn.close()
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    plain = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)  # the main file alone, -wal ignored
    assert plain.execute("SELECT value FROM settings").fetchone()[0] == "가람"
    plain.close()


def test_unit_a_write_while_another_program_holds_the_file_is_a_storage_problem(tmp_path):
    from seecodesk.core.errors import StorageProblem

    path = tmp_path / "n.seecodesk"
    conn = open_connection(path)
    conn.execute("PRAGMA busy_timeout = 0")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(StorageProblem) as raised:
        conn.execute("INSERT INTO settings VALUES ('network_name', '가람')")
    assert raised.value.kind == "busy"
    other.execute("ROLLBACK")
    other.close()
    conn.close()


def test_unit_an_unexpected_sqlite_error_while_opening_is_a_refusal_naming_the_file(tmp_path, monkeypatch):
    from seecodesk.core.errors import DamagedDatabaseError
    from seecodesk.storage import database as database_module

    path = tmp_path / "n.seecodesk"
    open_connection(path).close()

    def fails(conn, where):
        raise sqlite3.OperationalError("no such function: x")

    monkeypatch.setattr(database_module, "check_not_damaged", fails)
    with pytest.raises(DatabaseError) as raised:
        open_connection(path)
    assert not isinstance(raised.value, DamagedDatabaseError) and "n.seecodesk" in str(raised.value)


def test_unit_a_reader_sees_the_data_waits_for_writers_and_never_writes(tmp_path):
    from seecodesk.core.errors import StorageProblem
    from seecodesk.storage.database import open_reader

    path = tmp_path / "n.seecodesk"
    db = open_database(path)
    db.execute("INSERT INTO settings VALUES ('network_name', '가람')")
    db.conn.commit()
    reader = open_reader(path)
    assert reader.execute("SELECT value FROM settings").fetchone()[0] == "가람"
    assert reader.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    with pytest.raises(StorageProblem):
        reader.execute("INSERT INTO settings VALUES ('other', 'x')")
    reader.close()
    db.close()


def test_unit_a_reader_of_a_missing_file_is_a_korean_refusal(tmp_path):
    from seecodesk.storage.database import open_reader

    with pytest.raises(DatabaseError) as raised:
        open_reader(tmp_path / "없음.seecodesk")
    assert "없음.seecodesk" in str(raised.value)
    assert not (tmp_path / "없음.seecodesk").exists()


def test_unit_damage_is_told_apart_from_other_errors():
    from seecodesk.storage.database import is_damage

    corrupt, notadb, busy = (sqlite3.DatabaseError("x"), sqlite3.DatabaseError("file is not a database"),
                             sqlite3.OperationalError("database is locked"))
    corrupt.sqlite_errorname, notadb.sqlite_errorname, busy.sqlite_errorname = (
        "SQLITE_CORRUPT_INDEX", "SQLITE_NOTADB", "SQLITE_BUSY")
    assert is_damage(corrupt) and is_damage(notadb) and not is_damage(busy)
    assert is_damage(sqlite3.DatabaseError("database disk image is malformed"))
    assert not is_damage(sqlite3.DatabaseError("no such table: x"))


def test_unit_the_early_check_answer_is_used_and_any_finding_refuses_the_file(tmp_path, monkeypatch):
    from seecodesk.core.errors import DamagedDatabaseError
    from seecodesk.storage import database as database_module

    path = tmp_path / "n.seecodesk"
    conn = open_connection(path)
    monkeypatch.setattr(database_module, "early_answer", lambda p: ["ok"])
    database_module.check_not_damaged(conn, path)
    monkeypatch.setattr(database_module, "early_answer", lambda p: ["ok", "row 3 missing from index x"])
    with pytest.raises(DamagedDatabaseError) as raised:
        database_module.check_not_damaged(conn, path)
    assert raised.value.problems == ["row 3 missing from index x"] and "row 3 missing" in str(raised.value)
    monkeypatch.setattr(database_module, "early_answer", lambda p: None)
    database_module.check_not_damaged(conn, path)  # asked SQLite itself: a sound file
    conn.close()


def test_unit_a_connection_that_cannot_use_wal_is_refused():
    from seecodesk.storage.database import configure_connection

    class NoWal:
        def __init__(self):
            self.sql = []

        def execute(self, sql, parameters=()):
            self.sql.append(sql)
            return sqlite3.connect(":memory:").execute("SELECT 'delete'")

    with pytest.raises(DatabaseError) as raised:
        configure_connection(NoWal())
    assert str(raised.value) not in ("", "None")


def test_unit_a_memory_database_is_migrated_with_foreign_keys_on_and_no_file(tmp_path, monkeypatch):
    from seecodesk.core.errors import StorageProblem
    from seecodesk.storage.database import current_version, open_memory_database

    monkeypatch.chdir(tmp_path)
    db = open_memory_database()
    assert [row[2] for row in db.execute("PRAGMA database_list")] == [""]
    assert list(tmp_path.iterdir()) == []
    db.execute("CREATE TABLE filler (a)")
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0] + 2}")
    with pytest.raises(StorageProblem) as raised:  # memory runs out as a disk fills up: a message, not a crash
        db.execute("INSERT INTO filler SELECT zeroblob(100000)")
    assert raised.value.kind == "full"
    db.execute("PRAGMA max_page_count = 1073741823")
    assert current_version(db) == schema_version()
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO dues (organisation_id, year, amount) VALUES (42, 2024, 1000)")
    db.close()


def test_unit_a_migration_failing_on_a_bug_is_a_refusal_naming_the_version_and_the_bug(monkeypatch):
    from seecodesk.storage import database as database_module

    db = database_module.open_memory_database()
    version = database_module.current_version(db)

    class Failing:
        @staticmethod
        def apply(db):
            raise ZeroDivisionError("시험용 결함")

    monkeypatch.setattr(database_module, "MIGRATIONS", (*database_module.MIGRATIONS, "m9999_failing"))
    monkeypatch.setattr(database_module, "load_migration", lambda name: Failing)
    with pytest.raises(DatabaseError) as raised:
        database_module.migrate(db)
    assert f"{version}" in str(raised.value) and "ZeroDivisionError: 시험용 결함" in str(raised.value)
    assert isinstance(raised.value.__cause__, ZeroDivisionError)
    db.close()


def test_unit_sqlite_utils_plugins_never_run_on_our_connections():
    from sqlite_utils import hookimpl
    from sqlite_utils.plugins import pm

    class Plugin:
        @staticmethod
        @hookimpl
        def prepare_connection(conn):
            conn.create_function("plugin_was_here", 0, lambda: 1)

    pm.register(Plugin, name="test-plugin")
    try:
        db = wrap_connection(sqlite3.connect(":memory:"))
        with pytest.raises(sqlite3.OperationalError, match="plugin_was_here"):
            db.execute("SELECT plugin_was_here()")
        db.close()
    finally:
        pm.unregister(name="test-plugin")


@pytest.mark.parametrize("raised", [KeyboardInterrupt(), DatabaseError("이미 한국어")], ids=["interrupt", "ours"])
def test_unit_a_migration_stopped_by_the_user_or_our_own_error_is_not_rewrapped(monkeypatch, raised):
    from seecodesk.storage import database as database_module

    db = database_module.open_memory_database()
    version = database_module.current_version(db)

    class Failing:
        @staticmethod
        def apply(db):
            db.execute("CREATE TABLE half_done (x)")
            raise raised

    monkeypatch.setattr(database_module, "MIGRATIONS", (*database_module.MIGRATIONS, "m9999_failing"))
    monkeypatch.setattr(database_module, "load_migration", lambda name: Failing)
    with pytest.raises(type(raised)) as caught:
        database_module.migrate(db)
    assert caught.value is raised
    assert not db.conn.in_transaction
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    assert database_module.current_version(db) == version
    db.close()


def test_unit_sqlite_utils_is_loaded_once_without_pandas_and_numpy_and_leaves_them_importable(monkeypatch):
    from seecodesk.storage import database as database_module

    monkeypatch.setattr(database_module, "_SQLITE_UTILS", [])
    for name in [name for name in sys.modules if name.split(".")[0] in ("sqlite_utils", "pandas", "numpy")]:
        monkeypatch.delitem(sys.modules, name)  # as in a fresh process; put back when the test ends
    assert not database_module.sqlite_utils_loaded()
    module = database_module.load_sqlite_utils()
    assert module.__name__ == "sqlite_utils" and database_module.sqlite_utils_loaded()
    assert database_module.load_sqlite_utils() is module and database_module._SQLITE_UTILS == [module]
    assert sys.modules["sqlite_utils.db"].pd is None and sys.modules["sqlite_utils.db"].np is None
    assert "pandas" not in sys.modules and "numpy" not in sys.modules  # no None left behind: importable later
