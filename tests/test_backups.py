"""Backups as the command line and the services give them: folders, listing, when automatic ones are due, place warnings."""

import os
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from seecodesk.services import backups
from seecodesk.services.storage_place import place_warning
from tests.safety_helpers import run_cli


def _age(path, seconds):
    """Make a file look `seconds` old (its last write)."""
    moment = time.time() - seconds
    os.utime(path, (moment, moment))


def test_the_default_backup_folder_sits_beside_the_database(demo_path):
    info = backups.backup_now(demo_path)
    assert info.path.parent == demo_path.parent / "demo_backups"
    assert info.path.name.startswith("demo-") and info.path.name.endswith("-manual.seecodesk")
    assert info.counts.organisations > 0 and info.size == info.path.stat().st_size
    # The day's first copy waits for its quick_check; once it has run, no hidden file is left behind.
    assert not info.checked and [f.name for f in info.path.parent.glob(".*")] == [f".{info.path.name}.unchecked"]
    assert backups.check_waiting(demo_path) == [] and not list(info.path.parent.glob(".*"))


def test_a_chosen_folder_is_used_for_backups_and_the_listing(demo_path, tmp_path):
    usb = tmp_path / "usb"
    backups.set_backup_folder(demo_path, usb)
    info = backups.backup_now(demo_path)
    assert info.path.parent == usb and backups.backup_folder(demo_path) == usb
    assert [b.path for b in backups.list_backups(demo_path)] == [info.path]
    backups.set_backup_folder(demo_path, None)
    assert backups.backup_folder(demo_path) == demo_path.parent / "demo_backups"


def test_an_unchanged_file_gets_no_new_automatic_backup(demo_path):
    _age(demo_path, 60)
    first = backups.backup_if_changed(demo_path, "open")
    assert first is not None
    assert backups.backup_if_changed(demo_path, "close") is None
    _age(demo_path, -5)  # written after the backup
    assert backups.backup_if_changed(demo_path, "close") is not None


def test_the_daily_backup_is_due_a_day_after_the_newest_when_the_file_changed(demo_path):
    info = backups.backup_now(demo_path)
    assert not backups.backup_due(demo_path, now=info.taken_at + timedelta(hours=23))
    _age(demo_path, -5)
    assert not backups.backup_due(demo_path, now=info.taken_at + timedelta(hours=23))
    assert backups.backup_due(demo_path, now=info.taken_at + timedelta(hours=25))


def test_rotation_thins_a_long_history_but_keeps_the_newest(demo_path):
    first = backups.backup_and_check(demo_path)
    for hours in range(1, 400, 7):  # seven-hourly copies for over two weeks
        old = first.taken_at - timedelta(hours=hours)
        (first.path.parent / first.path.name.replace(first.taken_at.strftime("%Y%m%d-%H%M%S"),
                                                    old.strftime("%Y%m%d-%H%M%S"))).write_bytes(b"")
    before = backups.list_backups(demo_path, counts=False)
    removed = backups.rotate_backups(demo_path, now=first.taken_at)
    kept = backups.list_backups(demo_path, counts=False)
    assert removed and len(kept) == len(before) - len(removed) and first.path in {b.path for b in kept}
    recent_days = {b.taken_at.date() for b in before if b.taken_at.date() > (first.taken_at - timedelta(days=14)).date()}
    assert recent_days <= {b.taken_at.date() for b in kept}  # every recent day still has its copy
    assert all(not path.exists() for path in removed)


def test_the_command_line_makes_lists_and_restores_backups(demo_path, tmp_path):
    made = run_cli("backup", "--db", str(demo_path))
    assert made.returncode == 0 and "백업을 만들었습니다" in made.stdout and "조직 " in made.stdout
    elsewhere = run_cli("backup", "--db", str(demo_path), "--to", str(tmp_path / "second-disk"))
    assert elsewhere.returncode == 0 and str(tmp_path / "second-disk") in elsewhere.stdout
    listed = run_cli("backups", "--db", str(demo_path))
    assert listed.returncode == 0 and "백업 1개" in listed.stdout and "지금 백업" in listed.stdout
    (backup,) = backups.list_backups(demo_path)
    restored = run_cli("restore", str(backup.path), "--db", str(demo_path))
    assert restored.returncode == 0, restored.stderr
    assert "복원했습니다" in restored.stdout and "안전 사본" in restored.stdout
    missing = run_cli("restore", str(tmp_path / "nothing.seecodesk"), "--db", str(demo_path))
    assert missing.returncode == 1 and missing.stderr.startswith("오류: ") and "Traceback" not in missing.stderr


