"""The triggers that keep the change history: one AFTER INSERT/UPDATE/DELETE trigger per domain table.

Generated from the tables the file actually has, so a table a later migration adds is covered
by running `install_history_triggers` again (`migrate` does after every upgrade). Each trigger
writes one `history_changes` row in the same transaction as the change, tagged with the
operation the service layer opened (`history_state.operation_id`), unless recording is paused.

For an insert the whole new row is kept (while `history_state.compact` is set, an import, only
the record's id, and nothing for a row deleted along with a record added in the same operation),
for a delete the whole old row, for an update only the columns that changed (before and
after), which is all an undo needs.

A bulk insert (an import's thousands of rows) sets the insert triggers of its tables aside inside its
own transaction (`inserts_recorded_by_caller`) and writes the very rows they would have written with
one INSERT … SELECT a table (`record_bulk_inserts`): a trigger run per row cost more than the import.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seecodesk.storage.database import Queryable

TRIGGER_PREFIX = "history_"
# Tables whose changes are not the user's records: settings (the app writes them by itself),
# the history itself, and logs that must survive an undo.
UNTRACKED = frozenset({"settings", "privacy_log"})
# The records the 변경 이력 window is opened on; a child row is filed under the first of these
# its foreign keys point at (designations → their organisation, agenda items → their meeting …).
OWNER_TABLES = ("organisations", "people", "meetings", "plan_nodes")


def tracked_tables(db: Queryable) -> list[str]:
    """The domain tables whose changes are recorded."""
    names = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return [n for n in names if n not in UNTRACKED and not n.startswith(TRIGGER_PREFIX) and not n.endswith("_log")]


def _columns(db: Queryable, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({quote_name(table)})")]


def _may_hold_bytes(db: Queryable, table: str) -> set[str]:
    """Columns declared BLOB or without a type (the only ones our code could put bytes in)."""
    return {row[1] for row in db.execute(f"PRAGMA table_info({quote_name(table)})")
            if not row[2] or "BLOB" in str(row[2]).upper()}


def _has_rowid(db: Queryable, table: str) -> bool:
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()[0]
    return "WITHOUT ROWID" not in " ".join(str(sql).upper().split())


def owner_column(db: Queryable, table: str) -> tuple[str, str] | None:
    """(owner table, column holding its id) for rows of `table`, or None when it belongs to no record."""
    if table in OWNER_TABLES:
        return table, "rowid"
    keys = {row[2]: row[3] for row in db.execute(f"PRAGMA foreign_key_list({quote_name(table)})")}
    for owner in OWNER_TABLES:
        if owner in keys:
            return owner, keys[owner]
    return None


def quote_name(name: str) -> str:
    """`name` as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


BLOB_MARK = "__blob__:"  # JSON holds no bytes: a BLOB value is kept as this mark and its hex digits


def _value(prefix: str, column: str, blobs: set[str]) -> str:
    ref = f"{prefix}.{quote_name(column)}"
    if column not in blobs:
        return ref
    return f"CASE WHEN typeof({ref}) = 'blob' THEN '{BLOB_MARK}' || hex({ref}) ELSE {ref} END"


def _json_row(prefix: str, columns: list[str], blobs: set[str]) -> str:
    return "json_object(" + ", ".join(f"'{c}', {_value(prefix, c, blobs)}" for c in columns) + ")"


# The moment of a change: its operation's (set when the operation opens), else now. One clock
# reading per operation rather than a local-time conversion per row keeps an import cheap.
CHANGED_AT = ("coalesce((SELECT changed_at FROM history_state WHERE id = 1), "
              "strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'))")


def _head(newer: bool) -> str:
    columns = "operation_id, changed_at" if newer else "operation_id"
    return f"INSERT INTO history_changes ({columns}, table_name, record_id, action, owner_table, owner_id, before, after)"


def _has_compact_flag(db: Queryable) -> bool:
    return any(row[1] == "compact" for row in db.execute("PRAGMA table_info(history_state)"))


def _cascades(db: Queryable, table: str, owner: tuple[str, str]) -> bool:
    """True when deleting the owner deletes the row too (ON DELETE CASCADE)."""
    return any(row[2] == owner[0] and row[3] == owner[1] and str(row[6]).upper() == "CASCADE"
               for row in db.execute(f"PRAGMA foreign_key_list({quote_name(table)})"))


