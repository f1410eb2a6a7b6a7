"""The start-up's early quick check: its answer is taken once by the opening, and a damaged file is still refused."""

import pytest

from seecodesk.core.errors import DamagedDatabaseError
from seecodesk.services.workspace import open_workspace
from seecodesk.storage.early_check import early_answer, start_quick_check
from tests.safety_helpers import damage

DAMAGE_FOUND = ["*** in database main ***\nPage 7: btreeInitPage() returns error code 11"]


def test_a_sound_file_is_found_ok_once_and_opens(demo_path):
    start_quick_check(demo_path)
    assert early_answer(demo_path) == ["ok"]
    assert early_answer(demo_path) is None  # taken: a later opening checks afresh
    start_quick_check(demo_path)
    workspace = open_workspace(demo_path)  # takes the early answer
    assert early_answer(demo_path) is None
    workspace.close()


def test_nothing_is_started_for_a_missing_or_empty_file(tmp_path):
    empty = tmp_path / "empty.seecodesk"
    empty.write_bytes(b"")
    for path in (tmp_path / "gone.seecodesk", empty):
        start_quick_check(path)
        assert early_answer(path) is None


def test_a_damaged_file_checked_early_is_refused_unchanged(demo_path):
    damage(demo_path)
    damaged_bytes = demo_path.read_bytes()
    start_quick_check(demo_path)
    with pytest.raises(DamagedDatabaseError, match="손상"):
        open_workspace(demo_path)
    assert demo_path.read_bytes() == damaged_bytes


def test_an_answer_about_a_file_since_changed_is_not_used(demo_path):
    start_quick_check(demo_path)
    with demo_path.open("ab") as handle:  # as another program writing in between would
        handle.write(b"\0" * 4096)
    assert early_answer(demo_path) is None


def _held_check(path, answer):
    """An early check of `path` that is still reading until the returned event is set; it then answers `answer`."""
    import sqlite3
    import threading
    from pathlib import Path

    from seecodesk.storage import early_check

    conn = sqlite3.connect(path)  # as a file the window has opened before: in WAL mode (the demo comes without)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    key = Path(path).resolve()
    release = threading.Event()

    def run():
        release.wait(30)
        if answer is not None:  # None: the check itself failed (SQLite refused to read on), as on some damage
            early_check._ANSWERS[key] = answer

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    early_check._THREADS[key] = (thread, early_check._state(key))
    return release


def test_a_file_opened_ahead_of_its_check_reads_at_once_and_writes_once_it_is_sound(demo_path):
    import threading

    release = _held_check(demo_path, ["ok"])
    workspace = open_workspace(demo_path, lock=False, check_later=True)
    try:
        assert not workspace.checked and not workspace.check_finished()
        assert workspace.conn.execute("SELECT count(*) FROM organisations").fetchone()[0] > 0
        threading.Timer(0.05, release.set).start()
        workspace.conn.execute("UPDATE organisations SET notes = '확인' WHERE id = 1")  # waits for the check
        workspace.conn.commit()
        assert workspace.settle_check() == [] and workspace.checked
        assert workspace.conn.execute("SELECT notes FROM organisations WHERE id = 1").fetchone()[0] == "확인"
    finally:
        release.set()
        workspace.close()


def test_a_file_its_late_check_finds_damaged_is_never_written(demo_path):
    import sqlite3
    import threading

    found = DAMAGE_FOUND
    release = _held_check(demo_path, found)
    before = demo_path.read_bytes()
    workspace = open_workspace(demo_path, lock=False, check_later=True)
    threading.Timer(0.05, release.set).start()
    with pytest.raises(sqlite3.DatabaseError):
        workspace.conn.execute("UPDATE organisations SET notes = '확인' WHERE id = 1")
    assert workspace.settle_check() == found and not workspace.checked
    with pytest.raises(sqlite3.DatabaseError):
        workspace.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    workspace.close()
    assert demo_path.read_bytes() == before


def test_a_check_that_has_answered_is_taken_at_once(demo_path):
    release = _held_check(demo_path, ["ok"])
    release.set()
    from seecodesk.storage import early_check

    early_check._THREADS[demo_path.resolve()][0].join()
    workspace = open_workspace(demo_path, lock=False, check_later=True)
    assert workspace.checked
    workspace.close()


def test_a_file_not_yet_in_wal_mode_waits_for_its_check_before_opening(demo_path):
    import sqlite3
    import threading

    release = _held_check(demo_path, ["ok"])
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA journal_mode = DELETE")  # opening it switches it to WAL: a write
    conn.close()
    threading.Timer(0.05, release.set).start()
    workspace = open_workspace(demo_path, lock=False, check_later=True)
    assert workspace.checked
    workspace.close()


def test_settings_of_the_connection_alone_do_not_wait_for_the_check(demo_path):
    release = _held_check(demo_path, ["ok"])
    workspace = open_workspace(demo_path, lock=False, check_later=True)
    try:
        assert workspace.db is not None  # sqlite_utils sets recursive_triggers as it wraps the connection
        workspace.conn.execute("PRAGMA defer_foreign_keys = ON")
        assert not workspace.check_finished()  # neither waited for the check
    finally:
        release.set()
        workspace.close()


def test_a_check_that_ends_after_the_opening_is_seen_as_finished_before_it_is_taken(demo_path):
    from seecodesk.storage import early_check

    release = _held_check(demo_path, ["ok"])
    workspace = open_workspace(demo_path, lock=False, check_later=True)
    try:
        assert not workspace.check_finished()
        release.set()
        early_check._THREADS[demo_path.resolve()][0].join()
        assert workspace.check_finished()  # the window may settle now without waiting
        assert not workspace.checked and workspace.settle_check() == [] and workspace.checked
    finally:
        release.set()
        workspace.close()


