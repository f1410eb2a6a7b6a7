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


# --- what the first mutation run of storage/history.py showed untested -------------------------------------
KEYED = """
CREATE TABLE shape_pair (year INTEGER, code TEXT, note TEXT, PRIMARY KEY (year, code));
CREATE TABLE shape_dup (note TEXT);
"""


def rows_with_rowid(db):
    return {t: db.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall()
            for t in ("shape_text", "shape_pair", "shape_dup", "shape_id")}


def undo_redo(db, op, backwards):
    replay(db, op, backwards)
    db.conn.commit()


@pytest.fixture
def kdb(hdb):
    """The shapes plus a rowid table keyed by two columns and one without any key."""
    hdb.conn.executescript(KEYED)
    install_history_triggers(hdb)
    return hdb


def script(db, label, sql):
    """An operation running `sql` (several statements); returns its id."""
    return operation(db, label, lambda db: db.conn.executescript(sql))


def test_unit_a_row_brought_back_keeps_its_rowid_so_later_undos_and_redos_find_it(kdb):
    hdb = kdb
    empty = rows_with_rowid(hdb)
    first = script(hdb, "처음", "INSERT INTO shape_text (rowid, code, label) VALUES (3, 'b', '나'), (7, 'a', '가');"
                   "INSERT INTO shape_pair (rowid, year, code, note) VALUES (2, 2025, 'x', ''), (9, 2026, 'x', '');")
    after_first = rows_with_rowid(hdb)
    second = script(hdb, "다음", "DELETE FROM shape_text WHERE code = 'a'; DELETE FROM shape_pair WHERE year = 2026;")
    after_second = rows_with_rowid(hdb)
    undo_redo(hdb, second, backwards=True)
    assert rows_with_rowid(hdb) == after_first  # the deleted rows are back under their own rowid
    undo_redo(hdb, first, backwards=True)
    assert rows_with_rowid(hdb) == empty
    undo_redo(hdb, first, backwards=False)
    assert rows_with_rowid(hdb) == after_first
    undo_redo(hdb, second, backwards=False)
    assert rows_with_rowid(hdb) == after_second


def test_unit_undoing_one_row_leaves_its_twins_with_the_same_values_alone(kdb):
    hdb = kdb
    script(hdb, "처음", "INSERT INTO shape_text (code, label) VALUES ('a', '가'), ('b', '다'), ('c', '가');"
           "INSERT INTO shape_dup (note) VALUES ('같음'), ('같음');")
    before = rows_with_rowid(hdb)
    second = script(hdb, "다음", "UPDATE shape_text SET label = '다' WHERE code = 'a'; DELETE FROM shape_dup WHERE rowid = 1;")
    after = rows_with_rowid(hdb)
    assert after["shape_dup"] == [(2, "같음")]
    undo_redo(hdb, second, backwards=True)
    assert rows_with_rowid(hdb) == before  # b already said '다': it keeps it
    undo_redo(hdb, second, backwards=False)
    assert rows_with_rowid(hdb) == after  # c still says '가', and one of the two twins is left


def test_unit_the_operation_open_is_known_until_it_is_closed(hdb):
    assert store.current_operation(hdb) is None
    op = store.new_operation(hdb, "작업")
    store.set_current_operation(hdb, op)
    assert store.current_operation(hdb) == op
    store.set_current_operation(hdb, None)
    assert store.current_operation(hdb) is None


def test_unit_every_change_of_an_operation_bears_its_moment_and_a_later_one_its_own(hdb):
    import re
    import time

    def second():
        return hdb.execute("SELECT strftime('%s', 'now')").fetchone()[0]

    op = store.new_operation(hdb, "오래 걸린 작업")
    store.set_current_operation(hdb, op)
    opened = second()
    hdb.execute("INSERT INTO shape_text VALUES ('a', '')")
    while second() == opened:  # the clock moves on while the operation runs
        time.sleep(0.02)
    hdb.execute("INSERT INTO shape_text VALUES ('b', '')")
    store.set_current_operation(hdb, None)
    moments = {c.changed_at for c in store.changes_of(hdb, op)}
    assert len(moments) == 1 and re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", moment := moments.pop())
    assert moment[:10] == hdb.execute("SELECT date('now', 'localtime')").fetchone()[0]
    hdb.execute("INSERT INTO shape_text VALUES ('c', '')")
    (later,) = hdb.execute("SELECT changed_at FROM history_changes WHERE operation_id IS NULL").fetchone()
    assert later > moment


