"""The history store and its triggers on every kind of table: a row with an id, a rowid table keyed by text,
a table without rowid, bytes; each change recorded as it happened and written back exactly (unit tests)."""

import pytest

from seecodesk.storage import history as store
from seecodesk.storage.database import open_memory_database
from seecodesk.storage.history_triggers import install_history_triggers, owner_column, tracked_tables

SHAPES = """
CREATE TABLE shape_id (id INTEGER PRIMARY KEY, name TEXT, photo BLOB, "odd"" col" TEXT DEFAULT '');
CREATE TABLE shape_text (code TEXT PRIMARY KEY, label TEXT);
CREATE TABLE shape_bare (code TEXT PRIMARY KEY, label TEXT) WITHOUT ROWID;
CREATE TABLE shape_child (id INTEGER PRIMARY KEY, organisation_id INTEGER REFERENCES organisations(id) ON DELETE CASCADE,
                          note TEXT);
CREATE TABLE audit_log (id INTEGER PRIMARY KEY, line TEXT);
"""


@pytest.fixture
def hdb():
    db = open_memory_database()
    db.conn.executescript(SHAPES)
    install_history_triggers(db)
    yield db
    db.close()


def snapshot(db):
    return {t: db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("shape_id", "shape_text", "shape_bare", "shape_child", "organisations")}


def operation(db, label, work):
    op = store.new_operation(db, label)
    store.set_current_operation(db, op)
    work(db)
    store.set_current_operation(db, None)
    return op


def replay(db, op, backwards):
    replayer = store.Replayer(db)
    changes = store.changes_of(db, op)
    store.defer_foreign_keys(db)
    for change in reversed(changes) if backwards else changes:
        (replayer.backwards if backwards else replayer.forwards)(change)


def test_unit_new_tables_are_tracked_and_logs_are_not(hdb):
    tables = tracked_tables(hdb)
    assert {"shape_id", "shape_text", "shape_bare", "shape_child", "organisations"} <= set(tables)
    assert not {"audit_log", "settings", "privacy_log", "history_changes"} & set(tables)
    assert owner_column(hdb, "shape_child") == ("organisations", "organisation_id") and owner_column(hdb, "shape_text") is None
    assert owner_column(hdb, "people") == ("people", "rowid")


def first_work(db):
    db.execute("INSERT INTO organisations (id, name, name_key) VALUES (7, '가람', '가람')")
    db.execute("""INSERT INTO shape_id (id, name, photo, "odd"" col") VALUES (1, '사진', x'00ff10', '따옴표')""")
    db.execute("INSERT INTO shape_text (code, label) VALUES ('a', '가'), ('b', '나')")
    db.execute("INSERT INTO shape_bare (code, label) VALUES ('a', '가'), ('b', '나')")
    db.execute("INSERT INTO shape_child (organisation_id, note) VALUES (7, '메모')")


def second_work(db):
    db.execute("UPDATE shape_id SET name = '새 사진', photo = x'0102' WHERE id = 1")
    db.execute("UPDATE shape_text SET label = '다' WHERE code = 'a'")
    db.execute("DELETE FROM shape_text WHERE code = 'b'")
    db.execute("UPDATE shape_bare SET label = '다' WHERE code = 'a'")
    db.execute("DELETE FROM shape_bare WHERE code = 'b'")
    db.execute("UPDATE shape_child SET note = '고친 메모'")
    db.execute("DELETE FROM organisations WHERE id = 7")  # its child goes with it


def test_unit_every_shape_of_table_is_undone_and_redone_exactly(hdb):
    empty = snapshot(hdb)
    first = operation(hdb, "처음", first_work)
    after_first = snapshot(hdb)
    second = operation(hdb, "다음", second_work)
    after_second = snapshot(hdb)
    assert after_second["shape_child"] == [] and after_second["shape_bare"] == [("a", "다")]
    replay(hdb, second, backwards=True)
    assert snapshot(hdb) == after_first
    replay(hdb, first, backwards=True)
    assert snapshot(hdb) == empty
    replay(hdb, first, backwards=False)
    assert snapshot(hdb) == after_first
    replay(hdb, second, backwards=False)
    assert snapshot(hdb) == after_second
    hdb.conn.commit()


