"""Home-screen groups that need the full storage layer (sqlite_utils): agreements to renew or gone
quiet (상호거래) and people past their retention period (개인정보). They are added once the home screen
has painted from its plain queries, so the first paint does not wait for sqlite_utils."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.core.dates import paper_date
from seecodesk.services.home import HomeGroup, HomeLine

if TYPE_CHECKING:
    import sqlite_utils

MAX_LINES = 8


def renewals_group(db: sqlite_utils.Database, today: date) -> HomeGroup:
    """Agreements due for renewal in the next 60 days (or overdue), then those with no trade in a year."""
    from seecodesk.core.trade_figures import days_until
    from seecodesk.services.trade import idle_agreements, renewals_due

    lines: list[HomeLine] = []
    for agreement in renewals_due(db, 60, today):
        left = days_until(agreement.due_on, today)
        when = f"{left}일 남음" if left >= 0 else f"{-left}일 지남"
        lines.append(HomeLine(agreement.title, f"갱신일 {paper_date(agreement.due_on)} ({when})", "trade", "agreement",
                              int(agreement.id or 0), urgent=left < 0))
    for agreement, last in idle_agreements(db, today):
        since = f"마지막 거래 {paper_date(last)}" if last else "거래 기록 없음"
        lines.append(HomeLine(agreement.title, f"1년 넘게 거래 없음 ({since})", "trade", "agreement",
                              int(agreement.id or 0)))
    return HomeGroup("agreements", "갱신할 협약·거래 없는 협약", "trade", len(lines), lines[:MAX_LINES],
                     "갱신이 다가오거나 거래가 끊긴 협약이 없습니다.")


def retention_group(db: sqlite_utils.Database, today: date, path: object = None) -> HomeGroup:
    """People whose retention period has passed (파기 대상)."""
    from seecodesk.services.privacy import PrivacyService

    due = PrivacyService(db, None).retention_due(today)
    lines = [HomeLine(f"{e.name}" + (f" ({e.organisation})" if e.organisation else ""),
                      f"보유기간 끝 {paper_date(e.due_on)} · {e.reason}", "members", "retention", e.person_id,
                      urgent=True) for e in due]
    return HomeGroup("retention", "개인정보 파기 대상", "members", len(lines), lines[:MAX_LINES],
                     "보유기간이 지난 개인정보가 없습니다.")


LATE_PROVIDERS = (renewals_group, retention_group)


def late_groups(db: sqlite_utils.Database, today: date | None = None) -> list[HomeGroup]:
    """The late groups, in order."""
    day = today or date.today()
    return [provider(db, day) for provider in LATE_PROVIDERS]


def late_groups_of_file(path: Path, today: date) -> list[HomeGroup]:
    """`late_groups` through a read-only connection of its own, for a worker thread: the window's
    GUI thread never waits for these queries (0.3-0.5 s with 20,000-80,000 organisations)."""
    from seecodesk.storage.database import open_reader, wrap_connection

    conn = open_reader(path)
    try:
        return late_groups(wrap_connection(conn), today)
    finally:
        conn.close()