def test_unit_a_file_from_before_compact_history_still_files_changes_under_their_operation():
    import sqlite3

    from seecodesk.storage.database import wrap_connection
    from seecodesk.storage.migrations import MIGRATIONS, load_migration

    db = wrap_connection(sqlite3.connect(":memory:"))
    for name in MIGRATIONS[:MIGRATIONS.index("m0013_history_compact")]:
        load_migration(name).apply(db)
    install_history_triggers(db)
    assert store.is_installed(db) and not store.has_compact(db)
    op = store.new_operation(db, "옛 파일")
    store.set_current_operation(db, op)
    db.execute("INSERT INTO organisations (name, name_key) VALUES ('가람', '가람')")
    store.set_current_operation(db, None)
    db.execute("INSERT INTO organisations (name, name_key) VALUES ('나루', '나루')")
    assert [c.after["name"] for c in store.changes_of(db, op)] == ["가람"]
    assert store.orphan_tables(db) == {"organisations": 1}
    db.close()


def test_unit_the_lists_stop_at_their_default_length_newest_first(hdb):
    ops = [store.new_operation(hdb, f"작업{i}") for i in range(201)]
    listed = store.operations(hdb)
    assert len(listed) == 200 and listed[0].id == ops[-1]
    hdb.execute("INSERT INTO organisations (id, name, name_key) VALUES (7, '가람', '가람')")
    hdb.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                "INSERT INTO shape_child (organisation_id, note) SELECT 7, i FROM n")
    changes = store.record_changes(hdb, "organisations", 7)
    assert len(changes) == 2000 and changes[0].after["note"] == "2000"


def test_unit_changes_outside_any_operation_and_nameless_rows_show_blank(hdb):
    hdb.execute("INSERT INTO organisations (id, name, name_key) VALUES (7, '가람', '가람')")
    (orphan,) = store.record_changes(hdb, "organisations", 7)
    assert orphan.operation_id is None and orphan.operation_label == ""
    hdb.execute("INSERT INTO shape_id (id, name) VALUES (5, NULL)")
    hdb.execute("DELETE FROM shape_id WHERE id = 5")
    assert [(i, name) for i, name, _when in store.removed(hdb, "shape_id", "name")] == [(5, "")]


def test_unit_one_change_is_written_back_and_again_on_its_own(hdb):
    op = operation(hdb, "고침", lambda db: db.execute("INSERT INTO shape_text VALUES ('a', '가')"))
    (change,) = store.changes_of(hdb, op)
    store.apply_backwards(hdb, change)
    assert hdb.execute("SELECT * FROM shape_text").fetchall() == []
    store.apply_forwards(hdb, change)
    assert hdb.execute("SELECT * FROM shape_text").fetchall() == [("a", "가")]


# --- what the first mutation run of storage/history_triggers.py showed untested ------------------------------
LOOSE = """
CREATE TABLE shape_loose (id INTEGER PRIMARY KEY, anything NOT NULL, label TEXT);
CREATE TABLE shape_link (id INTEGER PRIMARY KEY, organisation_id INTEGER REFERENCES organisations(id),
                         photo_id INTEGER REFERENCES shape_id(id) ON DELETE CASCADE);
"""


