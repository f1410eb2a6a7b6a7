"""The "이번 분기" view: what each body has scheduled in the current quarter, and which of its
tasks are late (their scheduled periods have passed and they are not 완료)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from seecodesk.core.periods import Period, current_month, period_of
from seecodesk.core.plan_tree import NO_BODY, ScheduleTask, lateness, schedule_tasks, scheduled_in
from seecodesk.storage import bodies as body_store
from seecodesk.storage import plan as store

if TYPE_CHECKING:
    import sqlite_utils


@dataclass
class ScheduledNow:
    """An activity (or activity-less task) marked in the current quarter."""

    plan_name: str
    task_id: int
    task_label: str
    row_label: str
    status: str
    months: list[str]


@dataclass
class LateTask:
    """A task whose schedule says it should have started or finished by now."""

    plan_name: str
    task_id: int
    task_label: str
    status: str
    reason: str
    first_month: str
    last_month: str

    @property
    def explanation(self) -> str:
        """'기한 지남 (마지막 2022-12)' or '시작 지연 (첫 달 2026-06)'."""
        month = self.first_month if self.reason == "시작 지연" else self.last_month
        return f"{self.reason} ({'첫 달' if self.reason == '시작 지연' else '마지막'} {month})"


@dataclass
class BodyQuarter:
    """One body's part of the quarter view."""

    body_name: str
    scheduled: list[ScheduledNow] = field(default_factory=list)
    late: list[LateTask] = field(default_factory=list)


@dataclass
class QuarterView:
    quarter: Period
    bodies: list[BodyQuarter]

    @property
    def scheduled_count(self) -> int:
        return sum(len(b.scheduled) for b in self.bodies)

    @property
    def late_count(self) -> int:
        return sum(len(b.late) for b in self.bodies)


def quarter_view(db: sqlite_utils.Database, today: date | None = None, plan_id: int | None = None) -> QuarterView:
    """Activities scheduled in today's quarter and late tasks, per body, across plans (or one plan)."""
    today = today or date.today()
    now_month = current_month(today)
    quarter = period_of(now_month, "quarter")
    names, order = body_store.body_names(db), body_store.body_order(db)
    per_body: dict[str, BodyQuarter] = {}
    for plan in store.list_plans(db):
        if plan_id is not None and plan.id != plan_id:
            continue
        for task in schedule_tasks(store.load_nodes(db, plan.id or 0), names):
            entry = per_body.setdefault(task.body_name, BodyQuarter(task.body_name))
            _collect(entry, plan.name, task, quarter, now_month)
    ranked = {names[b]: i for i, b in enumerate(order) if b in names}
    bodies = sorted((b for b in per_body.values() if b.scheduled or b.late),
                    key=lambda b: (b.body_name == NO_BODY, ranked.get(b.body_name, len(ranked))))
    return QuarterView(quarter, bodies)


def _collect(entry: BodyQuarter, plan_name: str, task: ScheduleTask, quarter: Period, now_month: str) -> None:
    for row in task.rows:
        if scheduled_in(row.months, quarter):
            inside = sorted(m for m in row.months if m in set(quarter.months))
            label = row.label if row.node_id != task.task_id else "(과제 전체)"
            entry.scheduled.append(ScheduledNow(plan_name, task.task_id, task.label, label, task.status, inside))
    months = task.months
    reason = lateness(months, task.status, now_month)
    if reason:
        entry.late.append(LateTask(plan_name, task.task_id, task.label, task.status, reason, min(months), max(months)))


def late_task_ids(db: sqlite_utils.Database, plan_id: int, today: date | None = None) -> dict[int, str]:
    """Task id → lateness reason for the plan's late tasks (for marking them in the tree)."""
    now_month = current_month(today)
    result: dict[int, str] = defaultdict(str)
    for task in schedule_tasks(store.load_nodes(db, plan_id), body_store.body_names(db)):
        reason = lateness(task.months, task.status, now_month)
        if reason:
            result[task.task_id] = reason
    return dict(result)
