"""Demo personal data past its keeping, so 편집 → 개인정보 파기 대상 has people to show.

Three existing people get consents whose 보유기간 has run out: one agreed for two years from
2021, one withdrew their consent, one worked for the member that left in 2024 and agreed to be
kept one year after ("탈퇴 후 1년").
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

# (person, their organisation, what changes in their consent)
EXPIRED = (
    ("이서진", "(주)햇살두레푸드", {"retention": "동의일로부터 2년", "consented_on": "2021-03-05"}),
    ("박하은", "솔내들영농조합법인", {"withdrawn_on": "2025-06-30"}),
    ("최민재", "가람청년협동조합", {"retention": "탈퇴 후 1년"}),
)


def populate(db: sqlite_utils.Database, rng: random.Random) -> None:
    """Make three people's consents expire."""
    del rng  # nothing random here: the 파기 대상 list is the same in every demo
    for name, organisation, changes in EXPIRED:
        row = db.execute("SELECT p.id FROM people p JOIN organisations o ON o.id = p.organisation_id "
                         "WHERE p.name = ? AND o.name = ?", [name, organisation]).fetchone()
        if row is not None:
            assignments = ", ".join(f"{column} = ?" for column in changes)
            db.execute(f"UPDATE consents SET {assignments} WHERE person_id = ?", [*changes.values(), row[0]])
