"""Use cases of the 집행·완료 tab: money spent (집행액) on a task's budget lines by funding source, and the
day each activity was completed, so the 실행계획 추진 현황 reports planned against done. Every change is
one undoable operation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from seecodesk.core import validation as v
from seecodesk.core.errors import ValidationError
from seecodesk.core.figures import Spending, validate_spending
from seecodesk.core.plan import PlanNode
from seecodesk.services.history import HistoryService
from seecodesk.storage import plan as plan_store
from seecodesk.storage import plan_execution as store

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class LineExecution:
    """One budget line of a task: planned (민, 관) against what was spent on it."""

    item: str
    planned: int
    spent: int

    @property
    def rate(self) -> float:
        return self.spent / self.planned if self.planned else 0.0


def _won(amount: int) -> str:
    return f"{amount:,}원"


class ExecutionService:
    """Spending and completion days of the plans of one network database."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.history = HistoryService(db)

    def spending(self, task_id: int) -> list[Spending]:
        """A task's spending entries by date."""
        return store.spending_of_task(self.db, task_id)

    def save_spending(self, spending: Spending) -> Spending:
        """Validate and store an entry (new when `spending.id` is None); `ValidationErrors` stores nothing."""
        clean = validate_spending(spending)
        verb = "추가" if clean.id is None else "수정"
        with self.history.operation(f"집행 {verb} ({clean.budget_item} {_won(clean.amount)}, {clean.funding_source})"):
            if clean.id is None:
                clean.id = store.insert_spending(self.db, clean)
            else:
                store.update_spending(self.db, clean)
        return clean

    def delete_spending(self, spending: Spending) -> str:
        """Delete an entry; 실행 취소 brings it back. Returns the operation's label."""
        label = f"집행 삭제 ({spending.budget_item} {_won(spending.amount)})"
        with self.history.operation(label):
            store.delete_spending(self.db, spending.id or 0)
        return label

    def lines(self, task: PlanNode) -> list[LineExecution]:
        """The task's budget lines with what was spent on each; spending on a line no longer in the
        budget is shown as a line of its own (planned 0)."""
        spent: dict[str, int] = {}
        for entry in self.spending(task.id or 0):
            spent[entry.budget_item] = spent.get(entry.budget_item, 0) + entry.amount
        budget = task.task.budget if task.task else []
        rows = [LineExecution(line.item, line.total, spent.pop(line.item, 0)) for line in budget]
        return rows + [LineExecution(item, 0, amount) for item, amount in spent.items()]

    def done_days(self, plan_id: int) -> dict[int, str]:
        """Completion day of each completed activity of a plan, by node id."""
        return store.done_days(self.db, plan_id)

    def set_done(self, node_id: int, typed_day: str) -> str:
        """Record the day an activity was completed ('2026.3.5' and the like are read; blank clears it).
        Returns the day stored (ISO) or ''."""
        node = plan_store.get_node(self.db, node_id)
        if node.kind != "activity":
            raise ValidationError("done_on", "완료일은 세부활동에만 적습니다. 세부활동을 고르세요.")
        day = v.parse_date(typed_day, "done_on")
        label = f"세부활동 완료일 ({node.title} {day or '지움'})"
        with self.history.operation(label):
            store.set_activity_done(self.db, node_id, day)
        return day