def test_unit_changes_are_recorded_as_they_happened(hdb):
    first = operation(hdb, "처음", first_work)
    second = operation(hdb, "다음", second_work)
    changes = store.changes_of(hdb, second)
    photo = next(c for c in changes if c.table == "shape_id")
    assert (photo.action, photo.record_id) == ("update", 1)
    assert photo.before == {"name": "사진", "photo": b"\x00\xff\x10"} and photo.after == {"name": "새 사진", "photo": b"\x01\x02"}
    bare = [c for c in changes if c.table == "shape_bare"]
    assert [c.action for c in bare] == ["update", "delete"] and all(c.record_id is None for c in bare)
    assert bare[0].before == {"code": "a", "label": "가"} and bare[0].after == {"code": "a", "label": "다"}
    child = [c for c in changes if c.table == "shape_child"]
    assert [c.action for c in child] == ["update", "delete"]
    assert store.table_counts(hdb, first) == {("organisations", "insert"): 1, ("shape_id", "insert"): 1,
                                              ("shape_text", "insert"): 2, ("shape_bare", "insert"): 2,
                                              ("shape_child", "insert"): 1}
    assert store.change_count(hdb, first) == 7
    owned = store.record_changes(hdb, "organisations", 7)
    assert [(c.table, c.action) for c in owned][:2] == [("organisations", "delete"), ("shape_child", "delete")]
    assert all(c.operation_label in ("처음", "다음") for c in owned) and len(store.record_changes(hdb, "organisations", 7, 2)) == 2
    gone = store.last_delete(hdb, "organisations", 7)
    assert gone is not None and gone.before["name"] == "가람" and gone.operation_id == second
    assert store.last_delete(hdb, "shape_text", 1) is None
    assert not store.row_exists(hdb, "organisations", 7)
    assert store.removed(hdb, "organisations", "name") == [(7, "가람", gone.changed_at)]


def test_unit_paused_recording_writes_nothing_and_orphans_are_adopted(hdb):
    store.set_paused(hdb, True)
    hdb.execute("INSERT INTO shape_text VALUES ('p', '멈춤')")
    store.set_paused(hdb, False)
    assert hdb.execute("SELECT count(*) FROM history_changes").fetchone()[0] == 0
    hdb.execute("INSERT INTO shape_text VALUES ('q', '고아')")
    hdb.execute("INSERT INTO shape_id (name) VALUES ('고아')")
    assert store.orphan_tables(hdb) == {"shape_text": 1, "shape_id": 1}
    op = store.new_operation(hdb, "거둠")
    store.adopt_orphans(hdb, op)
    assert store.orphan_tables(hdb) == {} and store.change_count(hdb, op) == 2


def test_unit_the_stacks_move_and_close(hdb):
    ops = [store.new_operation(hdb, f"작업{i}") for i in range(4)]
    assert store.top(hdb, store.DONE).id == ops[-1] and store.top(hdb, store.UNDONE) is None
    store.set_state(hdb, ops[3], store.UNDONE)
    store.set_state(hdb, ops[2], store.UNDONE)
    assert store.top(hdb, store.DONE).id == ops[1] and store.top(hdb, store.UNDONE).id == ops[2]
    assert store.undo_reach(hdb, 1) == ops[1] and store.undo_reach(hdb, 2) == ops[0]
    store.relabel(hdb, ops[0], "바뀐 이름")
    assert [o.label for o in store.operations(hdb)][-1] == "바뀐 이름"
    assert [o.id for o in store.operations(hdb, 2)] == [ops[3], ops[2]]
    log = store.new_operation(hdb, "실행 취소", store.LOG)
    assert store.undone_by(hdb, ops[2]) is None
    store.set_undone_by(hdb, ops[2], log)
    assert store.undone_by(hdb, ops[2]) == log and store.undone_by(hdb, 9999) is None
    store.close_redo(hdb)
    assert store.top(hdb, store.UNDONE) is None and store.top(hdb, store.DONE).id == ops[1]
    store.close_all(hdb)
    assert store.top(hdb, store.DONE) is None
    assert {o.state for o in store.operations(hdb)} == {store.CLOSED, store.LOG}
    store.drop_operation(hdb, log)
    assert log not in [o.id for o in store.operations(hdb)]


def test_unit_trim_removes_old_operations_below_the_reach_only(hdb):
    ops = [operation(hdb, f"작업{i}", lambda db, i=i: db.execute("INSERT INTO shape_text VALUES (?, '')", [str(i)]))
           for i in range(3)]
    hdb.execute("UPDATE history_operations SET created_at = '2000-01-01 00:00:00'")
    assert store.trim(hdb, "2000-01-01 00:00:00", None) == 0
    assert store.trim(hdb, "2001-01-01", ops[2]) == 2
    assert [o.id for o in store.operations(hdb)] == [ops[2]]
    assert hdb.execute("SELECT count(*) FROM history_changes").fetchone()[0] == 1
    assert store.trim(hdb, "2001-01-01", None) == 1


def test_unit_hidden_rows_are_listed_and_unhidden(hdb):
    hdb.execute("INSERT INTO organisations (id, name, name_key, deleted_at) VALUES (3, '숨김', '숨김', '2026-01-01')")
    hdb.execute("INSERT INTO organisations (id, name, name_key) VALUES (4, '보임', '보임')")
    assert store.soft_deleted(hdb, "organisations", "name") == [(3, "숨김", "2026-01-01")]
    assert store.soft_deleted(hdb, "shape_text", "label") == []
    store.unhide(hdb, "organisations", 3)
    assert store.soft_deleted(hdb, "organisations", "name") == []
    assert ("organisation_id", "organisations") in store.references(hdb, "shape_child")
    assert store.is_installed(hdb) and store.has_compact(hdb)
