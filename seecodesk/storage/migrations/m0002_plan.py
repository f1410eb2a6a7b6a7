"""Schema: the action plan (실행계획) — plans, their strategy/task/group/activity nodes, task details,
budget lines and the months in which each schedule row is marked.

Periods are stored by month ('YYYY-MM') whatever grain the plan is edited at, so one plan prints at
month, quarter or half-year grain: a quarter or half is marked when any of its months is.
Budget totals are never stored; they are the sum of 민 and 관.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


SCHEMA = """
CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    start_month TEXT NOT NULL,
    end_month TEXT NOT NULL,
    grain TEXT NOT NULL DEFAULT 'quarter' CHECK (grain IN ('month', 'quarter', 'half')),
    notes TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    CHECK (start_month <= end_month)
);

CREATE TABLE plan_nodes (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES plan_nodes(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('strategy', 'task', 'group', 'activity')),
    code TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL CHECK (length(title) > 0),
    sort_order INTEGER NOT NULL DEFAULT 0,
    flagged INTEGER NOT NULL DEFAULT 0,
    frequency TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_nodes_plan ON plan_nodes(plan_id, parent_id, sort_order);
CREATE INDEX plan_nodes_parent ON plan_nodes(parent_id);

CREATE TABLE plan_tasks (
    node_id INTEGER PRIMARY KEY REFERENCES plan_nodes(id) ON DELETE CASCADE,
    body_id INTEGER REFERENCES bodies(id) ON DELETE SET NULL,
    priority TEXT NOT NULL DEFAULT '' CHECK (priority IN ('', '상', '중상', '중')),
    status TEXT NOT NULL DEFAULT '예정' CHECK (status IN ('예정', '진행', '완료', '보류')),
    progress_note TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    targets TEXT NOT NULL DEFAULT '',
    process TEXT NOT NULL DEFAULT '',
    staffing TEXT NOT NULL DEFAULT '',
    budget_note TEXT NOT NULL DEFAULT '',
    city_roles TEXT NOT NULL DEFAULT '',
    network_roles TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_tasks_body ON plan_tasks(body_id);

CREATE TABLE plan_budget_lines (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES plan_nodes(id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL DEFAULT 0,
    item TEXT NOT NULL CHECK (length(item) > 0),
    private_amount INTEGER NOT NULL DEFAULT 0 CHECK (private_amount >= 0),
    public_amount INTEGER NOT NULL DEFAULT 0 CHECK (public_amount >= 0),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_budget_lines_task ON plan_budget_lines(task_id);

CREATE TABLE plan_months (
    node_id INTEGER NOT NULL REFERENCES plan_nodes(id) ON DELETE CASCADE,
    month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    PRIMARY KEY (node_id, month)
) WITHOUT ROWID;
CREATE INDEX plan_months_month ON plan_months(month);
"""


def apply(db: sqlite_utils.Database) -> None:
    """Create the plan tables."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