def test_unit_bytes_in_a_column_without_a_type_are_recorded_and_written_back(hdb):
    hdb.conn.executescript(LOOSE)
    install_history_triggers(hdb)
    first = operation(hdb, "바이트", lambda db: db.execute("INSERT INTO shape_loose VALUES (1, x'00ff', '가')"))
    second = operation(hdb, "고침", lambda db: db.execute("UPDATE shape_loose SET anything = x'0102'"))
    (change,) = store.changes_of(hdb, second)
    assert (change.before, change.after) == ({"anything": b"\x00\xff"}, {"anything": b"\x01\x02"})
    replay(hdb, second, backwards=True)
    assert hdb.execute("SELECT anything FROM shape_loose").fetchone()[0] == b"\x00\xff"
    replay(hdb, first, backwards=True)
    assert hdb.execute("SELECT count(*) FROM shape_loose").fetchone()[0] == 0


def bulk(db, table, work, **options):
    from seecodesk.storage.history_triggers import inserts_recorded_by_caller, record_bulk_inserts

    first = db.execute(f"SELECT coalesce(max(rowid), 0) + 1 FROM {table}").fetchone()[0]
    with inserts_recorded_by_caller(db, [table]) as recorded:
        work(db)
        assert recorded == {table}
        record_bulk_inserts(db, table, first, **options)


def test_unit_an_import_records_the_rows_that_would_outlive_their_record(hdb):
    hdb.conn.executescript(LOOSE)
    install_history_triggers(hdb)
    hdb.execute("INSERT INTO organisations (id, name, name_key) VALUES (7, '가람', '가람')")
    hdb.execute("INSERT INTO shape_id (id, name) VALUES (1, '사진')")
    op = store.new_operation(hdb, "가져오기")
    store.set_current_operation(hdb, op)
    store.set_compact(hdb, True)
    bulk(hdb, "shape_child", lambda db: db.execute("INSERT INTO shape_child (organisation_id, note) VALUES (7, '')"))
    bulk(hdb, "shape_text", lambda db: db.execute("INSERT INTO shape_text VALUES ('a', '가')"))
    hdb.execute("INSERT INTO organisations (id, name, name_key) VALUES (8, '나루', '나루')")
    bulk(hdb, "shape_link", lambda db: db.execute("INSERT INTO shape_link (organisation_id, photo_id) VALUES (8, 1)"),
         owners_added=True)  # 나루 was added by this import, but deleting it would not delete the link
    store.set_compact(hdb, False)
    store.set_current_operation(hdb, None)
    counts = store.table_counts(hdb, op)
    assert counts[("shape_child", "insert")] == 1 and counts[("shape_text", "insert")] == 1
    assert counts[("shape_link", "insert")] == 1
    (child, _organisation) = store.record_changes(hdb, "organisations", 7)
    assert (child.table, child.action, child.record_id, child.after) == ("shape_child", "insert", 1, None)


def test_unit_a_table_without_rowid_keeps_whole_rows_in_an_import_and_files_its_edits_under_the_owner(hdb):
    hdb.conn.executescript("CREATE TABLE shape_mark (organisation_id INTEGER REFERENCES organisations(id) ON DELETE CASCADE, "
                           "day TEXT, note TEXT, PRIMARY KEY (organisation_id, day)) WITHOUT ROWID;")
    install_history_triggers(hdb)
    hdb.execute("INSERT INTO organisations (id, name, name_key) VALUES (7, '가람', '가람')")
    store.set_compact(hdb, True)
    op = operation(hdb, "가져오기", lambda db: db.execute("INSERT INTO shape_mark VALUES (7, '2026-03-05', '')"))
    store.set_compact(hdb, False)
    (mark,) = store.changes_of(hdb, op)
    assert mark.after == {"organisation_id": 7, "day": "2026-03-05", "note": ""}  # no rowid to find it again by
    operation(hdb, "고침", lambda db: db.execute("UPDATE shape_mark SET note = '휴무'"))
    edits = [c for c in store.record_changes(hdb, "organisations", 7) if c.table == "shape_mark"]
    assert [c.action for c in edits] == ["update", "insert"] and edits[0].after["note"] == "휴무"
