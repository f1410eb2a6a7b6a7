"""What the trade records add up to: totals per year, pair and organisation; trade inside agreements
against outside them; agreements that never led to a trade, are due for renewal, or went quiet.

Plain functions over `Trade` and `Agreement` lists, so the window, the CLI and the tests share them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from seecodesk.core.trade import LIVE_STATUSES, Agreement, Trade


@dataclass(frozen=True)
class Total:
    """A number of trades and their amount in 원."""

    count: int = 0
    amount: int = 0

    def plus(self, amount: int) -> Total:
        return Total(self.count + 1, self.amount + amount)


@dataclass(frozen=True)
class OrganisationTotal:
    """What one organisation bought and sold."""

    organisation_id: int
    bought: Total
    sold: Total

    @property
    def amount(self) -> int:
        return self.bought.amount + self.sold.amount


@dataclass(frozen=True)
class AgreementShare:
    """Trade inside agreements against trade outside them."""

    inside: Total
    outside: Total

    @property
    def inside_share(self) -> float:
        """Share of the amount traded under an agreement (0 when nothing was traded)."""
        whole = self.inside.amount + self.outside.amount
        return self.inside.amount / whole if whole else 0.0


def totals_by_year(trades: Iterable[Trade]) -> dict[int, Total]:
    """year → trades and amount, years in order."""
    totals: dict[int, Total] = defaultdict(Total)
    for trade in trades:
        year = int(trade.traded_on[:4])
        totals[year] = totals[year].plus(trade.amount)
    return dict(sorted(totals.items()))


def pair_key(a: int, b: int) -> tuple[int, int]:
    """An unordered pair of organisations as one key."""
    return (a, b) if a < b else (b, a)


def totals_by_pair(trades: Iterable[Trade]) -> dict[tuple[int, int], Total]:
    """(smaller id, larger id) → trades and amount between the two in either direction, largest first."""
    totals: dict[tuple[int, int], Total] = defaultdict(Total)
    for trade in trades:
        key = pair_key(trade.buyer_id, trade.seller_id)
        totals[key] = totals[key].plus(trade.amount)
    return dict(sorted(totals.items(), key=lambda item: (-item[1].amount, item[0])))


def totals_by_organisation(trades: Iterable[Trade]) -> list[OrganisationTotal]:
    """Each trading organisation's purchases and sales, largest total first."""
    bought: dict[int, Total] = defaultdict(Total)
    sold: dict[int, Total] = defaultdict(Total)
    for trade in trades:
        bought[trade.buyer_id] = bought[trade.buyer_id].plus(trade.amount)
        sold[trade.seller_id] = sold[trade.seller_id].plus(trade.amount)
    rows = [OrganisationTotal(org, bought.get(org, Total()), sold.get(org, Total())) for org in set(bought) | set(sold)]
    return sorted(rows, key=lambda row: (-row.amount, row.organisation_id))


def agreement_share(trades: Iterable[Trade]) -> AgreementShare:
    """Trade with an agreement named against trade without one."""
    inside, outside = Total(), Total()
    for trade in trades:
        if trade.agreement_id is None:
            outside = outside.plus(trade.amount)
        else:
            inside = inside.plus(trade.amount)
    return AgreementShare(inside, outside)


def never_traded(agreements: Iterable[Agreement], trades: Iterable[Trade]) -> list[Agreement]:
    """Agreements no trade record names: signed, but never turned into business."""
    used = {trade.agreement_id for trade in trades}
    return [a for a in agreements if a.id not in used]


def renewals_due(agreements: Iterable[Agreement], today: date, days: int = 60) -> list[Agreement]:
    """Agreements in force whose renewal date (or end of period) falls before `today + days`, soonest first.

    Ones whose date has already passed while still marked in force are kept: they need a decision too.
    """
    limit = (today + timedelta(days=days)).isoformat()
    due = [a for a in agreements if a.status in LIVE_STATUSES and a.due_on and a.due_on <= limit]
    return sorted(due, key=lambda a: (a.due_on, a.id or 0))


def idle_agreements(agreements: Iterable[Agreement], trades: Iterable[Trade], today: date,
                    days: int = 365) -> list[tuple[Agreement, str]]:
    """Agreements in force between two or more members, signed at least `days` ago, with no trade in the last `days`.

    Returns (agreement, date of its last trade or "") pairs, the longest quiet first.
    """
    since = (today - timedelta(days=days)).isoformat()
    last: dict[int, str] = {}
    for trade in trades:
        if trade.agreement_id is not None and trade.traded_on > last.get(trade.agreement_id, ""):
            last[trade.agreement_id] = trade.traded_on
    idle = [(a, last.get(a.id or 0, "")) for a in agreements
            if a.status in LIVE_STATUSES and len(a.member_ids) >= 2 and (a.signed_on or a.starts_on or "9999") <= since
            and last.get(a.id or 0, "") < since]
    return sorted(idle, key=lambda pair: (pair[1], pair[0].signed_on, pair[0].id or 0))


def days_until(day: str, today: date) -> int:
    """Whole days from `today` to the ISO date `day` (negative when it has passed)."""
    return (date.fromisoformat(day) - today).days
