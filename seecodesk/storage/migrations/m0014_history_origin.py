"""Schema 14: who made each change — this window, another window, a command, or a program outside SeeCoDesk.

`history_operations.origin` holds the program that recorded an operation ("window:<run>",
"command:<run>:seecodesk import", "other:" for changes filed from outside), so 실행 취소 in a window
can tell its own edits from another program's bulk write and ask before undoing those.
`history_changes.origin` marks a change made outside any operation by a SeeCoDesk connection (a
temporary trigger of that connection sets it); a change left unmarked came from another program.
Operations recorded before this schema keep NULL: who made them is not known.

The index of changes by operation also holds their table and action, so what undoing an import of
80,000 rows would do is counted from the index alone (the question 실행 취소 asks, on the window's thread).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def apply(db: sqlite_utils.Database) -> None:
    """Add the two columns (a file without the history tables has nothing to add them to)."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'history_operations'").fetchone():
        db.execute("ALTER TABLE history_operations ADD COLUMN origin TEXT")
        db.execute("ALTER TABLE history_changes ADD COLUMN origin TEXT")
        db.execute("DROP INDEX IF EXISTS history_changes_operation")
        db.execute("CREATE INDEX history_changes_operation ON history_changes(operation_id, table_name, action)")
