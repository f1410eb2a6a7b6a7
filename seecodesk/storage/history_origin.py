"""SQL for who made a change: the origin of an operation, and of the changes made outside any operation.

A connection of SeeCoDesk marks the changes it makes outside any operation with its program's origin,
through a TEMP trigger only that connection has (`mark_changes_of`); a change another program makes
stays unmarked. Filing such changes (`orphan_groups`, `adopt_orphans_of`) keeps them apart by origin,
so an edit of this window and another program's bulk write never become one operation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seecodesk.storage.database import Queryable

MARK_TRIGGER = "seecodesk_marks_own_changes"


def has_origin(db: Queryable) -> bool:
    """True when the file records origins (schema with m0014_history_origin)."""
    return any(row[1] == "origin" for row in db.execute("PRAGMA table_info(history_operations)"))


def origin_of(db: Queryable, operation_id: int) -> str | None:
    """The stored origin of an operation; None when not known."""
    if not has_origin(db):
        return None
    row = db.execute("SELECT origin FROM history_operations WHERE id = ?", [operation_id]).fetchone()
    return row[0] if row else None


def set_origin(db: Queryable, operation_id: int, origin: str | None) -> None:
    """Say who made an operation (the one just opened)."""
    if origin is not None and has_origin(db):
        db.execute("UPDATE history_operations SET origin = ? WHERE id = ?", [origin, operation_id])


def mark_changes_of(db: Queryable, origin: str) -> None:
    """Make this connection mark each change it makes outside an operation with `origin` (for as long as it is open)."""
    if not has_origin(db):
        return
    literal = "'" + origin.replace("'", "''") + "'"
    db.execute(f"DROP TRIGGER IF EXISTS temp.{MARK_TRIGGER}")
    db.execute(f"CREATE TEMP TRIGGER {MARK_TRIGGER} AFTER INSERT ON main.history_changes "
               "WHEN NEW.operation_id IS NULL AND NEW.origin IS NULL "
               f"BEGIN UPDATE history_changes SET origin = {literal} WHERE id = NEW.id; END")


def orphan_groups(db: Queryable) -> list[tuple[str | None, dict[str, int]]]:
    """(origin, table → changes) of the changes made outside any operation, the group with the oldest first."""
    if not has_origin(db):
        counts = dict(db.execute("SELECT table_name, count(*) FROM history_changes WHERE operation_id IS NULL "
                                 "GROUP BY table_name").fetchall())
        return [(None, counts)] if counts else []
    groups: dict[str | None, dict[str, int]] = {}
    newest: dict[str | None, int] = {}
    for origin, table, count, last in db.execute(
            "SELECT origin, table_name, count(*), max(id) FROM history_changes WHERE operation_id IS NULL "
            "GROUP BY origin, table_name"):
        groups.setdefault(origin, {})[table] = count
        newest[origin] = max(newest.get(origin, 0), last)
    return sorted(groups.items(), key=lambda item: newest[item[0]])


def adopt_orphans_of(db: Queryable, operation_id: int, origin: str | None) -> None:
    """File the changes made outside any operation with this origin (NULL: unmarked) under `operation_id`."""
    if not has_origin(db):
        db.execute("UPDATE history_changes SET operation_id = ? WHERE operation_id IS NULL", [operation_id])
        return
    db.execute("UPDATE history_changes SET operation_id = ? WHERE operation_id IS NULL AND origin IS ?",
               [operation_id, origin])


def kind_counts(db: Queryable, operation_id: int) -> dict[tuple[str, str], int]:
    """(table, kind) → rows an operation changed, kind as core.history.change_kind names it, counted in SQL
    from the index (an import's 80,000 changes are not read to say what undoing it does); only updates are
    read, to tell hiding and unhiding from other edits."""
    counts = {(table, action): n for table, action, n in db.execute(
        "SELECT table_name, action, count(*) FROM history_changes WHERE operation_id = ? GROUP BY 1, 2",
        [operation_id])}
    if not any(action == "update" for _table, action in counts):
        return counts
    counts = {key: n for key, n in counts.items() if key[1] != "update"}
    hidden = "json_type(after, '$.deleted_at')"
    kind = (f"CASE WHEN {hidden} IS NULL THEN 'update' "
            f"WHEN {hidden} = 'null' OR json_extract(after, '$.deleted_at') IN ('', 0) THEN 'unhide' ELSE 'hide' END")
    for table, k, n in db.execute(f"SELECT table_name, {kind}, count(*) FROM history_changes "
                                  "WHERE operation_id = ? AND action = 'update' GROUP BY 1, 2", [operation_id]):
        counts[(table, k)] = n
    return counts
