"""Turning an agreed action item (조치 사항) into a task of the plan, and remembering the link.

The task lands in the chosen plan (the newest by default), at the top or under a strategy; it is
owned by the action's body (or the meeting's), notes where it came from, and is marked in the
month it is due when that month is inside the plan's span.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.services.meetings import MeetingService
from seecodesk.services.plan import PlanService

if TYPE_CHECKING:
    import sqlite_utils


def plan_choices(db: sqlite_utils.Database) -> list[tuple[int, str, list[tuple[int, str]]]]:
    """(plan id, plan name, [(strategy id, label)]) for a 'where should the task go' choice."""
    service = PlanService(db)
    return [(plan.id, plan.name, [(n.id, n.label) for n in service.nodes(plan.id)
                                  if n.kind == "strategy" and n.id is not None])
            for plan in service.plans() if plan.id is not None]


def action_to_task(db: sqlite_utils.Database, action_id: int, plan_id: int | None = None,
                   strategy_id: int | None = None) -> int:
    """Create a plan task from the action item and link them; returns the task's node id."""
    meetings = MeetingService(db)
    action = meetings.action(action_id)
    if action.task_id is not None:
        raise SeeCoDeskError("이 조치 사항은 이미 계획의 과제로 만들어졌습니다.")
    plans = PlanService(db)
    if plan_id is None:
        every = plans.plans()
        if not every:
            raise SeeCoDeskError("계획이 없습니다. '분과·과제'에서 계획을 먼저 만들어 주세요.")
        plan_id = every[0].id
        assert plan_id is not None, "stored plans have ids"
    meeting = meetings.meeting(action.meeting_id or 0)
    body_id = action.owner_body_id or meeting.body_id
    origin = f"{meeting.date} {meeting.display_title}에서 정한 조치 사항" + (f" (기한 {action.due_on})" if action.due_on else "")
    with db.atomic():
        node = plans.add_node(plan_id, "task", action.what.splitlines()[0][:200], parent_id=strategy_id,
                              body_id=body_id, progress_note=origin)
        assert node.id is not None
        plan = plans.plan(plan_id)
        due_month = action.due_on[:7]
        if due_month and plan.start_month <= due_month <= plan.end_month:
            plans.set_months(node.id, {due_month})
        meetings.link_task(action_id, node.id)
    return node.id
