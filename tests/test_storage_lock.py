"""The lock beside a database: which holders keep a second writer out, which are stale and taken over."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from seecodesk.core.errors import DatabaseLockedError
from seecodesk.storage import lock as lock_module
from seecodesk.storage.lock import COMMAND, WINDOW, DatabaseLock, holder_purpose, lock_path_for, process_identity

HOST = os.uname().nodename


def _ticks_since_boot() -> float:
    return float(Path("/proc/uptime").read_text().split()[0]) * os.sysconf("SC_CLK_TCK")


def _child(name: bytes | None = None, exit_at_once: bool = False) -> subprocess.Popen:
    """A live python process (named `name` when given), or one that exits at once and is left unreaped."""
    rename = f"open('/proc/self/comm', 'wb').write({name!r})\n" if name else ""
    rest = "" if exit_at_once else "print('ready', flush=True)\nimport time\ntime.sleep(30)\n"
    child = subprocess.Popen([sys.executable, "-c", rename + rest], stdout=subprocess.PIPE, text=True)
    if exit_at_once:
        os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)  # a zombie: exited, not yet reaped
    else:
        assert child.stdout.readline().strip() == "ready"
    return child


def _end(child: subprocess.Popen) -> None:
    child.kill()
    child.wait()
    child.stdout.close()


def _write_lock(db_path: Path, **record: object) -> None:
    lock_path_for(db_path).write_text(json.dumps({"host": HOST, **record}), encoding="utf-8")


def _taken_over(db_path: Path) -> bool:
    """True when a new window gets the lock (the old one was stale), False when it is refused."""
    try:
        lock = DatabaseLock(db_path).acquire()
    except DatabaseLockedError:
        return False
    lock.release()
    return True


@pytest.fixture
def live_child():
    child = _child()
    yield child
    _end(child)


def test_the_identity_of_a_process_is_its_start_time_and_its_name_even_with_brackets_in_it():
    before = _ticks_since_boot()
    child = _child(b"a) S (b")
    after = _ticks_since_boot()
    try:
        started, program = process_identity(child.pid)
        assert program == "a) S (b"
        assert before - 2 <= started <= after + 2
        other_started, _ = process_identity(os.getpid())
        assert other_started < started  # this test's process started earlier
    finally:
        _end(child)
    assert process_identity(child.pid) is None  # gone


def test_a_holder_with_brackets_in_its_name_is_recognised_alive_and_its_zombie_stale(tmp_path):
    db_path = tmp_path / "n.seecodesk"
    child = _child(b"a) Z (b")
    try:
        started, program = process_identity(child.pid)
        _write_lock(db_path, pid=child.pid, started=started, program=program)
        assert not _taken_over(db_path)
    finally:
        _end(child)
    zombie = _child(b"a) S (b", exit_at_once=True)
    try:
        _write_lock(db_path, pid=zombie.pid)
        assert holder_purpose(db_path) is None
        assert _taken_over(db_path)
    finally:
        zombie.wait()
        zombie.stdout.close()


def test_a_holder_whose_name_is_not_utf8_is_still_recognised(tmp_path):
    db_path = tmp_path / "n.seecodesk"
    child = _child(b"\xff\xfeseecodesk")
    try:
        started, program = process_identity(child.pid)
        assert program.endswith("seecodesk") and "\ufffd" in program
        _write_lock(db_path, pid=child.pid, boot_id=lock_module.boot_id(), started=started, program=program)
        assert not _taken_over(db_path)
        _write_lock(db_path, pid=child.pid)
        assert not _taken_over(db_path)
    finally:
        _end(child)


def test_a_lock_records_this_boot_and_one_from_an_earlier_boot_is_stale(tmp_path, live_child):
    db_path = tmp_path / "n.seecodesk"
    with DatabaseLock(db_path):
        record = json.loads(lock_path_for(db_path).read_text(encoding="utf-8"))
    assert record["boot_id"] == Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    started, program = process_identity(live_child.pid)
    _write_lock(db_path, pid=live_child.pid, boot_id=record["boot_id"], started=started, program=program)
    assert not _taken_over(db_path)
    _write_lock(
        db_path, pid=live_child.pid, boot_id="00000000-0000-0000-0000-000000000000", started=started, program=program
    )
    assert _taken_over(db_path)


def test_a_pid_handed_to_another_process_is_seen_by_its_start_time_or_its_name_alone(tmp_path, live_child):
    db_path = tmp_path / "n.seecodesk"
    started, program = process_identity(live_child.pid)
    for record, stale in (
        ({"started": started}, False),
        ({"program": program}, False),
        ({"started": started + 1}, True),
        ({"program": "다른프로그램"}, True),
        ({"started": started + 1, "program": program}, True),
        ({"started": started, "program": "다른프로그램"}, True),
    ):
        _write_lock(db_path, pid=live_child.pid, **record)
        assert (holder_purpose(db_path) is None) is stale, record
        assert _taken_over(db_path) is stale, record


def test_a_lock_from_another_computer_is_respected_whatever_its_pid(tmp_path):
    db_path = tmp_path / "n.seecodesk"
    gone = _child(exit_at_once=True)
    gone.wait()
    gone.stdout.close()
    lock_path_for(db_path).write_text(json.dumps({"pid": gone.pid, "host": "사무실-다른-PC"}), encoding="utf-8")
    assert holder_purpose(db_path) == WINDOW
    assert not _taken_over(db_path)
    lock_path_for(db_path).write_text(json.dumps({"pid": gone.pid, "host": HOST}), encoding="utf-8")
    assert _taken_over(db_path)


def test_a_live_process_of_another_user_holds_the_lock(tmp_path, live_child, monkeypatch):
    db_path = tmp_path / "n.seecodesk"

    def not_permitted(pid: int, signal: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    _write_lock(db_path, pid=live_child.pid)
    with monkeypatch.context() as patched:
        patched.setattr(lock_module.os, "kill", not_permitted)
        assert not _taken_over(db_path)


def test_holder_purpose_names_who_holds_the_file(tmp_path, live_child):
    db_path = tmp_path / "n.seecodesk"
    assert holder_purpose(db_path) is None
    with DatabaseLock(db_path, purpose=COMMAND):
        assert holder_purpose(db_path) == COMMAND
    assert holder_purpose(db_path) is None
    with DatabaseLock(db_path):
        assert holder_purpose(db_path) == WINDOW
    _write_lock(db_path, pid=live_child.pid)  # an earlier version's lock names no purpose: a window
    assert holder_purpose(db_path) == WINDOW
    _write_lock(db_path, pid=live_child.pid, purpose=COMMAND)
    assert holder_purpose(db_path) == COMMAND


def test_the_lock_is_an_ordinary_file_named_after_the_database_recording_this_process(tmp_path):
    db_path = tmp_path / "회원.seecodesk"
    old_umask = os.umask(0o022)
    try:
        with DatabaseLock(db_path):
            lock_file = tmp_path / "회원.seecodesk.lock"
            assert sorted(p.name for p in tmp_path.iterdir()) == ["회원.seecodesk.lock"]
            assert lock_file.stat().st_mode & 0o777 == 0o644
            record = json.loads(lock_file.read_text(encoding="utf-8"))
    finally:
        os.umask(old_umask)
    assert (record["started"], record["program"]) == process_identity(os.getpid())
    assert not lock_file.exists()


def test_a_one_line_lock_of_a_process_that_is_gone_is_taken_over(tmp_path):
    db_path = tmp_path / "n.seecodesk"
    gone = _child(exit_at_once=True)
    gone.wait()
    gone.stdout.close()
    lock_path_for(db_path).write_text(f"{gone.pid} {HOST}\n", encoding="utf-8")
    assert holder_purpose(db_path) is None
    assert _taken_over(db_path)


def test_a_lock_in_a_missing_folder_is_refused_with_a_korean_sentence(tmp_path):
    with pytest.raises(DatabaseLockedError, match="잠금 파일"):
        DatabaseLock(tmp_path / "없는폴더" / "n.seecodesk").acquire()


def test_two_windows_taking_over_one_stale_lock_at_once_do_not_crash(tmp_path, monkeypatch):
    db_path = tmp_path / "n.seecodesk"
    lock_path_for(db_path).write_text("garbage", encoding="utf-8")
    real_is_stale = lock_module._is_stale

    def the_other_window_removes_it_first(holder):
        lock_path_for(db_path).unlink(missing_ok=True)
        return real_is_stale(holder)

    monkeypatch.setattr(lock_module, "_is_stale", the_other_window_removes_it_first)
    assert DatabaseLock(db_path).acquire().held


def test_releasing_never_removes_a_lock_someone_else_holds(tmp_path, live_child):
    db_path = tmp_path / "n.seecodesk"
    refused = DatabaseLock(db_path)
    first = DatabaseLock(db_path).acquire()
    assert not refused.held
    with pytest.raises(DatabaseLockedError):
        refused.acquire()
    refused.release()  # the refused window closes: the first window keeps its lock
    assert lock_path_for(db_path).exists()
    first.release()
    assert not first.held
    second = DatabaseLock(db_path).acquire()
    first.release()  # closed twice: the lock is the second window's now
    assert lock_path_for(db_path).exists()
    second.release()
    third = DatabaseLock(db_path).acquire()
    _write_lock(db_path, pid=live_child.pid)  # taken over by another process meanwhile
    third.release()
    assert json.loads(lock_path_for(db_path).read_text(encoding="utf-8"))["pid"] == live_child.pid
    fourth = DatabaseLock(db_path)
    lock_path_for(db_path).unlink()
    fourth.acquire()
    lock_path_for(db_path).write_text("garbage", encoding="utf-8")  # damaged meanwhile: kept, no crash
    fourth.release()
    assert lock_path_for(db_path).read_text(encoding="utf-8") == "garbage"
