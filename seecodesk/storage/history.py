"""SQL for the change history: operations, their recorded changes, and replaying them backwards or forwards.

The triggers (storage/history_triggers.py) write the changes; this module opens and closes the
operations they are filed under, moves operations between the undo and redo stacks, and turns a
recorded change back into SQL: an insert undone is a delete by rowid, a delete undone an insert
of the whole old row with its old id, an update undone writes the old values back. An operation
that recorded its inserts by id only (an import) is redone by playing its undo's record backwards.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from seecodesk.storage.history_triggers import BLOB_MARK
from seecodesk.storage.history_triggers import quote_name as _quote

if TYPE_CHECKING:
    from seecodesk.storage.database import Queryable

DONE, UNDONE, CLOSED, LOG = "done", "undone", "closed", "log"


@dataclass(frozen=True)
class Operation:
    """One labelled unit of work on the undo (done) or redo (undone) stack."""

    id: int
    label: str
    state: str
    created_at: str


@dataclass(frozen=True)
class Change:
    """One recorded change of one row."""

    id: int
    operation_id: int | None
    changed_at: str
    table: str
    record_id: int | None
    action: str  # insert | update | delete
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    operation_label: str = ""


_CHANGE_COLUMNS = "c.id, c.operation_id, c.changed_at, c.table_name, c.record_id, c.action, c.before, c.after"


def _row(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    values = json.loads(text)
    for key, value in values.items():
        if isinstance(value, str) and value.startswith(BLOB_MARK):
            values[key] = bytes.fromhex(value[len(BLOB_MARK):])
    return values


def _change(row: tuple[Any, ...], label: str = "") -> Change:
    return Change(row[0], row[1], row[2], row[3], row[4], row[5], _row(row[6]), _row(row[7]), label)


def is_installed(db: Queryable) -> bool:
    """True when the file has the history tables (schema with m0008_history)."""
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'history_state'").fetchone() is not None


def current_operation(db: Queryable) -> int | None:
    row = db.execute("SELECT operation_id FROM history_state WHERE id = 1").fetchone()
    return row[0] if row else None


def set_current_operation(db: Queryable, operation_id: int | None) -> None:
    """Open (or close, with None) the operation the triggers file changes under, and its moment."""
    if not has_compact(db):
        db.execute("UPDATE history_state SET operation_id = ? WHERE id = 1", [operation_id])
        return
    db.execute("UPDATE history_state SET operation_id = ?, changed_at = CASE WHEN ? IS NULL THEN NULL "
               "ELSE strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime') END WHERE id = 1", [operation_id, operation_id])


def set_paused(db: Queryable, paused: bool) -> None:
    """Stop (or start again) recording changes: the demo build and 파기 write without history."""
    db.execute("UPDATE history_state SET paused = ? WHERE id = 1", [int(paused)])


def set_compact(db: Queryable, compact: bool) -> None:
    """Record inserts by their id only (an import), or whole again."""
    db.execute("UPDATE history_state SET compact = ? WHERE id = 1", [int(compact)])


def has_compact(db: Queryable) -> bool:
    """True when the file can record inserts compactly (schema with m0013_history_compact)."""
    return any(row[1] == "compact" for row in db.execute("PRAGMA table_info(history_state)"))


def _next_seq(db: Queryable) -> int:
    return int(db.execute("SELECT coalesce(max(seq), 0) + 1 FROM history_operations").fetchone()[0])


def new_operation(db: Queryable, label: str, state: str = DONE) -> int:
    """Add an operation on top of its stack; returns its id."""
    cursor = db.execute("INSERT INTO history_operations (label, state, seq) VALUES (?, ?, ?)",
                        [label, state, _next_seq(db)])
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def is_compact(db: Queryable, operation_id: int) -> bool:
    """True when the operation recorded inserts by id only (an import): it is redone from its undo's record."""
    return db.execute("SELECT 1 FROM history_changes WHERE operation_id = ? AND action = 'insert' AND after IS NULL "
                      "LIMIT 1", [operation_id]).fetchone() is not None


