"""Backup files as storage writes and reads them: the folder kept, the counts shown, the checks, the copy, the leftovers."""

import os
import sqlite3
import time

import pytest

from seecodesk.core.backups import BackupCounts
from seecodesk.core.errors import DatabaseError
from seecodesk.storage import backup_files, local_state
from seecodesk.storage.backup_files import (
    FOLDER_FACT,
    backup_folder,
    check_problems,
    copy_into,
    read_counts,
    remove_stale_partials,
    schema_of,
    set_backup_folder,
    write_snapshot,
)
from tests.safety_helpers import damage


def _file(path, script):
    conn = sqlite3.connect(path)
    conn.executescript(script)
    conn.commit()
    conn.close()
    return path


def _index_out_of_step(path):
    """A file whose index claims another column than its entries hold: only the full check sees it."""
    _file(path, "CREATE TABLE t (a, b); CREATE INDEX t_a ON t (a); INSERT INTO t VALUES (1, 2), (3, 4);")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX t_a ON t (b)' WHERE name = 't_a'")
    conn.commit()
    conn.close()
    return path


def test_choosing_the_default_folder_keeps_no_choice_and_a_relative_one_is_kept_whole(demo_path, tmp_path, monkeypatch):
    set_backup_folder(demo_path, demo_path.parent / "demo_backups")
    assert local_state.read_fact(demo_path, FOLDER_FACT) is None
    monkeypatch.chdir(tmp_path)
    set_backup_folder(demo_path, "usb")
    assert backup_folder(demo_path) == tmp_path / "usb"
    monkeypatch.chdir(demo_path.parent.parent)
    assert backup_folder(demo_path) == tmp_path / "usb"  # still there after the working folder changed


def test_the_counts_leave_out_deleted_rows_and_missing_tables(tmp_path):
    path = _file(
        tmp_path / "old.seecodesk",
        """
        CREATE TABLE organisations (name, deleted_at);
        INSERT INTO organisations VALUES ('가', NULL), ('나', NULL), ('지운곳', '2026-01-01');
        CREATE TABLE people (name);
        INSERT INTO people VALUES ('김'), ('이'), ('박');
        CREATE TABLE meetings (title);
        INSERT INTO meetings VALUES ('총회');
        PRAGMA user_version = 7;
    """,
    )
    conn = sqlite3.connect(path)
    assert read_counts(conn) == BackupCounts(2, 3, 1)
    assert schema_of(conn) == 7
    conn.close()


def test_only_the_full_check_sees_an_index_out_of_step_and_a_file_that_is_no_database_is_a_problem(tmp_path):
    conn = sqlite3.connect(_index_out_of_step(tmp_path / "n.seecodesk"))
    full = check_problems(conn)
    assert full and all("t_a" in problem for problem in full)
    assert check_problems(conn, full=False) == []
    conn.close()
    text = tmp_path / "letter.txt"
    text.write_text("안녕하세요 " * 200, encoding="utf-8")
    conn = sqlite3.connect(text)
    for full in (True, False):
        (problem,) = check_problems(conn, full=full)
        assert "not a database" in problem
    conn.close()


def test_a_snapshot_is_the_whole_file_with_its_counts_and_schema(demo_path, tmp_path):
    target = tmp_path / "copy.seecodesk"
    counts, schema = write_snapshot(demo_path, target)
    conn = sqlite3.connect(target)
    assert (counts, schema) == (read_counts(conn), schema_of(conn))
    assert counts.organisations > 0 and schema > 0
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert sorted(p.name for p in tmp_path.iterdir() if "copy" in p.name) == ["copy.seecodesk"]
    before = target.read_bytes()
    with pytest.raises(DatabaseError, match="copy.seecodesk"):
        write_snapshot(demo_path, target)
    assert target.read_bytes() == before


