"""Demo data for the people lists: a 분과 member whose consent leaves out contact details (masked on the
연락망, as the city officials without consent are on the TFT's) and long addresses that must wrap on a label."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

NO_CONTACT_ITEMS = "이름, 소속, 직함"
LONG_ADDRESSES = {
    "푸른손자연학교": "충청남도 가람시 중앙동 들꽃길 157, 가람사회적경제혁신타운 3층 301호 (중앙동, 옛 가람초등학교 별관)",
    "(주)햇살두레푸드": "충청남도 가람시 황토면 솔내로 21-4, 햇살두레 공동작업장 2동 1층 (황토면 농공단지 안, 물류 입구로 오세요)",
}


def populate(db: sqlite_utils.Database, rng: random.Random) -> None:
    """Narrow one consent and lengthen two addresses (no random draws: the other demo parts stay as they were)."""
    db.execute("UPDATE consents SET items = ? WHERE person_id = (SELECT p.id FROM people p JOIN organisations o "
               "ON o.id = p.organisation_id AND o.representative = p.name WHERE o.name = '푸른손자연학교')",
               [NO_CONTACT_ITEMS])
    for name, address in LONG_ADDRESSES.items():
        db.execute("UPDATE organisations SET address = ? WHERE name = ?", [address, name])
