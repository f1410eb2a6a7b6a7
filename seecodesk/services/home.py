"""홈: what needs the secretary today and in the next 14 days, as groups of lines that open a record.

Each group comes from one small provider `(db, today) -> HomeGroup`, listed in PROVIDERS in the
order the home screen shows them. A part of the program that wants a line on the home screen
(agreements due for renewal, people past their retention date …) adds a provider here. Providers
read through a plain `sqlite3` connection: the home screen is the window's first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from seecodesk.core.dates import month_text, paper_date
from seecodesk.core.lateness import lateness
from seecodesk.core.meeting_titles import WEEKDAYS, default_title
from seecodesk.storage import home as store

if TYPE_CHECKING:
    from seecodesk.storage.database import Queryable

DAYS_AHEAD = 14
MAX_LINES = 8  # per group; the rest are counted and shown in their section


class HomeLine(NamedTuple):
    """One thing to look at, and where it lives: `section` of the sidebar, `kind` of record, its id."""

    text: str
    detail: str
    section: str
    kind: str
    record_id: int
    urgent: bool = False


class HomeGroup(NamedTuple):
    """A group of lines with its total count (`lines` may hold only the first MAX_LINES)."""

    key: str
    title: str
    section: str
    total: int
    lines: list[HomeLine]
    empty_text: str = "없습니다."


Provider = Callable[["Queryable", date], "HomeGroup | None"]


def short_date(iso: str) -> str:
    """'2026-12-08' → '12/8(화)'."""
    day = date.fromisoformat(iso)
    return f"{day.month}/{day.day}({WEEKDAYS[day.weekday()]})"


def upcoming_meetings(db: Queryable, today: date) -> HomeGroup:
    """Meetings from today to 14 days ahead, with the replies received so far."""
    rows = store.upcoming_meetings(db, today.isoformat(), (today + timedelta(days=DAYS_AHEAD)).isoformat())
    lines = []
    for m in rows:
        title = m.title or default_title(m.kind, m.date, m.number, m.body_name)
        when = f"{short_date(m.date)} {m.start_time}".strip()
        waiting = m.invited - m.coming - m.not_coming - m.undecided
        replies = (f"회신 참석 {m.coming} · 불참 {m.not_coming} · 미정 {m.undecided} · 무응답 {waiting}"
                   if m.invited else "초대 명단 없음")
        where = "온라인" if m.online and not m.place else m.place
        lines.append(HomeLine(f"{when} {title}", f"{where + ' · ' if where else ''}{replies}", "meetings", "meeting",
                              m.id, urgent=m.date == today.isoformat()))
    return HomeGroup("meetings", f"다가오는 회의 ({DAYS_AHEAD}일 안)", "meetings", len(lines), lines[:MAX_LINES],
                     f"앞으로 {DAYS_AHEAD}일 동안 잡힌 회의가 없습니다.")


def overdue_actions(db: Queryable, today: date) -> HomeGroup:
    """Action items from minutes whose due date has passed."""
    count, rows = store.overdue_actions(db, today.isoformat(), MAX_LINES)
    lines = [HomeLine(a.what, f"기한 {paper_date(a.due_on)} ({_days_since(today, a.due_on)}일 지남)"
                      + (f" · 담당 {a.owner}" if a.owner else ""), "meetings", "action", a.meeting_id, urgent=True)
             for a in rows]
    return HomeGroup("actions", "기한 지난 조치 사항", "meetings", count, lines, "기한 지난 조치 사항이 없습니다.")


def _days_since(today: date, iso: str) -> str:
    try:
        return str((today - date.fromisoformat(iso)).days)
    except ValueError:  # a due date typed loosely elsewhere
        return "?"


def plan_due(db: Queryable, today: date) -> HomeGroup:
    """Plan tasks scheduled in this quarter, and late ones (their months passed, not 완료)."""
    quarter_start = (today.month - 1) // 3 * 3 + 1
    first, last = f"{today.year}-{quarter_start:02d}", f"{today.year}-{quarter_start + 2:02d}"
    now_month = f"{today.year}-{today.month:02d}"
    late, current = [], []
    for task in store.open_task_months(db, first, last):
        label = f"{task.code} {task.title}".strip()
        reason = lateness({task.first_month, task.last_month}, task.status, now_month)
        if reason:
            month = task.last_month if reason == "기한 지남" else task.first_month
            late.append(HomeLine(label, f"{reason} ({month_text(month)}) · {task.status} · {task.plan_name}", "plan", "task",
                                 task.task_id, urgent=True))
        elif task.months_in_quarter:
            current.append(HomeLine(label, f"이번 분기 예정 · {task.status} · {task.plan_name}", "plan", "task",
                                    task.task_id))
    lines = late + current
    return HomeGroup("plan", f"과제: 이번 분기({today.year}년 {(today.month - 1) // 3 + 1}분기)와 지연", "plan",
                     len(lines), lines[:MAX_LINES], "이번 분기에 예정되었거나 늦어진 과제가 없습니다.")


def waiting_applications(db: Queryable, today: date) -> HomeGroup:
    """동료컨설팅 applications waiting for a mentor."""
    rows = store.waiting_applications(db)
    lines = []
    for a in rows[:MAX_LINES]:
        waited = (today - date.fromisoformat(a.applied_on)).days if len(a.applied_on) == 10 else None
        detail = f"접수 {paper_date(a.applied_on)}" + (f" · {waited}일째 대기" if waited is not None and waited >= 0 else "")
        lines.append(HomeLine(a.company_name, detail, "consulting", "application", a.id, urgent=bool(waited and waited > 30)))
    return HomeGroup("consulting", "매칭을 기다리는 컨설팅 신청", "consulting", len(rows), lines,
                     "기다리는 신청이 없습니다.")


def unpaid_dues(db: Queryable, today: date) -> HomeGroup:
    """Members charged this year's dues and not paid in full."""
    count, rows = store.unpaid_dues(db, today.year, MAX_LINES)
    lines = [HomeLine(d.name, f"{d.due - d.paid:,}원 미납" + (f" (일부 {d.paid:,}원 납부)" if d.paid else ""),
                      "dues", "dues", d.organisation_id) for d in rows]
    return HomeGroup("dues", f"{today.year}년 회비 미납", "dues", count, lines, "올해 회비 미납이 없습니다.")


PROVIDERS: list[Provider] = [upcoming_meetings, overdue_actions, plan_due, waiting_applications, unpaid_dues]

# Providers that live with a part built separately: "module:function", used when that module exists
# (agreements due for renewal from the trade part, people past their retention date from the
# privacy part). Each has the same signature as the providers above.
def home_groups(db: Queryable, today: date | None = None) -> list[HomeGroup]:
    """Every group the home screen shows, in order."""
    day = today or date.today()
    return [group for provider in PROVIDERS if (group := provider(db, day)) is not None]


def section_counts(groups: list[HomeGroup]) -> dict[str, int]:
    """Sidebar badges: items per section, and their total under 'home'."""
    counts: dict[str, int] = {}
    for group in groups:
        counts[group.section] = counts.get(group.section, 0) + group.total
    counts["home"] = sum(group.total for group in groups)
    return counts