def trigger_sql(db: Queryable, table: str) -> list[str]:
    """CREATE TRIGGER statements recording every change of `table`."""
    columns = _columns(db, table)
    blobs = _may_hold_bytes(db, table)
    rowid = _has_rowid(db, table)
    owner = owner_column(db, table)
    q = quote_name(table)
    recording = "WHEN (SELECT paused FROM history_state WHERE id = 1) = 0"
    op = "(SELECT operation_id FROM history_state WHERE id = 1)"
    newer = _has_compact_flag(db)
    head, first = _head(newer), (f"{op}, {CHANGED_AT}" if newer else op)

    def owner_values(prefix: str) -> str:
        if owner is None:
            return "NULL, NULL"
        return f"'{owner[0]}', {prefix}.{owner[1] if owner[1] == 'rowid' else quote_name(owner[1])}"

    def record(prefix: str) -> str:
        return f"{prefix}.rowid" if rowid else "NULL"

    inserted = _json_row("NEW", columns, blobs)
    insert_when = recording
    if rowid and newer:  # a row found again by its id needs no copy while an import runs
        compact = "(SELECT compact FROM history_state WHERE id = 1) = 1"
        inserted = f"CASE WHEN {compact} THEN NULL ELSE {inserted} END"
        if owner is not None and table not in OWNER_TABLES and _cascades(db, table, owner):
            insert_when += (f" AND NOT ({compact} AND EXISTS (SELECT 1 FROM history_changes WHERE table_name = "
                            f"'{owner[0]}' AND record_id = NEW.{quote_name(owner[1])} AND action = 'insert' "
                            f"AND operation_id IS {op}))")
    statements = [
        f"CREATE TRIGGER {TRIGGER_PREFIX}ins_{table} AFTER INSERT ON {q} {insert_when} BEGIN "
        f"{head} VALUES ({first}, '{table}', {record('NEW')}, 'insert', {owner_values('NEW')}, NULL, "
        f"{inserted}); END",
        f"CREATE TRIGGER {TRIGGER_PREFIX}del_{table} AFTER DELETE ON {q} {recording} BEGIN "
        f"{head} VALUES ({first}, '{table}', {record('OLD')}, 'delete', {owner_values('OLD')}, "
        f"{_json_row('OLD', columns, blobs)}, NULL); END",
    ]
    if rowid:
        changed = " UNION ALL ".join(
            f"SELECT '{c}' AS k, {_value('OLD', c, blobs)} AS o, {_value('NEW', c, blobs)} AS n "
            f"WHERE OLD.{quote_name(c)} IS NOT NEW.{quote_name(c)}"
            for c in columns)
        statements.append(
            f"CREATE TRIGGER {TRIGGER_PREFIX}upd_{table} AFTER UPDATE ON {q} {recording} BEGIN "
            f"{head} SELECT {first}, '{table}', NEW.rowid, 'update', {owner_values('NEW')}, "
            f"json_group_object(k, o), json_group_object(k, n) FROM ({changed}) HAVING count(*) > 0; END")
    else:  # no rowid to find the row again by: keep both whole rows
        statements.append(
            f"CREATE TRIGGER {TRIGGER_PREFIX}upd_{table} AFTER UPDATE ON {q} {recording} BEGIN "
            f"{head} VALUES ({first}, '{table}', NULL, 'update', {owner_values('NEW')}, "
            f"{_json_row('OLD', columns, blobs)}, {_json_row('NEW', columns, blobs)}); END")
    return statements


@contextmanager
def inserts_recorded_by_caller(db: Queryable, tables: list[str]) -> Iterator[set[str]]:
    """For a bulk insert inside the caller's transaction: the insert triggers of `tables` are set aside for the block.

    They are dropped, and made again exactly as they were when the block ends (or fails: the
    transaction then rolls everything back anyway), so thousands of rows cost no trigger run each.
    Yields the tables that had one: the caller records their new rows with `record_bulk_inserts`
    before the block ends, which writes what the triggers would have written.
    """
    if not _has_compact_flag(db):
        yield set()
        return
    marks = ", ".join("?" * len(tables))
    saved = db.execute(f"SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks}) "
                       f"AND name = '{TRIGGER_PREFIX}ins_' || tbl_name", tables).fetchall()
    for _table, name, _sql in saved:
        db.execute(f"DROP TRIGGER {quote_name(name)}")
    try:
        yield {table for table, _name, _sql in saved}
    finally:
        for _table, name, sql in saved:
            # A transaction SQLite itself rolled back (a full disk) has already brought the trigger back.
            if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?", [name]).fetchone():
                db.execute(sql)


def record_bulk_inserts(db: Queryable, table: str, first: int, owners_added: bool = False) -> None:
    """Write the history rows the insert trigger of `table` would have written for its rows from id `first` up.

    One INSERT … SELECT, in id order. `owners_added`: the rows belong to records added in the same
    operation, so in a compact one (an import) the rows that go with their record when it is
    deleted get none, as their trigger decides.
    """
    owner = owner_column(db, table)
    op = "(SELECT operation_id FROM history_state WHERE id = 1)"
    owner_values = "NULL, NULL" if owner is None else f"'{owner[0]}', t.{quote_name(owner[1])}"
    compact = "(SELECT compact FROM history_state WHERE id = 1) = 1"
    whole = _json_row("t", _columns(db, table), _may_hold_bytes(db, table))
    goes_with_owner = (owners_added and owner is not None and table not in OWNER_TABLES
                       and _cascades(db, table, owner))
    skip = f" AND NOT {compact}" if goes_with_owner else ""
    db.execute(f"{_head(True)} SELECT {op}, {CHANGED_AT}, '{table}', t.rowid, 'insert', {owner_values}, NULL, "
               f"CASE WHEN {compact} THEN NULL ELSE {whole} END FROM {quote_name(table)} AS t "
               f"WHERE t.rowid >= ? AND (SELECT paused FROM history_state WHERE id = 1) = 0{skip} ORDER BY t.rowid",
               [first])


def install_history_triggers(db: Queryable) -> None:
    """(Re)create the history triggers of every tracked table, matching their current columns."""
    existing = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'history\\_%' ESCAPE '\\'")]
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'history_changes'").fetchone():
        return  # a file before the history migration: nothing to record into yet
    for name in existing:
        db.execute(f"DROP TRIGGER {quote_name(name)}")
    for table in tracked_tables(db):
        for statement in trigger_sql(db, table):
            db.execute(statement)
