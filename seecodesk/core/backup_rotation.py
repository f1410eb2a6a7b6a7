"""Which backups to keep: the last few, one a day, one a week, one a month (a pure rule, no files).

Each day, week and month keeps its *oldest* copy, so a new backup never changes which copy stands
for an earlier period: adding backups only ever pushes out surplus copies of the same period.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class RotationPolicy:
    """How many of each kind to keep."""

    last: int = 10
    days: int = 14
    weeks: int = 8
    months: int = 24


DEFAULT_POLICY = RotationPolicy()


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def backups_to_keep(times: Sequence[datetime], now: datetime, policy: RotationPolicy | None = None) -> set[int]:
    """Indexes into `times` of the backups to keep at `now`; every other one may be removed.

    Backups dated after `now` (a clock that was wrong) are kept: nothing is removed on a guess.
    """
    policy = policy or DEFAULT_POLICY
    order = sorted(range(len(times)), key=lambda i: times[i], reverse=True)
    keep = {i for i in order if times[i] > now}
    keep.update(order[: policy.last])
    today = now.date()
    this_monday = today - timedelta(days=today.weekday())

    def keep_oldest_per(period: Callable[[date], int], newest: int, count: int) -> None:
        oldest: dict[int, int] = {}
        for i in order:  # newest first, so the last one seen in a period is its oldest
            key = period(times[i].date())
            if newest - count < key <= newest:
                oldest[key] = i
        keep.update(oldest.values())

    keep_oldest_per(lambda d: d.toordinal(), today.toordinal(), policy.days)
    keep_oldest_per(lambda d: (d - timedelta(days=d.weekday())).toordinal() // 7, this_monday.toordinal() // 7,
                    policy.weeks)
    keep_oldest_per(_month_index, _month_index(today), policy.months)
    return keep
