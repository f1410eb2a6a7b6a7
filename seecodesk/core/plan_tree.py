"""Walking a plan's nodes: tree order, the schedule rows of each task, and lateness.

A schedule row is an activity, or the task itself when it has no activities (the 논산 master
prints '1-1. 단톡방 운영' as a single row next to tasks with five activities).
"""

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from seecodesk.core.lateness import lateness as lateness  # re-exported: the plan screens import it from here
from seecodesk.core.periods import Period
from seecodesk.core.plan import PlanNode

NO_BODY = "담당 미정"
NO_STRATEGY = "전략 미정"


@dataclass
class ScheduleRow:
    """One printed row: an activity (or a task without activities) and its marked months."""

    node_id: int
    title: str
    group: str
    flagged: bool
    months: frozenset[str]

    @property
    def label(self) -> str:
        return f"{self.title}{'*' if self.flagged else ''}"


@dataclass
class ScheduleTask:
    """A task with its rows, as the schedule groups them under its owner body."""

    task_id: int
    code: str
    title: str
    flagged: bool
    body_id: int | None
    body_name: str
    status: str
    rows: list[ScheduleRow] = field(default_factory=list)

    @property
    def label(self) -> str:
        code = f"{self.code}. " if self.code and self.code[-1] not in ".)" else (f"{self.code} " if self.code else "")
        return f"{code}{self.title}{'*' if self.flagged else ''}"

    @property
    def months(self) -> set[str]:
        return {m for row in self.rows for m in row.months}


def children_map(nodes: Iterable[PlanNode]) -> dict[int | None, list[PlanNode]]:
    """Parent id → children in their sort order."""
    children: dict[int | None, list[PlanNode]] = defaultdict(list)
    for node in nodes:
        children[node.parent_id].append(node)
    for siblings in children.values():
        siblings.sort(key=lambda n: (n.sort_order, n.id or 0))
    return children


def tree_order(nodes: Iterable[PlanNode]) -> list[PlanNode]:
    """Every node, depth first, siblings in sort order (the order the plan document reads)."""
    children = children_map(nodes)
    ordered: list[PlanNode] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        node = stack.pop()
        ordered.append(node)
        stack.extend(reversed(children.get(node.id, [])))
    return ordered


def task_rows(task: PlanNode, children: dict[int | None, list[PlanNode]]) -> list[ScheduleRow]:
    """The schedule rows of a task: its activities (through groups), or the task itself."""
    rows: list[ScheduleRow] = []
    for child in children.get(task.id, []):
        if child.kind == "activity":
            rows.append(_row(child, ""))
        elif child.kind == "group":
            rows.extend(_row(a, child.title) for a in children.get(child.id, []) if a.kind == "activity")
    if not rows:
        rows.append(ScheduleRow(task.id or 0, task.title, "", task.flagged, frozenset(task.months)))
    return rows


def _row(node: PlanNode, group: str) -> ScheduleRow:
    return ScheduleRow(node.id or 0, node.title, group, node.flagged, frozenset(node.months))


def schedule_tasks(nodes: list[PlanNode], body_names: dict[int, str], root_id: int | None = None,
                   body_id: int | None = None) -> list[ScheduleTask]:
    """Tasks (under `root_id` when given, of `body_id` when given) with their rows, in plan order."""
    children = children_map(nodes)
    ordered = tree_order(nodes)
    if root_id is not None:
        inside = _subtree_ids(root_id, children)
        ordered = [n for n in ordered if n.id in inside or _is_ancestor_task(n, root_id, nodes)]
    result: list[ScheduleTask] = []
    for node in ordered:
        if node.kind != "task" or node.task is None:
            continue
        if body_id is not None and node.task.body_id != body_id:
            continue
        owner = node.task.body_id
        result.append(ScheduleTask(node.id or 0, node.code, node.title, node.flagged, owner,
                                   body_names.get(owner, NO_BODY) if owner else NO_BODY, node.task.status,
                                   task_rows(node, children)))
    return result


def _subtree_ids(root_id: int, children: dict[int | None, list[PlanNode]]) -> set[int]:
    found, stack = set(), [root_id]
    while stack:
        current = stack.pop()
        found.add(current)
        stack.extend(c.id for c in children.get(current, []) if c.id is not None)
    return found


def _is_ancestor_task(node: PlanNode, root_id: int, nodes: list[PlanNode]) -> bool:
    """True for the task that holds `root_id` (an activity or group was picked)."""
    if node.kind != "task":
        return False
    by_id = {n.id: n for n in nodes}
    current = by_id.get(root_id)
    while current is not None:
        if current.id == node.id:
            return True
        current = by_id.get(current.parent_id)
    return False


def group_by_body(tasks: list[ScheduleTask], body_order: list[int]) -> list[tuple[str, list[ScheduleTask]]]:
    """Tasks grouped by owner body in the bodies' own order; tasks without an owner last."""
    rank = {body: i for i, body in enumerate(body_order)}
    groups: dict[int | None, list[ScheduleTask]] = defaultdict(list)
    for task in tasks:
        groups[task.body_id].append(task)
    keys = sorted(groups, key=lambda b: (b is None, rank.get(b, len(rank)) if b is not None else 0))
    return [(groups[k][0].body_name, groups[k]) for k in keys]


def group_by_strategy(tasks: list[ScheduleTask], nodes: list[PlanNode], include_empty: bool = False
                      ) -> list[tuple[str, list[ScheduleTask]]]:
    """Tasks grouped under the strategy above them (전략 → 과제 → 세부활동), strategies in plan order; tasks under
    no strategy last. `include_empty` keeps strategies that have no task yet (the whole plan printed)."""
    by_id = {n.id: n for n in nodes}

    def strategy_of(node_id: int) -> int | None:
        current = by_id.get(by_id[node_id].parent_id) if node_id in by_id else None
        while current is not None and current.kind != "strategy":
            current = by_id.get(current.parent_id)
        return current.id if current is not None else None

    groups: dict[int | None, list[ScheduleTask]] = defaultdict(list)
    for task in tasks:
        groups[strategy_of(task.task_id)].append(task)
    result = [(node.label, groups.get(node.id, [])) for node in tree_order(nodes)
              if node.kind == "strategy" and (include_empty or groups.get(node.id))]
    if groups.get(None):
        result.append((NO_STRATEGY, groups[None]))
    return result


def scheduled_in(months: Iterable[str], period: Period) -> bool:
    """True when any of `months` falls in `period`."""
    inside = set(period.months)
    return any(m in inside for m in months)


def code_key(code: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key for plan codes that reads numbers as numbers: 1-2 < 1-3 < 1-10 (a plain sort puts 1-10 first)."""
    parts = re.findall(r"\d+|\D+", code.strip())
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)