def test_a_database_in_a_synced_or_network_folder_is_warned_about_once(tmp_path):
    cloud = tmp_path / "OneDrive - 가람" / "net.seecodesk"
    first = place_warning(cloud, mounts=[])
    assert first and "OneDrive" in first and "손상" in first
    assert place_warning(cloud, mounts=[]) is None  # said once
    nas = tmp_path / "nas" / "net.seecodesk"
    warning = place_warning(nas, mounts=[("/", "ext4"), (str(tmp_path / "nas"), "cifs")])
    assert warning and "cifs" in warning
    assert place_warning(tmp_path / "local.seecodesk", mounts=[("/", "ext4")]) is None


def test_a_backup_of_a_missing_file_is_a_korean_sentence(tmp_path):
    result = run_cli("backup", "--db", str(tmp_path / "nothing.seecodesk"))
    assert result.returncode == 1 and result.stderr.startswith("오류: ") and "찾을 수 없습니다" in result.stderr
    assert not (tmp_path / "nothing_backups").exists()


def test_listing_skips_other_networks_and_unfinished_copies(demo_path):
    info = backups.backup_now(demo_path)
    folder = info.path.parent
    (folder / f".{info.path.name}.999.part").write_bytes(b"half")
    (folder / info.path.name.replace("demo-", "demo2-")).write_bytes(info.path.read_bytes())
    assert [b.path for b in backups.list_backups(demo_path)] == [info.path]
    assert datetime.now() - info.taken_at < timedelta(minutes=1)


def test_the_days_first_copy_and_every_safety_copy_get_the_full_check(demo_path):
    first = backups.backup_now(demo_path)
    listed = backups.list_backups(demo_path, counts=False)
    later = first.taken_at + timedelta(hours=3)
    assert backups.needs_full_check([], later, "open")
    assert not backups.needs_full_check(listed, later, "close")  # its day already has a checked copy
    assert backups.needs_full_check(listed, later + timedelta(days=1), "open")
    assert all(backups.needs_full_check(listed, later, reason) for reason in ("migration", "restore", "destroy"))


def test_a_flush_that_fails_while_the_copy_is_checked_fails_the_backup_and_leaves_nothing(demo_path, monkeypatch):
    from seecodesk.core.errors import DatabaseError
    from seecodesk.storage import backup_files

    def full_disk(path):  # the fsync runs beside quick_check: its failure must still stop the backup
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_files, "_fsync", full_disk)
    with pytest.raises(DatabaseError, match="백업을 만들지 못했습니다"):
        backups.backup_now(demo_path, "manual")
    assert backups.list_backups(demo_path) == []
    assert list(backups.backup_folder(demo_path).iterdir()) == []  # no .part left either


def _journal_and_check(path):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA journal_mode").fetchone()[0], conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()


def test_a_backup_holds_changes_still_in_the_wal_and_a_closed_file_is_copied_whole(demo_path):
    # A closed file is copied byte for byte under a read lock; a file whose -wal holds commits goes through the backup API.
    closed = backups.backup_now(demo_path, rotate=False)
    assert _journal_and_check(closed.path) == ("delete", "ok")
    holder = sqlite3.connect(demo_path)
    try:
        holder.execute("PRAGMA journal_mode = WAL")  # as the window holds it
        holder.execute("PRAGMA wal_autocheckpoint = 0")
        with holder:
            holder.execute("INSERT INTO organisations (name, name_key) VALUES ('왈에만', '왈에만')")
        assert Path(f"{demo_path}-wal").stat().st_size > 0
        open_copy = backups.backup_now(demo_path, rotate=False)
    finally:
        holder.close()
    assert _journal_and_check(open_copy.path) == ("delete", "ok")
    assert open_copy.counts.organisations == closed.counts.organisations + 1
    assert not Path(f"{open_copy.path}-wal").exists() and not Path(f"{closed.path}-wal").exists()


def test_unit_a_backup_file_is_named_by_its_moment_and_kind():
    from seecodesk.core.backups import backup_file_title

    assert backup_file_title("demo", "demo-20261207-130825-open.seecodesk") == "2026. 12. 7. 13:08 백업(열 때 자동)"
    assert backup_file_title("demo", "other.seecodesk") == "other.seecodesk 백업"
