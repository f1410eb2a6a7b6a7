"""Read-only SQL across meetings: the list, a body's roll on a date, quorum rules, open actions, attendance."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from seecodesk.core.attendance import AttendanceRow, QuorumRule
from seecodesk.core.meetings import ATTENDED, ActionItem, default_title

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class MeetingRow:
    """What the meeting list shows of one meeting."""

    id: int
    date: str
    start_time: str
    kind: str
    body_id: int | None
    body_name: str
    number: int | None
    title: str
    place: str
    online: bool
    invited: int
    attended: int
    agenda_items: int
    open_actions: int


@dataclass(frozen=True)
class RosterMember:
    """A current member of a body on a given date."""

    person_id: int
    name: str
    organisation: str
    title: str
    affiliation: str
    role: str


@dataclass(frozen=True)
class OpenAction:
    """An unfinished action item with the meeting it came from and its owner's name."""

    action: ActionItem
    meeting_date: str
    meeting_title: str
    body_id: int | None
    owner: str


_LIST_SQL = """
SELECT m.id, m.date, m.start_time, m.kind, m.body_id, coalesce(b.name, ''), m.number, m.title, m.place, m.online,
       (SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id),
       (SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.status IN ('present', 'late')),
       (SELECT count(*) FROM agenda_items g WHERE g.meeting_id = m.id),
       (SELECT count(*) FROM action_items x WHERE x.meeting_id = m.id AND x.status IN ('예정', '진행중'))
FROM meetings m LEFT JOIN bodies b ON b.id = m.body_id
WHERE m.deleted_at IS NULL {where}
ORDER BY m.date DESC, m.start_time DESC, m.id DESC
"""


def _filters(*conditions: tuple[str, Any]) -> tuple[str, list[Any]]:
    """' AND …' clauses (fixed SQL) and their parameters, for the conditions whose value is not None."""
    given = [(sql, value) for sql, value in conditions if value is not None]
    return "".join(f" AND {sql}" for sql, _ in given), [value for _, value in given]


def meeting_rows(db: sqlite_utils.Database, body_id: int | None = None, kind: str = "",
                 year: int | None = None) -> list[MeetingRow]:
    """Live meetings, newest first, filtered by body, kind and year when given."""
    where, params = _filters(("m.body_id = ?", body_id), ("m.kind = ?", kind or None),
                             ("substr(m.date, 1, 4) = ?", None if year is None else f"{year:04d}"))
    sql = _LIST_SQL.format(where=where)
    return [MeetingRow(id=r[0], date=r[1], start_time=r[2], kind=r[3], body_id=r[4], body_name=r[5], number=r[6],
                       title=r[7], place=r[8], online=bool(r[9]), invited=r[10], attended=r[11],
                       agenda_items=r[12], open_actions=r[13]) for r in db.execute(sql, params)]


def meeting_years(db: sqlite_utils.Database) -> list[int]:
    """Years that have meetings, newest first."""
    return [int(r[0]) for r in db.execute("SELECT DISTINCT substr(date, 1, 4) FROM meetings "
                                          "WHERE deleted_at IS NULL ORDER BY 1 DESC")]


def roster(db: sqlite_utils.Database, body_id: int, on: str) -> list[RosterMember]:
    """Members of the body whose term covers the date `on` (ISO), chair first."""
    sql = """
    SELECT p.id, p.name, coalesce(o.name, ''), p.title, p.affiliation, bm.role
    FROM body_members bm JOIN people p ON p.id = bm.person_id AND p.deleted_at IS NULL
    LEFT JOIN organisations o ON o.id = p.organisation_id AND o.deleted_at IS NULL
    WHERE bm.body_id = ? AND (bm.started_on = '' OR bm.started_on <= ?) AND (bm.ended_on = '' OR bm.ended_on >= ?)
    ORDER BY CASE WHEN bm.role = '위원' THEN 1 ELSE 0 END, bm.id
    """
    seen: dict[int, RosterMember] = {}
    for r in db.execute(sql, [body_id, on, on]):
        seen.setdefault(r[0], RosterMember(*r))
    return list(seen.values())


