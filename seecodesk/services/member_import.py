"""Importing organisations as one undoable operation ("가져오기: 회원사 977곳").

The window and the command line both store an import through here, so 편집 → 실행 취소 right
after it removes exactly what it added, and says how many organisations that is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from seecodesk.exchange.member_import import ImportPreview, ImportResult, Progress, commit_import
from seecodesk.services.history import HistoryService

if TYPE_CHECKING:
    import sqlite_utils


def import_members(db: sqlite_utils.Database, preview: ImportPreview,
                   progress: Progress | None = None) -> ImportResult:
    """Store the preview's rows (all or none) as one operation; returns what was added, updated, skipped."""
    history = HistoryService(db)
    with history.operation(history.import_label(len(preview.rows_to_import))) as operation, history.compact():
        result = commit_import(db, preview, progress)
        history.relabel(operation, history.import_label(result.added + result.updated))
    return result
