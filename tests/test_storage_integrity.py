"""Whole-file checks on a read-only connection: what they find, what they read, and that they change nothing."""

import sqlite3

import pytest

from seecodesk.core.errors import DatabaseError
from seecodesk.storage.integrity import check_integrity, open_read_only


def test_a_dangling_reference_names_its_table_row_and_the_missing_parent(db):
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("INSERT INTO dues (id, organisation_id, year, amount) VALUES (77, 42, 2024, 1000)")
    assert check_integrity(db) != []
    (problem,) = check_integrity(db)
    assert "'dues'" in problem and "77" in problem and "'organisations'" in problem


def test_a_sound_file_has_no_problem_at_all(db):
    assert check_integrity(db) == []


def test_committed_work_still_in_the_wal_is_read(tmp_path):
    path = tmp_path / "n.seecodesk"
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("CREATE TABLE t (x)")
    writer.execute("INSERT INTO t VALUES ('WAL에만')")
    writer.commit()
    try:
        assert (tmp_path / "n.seecodesk-wal").exists()
        reader = open_read_only(path)
        assert reader.execute("SELECT x FROM t").fetchall() == [("WAL에만",)]
        with pytest.raises(sqlite3.OperationalError):
            reader.execute("INSERT INTO t VALUES ('바뀜')")
        reader.close()
    finally:
        writer.close()


def test_a_file_without_wal_is_read_without_a_byte_or_a_file_beside_it_changing(tmp_path):
    path = tmp_path / "n.seecodesk"
    writer = sqlite3.connect(path)
    writer.execute("CREATE TABLE t (x)")
    writer.execute("INSERT INTO t VALUES (1)")
    writer.commit()
    writer.close()
    before = path.read_bytes()
    reader = open_read_only(path)
    assert reader.execute("SELECT count(*) FROM t").fetchone()[0] == 1
    assert check_integrity(reader) == []
    reader.close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.seecodesk"]


def test_a_missing_file_is_a_database_error_and_is_not_created(tmp_path):
    missing = tmp_path / "없는파일.seecodesk"
    with pytest.raises(DatabaseError, match="없는파일.seecodesk"):
        open_read_only(missing).execute("SELECT 1").fetchall()
    assert not missing.exists()


def test_an_index_out_of_step_with_its_table_is_reported_by_the_whole_file_check(tmp_path):
    path = tmp_path / "n.seecodesk"
    writer = sqlite3.connect(path)
    writer.executescript("CREATE TABLE t (a, b); CREATE INDEX t_a ON t (a); INSERT INTO t VALUES (1, 2), (3, 4);")
    writer.execute("PRAGMA writable_schema = ON")  # the index now claims to hold b, but its entries hold a
    writer.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX t_a ON t (b)' WHERE name = 't_a'")
    writer.commit()
    writer.close()
    reader = open_read_only(path)
    problems = check_integrity(reader)
    reader.close()
    assert problems and all(p.startswith("무결성 오류: ") and "t_a" in p for p in problems)


def test_a_closed_wal_mode_file_is_read_without_a_file_appearing_beside_it(tmp_path):
    path = tmp_path / "n.seecodesk"
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("CREATE TABLE t (x)")
    writer.execute("INSERT INTO t VALUES (1)")
    writer.commit()
    writer.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.seecodesk"]
    reader = open_read_only(path)
    assert reader.execute("SELECT count(*) FROM t").fetchone()[0] == 1
    assert check_integrity(reader) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.seecodesk"]
    reader.close()
