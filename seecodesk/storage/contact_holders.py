"""The people who may hold their organisation's phone as their own number, with their consents.

Only these organisations can have their phone held back from an output for lack of consent
(core/contact_release.py `organisation_value`). SQLite narrows 100,000 organisations to them in one
query, so Python never sees the office numbers nor the people who do not hold the number. What it
returns is a superset: a number SQLite cannot reduce to its digits exactly as `digits_of` does (spaces,
+82, brackets, full-width digits: anything but ASCII digits and dashes) is passed on for core to judge.
Where every number involved is ASCII digits and dashes, SQLite's reading is exact and says so (`sure`).
What a consent allows is never decided here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from seecodesk.core.contact_release import ContactOwner
from seecodesk.core.members import Consent
from seecodesk.storage.personal_data import CONSENT_COLUMNS, consent_of

if TYPE_CHECKING:
    from seecodesk.storage.database import Queryable

_CONTENT = tuple(column for column in CONSENT_COLUMNS if column != "id")  # an id would make every text differ


class PhoneHolder(NamedTuple):
    """A live person whose own mobile or phone number may be their live organisation's phone."""

    organisation_id: int
    organisation_phone: str
    mobile: str
    phone: str
    sure: int  # 1: the organisation's phone is a mobile (starts with a prefix) and certainly this person's
    consents_json: str  # what their consents say (not their ids) as one JSON text: equal texts, equal consents

    def consents(self) -> list[Consent]:
        """The person's consent records, oldest first (without their ids)."""
        return [consent_of(values, _CONTENT) for values in json.loads(self.consents_json)]

    def owner(self) -> ContactOwner:
        """The person as the owner of their numbers, for core to judge."""
        return ContactOwner.of((self.mobile, self.phone), (), self.consents())


def _digits(value: str) -> str:
    """SQL: `value` without its dashes (its digits, when it is `_plain`)."""
    return f"replace({value}, '-', '')"


def _plain(value: str) -> str:
    """SQL: true when `value` is ASCII digits and dashes with at least one digit: its digits are `_digits`."""
    return f"({_digits(value)} != '' AND {_digits(value)} NOT GLOB '*[^0-9]*')"


def _starts(value: str, lengths: Sequence[int]) -> str:
    """SQL: `value` starts with one of the prefixes (one JSON list parameter of them per length)."""
    tests = [f"substr({value}, 1, {n}) IN (SELECT value FROM json_each(?))" for n in lengths]
    return "(" + (" OR ".join(tests) or "0") + ")"


def _may_hold(own: str) -> str:
    """SQL: the person's number `own` may be the organisation's: equal digits, or one of the two not plain."""
    return f"({own} != '' AND (NOT o.plain OR NOT {_plain(own)} OR {_digits(own)} = o.digits))"


def _holds(own: str) -> str:
    """SQL: the person's number `own` certainly is the organisation's (both plain, equal digits)."""
    return f"({_plain(own)} AND {_digits(own)} = o.digits)"


_HOLDERS_SQL = """
WITH o AS (
    SELECT id, phone, {digits} AS digits, {plain} AS plain FROM organisations
    WHERE deleted_at IS NULL AND phone != '' AND (NOT {leading} OR {starts_raw}))
SELECT o.id, o.phone, p.mobile, p.phone, o.plain AND {starts} AND ({holds}) AS sure,
       (SELECT json_group_array(json_array({consent})) FROM (
            SELECT * FROM consents c WHERE c.person_id = p.id ORDER BY consented_on, id)) AS consents
FROM o JOIN people p ON p.organisation_id = o.id AND p.deleted_at IS NULL
WHERE {may_hold}
"""


def _holders_sql(lengths: Sequence[int]) -> str:
    """The query for prefixes of these lengths (parameters: one JSON list of prefixes a length, twice)."""
    longest = max(lengths, default=0)
    # Exact on the raw text: a phone whose first characters are ASCII digits beginning no prefix is no
    # mobile (digits_of keeps them first); any other phone goes on.
    leading = f"substr(phone, 1, {longest}) GLOB '{'[0-9]' * longest}'"
    return _HOLDERS_SQL.format(
        digits=_digits("phone"), plain=_plain("phone"), leading=leading, starts_raw=_starts("phone", lengths),
        starts=_starts("o.digits", lengths), holds=f"{_holds('p.mobile')} OR {_holds('p.phone')}",
        consent=", ".join(_CONTENT), may_hold=f"{_may_hold('p.mobile')} OR {_may_hold('p.phone')}")


def mobile_holders(db: Queryable, prefixes: Sequence[str]) -> Iterator[PhoneHolder]:
    """Every live person who may hold their live organisation's phone as their own mobile or phone number,
    where that phone may start with one of the mobile `prefixes` (a superset: core decides what is not `sure`)."""
    lengths = sorted({len(prefix) for prefix in prefixes})
    by_length = [json.dumps([p for p in prefixes if len(p) == n]) for n in lengths]
    return map(PhoneHolder._make, db.execute(_holders_sql(lengths), by_length * 2))
