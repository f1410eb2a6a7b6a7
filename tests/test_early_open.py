"""The window's network opened on a thread at start-up: taken once by the window as if it had opened it,
its errors raised where the window opens, and an opening nobody takes closed with its lock freed."""

import gc

import pytest

from seecodesk.core.errors import DamagedDatabaseError, DatabaseError
from seecodesk.services.early_open import discard_opened, start_opening, take_opened
from seecodesk.storage.lock import lock_path_for
from tests.safety_helpers import damage


def test_unit_the_file_opened_early_is_taken_once_locked_and_usable_here(demo_path):
    start_opening(demo_path)
    workspace = take_opened(demo_path)
    try:
        assert workspace is not None and workspace.path == demo_path.resolve()
        assert lock_path_for(demo_path).exists()  # held as the window holds it
        assert workspace.conn.execute("SELECT count(*) FROM organisations").fetchone()[0] > 0  # on this thread
        assert take_opened(demo_path) is None  # taken: a later opening opens afresh
    finally:
        workspace.close()
    assert not lock_path_for(demo_path).exists()


def test_unit_nothing_is_opened_for_a_missing_or_empty_file_or_one_never_named(tmp_path, demo_path):
    empty = tmp_path / "empty.seecodesk"
    empty.write_bytes(b"")
    for path in (tmp_path / "gone.seecodesk", empty):
        start_opening(path)
        assert take_opened(path) is None
    assert not (tmp_path / "gone.seecodesk").exists()  # a file to be created is left to the window
    assert take_opened(demo_path) is None


def test_unit_what_the_opening_raised_is_raised_to_the_window(tmp_path, demo_path):
    stranger = tmp_path / "notes.seecodesk"
    stranger.write_bytes(b"not a database at all" * 300)
    start_opening(stranger)
    with pytest.raises(DatabaseError, match="데이터베이스"):
        take_opened(stranger)
    assert not lock_path_for(stranger).exists()
    damage(demo_path)
    start_opening(demo_path)
    with pytest.raises(DamagedDatabaseError, match="손상"):
        take_opened(demo_path)


def test_unit_an_opening_nobody_takes_is_closed_and_its_lock_freed(demo_path):
    start_opening(demo_path)
    discard_opened()
    assert not lock_path_for(demo_path).exists()
    assert take_opened(demo_path) is None


def test_unit_the_command_line_window_opens_its_file_early_unless_the_demo_is_asked_for(demo_path, monkeypatch):
    from seecodesk import app
    from seecodesk.cli import main as cli

    seen = []

    def run_window(db_path=None, demo=False):
        gc.enable()  # as the real one does: the command line turned the collector off for the start-up
        workspace = take_opened(db_path)
        seen.append(workspace is not None)
        if workspace is not None:
            workspace.close()
        return 0

    monkeypatch.setattr(app, "run_window", run_window)
    assert cli.main(["--db", str(demo_path)]) == 0
    assert cli.main(["--db", str(demo_path), "--demo"]) == 0
    assert seen == [True, False]
    discard_opened()


def test_unit_the_home_groups_read_with_the_opening_are_shown_once_and_only_while_nothing_changed(demo_path):
    import sqlite3
    from datetime import date

    from seecodesk.services.home import home_groups

    today = date.today()
    start_opening(demo_path)
    workspace = take_opened(demo_path)
    try:
        assert workspace.take_first_home(today) == home_groups(workspace.conn, today)
        assert workspace.take_first_home(today) is None  # once: a reload reads afresh
        workspace.keep_first_home(today, [])
        other = sqlite3.connect(demo_path)  # another program changes the file meanwhile
        other.execute("UPDATE organisations SET notes = '바뀜' WHERE id = (SELECT min(id) FROM organisations)")
        other.commit()
        other.close()
        assert workspace.take_first_home(today) is None
        workspace.keep_first_home(today, [])
        assert workspace.take_first_home(date(2000, 1, 1)) is None  # another day
    finally:
        workspace.close()
