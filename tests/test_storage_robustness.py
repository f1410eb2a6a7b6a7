"""Unit tests: a full disk or another program's write lock during a backup, a restore or a check is a Korean
sentence, never SQLite's English words, a false alarm of damage, or a wait with no end."""

import os
import sqlite3
import subprocess
import sys

import pytest

from seecodesk.cli.main import main
from seecodesk.core.errors import DatabaseError
from seecodesk.services import backups
from seecodesk.storage import backup_files
from seecodesk.storage.problems import known_problem

SHMSIZE = 4874  # SQLITE_IOERR_SHMSIZE: the -shm beside a WAL file could not be grown


def shm_error():
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = SHMSIZE
    return error


def name_of_first(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name FROM organisations ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        conn.close()


def test_unit_a_shm_that_cannot_grow_is_a_full_disk_and_other_io_errors_stay_io():
    assert known_problem(shm_error()).kind == "full"
    other = sqlite3.OperationalError("disk I/O error")
    other.sqlite_errorcode = 10 | (3 << 8)  # SQLITE_IOERR_WRITE
    assert known_problem(other).kind == "io"


def test_unit_a_backup_on_a_full_disk_says_so_in_korean(demo_path, tmp_path, monkeypatch):
    def full(*_args):
        raise shm_error()

    monkeypatch.setattr(backup_files, "_copy_pages", full)
    with pytest.raises(DatabaseError) as caught:
        backups.backup_now(demo_path, folder=tmp_path / "백업")
    assert str(caught.value) == "백업을 만들지 못했습니다: 디스크 공간이 부족합니다."
    assert list((tmp_path / "백업").iterdir()) == []


def test_unit_check_on_a_full_disk_is_not_called_damage(demo_path, monkeypatch, capsys):
    from seecodesk.cli import check_command

    def full(_conn):
        raise shm_error()

    monkeypatch.setattr(check_command, "check_integrity", full)
    assert main(["check", "--db", str(demo_path)]) == 1
    out, err = capsys.readouterr()
    assert "손상" not in out
    assert err.startswith("오류: 파일을 검사하지 못했습니다: 디스크 공간이 부족합니다.") and err.count("\n") == 1
    assert "손상되었다는 뜻은 아니며" in err


def test_unit_check_still_calls_a_malformed_file_damaged(demo_path, monkeypatch, capsys):
    from seecodesk.cli import check_command

    def malformed(_conn):
        error = sqlite3.DatabaseError("database disk image is malformed")
        error.sqlite_errorcode = 11
        raise error

    monkeypatch.setattr(check_command, "check_integrity", malformed)
    assert main(["check", "--db", str(demo_path)]) == 1
    assert capsys.readouterr().out.startswith("손상 발견: 문제 1건.")


def test_unit_a_restore_gives_up_on_a_file_another_program_holds_and_changes_nothing(demo_path, monkeypatch):
    taken = backups.backup_now(demo_path)
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE organisations SET name = '바뀐 이름' WHERE id = (SELECT min(id) FROM organisations)")
    conn.commit()
    conn.close()
    monkeypatch.setattr(backup_files, "BUSY_SECONDS", 0.3)
    other = sqlite3.connect(demo_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError) as caught:
            backup_files.copy_into(taken.path, demo_path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert str(caught.value).startswith("복원하지 못했습니다. 원래 파일은 그대로입니다: 다른 프로그램이 데이터베이스 파일을")
    assert name_of_first(demo_path) == "바뀐 이름"
    backup_files.copy_into(taken.path, demo_path)  # once the other program lets go, the restore goes through
    assert name_of_first(demo_path) != "바뀐 이름"


def test_unit_a_lock_that_cannot_be_written_on_a_full_disk_is_said_and_leaves_no_empty_lock_file(tmp_path, monkeypatch):
    import errno
    import io
    import os

    from seecodesk.core.errors import DatabaseLockedError
    from seecodesk.storage import lock

    class FullDisk(io.StringIO):
        def __init__(self, fd):
            super().__init__()
            os.close(fd)

        def write(self, _text):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(lock.os, "fdopen", lambda fd, *_args, **_kw: FullDisk(fd))
    db_path = tmp_path / "망.seecodesk"
    with pytest.raises(DatabaseLockedError, match="디스크 공간이 부족해"):
        lock.DatabaseLock(db_path, purpose=lock.COMMAND).acquire()
    assert list(tmp_path.iterdir()) == []


def test_unit_a_restore_done_is_not_called_failed_when_the_user_folder_cannot_note_it(demo_path, tmp_path, monkeypatch):
    from seecodesk.storage import local_state

    taken = backups.backup_now(demo_path)
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE organisations SET name = '바뀐 이름' WHERE id = (SELECT min(id) FROM organisations)")
    conn.commit()
    conn.close()
    blocked = tmp_path / "가득 찬 사용자 폴더"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setattr(local_state, "_state_path", lambda: blocked / "files.json")  # every write there fails
    safety = backups.restore_backup(taken.path, demo_path)
    assert safety is not None and name_of_first(demo_path) != "바뀐 이름"
    assert local_state.read_fact(demo_path, backups.RESTORED_FACT) is None
    with pytest.raises(OSError):  # a fact the user asked to keep (the backup folder) still says it failed
        local_state.write_fact(demo_path, "backup_folder", str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []


def test_unit_a_file_on_a_read_only_disk_is_explained_in_korean_and_left_alone(demo_path, monkeypatch):
    from seecodesk.storage import database

    def cannot_make_the_wal(_conn, _path):
        error = sqlite3.OperationalError("unable to open database file")
        error.sqlite_errorcode = database.SQLITE_CANTOPEN
        raise error

    before = demo_path.read_bytes()
    monkeypatch.setattr(database, "_check_identity", cannot_make_the_wal)
    with pytest.raises(DatabaseError) as caught:
        database.open_connection(demo_path, create=False)
    assert "unable" not in str(caught.value) and "읽기 전용 디스크" in str(caught.value)
    assert demo_path.read_bytes() == before


@pytest.mark.skipif(os.geteuid() != 0 if hasattr(os, "geteuid") else True, reason="mounts a tmpfs: root only")
def test_unit_real_full_tmpfs_exports_and_prints_say_so_in_one_korean_line(demo_path, tmp_path):
    full = tmp_path / "full"
    full.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(full)], capture_output=True).returncode:
        pytest.skip("this machine does not let a test mount a tmpfs")
    try:
        (full / "filler").write_bytes(b"\0" * 60 * 1024)
        for args in (["export", "members", "--db", str(demo_path), str(full / "회원.xlsx")],
                     ["print", "labels", "--db", str(demo_path), str(full / "라벨.pdf")],
                     ["backup", "--db", str(demo_path), "--to", str(full / "백업")]):
            done = subprocess.run([sys.executable, "-m", "seecodesk", *args], capture_output=True, text=True)
            assert done.returncode == 1, args
            assert done.stderr.startswith("오류: ") and done.stderr.count("\n") == 1, done.stderr
            assert "디스크 공간이 부족합니다" in done.stderr
        assert sorted(p.name for p in full.iterdir()) in (["filler"], ["filler", "백업"])
    finally:
        subprocess.run(["umount", str(full)], check=False)


def test_unit_a_backup_cut_short_is_called_damaged_and_changes_nothing(demo_path, tmp_path, capsys):
    taken = backups.backup_now(demo_path)
    cut = tmp_path / taken.path.name
    cut.write_bytes(taken.path.read_bytes()[:3000])
    garbage = tmp_path / "아무것.seecodesk"
    garbage.write_bytes(b"PK\x03\x04 not a database at all" * 10)
    before = demo_path.read_bytes()
    assert main(["restore", "--db", str(demo_path), str(cut)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("오류: 백업 파일이 손상되어") and "지금 파일은 그대로입니다" in err and err.count("\n") == 1
    assert main(["restore", "--db", str(demo_path), str(garbage)]) == 1
    assert capsys.readouterr().err.startswith("오류: SeeCoDesk 백업 파일이 아닙니다")
    assert demo_path.read_bytes() == before


def test_unit_a_backup_folder_that_cannot_be_made_is_said_in_korean(demo_path, tmp_path):
    in_the_way = tmp_path / "USB"
    in_the_way.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(DatabaseError) as caught:
        backups.backup_now(demo_path, folder=in_the_way / "백업")
    assert str(caught.value) == f"백업 폴더를 만들 수 없습니다: {in_the_way / '백업'} (그 폴더에는 파일을 만들 수 없습니다)."