def test_a_late_check_that_could_not_read_is_done_again_and_a_sound_file_is_written(demo_path):
    release = _held_check(demo_path, None)  # the early check failed: no answer to take
    workspace = open_workspace(demo_path, lock=False, check_later=True)
    try:
        release.set()
        assert workspace.settle_check() == [] and workspace.checked
        workspace.conn.execute("UPDATE organisations SET notes = '다시 확인' WHERE id = 1")
        workspace.conn.commit()
        assert workspace.conn.execute("SELECT notes FROM organisations WHERE id = 1").fetchone()[0] == "다시 확인"
    finally:
        release.set()
        workspace.close()


def test_a_late_check_sqlite_refuses_to_run_counts_as_damage_and_nothing_is_written(demo_path, monkeypatch):
    import sqlite3

    from seecodesk.storage import deferred_check

    def refused(path):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(deferred_check, "check_now", refused)
    release = _held_check(demo_path, None)
    workspace = open_workspace(demo_path, lock=False, check_later=True)
    try:
        release.set()
        assert workspace.settle_check() == ["database disk image is malformed"] and not workspace.checked
        with pytest.raises(sqlite3.DatabaseError):
            workspace.conn.execute("UPDATE organisations SET notes = '확인' WHERE id = 1")
    finally:
        release.set()
        workspace.close()


def test_a_file_its_late_check_finds_damaged_keeps_its_stored_settings(demo_path):
    import sqlite3

    from tests.safety_helpers import count

    found = DAMAGE_FOUND
    release = _held_check(demo_path, found)
    version = count(demo_path, "PRAGMA user_version")
    workspace = open_workspace(demo_path, lock=False, check_later=True)
    release.set()
    try:
        for pragma in ("PRAGMA user_version = 999", "PRAGMA journal_mode = DELETE"):
            with pytest.raises(sqlite3.DatabaseError):
                workspace.conn.execute(pragma)
        assert workspace.conn.execute("PRAGMA user_version").fetchone()[0] == version
    finally:
        workspace.close()
    assert count(demo_path, "PRAGMA user_version") == version


def test_closing_a_file_its_late_check_found_sound_folds_the_wal_in(demo_path):
    release = _held_check(demo_path, ["ok"])
    workspace = open_workspace(demo_path, lock=False, check_later=True)
    try:
        release.set()
        workspace.conn.execute("UPDATE organisations SET notes = '합침' WHERE id = 1")
        workspace.conn.commit()
        assert workspace.settle_check() == []
    finally:
        release.set()
        workspace.close()
    assert not demo_path.with_name(demo_path.name + "-wal").exists()  # nothing left beside the file to lose


def test_a_second_start_for_the_same_file_keeps_the_check_already_reading(demo_path):
    from seecodesk.storage import early_check

    start_quick_check(demo_path)
    first = early_check._THREADS[demo_path.resolve()][0]
    start_quick_check(demo_path)
    assert early_check._THREADS[demo_path.resolve()][0] is first
    assert first.daemon  # a check still reading never holds up quitting the program
    assert early_answer(demo_path) == ["ok"]


def test_a_file_moved_away_meanwhile_gets_no_early_answer(demo_path):
    start_quick_check(demo_path)
    demo_path.rename(demo_path.with_name("옮김.seecodesk"))
    assert early_answer(demo_path) is None


def test_a_write_into_the_wal_meanwhile_voids_the_early_answer(demo_path):
    import sqlite3

    other = sqlite3.connect(demo_path)  # another program with the file open, in WAL mode, something unfolded
    try:
        other.execute("PRAGMA journal_mode = WAL")
        other.execute("UPDATE organisations SET notes = '하나' WHERE id = 1")
        other.commit()
        start_quick_check(demo_path)
        other.execute("UPDATE organisations SET notes = '둘' WHERE id = 1")  # only the -wal grows
        other.commit()
        assert early_answer(demo_path) is None
    finally:
        other.close()


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="thread priorities by id: Linux")
def test_the_early_check_reads_at_the_lowest_priority():
    import os
    import threading

    from seecodesk.storage import early_check

    seen = []

    def run():
        early_check._yield_to_the_window()
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert seen == [19]


def test_a_path_that_cannot_be_resolved_is_not_being_checked(tmp_path, monkeypatch):
    from seecodesk.storage.early_check import still_checking

    gone = tmp_path / "지운 폴더"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()  # a relative path now has no folder to be resolved against
    assert not still_checking("demo.seecodesk")
    assert early_answer("demo.seecodesk") is None


def test_a_held_check_reads_once_the_window_has_painted_or_its_answer_is_waited_for(demo_path, tmp_path, monkeypatch):
    import shutil
    import threading
    import time

    from seecodesk.storage import early_check

    monkeypatch.setattr(early_check, "_READ_NOW", threading.Event())
    other = tmp_path / "other.seecodesk"
    shutil.copyfile(demo_path, other)
    start_quick_check(demo_path, hold=True)
    start_quick_check(other, hold=True)
    time.sleep(0.3)
    for path in (demo_path, other):  # not read while the start paints
        assert early_check.still_checking(path) and path.resolve() not in early_check._ANSWERS
    assert early_answer(demo_path) == ["ok"]  # waited for: read at once
    early_check.let_checks_read()  # painted: the others read too
    early_check._THREADS[other.resolve()][0].join(timeout=30)
    assert not early_check.still_checking(other) and early_answer(other) == ["ok"]
