"""Which import rows are organisations the directory already holds, and how an update merges them.

A row is the same organisation as a stored one when both have the same 사업자등록번호; when the
row has none (or no stored organisation has it), when the normalised name and 대표자 are the same
and the stored one has no other number. Each stored organisation is matched by one row at most,
so a list with two 해피데이케어 in two cities, imported twice, still matches one to one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from seecodesk.core.members import Organisation
from seecodesk.core.validation import name_key
from seecodesk.storage.organisations import duplicate_number

SKIP, UPDATE = "skip", "update"
EXISTING_CHOICES = (SKIP, UPDATE)


@dataclass
class StoredKey:
    """What identifies one stored organisation for matching."""

    id: int
    name: str
    business_number: str


@dataclass
class DirectoryIndex:
    """The stored organisations by business number and by (name, 대표자), for matching import rows."""

    by_number: dict[str, StoredKey] = field(default_factory=dict)
    by_name: dict[tuple[str, str], list[StoredKey]] = field(default_factory=lambda: defaultdict(list))
    names: dict[str, str] = field(default_factory=dict)  # name_key → a stored name (for the same-name warning)

    @classmethod
    def of(cls, rows: list[tuple[int, str, str, str, str]]) -> DirectoryIndex:
        """From `(id, name, name_key, representative, business_number)` rows."""
        index = cls()
        for org_id, name, key, representative, number in rows:
            stored = StoredKey(org_id, name, number or "")
            if number:
                index.by_number[number] = stored
            index.by_name[(key, person_key(representative))].append(stored)
            index.names.setdefault(key, name)
        return index


@dataclass
class NumberHolders:
    """Who holds each business number while an import is being stored, so every row is checked
    against the directory and the rows before it without a query per row."""

    by_number: dict[str, tuple[int, str]]  # number → (id, name); new rows have negative ids
    by_id: dict[int, str]

    @classmethod
    def of(cls, holders: dict[str, tuple[int, str]]) -> NumberHolders:
        """From `number → (id, name)` of the live organisations."""
        return cls(dict(holders), {org_id: number for number, (org_id, _name) in holders.items()})

    def claim(self, org: Organisation, org_id: int) -> None:
        """Give `org`'s business number to `org_id` (its old number, if another, is freed);
        raises `DuplicateError` when another organisation holds it."""
        number = org.business_number
        holder = self.by_number.get(number) if number else None
        if holder is not None and holder[0] != org_id:
            raise duplicate_number(number, holder[1])
        old = self.by_id.pop(org_id, "")
        if old and old != number:
            del self.by_number[old]
        if number:
            self.by_number[number] = (org_id, org.name)
            self.by_id[org_id] = number


def person_key(name: str) -> str:
    """A 대표자 as compared: spacing, case and the Mac/Windows spelling of Hangul do not count."""
    return name_key(name or "")


def match_rows(index: DirectoryIndex, orgs: list[Organisation | None]) -> list[StoredKey | None]:
    """For each organisation (None for a row that could not be read), the stored one it is, or None."""
    used: set[int] = set()
    matches: list[StoredKey | None] = []
    for org in orgs:
        found = _match(index, org, used) if org is not None else None
        if found is not None:
            used.add(found.id)
        matches.append(found)
    return matches


def _match(index: DirectoryIndex, org: Organisation, used: set[int]) -> StoredKey | None:
    number = org.business_number
    by_number = index.by_number.get(number) if number else None
    if by_number is not None:
        return None if by_number.id in used else by_number
    for stored in index.by_name.get((name_key(org.name), person_key(org.representative)), []):
        if stored.id not in used and (not number or not stored.business_number):
            return stored
    return None


def updated_with(stored: Organisation, incoming: Organisation) -> Organisation:
    """`stored` with what the file says: every field the row fills replaces the stored one, a blank
    cell keeps what is stored; designations the file adds are added, none removed; a membership
    period is added only to an organisation that has none. People, dues and history stay."""
    changes: dict[str, object] = {}
    for key in ("name", "legal_form", "business_number", "corporation_number", "representative", "address",
                "district", "phone", "fax", "email", "homepage", "industry", "service_field", "founded_on",
                "news", "notes"):
        value = getattr(incoming, key)
        if value:
            changes[key] = value
    if incoming.is_support_body:
        changes["is_support_body"] = True
    held = {d.kind for d in stored.designations}
    added = [replace(d, id=None) for d in incoming.designations if d.kind not in held]
    memberships = stored.memberships or [replace(p, id=None) for p in incoming.memberships]
    return replace(stored, designations=[*stored.designations, *added], memberships=memberships, **changes)  # type: ignore[arg-type]
