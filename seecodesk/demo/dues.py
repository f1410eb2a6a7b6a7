"""Demo dues: the network's rule, bank account and due date, and this year's sheet charged with
most members paid (each with a numbered receipt), one in part and several not yet."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from seecodesk.core.dues import DuesRule
from seecodesk.services.dues import NOTICE_TEXT, DuesService, DuesSettings

if TYPE_CHECKING:
    import sqlite_utils


def populate(db: sqlite_utils.Database, rng: random.Random, today: date | None = None) -> None:
    """Rule and settings, then the current year charged and partly paid."""
    today = today or date.today()
    service = DuesService(db)
    rule = DuesRule(default_amount=120_000, categories=[("사회적기업", 240_000), ("사회적협동조합", 180_000),
                                                         ("지원기관", 0)])
    service.save_settings(DuesSettings(rule=rule, due_day="03-31", bank_account="가람농협 301-1234-5678-91 (가람시사회적경제기업협의회)",
                                       contact="사무국 간사 041-730-1234", notice_text=NOTICE_TEXT))
    year = today.year
    service.charge(year)
    lines = [x for x in service.sheet(year) if x.due > 0]
    start = date(year, 2, 1)
    span = max(1, min((today - start).days, 300))
    planned = []
    for index, line in enumerate(lines):
        if index % 4 == 3:
            continue  # not paid yet
        planned.append(((start + timedelta(days=rng.randint(0, span))).isoformat(), index, line))
    for day, index, line in sorted(planned, key=lambda p: (p[0], p[1])):  # receipts numbered in date order
        if index % 9 == 5:
            service.record_payment(year, line.organisation_id, line.due // 2, day, "계좌이체", "1차분")
        else:
            service.confirm_paid(year, [line.organisation_id], day, rng.choice(("계좌이체", "계좌이체", "현금")))
