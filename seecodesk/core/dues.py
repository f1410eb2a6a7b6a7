"""회비 (membership dues): the network's rule, one year's sheet line per organisation, receipts, arrears.

The source documents give no amounts ("회비 안정화" is a standing board topic), so the rule is the
network's own: a default amount and, before it, amounts per category — a designation such as
사회적기업 or a legal form such as 협동조합. The first category line an organisation matches decides.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from seecodesk.core import validation as v
from seecodesk.core.errors import ValidationError
from seecodesk.core.josa import josa

PAYMENT_METHODS = ("계좌이체", "현금", "카드", "기타")
DEFAULT_DUE_DAY = "03-31"
RECEIPT_SERIES = "receipt"


@dataclass
class DuesRule:
    """Default amount plus (category, amount) lines tried in order."""

    default_amount: int = 0
    categories: list[tuple[str, int]] = field(default_factory=list)

    def amount_for(self, categories: Iterable[str]) -> tuple[str, int]:
        """(matched category or '기본', amount) for an organisation holding `categories`."""
        held = set(categories)
        for category, amount in self.categories:
            if category in held:
                return category, amount
        return "기본", self.default_amount

    @property
    def is_set(self) -> bool:
        return self.default_amount > 0 or any(amount > 0 for _, amount in self.categories)

    def to_json(self) -> str:
        return json.dumps({"default": self.default_amount, "categories": [list(c) for c in self.categories]},
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> DuesRule:
        """The stored rule; an empty or damaged value gives the empty rule (no amounts)."""
        try:
            data = json.loads(text) if text else {}
            return cls(int(data.get("default", 0)), [(str(c), int(a)) for c, a in data.get("categories", [])])
        except (ValueError, TypeError, AttributeError):
            return cls()


def parse_amount(text: str, what: str = "금액") -> int:
    """'120,000' / '120000원' / '12만' → 120000; a Korean ValidationError otherwise."""
    v.refuse_resident_number("dues", text or "")
    value = (text or "").strip().replace(",", "").replace("원", "").replace(" ", "")
    multiplier = 1
    if value.endswith("만"):
        value, multiplier = value[:-1], 10_000
    try:
        amount = round(float(value) * multiplier) if value else 0
    except ValueError:
        raise ValidationError("dues", f"{what} '{v.shown(text)}'{josa(v.shown(text), '을')} 120,000처럼 숫자로 적어 주세요.") from None
    if amount < 0 or amount > 1_000_000_000:
        raise ValidationError("dues", f"{what}{josa(what, '은')} 0원에서 10억 원 사이여야 합니다.")
    return amount


@dataclass
class DuesLine:
    """One organisation's dues for one year as the sheet shows it."""

    organisation_id: int
    name: str
    year: int
    category: str
    due: int
    paid: int = 0
    paid_on: str = ""  # the last payment's date
    method: str = ""
    receipts: list[str] = field(default_factory=list)
    note: str = ""
    charged: bool = False  # a dues row exists (부과됨); otherwise the amount comes from the rule
    representative: str = ""
    address: str = ""

    @property
    def balance(self) -> int:
        return max(0, self.due - self.paid)

    @property
    def status(self) -> str:
        """완납 / 일부 납부 / 미납 / 면제 (nothing due)."""
        if self.due <= 0:
            return "면제"
        if self.paid >= self.due:
            return "완납"
        return "일부 납부" if self.paid else "미납"


@dataclass
class Payment:
    """One payment with its receipt number (None for payments recorded before receipts were issued)."""

    organisation_id: int
    year: int
    amount: int
    paid_on: str
    method: str = ""
    receipt_number: str | None = None
    note: str = ""
    id: int | None = None
    organisation_name: str = ""


@dataclass
class Arrears:
    """What one organisation still owes, year by year."""

    organisation_id: int
    name: str
    years: list[tuple[int, int]]  # (year, balance)

    @property
    def total(self) -> int:
        return sum(balance for _, balance in self.years)


def receipt_number(year: int, sequence: int) -> str:
    """'2026-001' (three digits, more when a year runs past 999)."""
    return f"{year}-{sequence:03d}"


def due_date(year: int, day: str) -> str:
    """The due date of `year`'s dues from the setting 'MM-DD' (a bad setting gives 03-31)."""
    try:
        month, dom = (int(p) for p in (day or DEFAULT_DUE_DAY).split("-"))
        return date(year, month, dom).isoformat()
    except ValueError:
        return f"{year}-{DEFAULT_DUE_DAY}"


def check_year(year: int) -> int:
    """A plausible dues year, or a Korean ValidationError."""
    if not 2000 <= year <= 2100:
        raise ValidationError("dues", f"연도 {year}{josa(year, '은')} 올바르지 않습니다. 2026처럼 네 자리로 적어 주세요.")
    return year


_DIGITS = "영일이삼사오육칠팔구"
_SMALL_UNITS = ("", "십", "백", "천")
_BIG_UNITS = ("", "만", "억", "조")


def korean_amount(amount: int) -> str:
    """120000 → '일십이만', as a receipt writes the sum in words (금 일십이만 원정)."""
    if amount == 0:
        return "영"
    groups = []
    big = 0
    while amount > 0:
        amount, group = divmod(amount, 10_000)
        if group:
            words = "".join(_DIGITS[int(d)] + _SMALL_UNITS[len(str(group)) - 1 - i]
                            for i, d in enumerate(str(group)) if d != "0")
            groups.append(words + _BIG_UNITS[big])
        big += 1
    return "".join(reversed(groups))
