"""Use cases of the 공공구매 tab: public procurement records entered, changed and deleted one by one
(each an undoable operation), the year's tally (B, 관내 C, C/B) and the network's goal with its progress."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from seecodesk.core.errors import ValidationError, ValidationErrors
from seecodesk.core.figures import MAX_AMOUNT, ProcurementRecord, goal_progress, validate_goal, validate_procurement
from seecodesk.core.trade import parse_amount
from seecodesk.services.figures import FigureService, ProcurementGoal
from seecodesk.services.history import HistoryService
from seecodesk.storage import procurement as store

if TYPE_CHECKING:
    import sqlite_utils


@dataclass
class ProcurementTally:
    """A year's (or every year's) records summed as the city's table reads them."""

    count: int = 0
    total: int = 0  # B: bought from social economy firms
    local: int = 0  # C: of which from firms inside the city (관내)
    by_institution: dict[str, int] = field(default_factory=dict)

    @property
    def local_share(self) -> float:
        """C/B (0 when nothing was bought)."""
        return self.local / self.total if self.total else 0.0


@dataclass(frozen=True)
class GoalProgress:
    """How far the network has come toward its goal."""

    goal: ProcurementGoal
    achieved: int

    @property
    def share(self) -> float:
        return goal_progress(self.achieved, self.goal.amount)

    def describe(self) -> str:
        return self.goal.describe(self.achieved)


def _label(record: ProcurementRecord, verb: str) -> str:
    return f"공공구매 {verb} ({record.institution} {record.year}년 {record.month}월 {int(record.amount):,}원)"


class ProcurementService:
    """Procurement records and the goal of one network database."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.history = HistoryService(db)
        self.figures = FigureService(db)

    def years(self) -> list[int]:
        """Years with records, oldest first."""
        return store.record_years(self.db)

    def records(self, year: int | None = None) -> list[ProcurementRecord]:
        """Records of a year (every year when None) in date order, a member's current name as supplier."""
        if year is None:
            return store.records_between(self.db, "0000-00", "9999-99")
        return store.records_between(self.db, f"{year:04d}-01", f"{year:04d}-12")

    def record(self, record_id: int) -> ProcurementRecord:
        """One record as stored, for the form."""
        return store.get_record(self.db, record_id)

    def institutions(self) -> dict[str, list[str]]:
        """Institutions typed before (most used first) with their departments, for the form's lists."""
        return store.institutions(self.db)

    def save(self, record: ProcurementRecord) -> ProcurementRecord:
        """Validate and store (a new record when `record.id` is None); `ValidationErrors` stores nothing."""
        clean = validate_procurement(record)
        with self.history.operation(_label(clean, "추가" if clean.id is None else "수정")):
            if clean.id is None:
                clean.id = store.insert_record(self.db, clean)
            else:
                store.get_record(self.db, clean.id)  # refuses a record deleted meanwhile
                store.update_record(self.db, clean)
        return clean

    def delete(self, record_id: int) -> str:
        """Delete a record; 실행 취소 brings it back. Returns the operation's label."""
        record = store.get_record(self.db, record_id)
        label = _label(record, "삭제")
        with self.history.operation(label):
            store.delete_record(self.db, record_id)
        return label

    def institution_totals(self, year: int) -> dict[str, int | None]:
        """Each institution that bought in `year` or has a total for it → its whole purchase total (A), or None
        when the city has not told it yet."""
        known = {name: total for (_year, name), total in store.institution_totals(self.db, [year]).items()}
        buyers = {r.institution for r in self.records(year)}
        return {name: known.get(name) for name in sorted(buyers | set(known))}

    def save_institution_totals(self, year: int, typed: dict[str, str]) -> dict[str, int | None]:
        """Store the totals typed per institution ('98억', '9,800,000,000'; blank forgets one), all or none."""
        errors: dict[str, str] = {}
        amounts: dict[str, int | None] = {}
        for name, text in typed.items():
            try:
                amounts[name] = parse_amount(text, MAX_AMOUNT) if text.strip() else None
            except ValidationError as error:
                errors[name] = f"{name}: {error.message}"
        if errors:
            raise ValidationErrors(errors)
        with self.history.operation(f"기관별 총구매액 ({year}년)"):
            for name, amount in amounts.items():
                if amount is None:
                    store.delete_institution_total(self.db, year, name)
                else:
                    store.set_institution_total(self.db, year, name, amount)
        return self.institution_totals(year)

    def goal(self) -> ProcurementGoal | None:
        """The network's goal, or None when none is set."""
        return self.figures.procurement_goal()

    def save_goal(self, amount: int | str, start_year: int, years: int) -> ProcurementGoal:
        """Validate and store the goal ('10억원 within 5 years from 2025')."""
        goal = ProcurementGoal(*validate_goal(amount, start_year, years))
        self.figures.set_procurement_goal(goal)
        return goal

    def progress(self) -> GoalProgress | None:
        """The goal and what the records within its years add up to; None without a goal."""
        goal = self.goal()
        return GoalProgress(goal, self.figures.goal_achieved(goal)) if goal else None


def tally(records: list[ProcurementRecord]) -> ProcurementTally:
    """B, 관내 C and each institution's B of the records."""
    by_institution: dict[str, int] = defaultdict(int)
    for record in records:
        by_institution[record.institution] += record.amount
    ordered = dict(sorted(by_institution.items(), key=lambda kv: (-kv[1], kv[0])))
    return ProcurementTally(len(records), sum(r.amount for r in records),
                            sum(r.amount for r in records if r.is_local), ordered)
