"""The period a report covers: a whole year or a run of months ('2026-01' … '2026-06')."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from seecodesk.core.errors import ValidationError
from seecodesk.core.josa import josa

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True)
class ReportPeriod:
    """From the first day of `start` to the last day of `end` (both 'YYYY-MM')."""

    start: str
    end: str

    @classmethod
    def year(cls, year: int) -> ReportPeriod:
        """The whole calendar year."""
        if not 1900 <= year <= 2999:
            raise ValidationError("year", f"연도 '{year}'{josa(year, '은')} 2026처럼 네 자리로 적어 주세요.")
        return cls(f"{year:04d}-01", f"{year:04d}-12")

    @classmethod
    def months(cls, start: str, end: str) -> ReportPeriod:
        """From month `start` to month `end` ('YYYY-MM'); `ValidationError` when malformed or reversed."""
        for value in (start, end):
            match = _MONTH.match(value.strip())
            if not match or not 1 <= int(match.group(2)) <= 12:
                raise ValidationError("period", f"'{value}'{josa(value, '은')} 2026-03처럼 연도-월로 적어 주세요.")
        if start > end:
            raise ValidationError("period", f"시작 월({start})이 끝 월({end})보다 늦습니다.")
        return cls(start.strip(), end.strip())

    @property
    def first_day(self) -> str:
        return f"{self.start}-01"

    @property
    def last_day(self) -> str:
        year, month = int(self.end[:4]), int(self.end[5:])
        return f"{self.end}-{calendar.monthrange(year, month)[1]:02d}"

    @property
    def years(self) -> list[int]:
        """Every calendar year the period touches."""
        return list(range(int(self.start[:4]), int(self.end[:4]) + 1))

    @property
    def is_whole_year(self) -> bool:
        return self.start[:4] == self.end[:4] and self.start[5:] == "01" and self.end[5:] == "12"

    @property
    def label(self) -> str:
        """'2026년' or '2026년 1월 ~ 2026년 6월'."""
        if self.is_whole_year:
            return f"{self.start[:4]}년"
        return f"{self.start[:4]}년 {int(self.start[5:])}월 ~ {self.end[:4]}년 {int(self.end[5:])}월"

    def contains_day(self, day: str) -> bool:
        """True when the ISO day (or month) lies in the period."""
        return bool(day) and self.first_day <= day[:10] <= self.last_day if len(day) >= 10 else \
            self.start <= day[:7] <= self.end
