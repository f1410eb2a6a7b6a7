"""Which errors are known storage problems (a write lock held elsewhere, a full disk, a read-only file, a disk
error) and which are bugs, and how a guarded connection hands them on (unit tests, no window)."""

import errno
import sqlite3

import pytest

from seecodesk.core.errors import STORAGE_MESSAGES, StorageProblem
from seecodesk.storage.problems import GuardedConnection, SqliteStorageProblem, known_problem


def sqlite_error(code, text="x", kind=sqlite3.OperationalError):
    error = kind(text)
    error.sqlite_errorcode = code
    return error


def test_unit_errors_are_classified_by_code_not_by_luck(tmp_path):
    assert known_problem(OSError(28, "No space left on device")).kind == "full"
    assert known_problem(OSError(30, "Read-only file system")).kind == "readonly"
    assert known_problem(sqlite3.OperationalError("database is locked")).kind == "busy"
    assert known_problem(sqlite3.OperationalError("no such table: x")) is None
    assert known_problem(ValueError("bug")) is None
    wrapped = RuntimeError("wrapper")
    wrapped.__cause__ = OSError(28, "No space left on device")
    assert known_problem(wrapped).kind == "full"


@pytest.mark.parametrize(("code", "kind"), [(5, "busy"), (6, "busy"), (8, "readonly"), (10, "io"), (13, "full"),
                                            (5 | (2 << 8), "busy"), (10 | (3 << 8), "io"), (8 | (1 << 8), "readonly")])
def test_unit_sqlite_codes_and_their_extended_forms_name_the_problem_with_its_message(code, kind):
    for error_class in (sqlite3.OperationalError, sqlite3.DatabaseError):
        found = known_problem(sqlite_error(code, kind=error_class))
        assert (found.kind, str(found)) == (kind, STORAGE_MESSAGES[kind])


@pytest.mark.parametrize("code", [1, 11, 19, 26, 1 | (5 << 8)])
def test_unit_other_sqlite_codes_are_bugs_or_damage_not_storage_problems(code):
    assert known_problem(sqlite_error(code)) is None


@pytest.mark.parametrize(("text", "kind"), [("database table is locked", "busy"), ("Database or disk is full", "full"),
                                            ("attempt to write a readonly database", "readonly"),
                                            ("disk I/O error", "io"), ("database is locked", "busy")])
def test_unit_an_error_without_a_code_is_known_by_its_words(text, kind):
    assert known_problem(sqlite3.OperationalError(text)).kind == kind
    assert known_problem(sqlite3.DatabaseError(text)).kind == kind


@pytest.mark.parametrize(("number", "kind"), [(errno.ENOSPC, "full"), (errno.EDQUOT, "full"), (errno.EROFS, "readonly"),
                                              (errno.EACCES, "readonly"), (errno.EPERM, "readonly"), (errno.EIO, "io")])
def test_unit_os_errors_name_the_problem_with_its_message(number, kind):
    found = known_problem(OSError(number, "x"))
    assert (found.kind, str(found)) == (kind, STORAGE_MESSAGES[kind])


def test_unit_an_os_error_without_a_number_or_with_another_is_no_storage_problem():
    assert known_problem(OSError("no number")) is None
    assert known_problem(FileNotFoundError(errno.ENOENT, "x")) is None


def test_unit_a_problem_is_found_through_context_and_returned_as_it_is_and_a_loop_ends():
    own = StorageProblem("busy", "이미 한국어")
    outer = RuntimeError("outer")
    outer.__context__ = own
    assert known_problem(outer) is own
    first, second = RuntimeError("a"), RuntimeError("b")
    first.__context__, second.__context__ = second, first
    assert known_problem(first) is None
    deep = RuntimeError("c")
    deep.__cause__ = ValueError("d")
    deep.__cause__.__context__ = OSError(errno.EIO, "x")
    assert known_problem(deep).kind == "io"


def read_only(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (a)")
    conn.commit()
    conn.close()
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, factory=GuardedConnection)


@pytest.mark.parametrize("how", ["execute", "executemany", "executescript", "cursor"])
def test_unit_a_guarded_connection_hands_a_read_only_file_on_as_a_storage_problem_still_an_sqlite_error(tmp_path, how):
    conn = read_only(tmp_path / "r.seecodesk")
    write = {
        "execute": lambda: conn.execute("INSERT INTO t VALUES (?)", [1]),
        "executemany": lambda: conn.executemany("INSERT INTO t VALUES (?)", [[1], [2]]),
        "executescript": lambda: conn.executescript("INSERT INTO t VALUES (1);"),
        "cursor": lambda: conn.cursor().execute("INSERT INTO t VALUES (1)"),
    }[how]
    with pytest.raises(SqliteStorageProblem) as raised:
        write()
    assert isinstance(raised.value, sqlite3.OperationalError) and raised.value.kind == "readonly"
    assert raised.value.sqlite_errorcode & 0xFF == 8 and raised.value.sqlite_errorname.startswith("SQLITE_READONLY")
    assert str(raised.value) == STORAGE_MESSAGES["readonly"]
    assert isinstance(raised.value.__cause__, sqlite3.OperationalError)
    conn.close()


@pytest.mark.parametrize("how", ["execute", "executemany", "executescript"])
def test_unit_a_guarded_connection_leaves_a_bug_as_it_was(tmp_path, how):
    conn = sqlite3.connect(tmp_path / "b.seecodesk", factory=GuardedConnection)
    bad = {"execute": lambda: conn.execute("SELECT * FROM nowhere"),
           "executemany": lambda: conn.executemany("INSERT INTO nowhere VALUES (?)", [[1]]),
           "executescript": lambda: conn.executescript("SELECT * FROM nowhere;")}[how]
    with pytest.raises(sqlite3.OperationalError) as raised:
        bad()
    assert not isinstance(raised.value, StorageProblem) and "nowhere" in str(raised.value)
    conn.close()


def test_unit_a_commit_refused_by_another_programs_read_lock_is_a_busy_problem(tmp_path):
    path = tmp_path / "c.seecodesk"
    conn = sqlite3.connect(path, timeout=0, factory=GuardedConnection)
    conn.execute("CREATE TABLE t (a)")
    conn.commit()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN")
    other.execute("SELECT * FROM t").fetchall()  # holds a read lock (rollback journal): no commit can finish
    conn.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(SqliteStorageProblem) as raised:
        conn.commit()
    assert raised.value.kind == "busy" and raised.value.sqlite_errorcode & 0xFF == 5
    other.execute("ROLLBACK")
    other.close()
    conn.commit()
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 1
    conn.close()


def test_unit_a_commit_that_fails_for_another_reason_is_left_as_it_was(tmp_path):
    conn = sqlite3.connect(tmp_path / "f.seecodesk", factory=GuardedConnection)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("CREATE TABLE p (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE c (p INTEGER REFERENCES p(id) DEFERRABLE INITIALLY DEFERRED)")
    conn.commit()
    conn.execute("INSERT INTO c VALUES (7)")
    with pytest.raises(sqlite3.IntegrityError) as raised:
        conn.commit()
    assert not isinstance(raised.value, StorageProblem)
    conn.rollback()
    conn.close()
