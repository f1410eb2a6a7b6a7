"""Attendance statistics over a period: per person and per organisation, against a target rate."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from seecodesk.core.attendance import DEFAULT_TARGET, AttendanceRate, overall_rate, rates_by
from seecodesk.storage import meeting_queries as queries

if TYPE_CHECKING:
    import sqlite_utils


@dataclass
class AttendanceReport:
    """What the statistics tab shows for one period and filter."""

    start: str
    end: str
    target: float
    overall: AttendanceRate
    people: list[AttendanceRate] = field(default_factory=list)
    organisations: list[AttendanceRate] = field(default_factory=list)
    meetings_held: list[tuple[str, int]] = field(default_factory=list)

    @property
    def below_target(self) -> list[AttendanceRate]:
        """People invited at least once whose rate is under the target."""
        return [r for r in self.people if not r.meets(self.target)]


def attendance_report(db: sqlite_utils.Database, start: str, end: str, body_id: int | None = None,
                      kind: str = "", target: float = DEFAULT_TARGET) -> AttendanceReport:
    """Rates of every invited person and organisation between `start` and `end` (ISO, inclusive)."""
    rows = queries.attendance_rows(db, start, end, body_id, kind)
    return AttendanceReport(start=start, end=end, target=target, overall=overall_rate(rows),
                            people=rates_by(rows, "person"), organisations=rates_by(rows, "organisation"),
                            meetings_held=queries.meetings_held(db, start, end))
