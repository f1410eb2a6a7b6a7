"""What a person's recorded consent (개인정보 수집·이용 동의) allows to be done with their contact details.

One rule for every output: an export for city hall, a sign-in sheet, a contact list or a catalog
prints a phone number or an e-mail address only when a consent in force on that day names that
item, and, for anything handed outside the network, also agrees to 제3자 제공.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from seecodesk.core.members import Consent


class Use(StrEnum):
    """Who will see the value."""

    NETWORK = "network"  # inside the network: 연락망, 참석자 명부, the secretariat's own lists
    THIRD_PARTY = "third_party"  # handed outside: city hall, a printed catalog, a partner


class Item(StrEnum):
    """A contact detail a consent may cover."""

    PHONE = "phone"
    EMAIL = "email"


_ITEM_WORDS = {
    Item.PHONE: ("연락처", "전화", "휴대", "핸드폰", "휴대폰"),
    Item.EMAIL: ("이메일", "메일", "e-mail", "email", "연락처"),
}


def in_force(consent: Consent, on: date) -> bool:
    """True when `consent` was given on or before `on` and not withdrawn by then."""
    given = consent.consented_on.strip()
    if not given or given > on.isoformat():
        return False
    withdrawn = consent.withdrawn_on.strip()
    return not withdrawn or withdrawn > on.isoformat()


def covers(consent: Consent, item: Item, use: Use) -> bool:
    """True when the consent's items name `item` and its 제3자 제공 answer allows `use`."""
    if use is Use.THIRD_PARTY and not consent.third_party:
        return False
    items = consent.items.lower()
    return any(word in items for word in _ITEM_WORDS[item])


def allows(consents: Iterable[Consent], item: Item, use: Use, on: date | None = None) -> bool:
    """True when any consent in force on `on` (today by default) covers `item` for `use`."""
    day = on or date.today()
    return any(in_force(c, day) and covers(c, item, use) for c in consents)
