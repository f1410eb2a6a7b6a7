"""보유기간: when a person's data must be destroyed (파기), read from the consent's own words.

A consent's retention text names a period and what it counts from:
- "탈퇴 후 3년", "회원 탈퇴 후 6개월", "탈퇴 시까지" → from the end of membership;
- "동의일로부터 2년", "수집일로부터 1년", or a bare "1년" / "2년간" → from the day of consent;
- "영구", "" or words we cannot read → no date (never listed, shown as 기간 불명 where it matters).
A consent withdrawn (철회) ends the reason to keep what it covered: it is due on the day of withdrawal.

A person is due when every consent of theirs has a due date and the latest of them has passed:
data kept on several consents may be kept as long as the longest allows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from seecodesk.core.dates import paper_date
from seecodesk.core.members import Consent

MEMBERSHIP_END, CONSENT_DAY = "membership_end", "consent_day"
_PERIOD = re.compile(r"(\d+)\s*(년|개월|달|월|일)")
_UNTIL_LEAVING = re.compile(r"탈퇴\s*(시|때)\s*까지|탈퇴\s*시|목적\s*달성\s*시")
_FOREVER = ("영구", "무기한")


@dataclass(frozen=True)
class RetentionRule:
    """A period of `months` (and `days`) counted from `base` (membership end or consent day)."""

    base: str
    months: int = 0
    days: int = 0


@dataclass(frozen=True)
class RetentionVerdict:
    """Whether a person's data is past its keeping, since when, and why (in Korean)."""

    due: bool
    due_on: date | None
    reason: str


def parse_retention(text: str) -> RetentionRule | None:
    """The rule a retention text states; None when it states none we can count ("영구", "", unreadable)."""
    words = " ".join((text or "").split())
    if not words or any(w in words for w in _FOREVER):
        return None
    base = MEMBERSHIP_END if "탈퇴" in words or "종료" in words else CONSENT_DAY
    match = _PERIOD.search(words)
    if match is None:
        return RetentionRule(MEMBERSHIP_END, 0) if _UNTIL_LEAVING.search(words) else None
    amount, unit = int(match.group(1)), match.group(2)
    if unit == "년":
        return RetentionRule(base, months=12 * amount)
    if unit == "일":
        return RetentionRule(base, days=amount)
    return RetentionRule(base, months=amount)


def add_period(start: date, months: int, days: int = 0) -> date:
    """`start` plus whole months (the 29th–31st fall back to the month's last day) plus days."""
    from datetime import timedelta

    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    for day in (start.day, 30, 29, 28):
        try:
            return date(year, month, day) + timedelta(days=days)
        except ValueError:
            continue
    raise ValueError(start)  # unreachable: every month has a 28th


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat((text or "").strip()[:10])
    except ValueError:
        return None


def consent_due_on(consent: Consent, membership_end: date | None) -> tuple[date | None, str]:
    """(the day this consent's data is due for 파기, the reason) — None while it is not yet known."""
    withdrawn = _day(consent.withdrawn_on)
    if withdrawn is not None:
        return withdrawn, f"동의 철회 {paper_date(withdrawn)}"
    rule = parse_retention(consent.retention)
    if rule is None:
        return None, "보유기간 없음" if not consent.retention.strip() else f"보유기간 '{consent.retention}'"
    if rule.base == MEMBERSHIP_END:
        if membership_end is None:
            return None, "아직 회원"
        return (add_period(membership_end, rule.months, rule.days),
                f"보유기간 '{consent.retention.strip()}' · 탈퇴 {paper_date(membership_end)}")
    given = _day(consent.consented_on)
    if given is None:
        return None, "동의일 없음"
    return add_period(given, rule.months, rule.days), f"보유기간 '{consent.retention.strip()}' · 동의일 {paper_date(given)}"


def retention_verdict(consents: Iterable[Consent], membership_end: date | None, today: date) -> RetentionVerdict:
    """Whether the person's data is past every consent's retention period on `today`."""
    dues = [consent_due_on(c, membership_end) for c in consents]
    if not dues:
        return RetentionVerdict(False, None, "동의 기록 없음")
    if any(day is None for day, _ in dues):
        return RetentionVerdict(False, None, next(reason for day, reason in dues if day is None))
    latest, reason = max(dues, key=lambda pair: pair[0])  # type: ignore[arg-type, return-value]
    assert latest is not None
    return RetentionVerdict(latest < today, latest, reason)
