"""Schema: the figures behind the reports for city hall.

- `organisation_figures`: one row per organisation per year — 유급근로자, 취약계층 근로자 and their
  types, 매출액, 공공구매 매출, 사회적 목적 유형, 사회공헌 활동 (the 서산 network's yearly sheet).
- `procurement_records`: purchases by public institutions (공공구매) from social economy firms, by
  year and month, with the 관내 flag; `procurement_totals` holds an institution's whole purchase
  total (A) for a year when the city tells it, so the SE share B/A can be reported.
- `plan_spending`: money spent (집행액) on a task, against one of its budget lines named by its
  사업내역 (budget lines are rewritten whenever a task is edited, so their ids do not last).
- `plan_activity_done`: the day a plan activity was completed, so a plan reads planned against done.
Amounts are whole 원.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


SCHEMA = """
CREATE TABLE organisation_figures (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    paid_workers INTEGER CHECK (paid_workers IS NULL OR paid_workers >= 0),
    vulnerable_workers INTEGER CHECK (vulnerable_workers IS NULL OR vulnerable_workers >= 0),
    vulnerable_types TEXT NOT NULL DEFAULT '',
    revenue INTEGER CHECK (revenue IS NULL OR revenue >= 0),
    public_revenue INTEGER CHECK (public_revenue IS NULL OR public_revenue >= 0),
    social_purpose TEXT NOT NULL DEFAULT '',
    contribution TEXT NOT NULL DEFAULT '',
    contribution_category TEXT NOT NULL DEFAULT '',
    beneficiaries TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (organisation_id, year)
);
CREATE INDEX organisation_figures_year ON organisation_figures(year);

CREATE TABLE procurement_records (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    institution TEXT NOT NULL CHECK (length(institution) > 0),
    department TEXT NOT NULL DEFAULT '',
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    supplier TEXT NOT NULL DEFAULT '',
    item TEXT NOT NULL DEFAULT '',
    contract_method TEXT NOT NULL DEFAULT '',
    amount INTEGER NOT NULL CHECK (amount >= 0),
    is_local INTEGER NOT NULL DEFAULT 1,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX procurement_records_period ON procurement_records(year, month);
CREATE INDEX procurement_records_organisation ON procurement_records(organisation_id);

CREATE TABLE procurement_totals (
    year INTEGER NOT NULL,
    institution TEXT NOT NULL CHECK (length(institution) > 0),
    total_amount INTEGER NOT NULL CHECK (total_amount >= 0),
    PRIMARY KEY (year, institution)
);

CREATE TABLE plan_spending (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES plan_nodes(id) ON DELETE CASCADE,
    budget_item TEXT NOT NULL DEFAULT '',
    spent_on TEXT NOT NULL DEFAULT '',
    amount INTEGER NOT NULL CHECK (amount >= 0),
    funding_source TEXT NOT NULL CHECK (funding_source IN ('시비', '도비', '국비', '자담', '민간')),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_spending_task ON plan_spending(task_id);

CREATE TABLE plan_activity_done (
    node_id INTEGER PRIMARY KEY REFERENCES plan_nodes(id) ON DELETE CASCADE,
    done_on TEXT NOT NULL CHECK (length(done_on) = 10)
);
"""


def apply(db: sqlite_utils.Database) -> None:
    """Create the figures, procurement and plan execution tables."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
