"""Body use cases: list, save (with members and chair terms), delete, people to choose from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from seecodesk.core.bodies import Body, validated_body
from seecodesk.storage import bodies as store

if TYPE_CHECKING:
    import sqlite_utils


@dataclass
class BodyService:
    """The bodies (분과, TFT, 이사회 …) of one network database."""

    db: sqlite_utils.Database

    def bodies(self) -> list[Body]:
        return store.list_bodies(self.db)

    def body(self, body_id: int) -> Body:
        return store.get_body(self.db, body_id)

    def save(self, body: Body) -> Body:
        """Validate and store a body with its members; returns the stored version."""
        clean = validated_body(body)
        body_id = store.save_body(self.db, clean)
        return store.get_body(self.db, body_id)

    def delete(self, body_id: int) -> None:
        """Delete a body; the tasks it owned stay in the plan without an owner."""
        with self.db.atomic():
            store.delete_body(self.db, body_id)

    def people_choices(self) -> list[tuple[int, str]]:
        return store.people_choices(self.db)

    def tasks_of(self, body_id: int) -> list[tuple[str, str, str]]:
        return store.tasks_of_body(self.db, body_id)

    def names(self) -> dict[int, str]:
        """Body id → name."""
        return store.body_names(self.db)

    def ordered_names(self) -> list[tuple[int, str]]:
        """(id, name) in the bodies' display order."""
        names = store.body_names(self.db)
        return [(body_id, names[body_id]) for body_id in store.body_order(self.db)]

    def find(self, name: str) -> int | None:
        return store.find_body(self.db, name)
