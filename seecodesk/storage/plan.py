"""SQL for plans, their nodes, task details, budget lines and marked months."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from seecodesk.core.errors import NotFoundError
from seecodesk.core.plan import BudgetLine, Plan, PlanNode, TaskDetails
from seecodesk.storage.rows import insert_row, update_row

if TYPE_CHECKING:
    import sqlite_utils

_PLAN_COLUMNS = ("name", "start_month", "end_month", "grain", "notes")
_NODE_COLUMNS = ("plan_id", "parent_id", "kind", "code", "title", "sort_order", "flagged", "frequency", "notes")
_TASK_COLUMNS = ("body_id", "priority", "status", "progress_note", "purpose", "targets", "process", "staffing",
                 "budget_note", "city_roles", "network_roles")


def list_plans(db: sqlite_utils.Database) -> list[Plan]:
    """Every plan, newest span first."""
    rows = db.execute(f"SELECT {', '.join(_PLAN_COLUMNS)}, id FROM plans ORDER BY start_month DESC, id DESC")
    return [Plan(*row) for row in rows]


def get_plan(db: sqlite_utils.Database, plan_id: int) -> Plan:
    row = db.execute(f"SELECT {', '.join(_PLAN_COLUMNS)}, id FROM plans WHERE id = ?", [plan_id]).fetchone()
    if row is None:
        raise NotFoundError("계획을 찾을 수 없습니다.")
    return Plan(*row)


def insert_plan(db: sqlite_utils.Database, plan: Plan) -> int:
    return insert_row(db, "plans", {c: getattr(plan, c) for c in _PLAN_COLUMNS})


def update_plan(db: sqlite_utils.Database, plan: Plan) -> None:
    get_plan(db, plan.id or 0)
    update_row(db, "plans", plan.id, {c: getattr(plan, c) for c in _PLAN_COLUMNS})


def delete_plan(db: sqlite_utils.Database, plan_id: int) -> None:
    db.execute("DELETE FROM plans WHERE id = ?", [plan_id])


def load_nodes(db: sqlite_utils.Database, plan_id: int) -> list[PlanNode]:
    """Every node of the plan with its task details, budget lines and months (four queries)."""
    nodes = [_node(row) for row in db.execute(
        f"SELECT {', '.join(_NODE_COLUMNS)}, id FROM plan_nodes WHERE plan_id = ? ORDER BY sort_order, id", [plan_id])]
    by_id = {n.id: n for n in nodes}
    for row in db.execute(f"SELECT t.node_id, {', '.join('t.' + c for c in _TASK_COLUMNS)} FROM plan_tasks t "
                          "JOIN plan_nodes n ON n.id = t.node_id WHERE n.plan_id = ?", [plan_id]):
        by_id[row[0]].task = _task(row[1:])
    budgets: dict[int, list[BudgetLine]] = defaultdict(list)
    for row in db.execute("SELECT b.task_id, b.item, b.private_amount, b.public_amount, b.note, b.id "
                          "FROM plan_budget_lines b JOIN plan_nodes n ON n.id = b.task_id "
                          "WHERE n.plan_id = ? ORDER BY b.sort_order, b.id", [plan_id]):
        budgets[row[0]].append(BudgetLine(*row[1:]))
    for task_id, lines in budgets.items():
        if by_id[task_id].task is not None:
            by_id[task_id].task.budget = lines  # type: ignore[union-attr]
    for node_id, month in db.execute("SELECT m.node_id, m.month FROM plan_months m JOIN plan_nodes n "
                                     "ON n.id = m.node_id WHERE n.plan_id = ?", [plan_id]):
        by_id[node_id].months.add(month)
    return nodes


def get_node(db: sqlite_utils.Database, node_id: int) -> PlanNode:
    """One node (with task details and months)."""
    row = db.execute("SELECT plan_id FROM plan_nodes WHERE id = ?", [node_id]).fetchone()
    if row is None:
        raise NotFoundError("계획 항목을 찾을 수 없습니다. 이미 지워졌을 수 있습니다.")
    return next(n for n in load_nodes(db, row[0]) if n.id == node_id)


def _node(row: tuple[Any, ...]) -> PlanNode:
    plan_id, parent_id, kind, code, title, sort_order, flagged, frequency, notes, node_id = row
    return PlanNode(plan_id=plan_id, parent_id=parent_id, kind=kind, code=code, title=title, sort_order=sort_order,
                    flagged=bool(flagged), frequency=frequency, notes=notes, id=node_id)


def _task(row: tuple[Any, ...]) -> TaskDetails:
    values = dict(zip(_TASK_COLUMNS, row, strict=False))
    for key in ("city_roles", "network_roles"):
        values[key] = [line for line in values[key].split("\n") if line]
    return TaskDetails(**values)


def insert_node(db: sqlite_utils.Database, node: PlanNode) -> int:
    """Store a new node (with its task details); returns its id."""
    with db.atomic():
        node_id = insert_row(db, "plan_nodes", _node_row(node))
        _write_task(db, node_id, node.task)
        set_months(db, node_id, node.months)
    return node_id


def update_node(db: sqlite_utils.Database, node: PlanNode) -> None:
    """Replace the node's fields and task details (months are kept; see `set_months`)."""
    get_node(db, node.id or 0)
    with db.atomic():
        update_row(db, "plan_nodes", node.id, _node_row(node))
        db.execute("DELETE FROM plan_tasks WHERE node_id = ?", [node.id])
        db.execute("DELETE FROM plan_budget_lines WHERE task_id = ?", [node.id])
        _write_task(db, node.id or 0, node.task)


