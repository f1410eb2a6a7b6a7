"""Member directory use cases: save, delete with undo, look up, list."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from seecodesk.core.members import Organisation, Person, validated_organisation, validated_person
from seecodesk.storage import organisations as org_store
from seecodesk.storage import people as people_store
from seecodesk.storage.directory import DirectoryRow, directory_rows

if TYPE_CHECKING:
    import sqlite_utils


@dataclass
class DeletedMembers:
    """What the last delete removed, so Ctrl+Z can bring it back."""

    organisation_ids: list[int] = field(default_factory=list)
    person_ids: list[int] = field(default_factory=list)
    label: str = ""


class MemberService:
    """The member directory of one network database."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.last_deleted: DeletedMembers | None = None

    def directory(self) -> list[DirectoryRow]:
        """Every live organisation, as the directory table shows them (the first screen: Workspace)."""
        return directory_rows(self.db)

    def organisation(self, org_id: int) -> Organisation:
        return org_store.get_organisation(self.db, org_id)

    def save_organisation(self, org: Organisation) -> Organisation:
        """Validate and store (insert when `org.id` is None); returns the stored version."""
        clean = validated_organisation(org)
        if clean.id is None:
            clean.id = org_store.insert_organisation(self.db, clean)
        else:
            org_store.update_organisation(self.db, clean)
        return org_store.get_organisation(self.db, clean.id)

    def delete_organisations(self, org_ids: list[int]) -> DeletedMembers:
        """Delete organisations (their people stay, without organisation); undoable."""
        with self.db.atomic():
            names = [org_store.get_organisation(self.db, i).name for i in org_ids]
            for org_id in org_ids:
                org_store.soft_delete(self.db, org_id)
        label = names[0] if len(names) == 1 else f"{names[0]} 외 {len(names) - 1}곳"
        self.last_deleted = DeletedMembers(organisation_ids=list(org_ids), label=label)
        return self.last_deleted

    def undo_last_delete(self) -> DeletedMembers | None:
        """Bring back what the last delete removed; None when there is nothing to undo."""
        deleted = self.last_deleted
        if deleted is None:
            return None
        with self.db.atomic():
            for org_id in deleted.organisation_ids:
                org_store.restore(self.db, org_id)
            for person_id in deleted.person_ids:
                people_store.restore_person(self.db, person_id)
        self.last_deleted = None
        return deleted

    def people_of(self, org_id: int) -> list[Person]:
        return people_store.people_of(self.db, org_id)

    def person(self, person_id: int) -> Person:
        return people_store.get_person(self.db, person_id)

    def save_person(self, person: Person) -> Person:
        """Validate and store a person (insert when `person.id` is None)."""
        clean = validated_person(person)
        if clean.id is None:
            clean.id = people_store.insert_person(self.db, clean)
        else:
            people_store.update_person(self.db, clean)
        return people_store.get_person(self.db, clean.id)

    def delete_person(self, person_id: int) -> DeletedMembers:
        """Delete one person; undoable."""
        name = people_store.get_person(self.db, person_id).name
        people_store.soft_delete_person(self.db, person_id)
        self.last_deleted = DeletedMembers(person_ids=[person_id], label=name)
        return self.last_deleted

    def people_brief(self) -> list[dict[str, Any]]:
        """Every live person (id, name, title, affiliation, phones, email, organisation_id, organisation), by name."""
        return people_store.all_people_brief(self.db)
