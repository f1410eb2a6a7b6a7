"""Schema 13: a compact way to record a bulk insert (an import), and history trimming.

`history_state.compact` set to 1 makes the insert triggers keep only which record was added (table,
id, owner), not the whole row, and nothing for a row that belongs to a record added in the same
operation and goes with it when that record is deleted (a designation of a new organisation): an
import of 977 organisations keeps 977 small history rows. Undoing it deletes the records by id
(their rows go with them); redoing it plays the undo's own record of what it deleted backwards,
found through `history_operations.undone_by`. `history_state.changed_at` holds the moment the open
operation began, which its changes take instead of each reading the clock. The triggers are made
anew to read them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def apply(db: sqlite_utils.Database) -> None:
    """Add the flag and remake the history triggers."""
    from seecodesk.storage.history_triggers import install_history_triggers

    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'history_state'").fetchone():
        db.execute("ALTER TABLE history_state ADD COLUMN compact INTEGER NOT NULL DEFAULT 0")
        db.execute("ALTER TABLE history_state ADD COLUMN changed_at TEXT")
        db.execute("ALTER TABLE history_operations ADD COLUMN undone_by INTEGER")
    install_history_triggers(db)