def _node_row(node: PlanNode) -> dict[str, Any]:
    row = {c: getattr(node, c) for c in _NODE_COLUMNS}
    row["flagged"] = int(bool(node.flagged))
    return row


def _write_task(db: sqlite_utils.Database, node_id: int, task: TaskDetails | None) -> None:
    if task is None:
        return
    values = [getattr(task, c) for c in _TASK_COLUMNS]
    values[_TASK_COLUMNS.index("city_roles")] = "\n".join(task.city_roles)
    values[_TASK_COLUMNS.index("network_roles")] = "\n".join(task.network_roles)
    db.execute(f"INSERT INTO plan_tasks (node_id, {', '.join(_TASK_COLUMNS)}) VALUES (?{', ?' * len(_TASK_COLUMNS)})",
               [node_id, *values])
    for order, line in enumerate(task.budget):
        db.execute("INSERT INTO plan_budget_lines (task_id, sort_order, item, private_amount, public_amount, note) "
                   "VALUES (?, ?, ?, ?, ?, ?)", [node_id, order, line.item, line.private_amount, line.public_amount,
                                                line.note])


def delete_node(db: sqlite_utils.Database, node_id: int) -> None:
    """Delete the node and everything under it (foreign keys cascade)."""
    db.execute("DELETE FROM plan_nodes WHERE id = ?", [node_id])


def next_sort_order(db: sqlite_utils.Database, plan_id: int, parent_id: int | None) -> int:
    """The sort order that puts a new node last among `parent_id`'s children."""
    row = db.execute("SELECT coalesce(max(sort_order), -1) + 1 FROM plan_nodes WHERE plan_id = ? "
                     "AND parent_id IS ?", [plan_id, parent_id]).fetchone()
    return int(row[0])


def existing_node_ids(db: sqlite_utils.Database, node_ids: list[int]) -> set[int]:
    """Those of `node_ids` still in the plan (not deleted since)."""
    if not node_ids:
        return set()
    rows = db.execute(f"SELECT id FROM plan_nodes WHERE id IN ({', '.join('?' * len(node_ids))})", node_ids)
    return {r[0] for r in rows}


def set_parent_and_order(db: sqlite_utils.Database, parent_id: int | None, ordered_ids: list[int]) -> None:
    """Put `ordered_ids` under `parent_id` in that order (sort_order 0, 1, 2 …)."""
    with db.atomic():
        for order, node_id in enumerate(ordered_ids):
            db.execute("UPDATE plan_nodes SET parent_id = ?, sort_order = ? WHERE id = ?", [parent_id, order, node_id])


def months_of(db: sqlite_utils.Database, node_id: int) -> set[str]:
    return {row[0] for row in db.execute("SELECT month FROM plan_months WHERE node_id = ?", [node_id])}


def set_months(db: sqlite_utils.Database, node_id: int, months: set[str]) -> None:
    """Make `months` exactly the node's marked months."""
    with db.atomic():
        db.execute("DELETE FROM plan_months WHERE node_id = ?", [node_id])
        db.conn.executemany("INSERT INTO plan_months (node_id, month) VALUES (?, ?)",
                            [(node_id, month) for month in sorted(months)])
