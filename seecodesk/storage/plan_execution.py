"""SQL for plan execution: spending per budget line (plan_spending) and activities' completion days."""

from __future__ import annotations

from typing import TYPE_CHECKING

from seecodesk.core.figures import Spending

if TYPE_CHECKING:
    import sqlite_utils


def insert_spending(db: sqlite_utils.Database, spending: Spending) -> int:
    """Store one spending entry; returns its id."""
    cursor = db.execute("INSERT INTO plan_spending (task_id, budget_item, spent_on, amount, funding_source, note) "
                        "VALUES (?, ?, ?, ?, ?, ?)", [spending.task_id, spending.budget_item, spending.spent_on,
                                                      spending.amount, spending.funding_source, spending.note])
    return int(cursor.lastrowid or 0)


def update_spending(db: sqlite_utils.Database, spending: Spending) -> None:
    """Store the new content of a spending entry."""
    db.execute("UPDATE plan_spending SET task_id = ?, budget_item = ?, spent_on = ?, amount = ?, funding_source = ?, "
               "note = ? WHERE id = ?", [spending.task_id, spending.budget_item, spending.spent_on, spending.amount,
                                        spending.funding_source, spending.note, spending.id])


def delete_spending(db: sqlite_utils.Database, spending_id: int) -> None:
    """Remove a spending entry (the change history keeps it for 실행 취소)."""
    db.execute("DELETE FROM plan_spending WHERE id = ?", [spending_id])


def spending_of_task(db: sqlite_utils.Database, task_id: int) -> list[Spending]:
    """Every spending entry of one task, by date."""
    return [Spending(**r) for r in db.query(
        "SELECT id, task_id, budget_item, spent_on, amount, funding_source, note FROM plan_spending "
        "WHERE task_id = ? ORDER BY spent_on, id", [task_id])]


def set_activity_done(db: sqlite_utils.Database, node_id: int, done_on: str) -> None:
    """Record (or, with an empty day, clear) the completion day of a plan activity."""
    db.execute("DELETE FROM plan_activity_done WHERE node_id = ?", [node_id])
    if done_on:
        db.execute("INSERT INTO plan_activity_done (node_id, done_on) VALUES (?, ?)", [node_id, done_on])


def done_days(db: sqlite_utils.Database, plan_id: int) -> dict[int, str]:
    """Completion day of each completed activity of a plan, by node id."""
    rows = db.execute("SELECT d.node_id, d.done_on FROM plan_activity_done d JOIN plan_nodes n ON n.id = d.node_id "
                      "WHERE n.plan_id = ?", [plan_id])
    return {r[0]: r[1] for r in rows}