def member_organisation_ids(db: sqlite_utils.Database, on: str) -> set[int]:
    """Organisations that were members on the date `on`."""
    sql = """SELECT DISTINCT o.id FROM organisations o JOIN membership_periods mp ON mp.organisation_id = o.id
             WHERE o.deleted_at IS NULL AND mp.joined_on <= ? AND (mp.left_on = '' OR mp.left_on >= ?)"""
    return {r[0] for r in db.execute(sql, [on, on])}


def organisations_present(db: sqlite_utils.Database, meeting_id: int) -> set[int]:
    """Organisations with at least one person present (or late) at the meeting."""
    sql = """SELECT DISTINCT p.organisation_id FROM meeting_attendees a JOIN people p ON p.id = a.person_id
             WHERE a.meeting_id = ? AND a.status IN ('present', 'late') AND p.organisation_id IS NOT NULL"""
    return {r[0] for r in db.execute(sql, [meeting_id])}


def quorum_rule(db: sqlite_utils.Database, body_id: int) -> QuorumRule | None:
    """The body's stored quorum rule, or None."""
    row = db.execute("SELECT rule, basis, fixed_count, note FROM quorum_rules WHERE body_id = ?", [body_id]).fetchone()
    return QuorumRule(*row) if row else None


def set_quorum_rule(db: sqlite_utils.Database, body_id: int, rule: QuorumRule) -> None:
    """Store (or replace) the body's quorum rule."""
    db.execute("INSERT INTO quorum_rules (body_id, rule, basis, fixed_count, note) VALUES (?, ?, ?, ?, ?) "
               "ON CONFLICT(body_id) DO UPDATE SET rule = excluded.rule, basis = excluded.basis, "
               "fixed_count = excluded.fixed_count, note = excluded.note",
               [body_id, rule.rule, rule.basis, rule.fixed_count, rule.note])


_ACTION_SQL = """
SELECT x.id, x.meeting_id, x.what, x.owner_person_id, x.owner_body_id, x.owner_name, x.due_on, x.status,
       x.done_on, x.task_id, x.note, m.date, m.title, m.kind, m.number, m.body_id, coalesce(mb.name, ''),
       coalesce(p.name, ob.name, x.owner_name, '')
FROM action_items x JOIN meetings m ON m.id = x.meeting_id AND m.deleted_at IS NULL
LEFT JOIN bodies mb ON mb.id = m.body_id
LEFT JOIN people p ON p.id = x.owner_person_id
LEFT JOIN bodies ob ON ob.id = x.owner_body_id
WHERE x.status IN ('예정', '진행중') {where}
ORDER BY CASE WHEN x.due_on = '' THEN 1 ELSE 0 END, x.due_on, m.date, x.position
"""


def open_actions(db: sqlite_utils.Database, body_id: int | None = None, before: str | None = None) -> list[OpenAction]:
    """Unfinished action items, soonest due first; optionally of one body's meetings held before a date."""
    where, params = _filters(("m.body_id = ?", body_id), ("m.date < ?", before))
    result = []
    for r in db.execute(_ACTION_SQL.format(where=where), params):
        action = ActionItem(id=r[0], meeting_id=r[1], what=r[2], owner_person_id=r[3], owner_body_id=r[4],
                            owner_name=r[5], due_on=r[6], status=r[7], done_on=r[8], task_id=r[9], note=r[10])
        title = r[12] or default_title(r[13], r[11], r[14], r[16])
        result.append(OpenAction(action=action, meeting_date=r[11], meeting_title=title, body_id=r[15],
                                 owner=r[17] or "(담당 미정)"))
    return result


def agenda_action_ids(db: sqlite_utils.Database, meeting_id: int) -> set[int]:
    """Action items already carried into this meeting's agenda."""
    return {r[0] for r in db.execute("SELECT from_action_id FROM agenda_items WHERE meeting_id = ? "
                                     "AND from_action_id IS NOT NULL", [meeting_id])}


