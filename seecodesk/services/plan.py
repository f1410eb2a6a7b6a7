"""Plan use cases: plans and their nodes, reordering and moving, marking periods, schedules.

Marks are kept by month. Marking a quarter (or half-year) cell marks all its months inside the
plan's span; unmarking it clears all of them. Every grid change returns what it replaced, so
the window can undo it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from seecodesk.core.errors import ValidationError
from seecodesk.core.periods import Period, month_range, period_of
from seecodesk.core.plan import Plan, PlanNode, TaskDetails, check_parent, validated_node, validated_plan
from seecodesk.core.plan_tree import ScheduleTask, children_map, schedule_tasks
from seecodesk.storage import bodies as body_store
from seecodesk.storage import plan as store

if TYPE_CHECKING:
    import sqlite_utils

GridChange = dict[int, set[str]]
"""Node id → the months it had before a change (what undo puts back)."""


@dataclass
class PlanService:
    """The action plans of one network database."""

    db: sqlite_utils.Database
    undo_stack: list[GridChange] = field(default_factory=list)

    def plans(self) -> list[Plan]:
        return store.list_plans(self.db)

    def plan(self, plan_id: int) -> Plan:
        return store.get_plan(self.db, plan_id)

    def save_plan(self, plan: Plan) -> Plan:
        """Validate and store (insert when `plan.id` is None)."""
        clean = validated_plan(plan)
        if clean.id is None:
            clean.id = store.insert_plan(self.db, clean)
        else:
            store.update_plan(self.db, clean)
        return store.get_plan(self.db, clean.id)

    def delete_plan(self, plan_id: int) -> None:
        with self.db.atomic():
            store.delete_plan(self.db, plan_id)

    def nodes(self, plan_id: int) -> list[PlanNode]:
        return store.load_nodes(self.db, plan_id)

    def node(self, node_id: int) -> PlanNode:
        return store.get_node(self.db, node_id)

    def save_node(self, node: PlanNode) -> PlanNode:
        """Validate and store a node; a new one goes last among its siblings."""
        clean = validated_node(node)
        with self.db.atomic():
            self._check_place(clean.plan_id, clean.kind, clean.parent_id)
            if clean.id is None:
                clean.sort_order = self._next_order(clean.plan_id, clean.parent_id)
                clean.id = store.insert_node(self.db, clean)
            else:
                stored = store.get_node(self.db, clean.id)
                clean.parent_id, clean.sort_order, clean.kind = stored.parent_id, stored.sort_order, stored.kind
                if clean.kind == "task" and clean.task is None:
                    clean.task = stored.task or TaskDetails()
                store.update_node(self.db, clean)
        return store.get_node(self.db, clean.id)

    def add_node(self, plan_id: int, kind: str, title: str, parent_id: int | None = None, code: str = "",
                 **details: object) -> PlanNode:
        """A new node under `parent_id`, placed last."""
        task = TaskDetails(**details) if kind == "task" else None  # type: ignore[arg-type]
        return self.save_node(PlanNode(plan_id=plan_id, kind=kind, title=title, code=code, parent_id=parent_id,
                                       task=task))

    def delete_node(self, node_id: int) -> None:
        """Delete a node with everything under it."""
        with self.db.atomic():
            store.delete_node(self.db, node_id)

    def move_node(self, node_id: int, parent_id: int | None, index: int) -> None:
        """Put the node at position `index` among the children of `parent_id` (drag and drop)."""
        node = store.get_node(self.db, node_id)
        with self.db.atomic():
            self._check_place(node.plan_id, node.kind, parent_id, moving=node_id)
            nodes = store.load_nodes(self.db, node.plan_id)
            children = children_map(nodes)
            old_siblings = [n.id for n in children.get(node.parent_id, []) if n.id != node_id]
            new_siblings = [n.id for n in children.get(parent_id, []) if n.id != node_id]
            new_siblings.insert(max(0, min(index, len(new_siblings))), node_id)
            if node.parent_id != parent_id:
                store.set_parent_and_order(self.db, node.parent_id, old_siblings)  # type: ignore[arg-type]
            store.set_parent_and_order(self.db, parent_id, new_siblings)  # type: ignore[arg-type]

    def move_by(self, node_id: int, step: int) -> None:
        """Move a node up (-1) or down (+1) among its siblings."""
        node = store.get_node(self.db, node_id)
        siblings = [n.id for n in children_map(store.load_nodes(self.db, node.plan_id)).get(node.parent_id, [])]
        self.move_node(node_id, node.parent_id, siblings.index(node_id) + step)

    def _next_order(self, plan_id: int, parent_id: int | None) -> int:
        return store.next_sort_order(self.db, plan_id, parent_id)

    def _check_place(self, plan_id: int, kind: str, parent_id: int | None, moving: int | None = None) -> None:
        parent_kind = None
        if parent_id is not None:
            parent = store.get_node(self.db, parent_id)
            if parent.plan_id != plan_id:
                raise ValidationError("parent_id", "다른 계획의 항목 아래로는 옮길 수 없습니다.")
            parent_kind = parent.kind
            current: PlanNode | None = parent
            while moving is not None and current is not None:
                if current.id == moving:
                    raise ValidationError("parent_id", "항목을 자기 아래로 옮길 수 없습니다.")
                current = store.get_node(self.db, current.parent_id) if current.parent_id else None
        check_parent(kind, parent_kind)

    # --- marked periods -------------------------------------------------------------------
    def months(self, node_id: int) -> set[str]:
        return store.months_of(self.db, node_id)

    def mark(self, cells: list[tuple[int, Period]], on: bool) -> GridChange:
        """Mark (or clear) periods of schedule rows in one undoable step; returns the change."""
        wanted: dict[int, set[str]] = {}
        for node_id, period in cells:
            wanted.setdefault(node_id, set()).update(period.months)
        with self.db.atomic():
            before: GridChange = {}
            for node_id, months in wanted.items():
                node = store.get_node(self.db, node_id)
                plan = store.get_plan(self.db, node.plan_id)
                months &= set(month_range(plan.start_month, plan.end_month))
                before[node_id] = set(node.months)
                store.set_months(self.db, node_id, node.months | months if on else node.months - months)
        self.undo_stack.append(before)
        return before

    def set_months(self, node_id: int, months: set[str]) -> GridChange:
        """Make `months` the node's marks exactly (one undoable step)."""
        with self.db.atomic():
            before = {node_id: store.months_of(self.db, node_id)}
            store.set_months(self.db, node_id, set(months))
        self.undo_stack.append(before)
        return before

    def undo_marks(self) -> GridChange | None:
        """Put back the marks the last grid change replaced; None when nothing is left to undo."""
        while self.undo_stack:
            before = self.undo_stack.pop()
            alive = store.existing_node_ids(self.db, list(before))
            if not alive:
                continue
            with self.db.atomic():
                for node_id in alive:
                    store.set_months(self.db, node_id, before[node_id])
            return {n: before[n] for n in alive}
        return None

    # --- schedules -------------------------------------------------------------------------
    def schedule(self, plan_id: int, body_id: int | None = None, root_id: int | None = None) -> list[ScheduleTask]:
        """The plan's tasks with their schedule rows, in plan order."""
        return schedule_tasks(self.nodes(plan_id), body_store.body_names(self.db), root_id=root_id, body_id=body_id)


def quarter_of(today: date) -> Period:
    """The quarter holding `today`."""
    return period_of(f"{today.year:04d}-{today.month:02d}", "quarter")

