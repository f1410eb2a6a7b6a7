"""Schedule periods: months, quarters and half-years, and how months coarsen into them.

A plan stores marks by month ('2021-10'); a quarter or half-year is marked when any of its
months is. Labels follow the networks' own tables: '21년 3분기', '21년 10월', '21년 하반기'.
"""

import re
from dataclasses import dataclass
from datetime import date

from seecodesk.core.errors import ValidationError
from seecodesk.core.josa import josa

GRAINS = ("month", "quarter", "half")
GRAIN_LABELS = {"month": "월", "quarter": "분기", "half": "반기"}
_MONTHS_PER = {"month": 1, "quarter": 3, "half": 6}
SUB_CELLS = {"quarter": {3: "month"}, "half": {2: "quarter", 6: "month"}}  # grain → cells per period → cell grain


def month_key(year: int, month: int) -> str:
    """'YYYY-MM' for a year and a month number (1–12)."""
    return f"{year:04d}-{month:02d}"


def month_index(key: str) -> int:
    """A month as a running number (year * 12 + month - 1), for arithmetic."""
    return int(key[:4]) * 12 + int(key[5:7]) - 1


def month_from_index(index: int) -> str:
    return month_key(index // 12, index % 12 + 1)


def month_range(start: str, end: str) -> list[str]:
    """Every month from `start` to `end`, both included."""
    return [month_from_index(i) for i in range(month_index(start), month_index(end) + 1)]


def current_month(today: date | None = None) -> str:
    today = today or date.today()
    return month_key(today.year, today.month)


@dataclass(frozen=True, order=True)
class Period:
    """One column of a schedule: a month, quarter or half-year of a year."""

    year: int
    number: int  # month 1–12, quarter 1–4 or half 1–2
    grain: str

    @property
    def months(self) -> list[str]:
        size = _MONTHS_PER[self.grain]
        first = (self.number - 1) * size + 1
        return [month_key(self.year, m) for m in range(first, first + size)]

    @property
    def first_month(self) -> str:
        return self.months[0]

    @property
    def last_month(self) -> str:
        return self.months[-1]

    @property
    def short_label(self) -> str:
        """The label under the year band: '3분기', '10월', '하반기'."""
        if self.grain == "quarter":
            return f"{self.number}분기"
        if self.grain == "half":
            return "상반기" if self.number == 1 else "하반기"
        return f"{self.number}월"

    @property
    def label(self) -> str:
        """The full label: '21년 3분기', '21년 10월', '21년 하반기'."""
        return f"{self.year % 100:02d}년 {self.short_label}"

    @property
    def code(self) -> str:
        """The command-line spelling: '2021Q3', '2021H2', '2021-10'."""
        if self.grain == "quarter":
            return f"{self.year}Q{self.number}"
        if self.grain == "half":
            return f"{self.year}H{self.number}"
        return month_key(self.year, self.number)


def cell_grain(grain: str, cells: int) -> str:
    """The grain of the columns when each period of `grain` is split into `cells` unlabelled cells
    (a half-year into 2 quarters or 6 months, a quarter into 3 months); `grain` itself for 1 cell."""
    if cells == 1:
        return grain
    finer = SUB_CELLS.get(grain, {}).get(cells)
    if finer is None:
        raise ValidationError("cells", f"{GRAIN_LABELS.get(grain, grain)} 단위를 {cells}칸으로 나눌 수 없습니다. 칸 나누기는 "
                                       "반기를 2칸(분기) 또는 6칸(월)으로, 분기를 3칸(월)으로만 할 수 있습니다.")
    return finer


def period_of(month: str, grain: str) -> Period:
    """The period of `grain` that holds the month 'YYYY-MM'."""
    year, number = int(month[:4]), int(month[5:7])
    size = _MONTHS_PER[grain]
    return Period(year, (number - 1) // size + 1, grain)


def periods_between(start_month: str, end_month: str, grain: str) -> list[Period]:
    """The columns of a schedule from `start_month` to `end_month` (whole periods) at `grain`."""
    result: list[Period] = []
    for month in month_range(start_month, end_month):
        period = period_of(month, grain)
        if not result or result[-1] != period:
            result.append(period)
    return result


def coarsen(months: set[str] | frozenset[str], grain: str) -> set[Period]:
    """The periods of `grain` in which at least one of `months` falls."""
    return {period_of(month, grain) for month in months}


def partly_marked(months: set[str] | frozenset[str], period: Period) -> bool:
    """True when some but not all of the period's months are marked."""
    inside = sum(1 for m in period.months if m in months)
    return 0 < inside < len(period.months)


_PATTERNS = (
    (re.compile(r"^(\d{2}|\d{4})\s*[Qq]\s*([1-4])$"), "quarter"),
    (re.compile(r"^(\d{2}|\d{4})\s*[Hh]\s*([12])$"), "half"),
    (re.compile(r"^(\d{2}|\d{4})\s*[-./]\s*(\d{1,2})$"), "month"),
    (re.compile(r"^(\d{2}|\d{4})\s*년\s*([1-4])\s*분기$"), "quarter"),
    (re.compile(r"^(\d{2}|\d{4})\s*년\s*(\d{1,2})\s*월$"), "month"),
)


def parse_period(text: str, field: str = "period") -> Period:
    """Read '2021Q3', '2021H2', '2021-10', '21년 3분기' or '21년 10월' into a Period."""
    value = (text or "").strip()
    for pattern, grain in _PATTERNS:
        match = pattern.match(value)
        if match:
            year = int(match.group(1))
            year = year + 2000 if year < 100 else year
            number = int(match.group(2))
            if grain == "month" and not 1 <= number <= 12:
                break
            return Period(year, number, grain)
    half_words = re.match(r"^(\d{2}|\d{4})\s*년?\s*(상|하)반기$", value)
    if half_words:
        year = int(half_words.group(1))
        return Period(year + 2000 if year < 100 else year, 1 if half_words.group(2) == "상" else 2, "half")
    raise ValidationError(field, f"'{text}'{josa(text, '은')} 기간으로 읽을 수 없습니다. 2021Q3, 2021H2, 2021-10처럼 적어 주세요.")


def year_bands(periods: list[Period]) -> list[tuple[int, int]]:
    """(year, number of columns) runs for the year band above the period headers."""
    bands: list[tuple[int, int]] = []
    for period in periods:
        if bands and bands[-1][0] == period.year:
            bands[-1] = (period.year, bands[-1][1] + 1)
        else:
            bands.append((period.year, 1))
    return bands