def test_a_damaged_source_gives_no_backup_and_no_leftover(demo_path, tmp_path):
    damage(demo_path, "dues")  # a table the counts do not read: only the check finds it
    target = tmp_path / "copy.seecodesk"
    with pytest.raises(DatabaseError):
        write_snapshot(demo_path, target)
    assert [p.name for p in tmp_path.iterdir() if "copy" in p.name] == []
    write_snapshot(demo_path, target, full_check=False)  # a later copy of the day: its pages, not their contents
    target.unlink()
    with pytest.raises(DatabaseError, match="없는원본"):
        write_snapshot(tmp_path / "없는원본.seecodesk", target)


def test_the_backup_check_is_the_quick_one_and_the_copy_and_its_folder_are_flushed(tmp_path, monkeypatch):
    source = _index_out_of_step(tmp_path / "n.seecodesk")
    flushed = []
    real_fsync = backup_files._fsync
    monkeypatch.setattr(backup_files, "_fsync", lambda path: (flushed.append(path), real_fsync(path)))
    folder = tmp_path / "backups"
    folder.mkdir()
    write_snapshot(source, folder / "copy.seecodesk")  # quick_check passes it; a restore's full check would not
    assert flushed[-1] == folder and flushed[0].name.endswith(".part")
    restored = tmp_path / "restored.seecodesk"
    _file(restored, "CREATE TABLE x (y);")
    copy_into(folder / "copy.seecodesk", restored)
    conn = sqlite3.connect(restored)
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 2
    conn.close()


def test_a_full_disk_and_a_refused_folder_are_named_as_such(demo_path, tmp_path, monkeypatch):
    def full(*args):
        raise OSError(28, "No space left on device")

    def refused(*args):
        raise PermissionError(13, "Permission denied")

    def full_in_sqlite(*args):
        raise sqlite3.OperationalError("database or disk is full")

    def read_only_in_sqlite(*args):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    def broken(*args):
        raise OSError(5, "Input/output error")

    for failure, reason in (
        (full, "디스크 공간"),
        (refused, "권한"),
        (full_in_sqlite, "디스크 공간"),
        (read_only_in_sqlite, "권한"),
        (broken, "디스크에서 오류가 났습니다"),
    ):
        with monkeypatch.context() as patched:
            patched.setattr(backup_files.os, "replace", failure)
            with pytest.raises(DatabaseError, match=reason):
                write_snapshot(demo_path, tmp_path / "copy.seecodesk")
        assert list(tmp_path.glob("*copy*")) == []


def test_a_restore_replaces_the_contents_and_leaves_the_file_in_wal_mode(demo_path, tmp_path):
    backup = _file(tmp_path / "backup.seecodesk", "CREATE TABLE t (x); INSERT INTO t VALUES ('복원된값');")
    copy_into(backup, demo_path)
    conn = sqlite3.connect(demo_path)
    assert conn.execute("SELECT x FROM t").fetchall() == [("복원된값",)]
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'organisations'").fetchone()[0] == 0
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    damaged = tmp_path / "damaged.seecodesk"
    damaged.write_bytes(backup.read_bytes())
    damage(damaged, "t")
    with pytest.raises(DatabaseError):
        copy_into(damaged, demo_path)


def test_only_hidden_partial_copies_an_hour_old_are_removed(tmp_path):
    remove_stale_partials(tmp_path / "없는폴더")  # nothing to do, no error
    old, fresh = tmp_path / ".a.seecodesk.1.part", tmp_path / ".b.seecodesk.2.part"
    visible, backup = tmp_path / "c.part", tmp_path / ".d.seecodesk"
    for path in (old, fresh, visible, backup):
        path.write_bytes(b"x")
    hour_and_a_bit = time.time() - backup_files.STALE_PARTIAL_SECONDS - 60
    for path in (old, visible, backup):
        os.utime(path, (hour_and_a_bit, hour_and_a_bit))
    almost_an_hour = time.time() - backup_files.STALE_PARTIAL_SECONDS + 60
    os.utime(fresh, (almost_an_hour, almost_an_hour))
    remove_stale_partials(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([fresh.name, visible.name, backup.name])
