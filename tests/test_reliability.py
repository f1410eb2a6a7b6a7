"""The safety net's promises, one test each, named after the promise (child processes where a crash is the point)."""

import json
import os
import signal
import sqlite3
from datetime import datetime, timedelta

import pytest

from seecodesk.core.errors import DamagedDatabaseError, DatabaseError, DatabaseLockedError
from seecodesk.services import backups
from seecodesk.services.damage import set_aside
from seecodesk.storage import database as database_module
from seecodesk.storage.database import open_connection, open_database, schema_version
from seecodesk.storage.lock import COMMAND, DatabaseLock, holder_purpose, lock_path_for
from tests.safety_helpers import count, damage, run_cli, spawn

LIVE_ORGS = "SELECT count(*) FROM organisations WHERE deleted_at IS NULL"


def test_kill_9_during_a_large_write_loses_nothing_committed(demo_path):
    before = count(demo_path, "SELECT count(*) FROM organisations")
    child = spawn(f"""
        from seecodesk.storage.database import open_database
        db = open_database({str(demo_path)!r})
        db.execute("INSERT INTO organisations (name, name_key) VALUES ('커밋된협동조합', '커밋된협동조합')")
        db.conn.execute("BEGIN")
        for i in range(200_000):
            db.conn.execute("INSERT INTO organisations (name, name_key) VALUES (?, ?)", [f"미완료{{i}}", f"미완료{{i}}"])
            if i == 1000:
                print("writing", flush=True)
    """)
    assert child.stdout.readline().strip() == "writing"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert count(demo_path, "SELECT count(*) FROM organisations") == before + 1
    assert count(demo_path, "SELECT count(*) FROM organisations WHERE name = '커밋된협동조합'") == 1
    db = open_database(demo_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_a_killed_backup_leaves_no_partial_file(demo_path):
    folder = backups.backup_folder(demo_path)
    child = spawn(f"""
        import time
        from seecodesk.storage import backup_files
        def stalled(conn):  # the pages are copied, the check and the rename are still to come
            print("copying", flush=True)
            time.sleep(30)
        backup_files.read_counts = stalled
        from seecodesk.services.backups import backup_now
        backup_now({str(demo_path)!r}, "manual")
    """)
    assert child.stdout.readline().strip() == "copying"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert backups.list_backups(demo_path) == []  # the half-made copy is not a backup
    assert all(f.name.startswith(".") and f.name.endswith(".part") for f in folder.iterdir())
    made = backups.backup_now(demo_path)  # the next backup works, and is whole
    assert [b.path for b in backups.list_backups(demo_path)] == [made.path]
    assert count(made.path, LIVE_ORGS) == count(demo_path, LIVE_ORGS)


def test_a_backup_taken_while_another_connection_writes_is_consistent(demo_path):
    # Each write adds an organisation and one person of it in one transaction: a consistent copy has as many of each.
    open_database(demo_path).close()
    orgs0 = count(demo_path, "SELECT count(*) FROM organisations")
    people0 = count(demo_path, "SELECT count(*) FROM people")
    writer = spawn(f"""
        from seecodesk.storage.database import open_database
        db = open_database({str(demo_path)!r})
        i = 0
        while True:
            with db.atomic():
                org = db.execute("INSERT INTO organisations (name, name_key) VALUES (?, ?)", [f"동시{{i}}", f"동시{{i}}"]).lastrowid
                db.execute("INSERT INTO people (organisation_id, name) VALUES (?, ?)", [org, f"사람{{i}}"])
            i += 1
            if i == 50:
                print("writing", flush=True)
    """)
    try:
        assert writer.stdout.readline().strip() == "writing"
        made = [backups.backup_now(demo_path, rotate=False) for _ in range(3)]
    finally:
        writer.kill()
        writer.wait()
    for info in made:
        added_orgs = count(info.path, "SELECT count(*) FROM organisations") - orgs0
        added_people = count(info.path, "SELECT count(*) FROM people") - people0
        assert added_orgs == added_people >= 50
        assert count(info.path, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'") == 1


def test_restore_round_trip_gives_back_the_backup_and_keeps_the_current_file(demo_path):
    taken = backups.backup_now(demo_path)
    db = open_database(demo_path)
    db.execute("UPDATE organisations SET deleted_at = datetime('now') WHERE id IN (SELECT id FROM organisations LIMIT 5)")
    db.execute("INSERT INTO settings (key, value) VALUES ('after_backup', '1')")
    db.close()
    changed = count(demo_path, LIVE_ORGS)
    safety = backups.restore_backup(taken.path, demo_path)
    assert count(demo_path, LIVE_ORGS) == taken.counts.organisations == changed + 5
    assert count(demo_path, "SELECT count(*) FROM settings WHERE key = 'after_backup'") == 0
    assert safety is not None and count(safety.path, LIVE_ORGS) == changed
    db = open_database(demo_path)  # the restored file opens for work, WAL and all
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_a_restore_never_evicts_older_good_copies(demo_path):
    first = backups.backup_now(demo_path)
    folder = first.path.parent
    for days in range(1, 40):  # a long history, already rotated
        old = datetime.now() - timedelta(days=days)
        name = first.path.name.replace(first.taken_at.strftime("%Y%m%d-%H%M%S"), old.strftime("%Y%m%d-%H%M%S"))
        (folder / name).write_bytes(first.path.read_bytes())
    backups.rotate_backups(demo_path)
    before = {info.path for info in backups.list_backups(demo_path, counts=False)}
    oldest = min(backups.list_backups(demo_path, counts=False), key=lambda info: info.taken_at)
    safety = backups.restore_backup(oldest.path, demo_path)
    after = {info.path for info in backups.list_backups(demo_path, counts=False)}
    assert after == before | {safety.path}
    backups.backup_now(demo_path)  # later automatic backups do not rotate the safety copy out either
    assert safety.path.exists()


def test_a_damaged_file_is_set_aside_and_never_opened_for_work(demo_path):
    from seecodesk.services.workspace import open_workspace

    backups.backup_now(demo_path)
    damage(demo_path)
    wal = demo_path.with_name(demo_path.name + "-wal")
    child = spawn(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(demo_path)!r})
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("INSERT INTO settings (key, value) VALUES ('in_the_wal', '1')")
        conn.commit()
        print("committed", flush=True)
        os.kill(os.getpid(), 9)
    """)  # the damaged file also has committed pages waiting in its -wal
    assert child.stdout.readline().strip() == "committed"
    child.wait()
    damaged_bytes, wal_bytes = demo_path.read_bytes(), wal.read_bytes()
    with pytest.raises(DamagedDatabaseError, match="손상"):
        open_workspace(demo_path)
    # not migrated, not checkpointed, not written
    assert (demo_path.read_bytes(), wal.read_bytes()) == (damaged_bytes, wal_bytes)
    assert not lock_path_for(demo_path).exists()
    aside = set_aside(demo_path)
    assert not demo_path.exists() and not wal.exists()
    assert aside.read_bytes() == damaged_bytes
    assert aside.with_name(aside.name + "-wal").read_bytes() == wal_bytes  # the pair stays together
    assert aside.name.startswith("demo.seecodesk.damaged-")
    newest = backups.newest_sound_backup(demo_path)
    assert newest is not None and newest.counts.organisations > 0
    backups.restore_backup(newest.path, demo_path)
    workspace = open_workspace(demo_path)
    assert workspace.first_directory_rows(5)
    workspace.close()


def test_check_is_read_only_on_damaged_and_old_files(demo_path, tmp_path):
    damaged = tmp_path / "damaged.seecodesk"
    damaged.write_bytes(demo_path.read_bytes())
    damage(damaged)
    before = (damaged.read_bytes(), damaged.stat().st_mtime_ns)
    result = run_cli("check", "--db", str(damaged))
    assert result.returncode == 1
    assert "손상" in result.stdout and "예기치 못한" not in result.stdout + result.stderr
    assert (damaged.read_bytes(), damaged.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("damaged")) == ["damaged.seecodesk"]

    db = open_database(demo_path)  # an older file: the version before the directory indexes
    db.execute("DROP INDEX people_live_organisation")
    db.execute("DROP INDEX organisations_live_name")
    db.execute(f"PRAGMA user_version = {schema_version() - 1}")
    db.close()
    before = (demo_path.read_bytes(), demo_path.stat().st_mtime_ns)
    result = run_cli("check", "--db", str(demo_path))
    assert result.returncode == 0, result.stderr
    assert f"형식 {schema_version() - 1}" in result.stdout and "백업" in result.stdout
    assert (demo_path.read_bytes(), demo_path.stat().st_mtime_ns) == before
    assert backups.list_backups(demo_path) == []


def test_a_migration_failing_half_way_leaves_the_old_version(demo_path, monkeypatch):
    db = open_database(demo_path)
    db.execute("DROP INDEX people_live_organisation")
    db.execute("DROP INDEX organisations_live_name")
    db.execute(f"PRAGMA user_version = {schema_version() - 1}")
    db.close()
    old_version, old_orgs = schema_version() - 1, count(demo_path, LIVE_ORGS)

    class HalfWay:
        @staticmethod
        def apply(db):
            db.execute("CREATE TABLE half_done (x)")
            db.execute("UPDATE organisations SET name = name || ' (바뀜)'")
            raise RuntimeError("중간에 실패")

    real_load = database_module.load_migration
    monkeypatch.setattr(database_module, "MIGRATIONS", (*database_module.MIGRATIONS, "m9999_half_way"))
    monkeypatch.setattr(database_module, "load_migration",
                        lambda name: HalfWay if name == "m9999_half_way" else real_load(name))
    monkeypatch.setattr(database_module, "schema_version", lambda: len(database_module.MIGRATIONS))
    with pytest.raises(DatabaseError, match="바뀌지 않고 그대로"):
        open_connection(demo_path)
    conn = sqlite3.connect(demo_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == old_version  # not even the migration before it
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names and "organisations_live_name" not in names
    assert conn.execute("SELECT count(*) FROM organisations WHERE name LIKE '%(바뀜)'").fetchone()[0] == 0
    assert conn.execute(LIVE_ORGS).fetchone()[0] == old_orgs
    conn.close()
    (before_migration,) = backups.list_backups(demo_path)  # and a copy was taken before trying
    assert before_migration.reason == "migration" and before_migration.schema == old_version


def test_a_lock_whose_pid_belongs_to_another_program_is_stale(tmp_path):
    db_path = tmp_path / "n.seecodesk"
    other = spawn("import time; time.sleep(30)")  # alive, but not the program that wrote the lock
    try:
        lock_path_for(db_path).write_text(json.dumps({
            "pid": other.pid, "host": os.uname().nodename, "purpose": "window",
            "boot_id": "00000000-0000-0000-0000-000000000000", "started": 1, "program": "seecodesk"}))
        assert holder_purpose(db_path) is None
        lock = DatabaseLock(db_path).acquire()  # taken over, no "delete the lock file" instructions
        assert json.loads(lock_path_for(db_path).read_text())["pid"] == os.getpid()
        lock.release()
        # The same pid with this boot's id and its real start time and name is a live holder.
        from seecodesk.storage.lock import boot_id, process_identity

        started, program = process_identity(other.pid)
        lock_path_for(db_path).write_text(json.dumps({
            "pid": other.pid, "host": os.uname().nodename, "boot_id": boot_id(), "started": started,
            "program": program}))
        with pytest.raises(DatabaseLockedError, match="이미 다른 SeeCoDesk 창"):
            DatabaseLock(db_path).acquire()
    finally:
        other.kill()
        other.wait()


def _window_holding(db_path):
    """A child process that holds the file's lock as an open window does (until killed)."""
    window = spawn(f"""
        from seecodesk.storage.lock import DatabaseLock
        lock = DatabaseLock({str(db_path)!r}).acquire()
        print("holding", flush=True)
        import time
        time.sleep(60)
    """)
    assert window.stdout.readline().strip() == "holding"
    return window


def test_the_command_line_refuses_to_write_while_a_window_holds_the_file(demo_path, tmp_path):
    csv = tmp_path / "members.csv"
    csv.write_text("기업명,대표전화\n새싹협동조합,041-123-4567\n", encoding="utf-8-sig")
    backup = backups.backup_now(demo_path)
    window = _window_holding(demo_path)
    try:
        before = demo_path.read_bytes()
        for args in (("import", "members", str(csv)), ("restore", str(backup.path))):
            refused = run_cli(*args, "--db", str(demo_path))
            assert refused.returncode == 1, refused.stdout
            assert refused.stderr.startswith("오류: ") and "창을 닫은 뒤" in refused.stderr
        assert demo_path.read_bytes() == before
        assert run_cli("check", "--db", str(demo_path)).returncode == 0
        assert run_cli("backup", "--db", str(demo_path)).returncode == 0
        assert run_cli("export", "members", str(tmp_path / "out.csv"), "--db", str(demo_path)).returncode == 0
        assert run_cli("import", "members", str(csv), "--db", str(demo_path), "--dry-run").returncode == 0
    finally:
        window.kill()
        window.wait()
    imported = run_cli("import", "members", str(csv), "--db", str(demo_path))  # the window is gone: the lock is stale
    assert imported.returncode == 0, imported.stderr
    assert holder_purpose(demo_path) is None


def test_a_window_is_refused_while_a_command_writes(tmp_path):
    db_path = tmp_path / "n.seecodesk"
    with DatabaseLock(db_path, purpose=COMMAND):
        with pytest.raises(DatabaseLockedError, match="명령줄"):
            DatabaseLock(db_path).acquire()


def test_a_leftover_wal_is_recovered_and_never_deleted(demo_path):
    child = spawn(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(demo_path)!r})
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("INSERT INTO organisations (name, name_key) VALUES ('WAL에만있는조합', 'WAL에만있는조합')")
        conn.commit()
        print("committed", flush=True)
        os.kill(os.getpid(), 9)
    """)
    assert child.stdout.readline().strip() == "committed"
    child.wait()
    wal = demo_path.with_name(demo_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    run_cli("check", "--db", str(demo_path))
    assert wal.exists()  # check reads through it and leaves it be
    db = open_database(demo_path)
    assert db.execute("SELECT count(*) FROM organisations WHERE name = 'WAL에만있는조합'").fetchone()[0] == 1
    db.close()


def test_person_forget_and_the_other_imports_refuse_while_a_window_holds_the_file(demo_path, tmp_path):
    person_id = count(demo_path, "SELECT min(id) FROM people")
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("구매 기관,판매 기관,거래일,품목,금액\n가람시청,가람돌봄,2026-03-05,도시락,10000\n", encoding="utf-8-sig")
    window = _window_holding(demo_path)
    try:
        before = demo_path.read_bytes()
        for args in (("person", "forget", str(person_id)), ("import", "trades", str(sheet)),
                     ("import", "figures", str(sheet), "--year", "2025")):
            refused = run_cli(*args, "--db", str(demo_path))
            assert refused.returncode == 1, (args, refused.stdout, refused.stderr)
            assert refused.stderr.startswith("오류: ") and "창을 닫은 뒤" in refused.stderr
            assert refused.stderr.count("\n") == 1  # one Korean sentence
        assert demo_path.read_bytes() == before
        assert count(demo_path, f"SELECT count(*) FROM people WHERE id = {person_id}") == 1
    finally:
        window.kill()
        window.wait()
    forgotten = run_cli("person", "forget", str(person_id), "--db", str(demo_path))  # the window is gone
    assert forgotten.returncode == 0, forgotten.stderr
    assert count(demo_path, f"SELECT count(*) FROM people WHERE id = {person_id}") == 0


def test_after_a_destroy_the_name_is_nowhere_in_the_files_bytes(demo_path):
    name, mobile = "표지석하늘", "010-9753-1864"
    db = open_database(demo_path)
    person_id = db.execute("INSERT INTO people (organisation_id, name, mobile, notes) VALUES (1, ?, ?, ?)",
                           [name, mobile, f"{name} 메모"]).lastrowid
    db.execute("UPDATE people SET title = '간사' WHERE id = ?", [person_id])  # the name in the history too
    db.close()
    files = [demo_path, demo_path.with_name(demo_path.name + "-wal")]
    assert any(name.encode() in f.read_bytes() for f in files if f.exists())
    forgotten = run_cli("person", "forget", str(person_id), "--db", str(demo_path))
    assert forgotten.returncode == 0, forgotten.stderr
    assert "아직 남아 있습니다" in forgotten.stdout  # the backup taken just before still holds them, and says so
    for needle in (name, mobile, mobile.replace("-", "")):
        for file in files:
            assert not file.exists() or needle.encode() not in file.read_bytes(), (needle, file.name)


def test_the_days_first_backup_is_quick_checked_and_a_damaged_file_gives_none(demo_path):
    open_database(demo_path).close()
    damage(demo_path, "designations")  # a table the counts never read: only quick_check finds it
    made = backups.backup_now(demo_path, "open")  # in place, and listed as waiting for its check
    assert [info.label for info in backups.list_backups(demo_path)] == ["열 때 자동 (검사 전)"] and not made.checked
    failed = backups.check_waiting(demo_path)
    assert len(failed) == 1 and "검사를 통과하지 못해 지웠습니다" in failed[0]
    assert backups.list_backups(demo_path) == []
    folder = backups.backup_folder(demo_path)
    assert list(folder.iterdir()) == []  # not even a .part or a mark left
    with pytest.raises(DatabaseError, match="검사를 통과하지 못해"):
        backups.backup_and_check(demo_path, "manual")  # 지금 백업 and the command line wait for the check
    assert backups.list_backups(demo_path) == [] and list(folder.iterdir()) == []


def test_nothing_is_rotated_away_while_a_copy_waits_for_its_check(demo_path, tmp_path):
    from seecodesk.core.backups import backup_name

    sound = backups.backup_and_check(demo_path, folder=tmp_path / "elsewhere").path.read_bytes()
    folder = backups.backup_folder(demo_path)
    folder.mkdir()
    now = datetime.now().replace(microsecond=0)
    for hours in range(24, 24 * 20, 7):  # three weeks of earlier copies: more than the rotation keeps
        (folder / backup_name(demo_path.stem, now - timedelta(hours=hours), "open")).write_bytes(sound)
    before = {info.path for info in backups.list_backups(demo_path, counts=False)}
    waiting = backups.backup_now(demo_path, "open")  # today's first copy: in place, its check still to run
    listed = {info.path for info in backups.list_backups(demo_path, counts=False)}
    assert not waiting.checked and listed == before | {waiting.path}
    assert backups.rotate_backups(demo_path) == []
    assert backups.check_waiting(demo_path) == []  # checked: now the rotation thins the older copies
    after = {info.path for info in backups.list_backups(demo_path, counts=False)}
    assert waiting.path in after and len(after) < len(listed)
    assert all(info.checked for info in backups.list_backups(demo_path, counts=False))


def test_opening_the_file_again_in_the_window_never_lets_another_program_delete_its_wal(demo_path):
    window = open_connection(demo_path)  # the window's own connection, kept open throughout
    window.execute("PRAGMA wal_autocheckpoint = 0")
    second = open_database(demo_path, create=False)  # as the print preview, an import or the archive do
    second.close()
    another_program_reads_and_closes(demo_path)  # a CLI, a DB browser
    window.execute("INSERT INTO organisations (name, name_key) VALUES ('창밖에서도보이는조합', 'x')")
    window.commit()
    seen = another_program_reads_and_closes(demo_path, "SELECT count(*) FROM organisations WHERE name = '창밖에서도보이는조합'")
    window.close()
    assert seen == "1"


def test_a_backup_taken_in_the_window_never_lets_another_program_delete_its_wal(demo_path):
    window = open_connection(demo_path)  # the window's own connection, kept open throughout
    window.execute("PRAGMA wal_autocheckpoint = 0")
    window.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # an empty -wal: the backup may copy the file's bytes
    backups.backup_now(demo_path, "open")  # the window backs up on open, daily and on close, in its own process
    another_program_reads_and_closes(demo_path)
    window.execute("INSERT INTO organisations (name, name_key) VALUES ('백업뒤에도보이는조합', 'y')")
    window.commit()
    seen = another_program_reads_and_closes(demo_path, "SELECT count(*) FROM organisations WHERE name = '백업뒤에도보이는조합'")
    window.close()
    assert seen == "1"


def another_program_reads_and_closes(path, query="SELECT count(*) FROM organisations"):
    child = spawn(f"""
        import sqlite3
        conn = sqlite3.connect({str(path)!r})
        print(conn.execute({query!r}).fetchone()[0], flush=True)
        conn.close()
    """)
    answer = child.stdout.readline().strip()
    child.wait()
    return answer
