"""Printing a plan: the schedule table (by body, grain, span, paper) and the task sheets.

Used by `seecodesk print schedule` and by the window's print preview.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.core.errors import NotFoundError, ValidationError
from seecodesk.core.periods import GRAIN_LABELS, GRAINS, cell_grain, month_index, parse_period, periods_between
from seecodesk.core.plan import Plan
from seecodesk.core.plan_tree import ScheduleTask, group_by_body, group_by_strategy, schedule_tasks, tree_order
from seecodesk.reports.base import PAPER_SIZES
from seecodesk.reports.schedule import ScheduleDocument, build_schedule_pdf, grid_width, period_span_label, periods_fit
from seecodesk.reports.task_sheet import TaskSheet
from seecodesk.services.settings import network_name
from seecodesk.storage import bodies as body_store
from seecodesk.storage import plan as store

if TYPE_CHECKING:
    import sqlite_utils


@dataclass
class ScheduleRequest:
    """What to print; blank fields fall back to the plan's own span and grain."""

    plan_id: int | None = None
    plan_name: str = ""
    body_name: str = ""
    grain: str = ""
    start: str = ""
    end: str = ""
    paper: str = "A4"
    sheets: bool = False
    printed_on: date | None = None
    group: str = "body"  # body: bands per 분과 (분과 → 과제 → 세부활동); strategy: per 전략 (전략 → 과제 → 세부활동)
    cells: int = 1  # each period split into this many unlabelled cells (half: 2 or 6, quarter: 3)


GROUPINGS = {"body": "분과별", "strategy": "전략별"}


def choose_plan(db: sqlite_utils.Database, request: ScheduleRequest) -> Plan:
    """The plan asked for by id or name; else the one overlapping --from/--to most; else the newest."""
    plans = store.list_plans(db)
    if not plans:
        raise NotFoundError("인쇄할 계획이 없습니다. 먼저 '분과·과제'에서 계획을 만들어 주세요.")
    if request.plan_id is not None:
        return store.get_plan(db, request.plan_id)
    if request.plan_name:
        for plan in plans:
            if plan.name.replace(" ", "") == request.plan_name.replace(" ", ""):
                return plan
        names = ", ".join(p.name for p in plans)
        raise NotFoundError(f"'{request.plan_name}' 계획이 없습니다. 있는 계획: {names}.")
    if request.start or request.end:
        start, end = _span(request, plans[0])
        return max(plans, key=lambda p: _overlap(p, start, end))
    return plans[0]


def _overlap(plan: Plan, start: str, end: str) -> int:
    first = max(month_index(plan.start_month), month_index(start))
    last = min(month_index(plan.end_month), month_index(end))
    return last - first


def _span(request: ScheduleRequest, plan: Plan) -> tuple[str, str]:
    start = parse_period(request.start, "from").first_month if request.start else plan.start_month
    end = parse_period(request.end, "to").last_month if request.end else plan.end_month
    if month_index(start) > month_index(end):
        raise ValidationError("to", f"끝 기간({request.end or end})이 시작 기간({request.start or start})보다 앞섭니다.")
    if month_index(end) - month_index(start) >= 120:
        raise ValidationError("to", "일정표는 10년(120개월)까지만 인쇄합니다. 기간을 줄여 주세요.")
    return start, end


def schedule_document(db: sqlite_utils.Database, request: ScheduleRequest) -> ScheduleDocument:
    """Gather everything the schedule PDF shows, checking the options on the way."""
    if request.paper.upper() not in PAPER_SIZES or request.paper.upper() == "A5":
        raise ValidationError("paper", "용지는 A4 또는 A3입니다.")
    if request.group not in GROUPINGS:
        raise ValidationError("group", "묶는 기준은 body(분과별) 또는 strategy(전략별)입니다.")
    plan = choose_plan(db, request)
    grain = request.grain or plan.grain
    if grain not in GRAINS:
        raise ValidationError("grain", "단위는 month, quarter, half 가운데 하나입니다.")
    columns = cell_grain(grain, request.cells)
    start, end = _span(request, plan)
    body_id = _body_id(db, request.body_name)
    nodes = store.load_nodes(db, plan.id or 0)
    tasks = schedule_tasks(nodes, body_store.body_names(db), body_id=body_id)
    periods = periods_between(start, end, columns)
    _check_fits(periods, start, end, grain, request.paper.upper(), request.cells)
    return ScheduleDocument(
        empty_message=_empty_message(request), network=network_name(db), title=f"{plan.name} 진행 일정",
        subtitle=_subtitle(request, periods_between(start, end, grain), tasks), periods=periods,
        groups=(group_by_body(tasks, body_store.body_order(db)) if request.group == "body"
                else group_by_strategy(tasks, nodes, include_empty=not request.body_name.strip())),
        paper=request.paper.upper(), printed_on=request.printed_on, sheets=_sheets(nodes, tasks) if request.sheets else [],
        label_grain=grain if columns != grain else "", empty_group_message="이 전략에 속한 과제가 아직 없습니다.")