def undone_by(db: Queryable, operation_id: int) -> int | None:
    """The log operation of the undo that last undid this operation."""
    row = db.execute("SELECT undone_by FROM history_operations WHERE id = ?", [operation_id]).fetchone()
    return row[0] if row else None


def set_undone_by(db: Queryable, operation_id: int, log_id: int) -> None:
    db.execute("UPDATE history_operations SET undone_by = ? WHERE id = ?", [log_id, operation_id])


def undo_reach(db: Queryable, depth: int) -> int | None:
    """The oldest operation 실행 취소 or 다시 실행 can still reach: the newest `depth` done ones and every undone one."""
    row = db.execute(
        f"SELECT min(id) FROM (SELECT id FROM (SELECT id FROM history_operations WHERE state = '{DONE}' "
        f"ORDER BY seq DESC LIMIT ?) UNION ALL SELECT id FROM history_operations WHERE state = '{UNDONE}')",
        [depth]).fetchone()
    return row[0] if row else None


def trim(db: Queryable, older_than: str, below_id: int | None) -> int:
    """Remove the operations made before `older_than` (and below `below_id`) with their changes; how many."""
    chosen = "SELECT id FROM history_operations WHERE created_at < ? AND (? IS NULL OR id < ?)"
    params = [older_than, below_id, below_id]
    db.execute(f"DELETE FROM history_changes WHERE operation_id IN ({chosen})", params)
    return int(db.execute(f"DELETE FROM history_operations WHERE id IN ({chosen})", params).rowcount)


def set_state(db: Queryable, operation_id: int, state: str) -> None:
    """Move an operation to another stack (on top of it)."""
    db.execute("UPDATE history_operations SET state = ?, seq = ? WHERE id = ?", [state, _next_seq(db), operation_id])


def relabel(db: Queryable, operation_id: int, label: str) -> None:
    db.execute("UPDATE history_operations SET label = ? WHERE id = ?", [label, operation_id])


def change_count(db: Queryable, operation_id: int) -> int:
    return int(db.execute("SELECT count(*) FROM history_changes WHERE operation_id = ?", [operation_id]).fetchone()[0])


def drop_operation(db: Queryable, operation_id: int) -> None:
    db.execute("DELETE FROM history_changes WHERE operation_id = ?", [operation_id])
    db.execute("DELETE FROM history_operations WHERE id = ?", [operation_id])


def close_redo(db: Queryable) -> None:
    """A new change: what was undone can no longer be redone."""
    db.execute(f"UPDATE history_operations SET state = '{CLOSED}' WHERE state = '{UNDONE}'")


def close_all(db: Queryable) -> None:
    """Nothing before this point can be undone or redone any more (after 파기)."""
    db.execute(f"UPDATE history_operations SET state = '{CLOSED}' WHERE state IN ('{DONE}', '{UNDONE}')")


def orphan_tables(db: Queryable) -> dict[str, int]:
    """Table → number of changes recorded outside any operation (code that opened none)."""
    return dict(db.execute(
        "SELECT table_name, count(*) FROM history_changes WHERE operation_id IS NULL GROUP BY table_name").fetchall())


def has_orphans(db: Queryable) -> bool:
    """True when some change was recorded outside any operation (one index probe, however many there are)."""
    return db.execute("SELECT 1 FROM history_changes WHERE operation_id IS NULL LIMIT 1").fetchone() is not None


def orphan_count(db: Queryable, limit: int) -> int:
    """How many changes were recorded outside any operation, counted up to `limit`."""
    return int(db.execute("SELECT count(*) FROM (SELECT 1 FROM history_changes WHERE operation_id IS NULL LIMIT ?)",
                          [limit]).fetchone()[0])


def adopt_orphans(db: Queryable, operation_id: int) -> None:
    db.execute("UPDATE history_changes SET operation_id = ? WHERE operation_id IS NULL", [operation_id])


