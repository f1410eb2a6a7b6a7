"""SQL for people, their roles over time and their consent records."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from seecodesk.core.errors import NotFoundError
from seecodesk.core.members import Consent, Person, Role
from seecodesk.storage.rows import child_rows, insert_row, update_row, without

if TYPE_CHECKING:
    import sqlite_utils

_PERSON_COLUMNS = (
    "organisation_id", "affiliation", "name", "title", "mobile", "phone", "email", "gender", "in_group_chat", "notes",
)


def _person_row(person: Person) -> dict[str, Any]:
    row = {column: getattr(person, column) for column in _PERSON_COLUMNS}
    row["in_group_chat"] = int(bool(person.in_group_chat))
    return row


def insert_person(db: sqlite_utils.Database, person: Person) -> int:
    """Store a new person with roles and consents; returns the id."""
    with db.atomic():
        person_id = insert_row(db, "people", _person_row(person))
        _write_children(db, person_id, person)
    return person_id


def update_person(db: sqlite_utils.Database, person: Person) -> None:
    """Replace the stored person `person.id` (roles and consents included)."""
    if person.id is None or get_person_or_none(db, person.id) is None:
        raise NotFoundError("수정하려는 사람을 찾을 수 없습니다.")
    with db.atomic():
        update_row(db, "people", person.id, _person_row(person), stamp=True)
        db.execute("DELETE FROM person_roles WHERE person_id = ?", [person.id])
        db.execute("DELETE FROM consents WHERE person_id = ?", [person.id])
        _write_children(db, person.id, person)


def _write_children(db: sqlite_utils.Database, person_id: int, person: Person) -> None:
    for table, items in (("person_roles", person.roles), ("consents", person.consents)):
        rows = child_rows(items, "person_id", person_id)
        for row in rows:
            if "third_party" in row:
                row["third_party"] = int(bool(row["third_party"]))
        if rows:
            for row in rows:  # not sqlite-utils' insert_all: it reads the whole schema (every trigger's SQL) per call
                insert_row(db, table, row)


def get_person_or_none(db: sqlite_utils.Database, person_id: int) -> Person | None:
    """The live person with roles and consents, or None."""
    rows = list(db.query(f"SELECT id, {', '.join(_PERSON_COLUMNS)} FROM people WHERE id = ? AND deleted_at IS NULL",
                         [person_id]))
    if not rows:
        return None
    person = Person(**{**rows[0], "in_group_chat": bool(rows[0]["in_group_chat"])})
    person.roles = [
        Role(**without(r, "person_id"))
        for r in db.query("SELECT * FROM person_roles WHERE person_id = ? ORDER BY started_on, id", [person_id])
    ]
    person.consents = [
        Consent(**{**without(r, "person_id"), "third_party": bool(r["third_party"])})
        for r in db.query("SELECT * FROM consents WHERE person_id = ? ORDER BY consented_on, id", [person_id])
    ]
    return person


def get_person(db: sqlite_utils.Database, person_id: int) -> Person:
    """The live person, or `NotFoundError`."""
    person = get_person_or_none(db, person_id)
    if person is None:
        raise NotFoundError("사람을 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.")
    return person


def people_of(db: sqlite_utils.Database, organisation_id: int) -> list[Person]:
    """The live people of one organisation, by name."""
    ids = [r[0] for r in db.execute(
        "SELECT id FROM people WHERE organisation_id = ? AND deleted_at IS NULL ORDER BY name", [organisation_id])]
    return [get_person(db, i) for i in ids]


def all_people_brief(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """id, name, title, phones, email, organisation name and affiliation of every live person, by name."""
    return list(db.query(
        "SELECT p.id, p.name, p.title, p.affiliation, p.mobile, p.phone, p.email, p.organisation_id, "
        "coalesce(o.name, '') AS organisation "
        "FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id AND o.deleted_at IS NULL "
        "WHERE p.deleted_at IS NULL ORDER BY p.name, p.id"
    ))


def soft_delete_person(db: sqlite_utils.Database, person_id: int) -> None:
    """Hide the person; `restore_person` brings them back."""
    if get_person_or_none(db, person_id) is None:
        raise NotFoundError("삭제하려는 사람을 찾을 수 없습니다.")
    db.execute("UPDATE people SET deleted_at = datetime('now') WHERE id = ?", [person_id])


def restore_person(db: sqlite_utils.Database, person_id: int) -> None:
    """Undo `soft_delete_person`."""
    db.execute("UPDATE people SET deleted_at = NULL WHERE id = ?", [person_id])


def roles_by_person(db: sqlite_utils.Database) -> dict[int, list[Role]]:
    """person id → their roles, by start date."""
    found: dict[int, list[Role]] = {}
    for r in db.query("SELECT * FROM person_roles ORDER BY started_on, id"):
        found.setdefault(r["person_id"], []).append(Role(**without(r, "person_id")))
    return found