def _subtitle(request: ScheduleRequest, periods: list, tasks: list[ScheduleTask]) -> str:
    """'전체 분과 · 전략별 · 2021년 하반기 – 2024년 상반기 · 반기 단위(한 칸을 2칸으로) · 과제 14개, 세부활동 54개'."""
    who = request.body_name.strip() or "전체 분과"
    grouping = f" · {GROUPINGS[request.group]}" if request.group != "body" else ""
    grain = periods[0].grain if periods else request.grain
    cells = f"(한 칸을 {request.cells}칸으로)" if request.cells > 1 else ""
    rows = sum(len(t.rows) for t in tasks)
    return (f"{who}{grouping} · {period_span_label(periods)} · {GRAIN_LABELS.get(grain, grain)} 단위{cells} · "
            f"과제 {len(tasks)}개, 세부활동 {rows}개")


def _empty_message(request: ScheduleRequest) -> str:
    if request.body_name.strip():
        return f"{request.body_name.strip()}에 맡겨진 과제가 이 계획에 없습니다."
    return "이 계획에는 아직 과제가 없습니다. '분과·과제'에서 과제를 추가해 주세요."


def _check_fits(periods: list, start: str, end: str, grain: str, paper: str, cells: int = 1) -> None:
    """Refuse a span whose columns would be too narrow to read, proposing fewer cells, a coarser grain or A3."""
    if periods_fit(grid_width(paper), len(periods)):
        return
    months = month_index(end) - month_index(start) + 1
    ways = []
    if cells > 1 and periods_fit(grid_width(paper), len(periods_between(start, end, grain))):
        ways.append("칸 나누기를 빼고(--cells 1)")
    coarser = [g for g in GRAINS[GRAINS.index(grain) + 1:] if periods_fit(grid_width(paper), len(periods_between(start, end, g)))]
    if coarser:
        ways.append("단위를 " + "·".join(f"{GRAIN_LABELS[g]}(--grain {g})" for g in coarser) + "로")
    if paper == "A4" and periods_fit(grid_width("A3"), len(periods)):
        ways.append("용지를 A3로")
    advice = ", ".join(ways) + " 바꾸거나 " if ways else ""
    unit = f"{GRAIN_LABELS[grain]} 단위" + (f" {cells}칸 나누기" if cells > 1 else "")
    raise ValidationError("grain", f"{months}개월을 {unit}로는 {paper} 한 장 너비에 읽을 수 있게 "
                                   f"인쇄할 수 없습니다 (칸 {len(periods)}개). {advice}기간을 줄여 주세요.")


def _body_id(db: sqlite_utils.Database, name: str) -> int | None:
    if not name.strip():
        return None
    body_id = body_store.find_body(db, name.strip())
    if body_id is None:
        known = ", ".join(body_store.body_names(db).values()) or "없음"
        raise NotFoundError(f"'{name}' 분과·기구가 없습니다. 있는 분과·기구: {known}.")
    return body_id


def _sheets(nodes: list, tasks: list[ScheduleTask]) -> list[TaskSheet]:
    """Task sheets in the plan's own order (strategy, then task)."""
    by_id = {n.id: n for n in nodes}
    wanted = {t.task_id: t for t in tasks}
    sheets = []
    for node in tree_order(nodes):
        if node.id in wanted and node.task is not None:
            parent = by_id.get(node.parent_id)
            strategy = parent.label if parent is not None and parent.kind == "strategy" else ""
            sheets.append(TaskSheet(wanted[node.id], node.task, strategy))
    return sheets


def print_schedule(db: sqlite_utils.Database, path: str | Path, request: ScheduleRequest) -> ScheduleDocument:
    """Write the schedule PDF to `path` (atomically); returns what it printed."""
    document = schedule_document(db, request)
    build_schedule_pdf(str(path), document)
    return document


def print_task_sheet(db: sqlite_utils.Database, path: str | Path, task_id: int, paper: str = "A4") -> None:
    """Write one task's sheet alone (portrait)."""
    from seecodesk.reports.task_sheet import build_sheets_pdf

    node = store.get_node(db, task_id)
    plan = store.get_plan(db, node.plan_id)
    nodes = store.load_nodes(db, plan.id or 0)
    tasks = [t for t in schedule_tasks(nodes, body_store.body_names(db)) if t.task_id == task_id]
    periods = periods_between(plan.start_month, plan.end_month, plan.grain)
    build_sheets_pdf(str(path), network_name(db), _sheets(nodes, tasks), periods, paper)
