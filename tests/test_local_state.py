"""Unit tests of storage/local_state: facts this computer keeps per database file, outside the file."""

import json

from seecodesk.paths import data_dir
from seecodesk.storage.local_state import STATE_FILE, read_fact, write_fact


def test_each_file_keeps_its_own_facts_and_none_forgets_one(tmp_path):
    first, second = tmp_path / "가람.seecodesk", tmp_path / "나루.seecodesk"
    write_fact(first, "backup_folder", "/백업/가람")
    write_fact(second, "backup_folder", "/백업/나루")
    write_fact(first, "warned", "usb")
    assert read_fact(first, "backup_folder") == "/백업/가람" and read_fact(second, "backup_folder") == "/백업/나루"
    write_fact(first, "backup_folder", None)
    assert read_fact(first, "backup_folder") is None and read_fact(first, "warned") == "usb"
    assert read_fact(second, "backup_folder") == "/백업/나루"


def test_a_state_file_of_another_shape_is_read_as_empty_and_written_anew(tmp_path):
    db = tmp_path / "가람.seecodesk"
    state = data_dir() / STATE_FILE
    state.parent.mkdir(parents=True, exist_ok=True)
    entry_not_a_dict = json.dumps({str(db.resolve()): 5})
    for text in ("[1, 2]", entry_not_a_dict, "{깨진"):
        state.write_text(text, encoding="utf-8")
        assert read_fact(db, "warned") is None
        write_fact(db, "warned", "network")
        assert read_fact(db, "warned") == "network"