def top(db: Queryable, state: str) -> Operation | None:
    """The operation on top of the undo (DONE) or redo (UNDONE) stack."""
    row = db.execute("SELECT id, label, state, created_at FROM history_operations WHERE state = ? "
                     "ORDER BY seq DESC LIMIT 1", [state]).fetchone()
    return Operation(*row) if row else None


def operations(db: Queryable, limit: int = 200) -> list[Operation]:
    """The latest operations, newest first."""
    return [Operation(*r) for r in db.execute(
        "SELECT id, label, state, created_at FROM history_operations ORDER BY id DESC LIMIT ?", [limit])]


def changes_of(db: Queryable, operation_id: int) -> list[Change]:
    """The changes of one operation, in the order they were made."""
    return [_change(r) for r in db.execute(
        f"SELECT {_CHANGE_COLUMNS} FROM history_changes c WHERE c.operation_id = ? ORDER BY c.id", [operation_id])]


def table_counts(db: Queryable, operation_id: int) -> dict[tuple[str, str], int]:
    """(table, action) → how many rows an operation changed."""
    return {(t, a): n for t, a, n in db.execute(
        "SELECT table_name, action, count(*) FROM history_changes WHERE operation_id = ? GROUP BY table_name, action",
        [operation_id])}


def record_changes(db: Queryable, owner_table: str, owner_id: int, limit: int = 2000) -> list[Change]:
    """Every recorded change of one record and of the rows filed under it, newest first."""
    return [_change(r[:-1], r[-1] or "") for r in db.execute(
        f"SELECT {_CHANGE_COLUMNS}, o.label FROM history_changes c LEFT JOIN history_operations o "
        "ON o.id = c.operation_id WHERE c.owner_table = ? AND c.owner_id = ? ORDER BY c.id DESC LIMIT ?",
        [owner_table, owner_id, limit])]


def last_delete(db: Queryable, table: str, record_id: int) -> Change | None:
    """The change that last deleted a row, when the row is gone."""
    row = db.execute(f"SELECT {_CHANGE_COLUMNS} FROM history_changes c WHERE c.table_name = ? AND c.record_id = ? "
                     "AND c.action = 'delete' ORDER BY c.id DESC LIMIT 1", [table, record_id]).fetchone()
    return _change(row) if row else None


def row_exists(db: Queryable, table: str, record_id: int) -> bool:
    return db.execute(f"SELECT 1 FROM {_quote(table)} WHERE rowid = ?", [record_id]).fetchone() is not None


# --- replaying ------------------------------------------------------------------------------------
def _table_shape(db: Queryable, table: str) -> tuple[bool, bool]:
    """(has rowid, has an INTEGER PRIMARY KEY that is the rowid)."""
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()
    if sql is None:
        raise LookupError(table)
    has_rowid = "WITHOUT ROWID" not in " ".join(str(sql[0]).upper().split())
    pk = [r for r in db.execute(f"PRAGMA table_info({_quote(table)})") if r[5]]
    alias = has_rowid and len(pk) == 1 and str(pk[0][2]).upper() == "INTEGER"
    return has_rowid, alias


