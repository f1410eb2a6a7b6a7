"""SQL for bodies (분과·TFT·이사회 …) and their members over time."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from seecodesk.core.bodies import Body, BodyMember
from seecodesk.core.errors import DuplicateError, NotFoundError
from seecodesk.storage.rows import insert_row, update_row

if TYPE_CHECKING:
    import sqlite_utils

_BODY_COLUMNS = ("name", "kind", "purpose", "cadence", "cadence_period", "notes", "sort_order")
_MEMBER_FIELDS = ("person_id", "role", "term", "started_on", "ended_on", "person_name", "affiliation", "id")


def list_bodies(db: sqlite_utils.Database) -> list[Body]:
    """Every body with its members (people's names and affiliations), in the bodies' order."""
    bodies = [Body(**dict(zip((*_BODY_COLUMNS, "id"), row, strict=True))) for row in db.execute(
        f"SELECT {', '.join(_BODY_COLUMNS)}, id FROM bodies ORDER BY sort_order, id")]
    members: dict[int, list[BodyMember]] = defaultdict(list)
    for row in db.execute(
        "SELECT bm.body_id, bm.person_id, bm.role, bm.term, bm.started_on, bm.ended_on, p.name, "
        "CASE WHEN o.name IS NOT NULL THEN o.name ELSE p.affiliation END, bm.id "
        "FROM body_members bm JOIN people p ON p.id = bm.person_id "
        "LEFT JOIN organisations o ON o.id = p.organisation_id AND o.deleted_at IS NULL "
        "WHERE p.deleted_at IS NULL ORDER BY bm.body_id, bm.started_on, bm.id"
    ):
        members[row[0]].append(BodyMember(**dict(zip(_MEMBER_FIELDS, row[1:], strict=True))))
    for body in bodies:
        body.members = sorted(members.get(body.id or 0, []), key=lambda m: (not m.is_chair, m.started_on))
    return bodies


def get_body(db: sqlite_utils.Database, body_id: int) -> Body:
    for body in list_bodies(db):
        if body.id == body_id:
            return body
    raise NotFoundError("분과·기구를 찾을 수 없습니다. 이미 지워졌을 수 있습니다.")


def body_names(db: sqlite_utils.Database) -> dict[int, str]:
    """Body id → name."""
    return {row[0]: row[1] for row in db.execute("SELECT id, name FROM bodies")}


def body_kinds(db: sqlite_utils.Database) -> list[tuple[int, str, str]]:
    """(id, name, kind) of every body, in display order."""
    return [(r[0], r[1], r[2]) for r in db.execute("SELECT id, name, kind FROM bodies ORDER BY sort_order, id")]


def body_order(db: sqlite_utils.Database) -> list[int]:
    """Body ids in their display order."""
    return [row[0] for row in db.execute("SELECT id FROM bodies ORDER BY sort_order, id")]


def find_body(db: sqlite_utils.Database, name: str) -> int | None:
    """The id of the body called `name` (spaces ignored), or None."""
    wanted = name.replace(" ", "")
    for body_id, body_name in body_names(db).items():
        if body_name.replace(" ", "") == wanted:
            return body_id
    return None


def save_body(db: sqlite_utils.Database, body: Body) -> int:
    """Insert or replace a body and its member list; returns the id."""
    other = find_body(db, body.name)
    if other is not None and other != body.id:
        raise DuplicateError(f"'{body.name}'이라는 분과·기구가 이미 있습니다.")
    row = {c: getattr(body, c) for c in _BODY_COLUMNS}
    with db.atomic():
        if body.id is None:
            if not body.sort_order:
                row["sort_order"] = db.execute("SELECT coalesce(max(sort_order), -1) + 1 FROM bodies").fetchone()[0]
            body_id = insert_row(db, "bodies", row)
        else:
            get_body(db, body.id)
            body_id = body.id
            update_row(db, "bodies", body_id, row)
            db.execute("DELETE FROM body_members WHERE body_id = ?", [body_id])
        for m in body.members:
            db.execute("INSERT INTO body_members (body_id, person_id, role, term, started_on, ended_on) "
                       "VALUES (?, ?, ?, ?, ?, ?)", [body_id, m.person_id, m.role, m.term, m.started_on, m.ended_on])
    return body_id


def delete_body(db: sqlite_utils.Database, body_id: int) -> None:
    """Delete a body; its seats go with it and its tasks lose their owner (kept in the plan)."""
    db.execute("DELETE FROM bodies WHERE id = ?", [body_id])


def people_choices(db: sqlite_utils.Database) -> list[tuple[int, str]]:
    """(person id, '이름 · 소속') for every live person, members or not (e.g. a city official)."""
    rows = db.execute(
        "SELECT p.id, p.name, coalesce(o.name, p.affiliation), p.title FROM people p "
        "LEFT JOIN organisations o ON o.id = p.organisation_id AND o.deleted_at IS NULL "
        "WHERE p.deleted_at IS NULL ORDER BY p.name, p.id")
    return [(r[0], f"{r[1]} · {r[2]}{' ' + r[3] if r[3] else ''}") for r in rows]


def tasks_of_body(db: sqlite_utils.Database, body_id: int) -> list[tuple[str, str, str]]:
    """(plan name, task code, task title) of the tasks the body owns."""
    rows = db.execute(
        "SELECT p.name, n.code, n.title FROM plan_tasks t JOIN plan_nodes n ON n.id = t.node_id "
        "JOIN plans p ON p.id = n.plan_id WHERE t.body_id = ? ORDER BY p.start_month DESC, n.code", [body_id])
    return [tuple(r) for r in rows]  # type: ignore[misc]


def seat_keys(db: sqlite_utils.Database) -> set[tuple[int, int, str, str]]:
    """(body id, person id, role, started_on) of every seat, to tell a seat already held."""
    return {(r[0], r[1], r[2], r[3]) for r in db.execute("SELECT body_id, person_id, role, started_on FROM body_members")}


def add_seat(db: sqlite_utils.Database, body_id: int, member: BodyMember) -> None:
    """Seat one person on a body (an import adds seats; the body's own form rewrites them all)."""
    db.execute("INSERT INTO body_members (body_id, person_id, role, term, started_on, ended_on) VALUES (?, ?, ?, ?, ?, ?)",
               [body_id, member.person_id, member.role, member.term, member.started_on, member.ended_on])