_ATTENDANCE_SQL = """
SELECT coalesce('p' || a.person_id, 'g' || a.guest_name), coalesce(p.name, a.guest_name),
       coalesce(o.name, nullif(a.guest_organisation, ''), ''), a.affiliation, a.status IN ({attended}), count(*)
FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id AND m.deleted_at IS NULL
LEFT JOIN people p ON p.id = a.person_id
LEFT JOIN organisations o ON o.id = p.organisation_id
WHERE a.status != 'invited' AND m.date BETWEEN ? AND ? {where}
GROUP BY 1, 2, 3, 4, 5
ORDER BY min(m.date || printf('%012d%012d', m.id, a.id))
"""


def attendance_rows(db: sqlite_utils.Database, start: str, end: str, body_id: int | None = None,
                    kind: str = "") -> list[AttendanceRow]:
    """Every decided invitation (not 'invited') of meetings between `start` and `end` inclusive, alike ones
    counted together in SQL; in the order their first invitation was held (the label a person is shown with)."""
    where, params = _filters(("m.body_id = ?", body_id), ("m.kind = ?", kind or None))
    sql = _ATTENDANCE_SQL.format(attended=", ".join("?" * len(ATTENDED)), where=where)
    return [AttendanceRow(key=r[0], name=r[1], organisation=r[2], affiliation=r[3], attended=bool(r[4]), times=r[5])
            for r in db.execute(sql, [*ATTENDED, start, end, *params])]


def meetings_held(db: sqlite_utils.Database, start: str, end: str) -> list[tuple[str, int]]:
    """(body name or kind, count) of meetings held in the period — a 성과지표 city hall asks for."""
    sql = """SELECT coalesce(b.name, m.kind), count(*) FROM meetings m LEFT JOIN bodies b ON b.id = m.body_id
             WHERE m.deleted_at IS NULL AND m.date BETWEEN ? AND ? GROUP BY 1 ORDER BY 2 DESC, 1"""
    return [(r[0], int(r[1])) for r in db.execute(sql, [start, end])]


def person_names(db: sqlite_utils.Database, person_ids: set[int]) -> dict[int, str]:
    """Names of the given people (deleted ones included: old minutes keep their names)."""
    ids = sorted(person_ids)
    if not ids:
        return {}
    rows = db.execute(f"SELECT id, name FROM people WHERE id IN ({', '.join('?' * len(ids))})", ids)
    return {r[0]: r[1] for r in rows}


def organisation_ids_of(db: sqlite_utils.Database, person_ids: list[int]) -> set[int]:
    """The organisations the given people belong to (deleted people included, as on their meeting's roll)."""
    if not person_ids:
        return set()
    rows = db.execute(f"SELECT DISTINCT organisation_id FROM people WHERE organisation_id IS NOT NULL "
                      f"AND id IN ({', '.join('?' * len(person_ids))})", person_ids)
    return {r[0] for r in rows}


def highest_number(db: sqlite_utils.Database, body_id: int, on: str, kind: str) -> int:
    """The highest number the body gave a live meeting of `kind` earlier in the year of `on` (0 for none)."""
    row = db.execute("SELECT max(number) FROM meetings WHERE body_id = ? AND kind = ? AND deleted_at IS NULL "
                     "AND substr(date, 1, 4) = ? AND date < ?", [body_id, kind, on[:4], on]).fetchone()
    return int(row[0] or 0)


def people_choices(db: sqlite_utils.Database) -> list[RosterMember]:
    """Every live person as someone to invite (role left blank), by name."""
    sql = """SELECT p.id, p.name, coalesce(o.name, ''), p.title, p.affiliation, ''
             FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id AND o.deleted_at IS NULL
             WHERE p.deleted_at IS NULL ORDER BY p.name, p.id"""
    return [RosterMember(*r) for r in db.execute(sql)]
