"""The home screen's reads: small, indexed queries on a plain connection (the home is the first paint).

Each returns plain tuples; nothing here imports sqlite_utils.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from seecodesk.storage.database import Queryable


class UpcomingMeeting(NamedTuple):
    id: int
    date: str
    start_time: str
    kind: str
    number: int | None
    title: str
    body_name: str
    place: str
    online: bool
    coming: int  # 참석 replies
    not_coming: int  # 불참
    undecided: int  # 미정
    invited: int


class OverdueAction(NamedTuple):
    id: int
    meeting_id: int
    what: str
    due_on: str
    owner: str


class TaskMonths(NamedTuple):
    task_id: int
    code: str
    title: str
    status: str
    plan_name: str
    first_month: str
    last_month: str
    months_in_quarter: int


class WaitingApplication(NamedTuple):
    id: int
    company_name: str
    applied_on: str


class UnpaidDues(NamedTuple):
    organisation_id: int
    name: str
    due: int
    paid: int


_MEETINGS_SQL = """
SELECT m.id, m.date, m.start_time, m.kind, m.number, m.title, coalesce(b.name, ''), m.place, m.online,
       coalesce(sum(a.reply = '참석'), 0), coalesce(sum(a.reply = '불참'), 0), coalesce(sum(a.reply = '미정'), 0),
       count(a.id)
FROM meetings m
LEFT JOIN bodies b ON b.id = m.body_id
LEFT JOIN meeting_attendees a ON a.meeting_id = m.id
WHERE m.deleted_at IS NULL AND m.date BETWEEN ? AND ?
GROUP BY m.id ORDER BY m.date, m.start_time, m.id
"""

_ACTIONS_FROM = """
FROM action_items ai
JOIN meetings m ON m.id = ai.meeting_id AND m.deleted_at IS NULL
WHERE ai.status IN ('예정', '진행중') AND ai.due_on != '' AND ai.due_on < ?
"""
_ACTIONS_SQL = ("SELECT ai.id, ai.meeting_id, ai.what, ai.due_on, coalesce((SELECT name FROM people WHERE id = "
                "ai.owner_person_id), (SELECT name FROM bodies WHERE id = ai.owner_body_id), ai.owner_name, '')"
                + _ACTIONS_FROM + "ORDER BY ai.due_on, ai.id LIMIT ?")

# Each marked month belongs to its task: the node itself, its parent, or (through an activity group)
# its grandparent.
_TASK_MONTHS_SQL = """
WITH owner AS (
    SELECT n.id AS node_id,
           CASE WHEN n.kind = 'task' THEN n.id WHEN p.kind = 'task' THEN p.id WHEN g.kind = 'task' THEN g.id END AS task_id
    FROM plan_nodes n
    LEFT JOIN plan_nodes p ON p.id = n.parent_id
    LEFT JOIN plan_nodes g ON g.id = p.parent_id
)
SELECT t.node_id, tn.code, tn.title, t.status, pl.name, min(pm.month), max(pm.month),
       sum(pm.month BETWEEN ? AND ?)
FROM plan_months pm
JOIN owner o ON o.node_id = pm.node_id
JOIN plan_tasks t ON t.node_id = o.task_id
JOIN plan_nodes tn ON tn.id = t.node_id
JOIN plans pl ON pl.id = tn.plan_id
WHERE t.status NOT IN ('완료', '보류')
GROUP BY t.node_id ORDER BY pl.sort_order, pl.id, tn.code, tn.id
"""

_APPLICATIONS_SQL = """
SELECT id, company_name, applied_on FROM consulting_applications
WHERE deleted_at IS NULL AND status = '접수' ORDER BY applied_on, id
"""

# Counted from the partial index alone, less the few of deleted organisations; listed by walking the
# live organisations in name order (CROSS JOIN keeps that order), so the first lines come at once
# whatever the size of the directory.
_UNPAID_ALL_SQL = "SELECT count(*) FROM dues WHERE year = ? AND amount > 0 AND paid_on = ''"
_UNPAID_OF_DELETED_SQL = """
SELECT count(*) FROM organisations o CROSS JOIN dues d
ON d.organisation_id = o.id AND d.year = ? AND d.amount > 0 AND d.paid_on = ''
WHERE o.deleted_at IS NOT NULL
"""
_UNPAID_SQL = """
SELECT d.organisation_id, o.name, d.amount,
       coalesce((SELECT sum(p.amount) FROM dues_payments p WHERE p.organisation_id = d.organisation_id
                 AND p.year = d.year AND p.deleted_at IS NULL), 0)
FROM organisations o CROSS JOIN dues d
ON d.organisation_id = o.id AND d.year = ? AND d.amount > 0 AND d.paid_on = ''
WHERE o.deleted_at IS NULL
ORDER BY o.name, o.id LIMIT ?
"""


def upcoming_meetings(db: Queryable, first_day: str, last_day: str) -> list[UpcomingMeeting]:
    """Live meetings from `first_day` to `last_day` with their reply counts."""
    return [UpcomingMeeting._make((*r[:8], bool(r[8]), *r[9:])) for r in db.execute(_MEETINGS_SQL, [first_day, last_day])]


def overdue_actions(db: Queryable, today: str, limit: int) -> tuple[int, list[OverdueAction]]:
    """How many open action items are due before `today`, and the `limit` oldest of them."""
    count = db.execute("SELECT count(*)" + _ACTIONS_FROM, [today]).fetchone()[0]
    return count, [OverdueAction(*r) for r in db.execute(_ACTIONS_SQL, [today, limit])]


def open_task_months(db: Queryable, quarter_first: str, quarter_last: str) -> list[TaskMonths]:
    """Every task not 완료/보류 with its first and last marked month and its months in the quarter."""
    return [TaskMonths(*r) for r in db.execute(_TASK_MONTHS_SQL, [quarter_first, quarter_last])]


def waiting_applications(db: Queryable) -> list[WaitingApplication]:
    """Consulting applications received (접수) and not yet matched."""
    return [WaitingApplication(*r) for r in db.execute(_APPLICATIONS_SQL)]


def unpaid_dues(db: Queryable, year: int, limit: int) -> tuple[int, list[UnpaidDues]]:
    """How many organisations were charged for `year` and have not paid in full, and the first `limit` by name."""
    count = db.execute(_UNPAID_ALL_SQL, [year]).fetchone()[0] - db.execute(_UNPAID_OF_DELETED_SQL, [year]).fetchone()[0]
    return count, [UnpaidDues(*r) for r in db.execute(_UNPAID_SQL, [year, limit])] if count else []
