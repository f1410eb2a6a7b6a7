"""Use cases for the figures behind the city reports: yearly figures per organisation, public procurement
records with the network's goal, and plan execution (spending, activities done)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from seecodesk.core.errors import ValidationErrors
from seecodesk.core.figures import (
    OrgFigures,
    ProcurementRecord,
    Spending,
    goal_progress,
    validate_figures,
    validate_procurement,
    validate_spending,
)
from seecodesk.services.settings import get_setting, set_setting
from seecodesk.storage import figures as figure_store
from seecodesk.storage import plan_execution as execution_store
from seecodesk.storage import procurement as procurement_store

if TYPE_CHECKING:
    import sqlite_utils

GOAL_KEYS = ("procurement_goal_amount", "procurement_goal_start", "procurement_goal_years")


@dataclass
class ProcurementGoal:
    """The network's procurement goal, e.g. 10억원 within 5 years from 2024 (the 논산 TF's)."""

    amount: int
    start_year: int
    years: int

    @property
    def end_year(self) -> int:
        return self.start_year + self.years - 1

    def describe(self, achieved: int) -> str:
        """'2024–2028년 목표 1,000,000,000원 중 412,000,000원 (41.2%)'."""
        share = goal_progress(achieved, self.amount)
        return (f"{self.start_year}–{self.end_year}년 목표 {self.amount:,}원 중 {achieved:,}원 달성 "
                f"({share * 100:.1f}%)")


class FigureService:
    """Reading and storing the figures; every write is validated first and runs in one transaction."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def figures_of(self, organisation_id: int) -> list[OrgFigures]:
        """One organisation's figures, newest year first."""
        return figure_store.figures_of(self.db, organisation_id)

    def save_figures_of(self, organisation_id: int, rows: list[OrgFigures]) -> list[OrgFigures]:
        """Replace the organisation's figures with `rows` (empty rows dropped); `ValidationErrors` stores nothing."""
        clean = check_figures(organisation_id, rows)
        with self.db.atomic():
            figure_store.replace_figures_of(self.db, organisation_id, clean)
        return self.figures_of(organisation_id)

    def add_procurement(self, record: ProcurementRecord) -> int:
        """Store one procurement record."""
        clean = validate_procurement(record)
        with self.db.atomic():
            return procurement_store.insert_record(self.db, clean)

    def procurement_goal(self) -> ProcurementGoal | None:
        """The stored goal, or None when the network has none."""
        amount, start, years = (get_setting(self.db, key) for key in GOAL_KEYS)
        if not (amount.isdigit() and start.isdigit() and years.isdigit()):
            return None
        return ProcurementGoal(int(amount), int(start), int(years))

    def set_procurement_goal(self, goal: ProcurementGoal) -> None:
        """Store the goal."""
        with self.db.atomic():
            for key, value in zip(GOAL_KEYS, (goal.amount, goal.start_year, goal.years), strict=True):
                set_setting(self.db, key, str(value))

    def goal_achieved(self, goal: ProcurementGoal) -> int:
        """Procurement recorded within the goal's years."""
        return procurement_store.total_amount(self.db, f"{goal.start_year:04d}-01", f"{goal.end_year:04d}-12")

    def add_spending(self, spending: Spending) -> int:
        """Record money spent on a task's budget line."""
        clean = validate_spending(spending)
        with self.db.atomic():
            return execution_store.insert_spending(self.db, clean)

    def set_activity_done(self, node_id: int, done_on: str) -> None:
        """Record the day an activity was completed ('' clears it)."""
        with self.db.atomic():
            execution_store.set_activity_done(self.db, node_id, done_on)


def check_figures(organisation_id: int, rows: list[OrgFigures]) -> list[OrgFigures]:
    """Validated rows for one organisation, empty ones dropped; one year at most once.

    Errors are keyed 'figures' with the year named, since the form shows them under its table."""
    clean: list[OrgFigures] = []
    seen: set[int] = set()
    for row in rows:
        if row.is_empty():
            continue
        try:
            checked = validate_figures(replace(row, organisation_id=organisation_id))
        except ValidationErrors as error:
            raise ValidationErrors({"figures": f"{row.year}년: {error}"}) from error
        if checked.year in seen:
            raise ValidationErrors({"figures": f"{checked.year}년이 두 번 있습니다. 한 해에 한 줄만 적어 주세요."})
        seen.add(checked.year)
        clean.append(checked)
    return clean
