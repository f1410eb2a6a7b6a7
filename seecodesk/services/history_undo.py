"""실행 취소 as a careful window does it: say what would be undone, and undo a large change off the window's thread.

`undo_plan` tells what is on top of the undo stack — what kind of change, when, how many rows, which
program made it — so the window can ask before undoing another program's bulk write or a large change
of its own (core.history.UndoPlan.needs_question). `undo_file` undoes it through a connection of its own,
for a worker, in one transaction: stopped midway (its progress callback raises), nothing is undone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from seecodesk.core.history import IMPORT_PREFIX, UndoPlan, undo_effect
from seecodesk.services.history import HistoryService, Progress, Replayed
from seecodesk.services.history_origin import is_own
from seecodesk.storage import history as store
from seecodesk.storage import history_origin as origins
from seecodesk.storage.database import open_writer, wrap_connection

if TYPE_CHECKING:
    from pathlib import Path


def undo_plan(history: HistoryService) -> UndoPlan | None:
    """What 실행 취소 would undo now; None when nothing. Changes made outside an operation are not filed here."""
    if not history.enabled:
        return None
    db = history.db
    op = store.top(db, store.DONE)
    if op is None:
        return None
    origin = origins.origin_of(db, op.id)
    is_import = op.label.startswith(IMPORT_PREFIX) or store.is_compact(db, op.id)
    counts = origins.kind_counts(db, op.id)  # one scan of the index, however big the operation
    return UndoPlan(op.id, op.label, op.created_at, sum(counts.values()), undo_effect(counts), origin,
                    is_own(origin), is_import)


def undo_file(path: Path, expected: int, progress: Progress | None = None) -> Replayed | None:
    """Undo operation `expected` (refused if another is on top) through a connection of its own, all or nothing."""
    conn = open_writer(path)
    try:
        db = wrap_connection(conn)
        conn.execute("BEGIN IMMEDIATE")  # waits for a writer elsewhere here, not midway
        try:
            done = HistoryService(db).undo(expected, progress)
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
        return done
    finally:
        conn.close()