class Replayer:
    """Writes recorded changes back (undo) or again (redo) inside one transaction.

    Each table's shape is read once per replay, not once per row: a 5,000-row import undone read
    it 5,000 times, half the undo's time. Nothing changes the schema while a replay runs.
    """

    def __init__(self, db: Queryable) -> None:
        self.db = db
        self._shapes: dict[str, tuple[bool, bool]] = {}

    def shape(self, table: str) -> tuple[bool, bool]:
        """(has rowid, has an INTEGER PRIMARY KEY that is the rowid), read on first use."""
        if table not in self._shapes:
            self._shapes[table] = _table_shape(self.db, table)
        return self._shapes[table]

    def backwards(self, change: Change) -> None:
        """Write the row as it was before `change`."""
        if change.action == "insert":
            self._delete(change.table, change.record_id, change.after or {})
        elif change.action == "delete":
            self._insert(change.table, change.record_id, change.before or {})
        else:
            self._update(change.table, change.record_id, change.after or {}, change.before or {})

    def forwards(self, change: Change) -> None:
        """Write `change` again (redo)."""
        if change.action == "insert":
            self._insert(change.table, change.record_id, change.after or {})
        elif change.action == "delete":
            self._delete(change.table, change.record_id, change.before or {})
        else:
            self._update(change.table, change.record_id, change.before or {}, change.after or {})

    def _insert(self, table: str, record_id: int | None, row: dict[str, Any]) -> None:
        has_rowid, alias = self.shape(table)
        values = dict(row)
        if has_rowid and not alias and record_id is not None:
            values = {"rowid": record_id, **values}
        names = ", ".join(c if c == "rowid" else _quote(c) for c in values)
        self.db.execute(f"INSERT INTO {_quote(table)} ({names}) VALUES ({', '.join('?' * len(values))})",
                        list(values.values()))

    def _where(self, table: str, record_id: int | None, row: dict[str, Any]) -> tuple[str, list[Any]]:
        has_rowid, _alias = self.shape(table)
        if has_rowid and record_id is not None:
            return "rowid = ?", [record_id]
        return " AND ".join(f"{_quote(c)} IS ?" for c in row), list(row.values())

    def _delete(self, table: str, record_id: int | None, row: dict[str, Any]) -> None:
        where, params = self._where(table, record_id, row)
        self.db.execute(f"DELETE FROM {_quote(table)} WHERE {where}", params)

    def _update(self, table: str, record_id: int | None, match: dict[str, Any], values: dict[str, Any]) -> None:
        where, params = self._where(table, record_id, match)
        assignments = ", ".join(f"{_quote(c)} = ?" for c in values)
        self.db.execute(f"UPDATE {_quote(table)} SET {assignments} WHERE {where}", [*values.values(), *params])


def apply_backwards(db: Queryable, change: Change) -> None:
    """Write the row as it was before `change` (one change; a replay of many uses one `Replayer`)."""
    Replayer(db).backwards(change)


def apply_forwards(db: Queryable, change: Change) -> None:
    """Write `change` again (one change; a replay of many uses one `Replayer`)."""
    Replayer(db).forwards(change)


def defer_foreign_keys(db: Queryable) -> None:
    """Check foreign keys at commit, not per row, for the rest of this transaction (rows come back in any order)."""
    db.execute("PRAGMA defer_foreign_keys = ON")


def soft_deleted(db: Queryable, table: str, name_column: str) -> list[tuple[int, str, str]]:
    """(id, name, deleted_at) of the hidden rows of a table that hides rather than removes; [] otherwise."""
    if "deleted_at" not in [r[1] for r in db.execute(f"PRAGMA table_info({_quote(table)})")]:
        return []
    return [tuple(r) for r in db.execute(  # type: ignore[misc]
        f"SELECT id, {_quote(name_column)}, deleted_at FROM {_quote(table)} WHERE deleted_at IS NOT NULL")]


def removed(db: Queryable, table: str, name_column: str) -> list[tuple[int, str, str]]:
    """(id, name, when) of the rows of `table` the history saw deleted that are no longer there."""
    return [(r[0], r[1] or "", r[2]) for r in db.execute(
        f"SELECT c.record_id, json_extract(c.before, '$.{name_column}'), max(c.changed_at) "
        f"FROM history_changes c LEFT JOIN {_quote(table)} t ON t.rowid = c.record_id "
        "WHERE c.table_name = ? AND c.action = 'delete' AND c.record_id IS NOT NULL AND t.rowid IS NULL "
        "GROUP BY c.record_id", [table])]


def unhide(db: Queryable, table: str, record_id: int) -> None:
    db.execute(f"UPDATE {_quote(table)} SET deleted_at = NULL WHERE id = ?", [record_id])


def references(db: Queryable, table: str) -> list[tuple[str, str]]:
    """(column, parent table) of each foreign key of `table`."""
    return [(r[3], r[2]) for r in db.execute(f"PRAGMA foreign_key_list({_quote(table)})")]
