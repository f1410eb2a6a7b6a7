"""Importing a people list as one undoable operation ("가져오기: 사람 12명"), for the window and the command line."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.core.errors import ImportFileError, SeeCoDeskError
from seecodesk.exchange.people_import import PeopleImportPreview, PersonPlan, build_people_preview
from seecodesk.exchange.reading import read_table
from seecodesk.services.history import HistoryService
from seecodesk.storage import bodies as body_store
from seecodesk.storage import people as people_store

if TYPE_CHECKING:
    import sqlite_utils


@dataclass
class PeopleImportResult:
    """What an import stored."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    seats: int = 0

    def describe(self) -> str:
        """One Korean sentence for the screen and the console."""
        if not self.added and not self.updated and not self.seats:
            return f"파일의 {self.unchanged:,}명은 모두 이미 있고 더할 것이 없어 아무것도 바꾸지 않았습니다."
        text = f"새 사람 {self.added:,}명을 더하고, 이미 있던 {self.updated:,}명에 빈 칸과 새 역할을 더했습니다"
        if self.unchanged:
            text += f" (바뀐 것이 없는 {self.unchanged:,}명은 그대로 두었습니다)"
        if self.seats:
            text += f". 분과·기구 자리 {self.seats:,}개를 더했습니다"
        return text + "."


def preview_people_file(db: sqlite_utils.Database, path: str | Path, encoding: str = "auto") -> PeopleImportPreview:
    """Read a people list (CSV/XLSX) and check every row; writes nothing."""
    return build_people_preview(read_table(path, encoding), db)


def import_people(db: sqlite_utils.Database, preview: PeopleImportPreview) -> PeopleImportResult:
    """Store every person of a clean preview in one transaction (all or none), as one undoable operation."""
    if not preview.can_commit:
        raise ImportFileError(preview.refusal())
    history = HistoryService(db)
    result = PeopleImportResult()
    try:
        with history.operation(f"가져오기: 사람 {len(preview.plans):,}명") as operation:
            for plan in preview.plans:
                _store(db, plan, result)
            history.relabel(operation, f"가져오기: 사람 {result.added + result.updated:,}명")
    except (SeeCoDeskError, sqlite3.Error) as error:
        raise ImportFileError(f"저장하지 못해 아무것도 가져오지 않았습니다 ({error}).") from error
    return result


def _store(db: sqlite_utils.Database, plan: PersonPlan, result: PeopleImportResult) -> None:
    if plan.existing is None:
        person_id = people_store.insert_person(db, plan.person)
        result.added += 1
    else:
        assert plan.existing.id is not None
        person_id = plan.existing.id
        if plan.merged() != plan.existing:
            people_store.update_person(db, plan.merged())
            result.updated += 1
        elif not plan.seats:
            result.unchanged += 1
    for body_id, seat in plan.seats:
        body_store.add_seat(db, body_id, replace(seat, person_id=person_id))
        result.seats += 1
