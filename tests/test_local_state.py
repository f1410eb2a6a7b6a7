"""What this computer keeps about database files outside them (files.json): kept per file, forgotten on
request, and a damaged or hand-edited files.json never stops the program."""

import json

from seecodesk.paths import data_dir
from seecodesk.storage.local_state import STATE_FILE, read_fact, write_fact


def test_facts_are_kept_apart_per_database_file(tmp_path):
    first, second = tmp_path / "서산.seecodesk", tmp_path / "논산.seecodesk"
    write_fact(first, "backup_folder", "D:/백업/서산")
    write_fact(second, "backup_folder", "E:/논산")
    assert read_fact(first, "backup_folder") == "D:/백업/서산"
    assert read_fact(second, "backup_folder") == "E:/논산"


def test_a_fact_written_as_none_is_forgotten(tmp_path):
    db = tmp_path / "네트워크.seecodesk"
    write_fact(db, "backup_folder", "/media/usb")
    write_fact(db, "warned", True)
    write_fact(db, "backup_folder", None)
    assert read_fact(db, "backup_folder") is None
    assert read_fact(db, "warned") is True


def test_a_files_json_of_the_wrong_shape_is_read_as_empty_and_replaced(tmp_path):
    db = tmp_path / "네트워크.seecodesk"
    state = data_dir() / STATE_FILE
    state.parent.mkdir(parents=True, exist_ok=True)
    for damaged in ("[1, 2]", json.dumps({str(db.resolve()): "백업"}), "{not json"):
        state.write_text(damaged, encoding="utf-8")
        assert read_fact(db, "backup_folder") is None
        write_fact(db, "backup_folder", "/media/usb")
        assert read_fact(db, "backup_folder") == "/media/usb"
