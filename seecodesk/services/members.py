"""Member directory use cases: save, delete, look up, list — each change one labelled, undoable operation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from seecodesk.core.members import Organisation, Person, validated_organisation, validated_person
from seecodesk.services.history import HistoryService
from seecodesk.storage import organisations as org_store
from seecodesk.storage import people as people_store
from seecodesk.storage.directory import DirectoryRow, directory_rows

if TYPE_CHECKING:
    import sqlite_utils


@dataclass
class DeletedMembers:
    """What a delete removed (편집 → 실행 취소 brings it back)."""

    organisation_ids: list[int] = field(default_factory=list)
    person_ids: list[int] = field(default_factory=list)
    label: str = ""


class MemberService:
    """The member directory of one network database."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.history = HistoryService(db)

    def directory(self) -> list[DirectoryRow]:
        """Every live organisation, as the directory table shows them (the first screen: Workspace)."""
        return directory_rows(self.db)

    def has_organisation(self, org_id: int) -> bool:
        """True while the organisation is in the directory (not deleted)."""
        return org_store.exists(self.db, org_id)

    def organisation(self, org_id: int) -> Organisation:
        return org_store.get_organisation(self.db, org_id)

    def save_organisation(self, org: Organisation) -> Organisation:
        """Validate and store (insert when `org.id` is None); returns the stored version."""
        clean = validated_organisation(org)
        with self.history.operation(f"회원사 {'추가' if clean.id is None else '수정'} ({clean.name})"):
            if clean.id is None:
                clean.id = org_store.insert_organisation(self.db, clean)
            else:
                org_store.update_organisation(self.db, clean)
        return org_store.get_organisation(self.db, clean.id)

    def delete_organisations(self, org_ids: list[int]) -> DeletedMembers:
        """Delete organisations (their people stay, without organisation); 실행 취소 brings them back."""
        names = [org_store.get_organisation(self.db, i).name for i in org_ids]
        label = names[0] if len(names) == 1 else f"{names[0]} 외 {len(names) - 1}곳"
        with self.history.operation(f"회원사 삭제 ({label})"):
            for org_id in org_ids:
                org_store.soft_delete(self.db, org_id)
        return DeletedMembers(organisation_ids=list(org_ids), label=label)

    def people_of(self, org_id: int) -> list[Person]:
        return people_store.people_of(self.db, org_id)

    def person(self, person_id: int) -> Person:
        return people_store.get_person(self.db, person_id)

    def save_person(self, person: Person) -> Person:
        """Validate and store a person (insert when `person.id` is None)."""
        clean = validated_person(person)
        with self.history.operation(f"사람 {'추가' if clean.id is None else '수정'} ({clean.name})"):
            if clean.id is None:
                clean.id = people_store.insert_person(self.db, clean)
            else:
                people_store.update_person(self.db, clean)
        return people_store.get_person(self.db, clean.id)

    def delete_person(self, person_id: int) -> DeletedMembers:
        """Delete one person; 실행 취소 brings them back."""
        name = people_store.get_person(self.db, person_id).name
        with self.history.operation(f"사람 삭제 ({name})"):
            people_store.soft_delete_person(self.db, person_id)
        return DeletedMembers(person_ids=[person_id], label=name)

    def people_brief(self) -> list[dict[str, Any]]:
        """Every live person (id, name, title, affiliation, phones, email, organisation_id, organisation), by name."""
        return people_store.all_people_brief(self.db)
