"""Upgrading an older network file: what each migration keeps, changes and adds, as the secretary sees it
afterwards (what the mutation runs of storage/migrations showed untested)."""

import sqlite3
import unicodedata

from seecodesk.storage.database import APPLICATION_ID, open_database, wrap_connection
from seecodesk.storage.migrations import MIGRATIONS, load_migration


def file_before(path, migration):
    """A network file as the version before `migration` left it, open for rows to be put in."""
    db = wrap_connection(sqlite3.connect(path))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    version = MIGRATIONS.index(migration)
    for name in MIGRATIONS[:version]:
        load_migration(name).apply(db)
    db.execute(f"PRAGMA user_version = {version}")
    return db


def upgraded(old):
    """`old` (from file_before) saved, closed and opened by this version: every pending migration run."""
    path = old.execute("PRAGMA database_list").fetchone()[2]
    old.conn.commit()
    old.close()
    return open_database(path)


def rows(db, table):
    return [tuple(row) for row in db.execute(f"SELECT * FROM {table} ORDER BY id")]


def test_an_upgrade_to_schema_12_keeps_blank_fields_blank_and_only_nfd_text_changes(tmp_path):
    old = file_before(tmp_path / "old.seecodesk", "m0012_import_matching")
    old.execute("INSERT INTO organisations (name, name_key, representative) VALUES ('가람두레협동조합', "
                "'가람두레협동조합', '김하나')")
    old.execute("INSERT INTO people (name, title) VALUES (?, ?)", ["박두리", unicodedata.normalize("NFD", "사무국장")])
    organisations = rows(old, "organisations")
    db = upgraded(old)
    assert rows(db, "organisations") == organisations  # nothing to change: its blanks stay blank
    (person,) = db.execute("SELECT name, title, notes FROM people")
    assert tuple(person) == ("박두리", "사무국장", "")
    db.close()


def test_an_upgrade_to_the_desk_schema_carries_dues_marked_paid_over_as_payments_without_receipts(tmp_path):
    old = file_before(tmp_path / "old.seecodesk", "m0011_desk")
    old.execute("INSERT INTO organisations (id, name, name_key) VALUES (1, '가람', '가람'), (2, '두레', '두레')")
    old.execute("INSERT INTO dues (organisation_id, year, amount, paid_on) VALUES (1, 2024, 120000, '2024-03-05'), "
                "(1, 2025, 120000, ''), (2, 2024, 0, '2024-03-05'), (2, 2025, 60000, '2025-01-31')")
    dues = rows(old, "dues")
    db = upgraded(old)
    payments = db.execute("SELECT organisation_id, year, amount, paid_on, receipt_number, deleted_at "
                          "FROM dues_payments ORDER BY organisation_id, year").fetchall()
    assert [tuple(p) for p in payments] == [(1, 2024, 120000, "2024-03-05", None, None),
                                            (2, 2025, 60000, "2025-01-31", None, None)]
    assert rows(db, "dues") == dues  # the dues themselves are kept as they were
    db.close()


def test_an_upgrade_to_schema_13_keeps_the_history_and_the_year_end_archive_shows_the_new_columns_by_name(tmp_path):
    from seecodesk.storage.archive_copy import table_rows

    old = file_before(tmp_path / "old.seecodesk", "m0013_history_compact")
    old.execute("INSERT INTO history_operations (id, label, state, seq) VALUES (1, '회원사 추가 (가람)', 'done', 1)")
    db = upgraded(old)
    columns, found = table_rows(db, "history_operations")  # the header row of the archive's table
    operation = dict(zip(columns, next(found), strict=True))
    assert (operation["label"], operation["state"], operation["undone_by"]) == ("회원사 추가 (가람)", "done", None)
    columns, found = table_rows(db, "history_state")
    state = dict(zip(columns, next(found), strict=True))
    assert (state["paused"], state["compact"], state["changed_at"]) == (0, 0, None)  # recording on, rows kept whole
    db.close()
