"""Whole-file checks: SQLite's integrity check and every foreign key."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seecodesk.storage.database import Queryable


def check_integrity(db: Queryable) -> list[str]:
    """Korean descriptions of every problem found; empty when the file is sound."""
    problems = [f"무결성 오류: {row[0]}" for row in db.execute("PRAGMA integrity_check") if row[0] != "ok"]
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check"):
        problems.append(f"'{table}' 표의 {rowid}번 행이 없는 '{parent}' 항목을 가리킵니다.")
    return problems
