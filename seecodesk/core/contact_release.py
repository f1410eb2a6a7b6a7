"""Whether a phone number or e-mail address goes into an output, and how many were left out.

Every output that may carry a person's contact details (the member export for 시청, the sign-in
sheet, the catalog, the people and city exports) asks here, with the use it serves:
`Use.THIRD_PARTY` for anything sent to city hall or printed for the public, `Use.NETWORK` for the
network's own lists. A value the person's consent does not cover is left blank and counted, so
the screen can say how many were withheld before anything is saved.

An organisation's phone or e-mail is the organisation's, except when its phone is a mobile number
that is one of its people's own (a 개인사업자's 010 number given as the company phone): then that
person's consent decides. E-mail addresses in organisation data stay the organisation's: the
office address is commonly recorded for its staff too, and it is not theirs alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from seecodesk.core.consent import Item, Use, allows
from seecodesk.core.members import Consent
from seecodesk.core.validation import digits_of


@dataclass
class Withheld:
    """A running count of the values left out of one output."""

    count: int = 0

    def notice(self) -> str:
        """The sentence shown before saving ('' when nothing was withheld)."""
        if not self.count:
            return ""
        return f"개인정보 동의 범위 밖이라 비워 둔 연락처 {self.count:,}건"


@dataclass(frozen=True)
class ContactOwner:
    """A person's own numbers and addresses with their consents (to recognise them in organisation data)."""

    phones: frozenset[str] = frozenset()
    emails: frozenset[str] = frozenset()
    consents: tuple[Consent, ...] = field(default_factory=tuple)

    @classmethod
    def of(cls, phones: Iterable[str], emails: Iterable[str], consents: Iterable[Consent]) -> ContactOwner:
        return cls(frozenset(d for d in (digits_of(p or "") for p in phones) if d),
                   frozenset(e.strip().casefold() for e in emails if e and e.strip()), tuple(consents))

    def owns(self, value: str, item: Item) -> bool:
        """True when `value` is this person's own: their mobile or phone number, their e-mail address."""
        if item is Item.PHONE:
            digits = digits_of(value or "")
            return bool(digits) and digits in self.phones
        return bool(value.strip()) and value.strip().casefold() in self.emails


MOBILE_PREFIXES = ("010", "011", "016", "017", "018", "019")


def person_value(value: str, consents: Iterable[Consent], item: Item, use: Use, withheld: Withheld,
                 on: date | None = None) -> str:
    """`value` when the person's consent covers `item` for `use`; otherwise '' (and counted)."""
    if not value or not value.strip():
        return value
    if allows(consents, item, use, on):
        return value
    withheld.count += 1
    return ""


def organisation_value(value: str, owners: Sequence[ContactOwner], item: Item, use: Use, withheld: Withheld,
                       on: date | None = None) -> str:
    """An organisation's phone: blank (and counted) when it is a person's mobile their consent does not cover for `use`."""
    if not value or not value.strip() or item is not Item.PHONE or not digits_of(value).startswith(MOBILE_PREFIXES):
        return value
    for owner in owners:
        if owner.owns(value, item) and not allows(owner.consents, item, use, on):
            withheld.count += 1
            return ""
    return value


def masked_phone(value: str) -> str:
    """The number with its middle hidden, as a 연락망 prints it without consent: 010-****-5678."""
    parts = [p for p in (value or "").split("-") if p]
    if len(parts) == 3:
        return f"{parts[0]}-{'*' * len(parts[1])}-{parts[2]}"
    digits = digits_of(value or "")
    if len(digits) < 8:
        return "*" * len(digits)
    return f"{digits[:3]}-{'*' * (len(digits) - 7)}-{digits[-4:]}"


def person_phone(value: str, consents: Iterable[Consent], use: Use, withheld: Withheld, on: date | None = None) -> str:
    """`value` when the person's consent covers the phone for `use`; otherwise masked (and counted)."""
    shown = person_value(value, consents, Item.PHONE, use, withheld, on)
    return shown if shown or not value else masked_phone(value)
