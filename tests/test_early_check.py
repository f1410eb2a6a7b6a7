"""The start-up's early quick check: its answer is taken once by the opening, and a damaged file is still refused."""

import pytest

from seecodesk.core.errors import DamagedDatabaseError
from seecodesk.services.workspace import open_workspace
from seecodesk.storage.early_check import early_answer, start_quick_check
from tests.safety_helpers import damage


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
