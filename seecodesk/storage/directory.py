"""The member directory in four flat queries: a row per live organisation with what the list shows.

Four grouped reads merged in Python are about twice as fast at 20,000 organisations as one
query with joined subqueries, and the directory is what the window shows first.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from seecodesk.storage.database import Queryable


_ORGANISATIONS_SQL = (
    "SELECT id, name, representative, phone, address, district, industry, business_number, legal_form, "
    "is_support_body FROM organisations WHERE deleted_at IS NULL"
)
_FIRST_ORGANISATIONS_SQL = _ORGANISATIONS_SQL + " ORDER BY name, id LIMIT ?"
_DESIGNATIONS_SQL = "SELECT organisation_id, kind FROM designations {where} ORDER BY organisation_id, id"
_MEMBERSHIP_SQL = (
    "SELECT organisation_id, count(*), sum(left_on = '') FROM membership_periods {where} GROUP BY organisation_id"
)
_PEOPLE_SQL = (
    "SELECT organisation_id, count(*) FROM people WHERE deleted_at IS NULL AND organisation_id IS NOT NULL "
    "{and_where} GROUP BY organisation_id"
)


class DirectoryRow(NamedTuple):
    """What the directory table shows of one organisation (a tuple: 20,000 of them build fast)."""

    id: int
    name: str
    representative: str
    phone: str
    address: str
    district: str
    industry: str
    business_number: str
    legal_form: str
    is_support_body: bool
    designations: tuple[str, ...]
    membership_status: str
    people: int


def _membership_status(periods: int, open_periods: int) -> str:
    if open_periods:
        return "회원"
    return "탈퇴" if periods else "비회원"


def directory_rows(db: Queryable, first: int | None = None) -> list[DirectoryRow]:
    """Every live organisation by name (code-point order of Hangul is 가나다 order).

    With `first`, only the first organisations by name: what a window shows before the rest loads.
    """
    if first is None:
        organisations = db.execute(_ORGANISATIONS_SQL).fetchall()
        where, params = "", []
    else:
        organisations = db.execute(_FIRST_ORGANISATIONS_SQL, [first]).fetchall()
        params = [org[0] for org in organisations]
        where = f"WHERE organisation_id IN ({', '.join('?' * len(params))})" if params else "WHERE 0"
    kinds: dict[int, list[str]] = {}
    for org_id, kind in db.execute(_DESIGNATIONS_SQL.format(where=where), params):
        held = kinds.setdefault(org_id, [])
        if kind not in held:
            held.append(kind)
    periods = {org_id: (count, open_count)
               for org_id, count, open_count in db.execute(_MEMBERSHIP_SQL.format(where=where), params)}
    people = dict(db.execute(_PEOPLE_SQL.format(and_where=where.replace("WHERE", "AND")), params).fetchall())
    rows = [
        DirectoryRow(
            org_id, name, rep, phone, address, district, industry, bizno, legal_form, bool(support),
            tuple(kinds.get(org_id, ())), _membership_status(*periods.get(org_id, (0, 0))), people.get(org_id, 0),
        )
        for org_id, name, rep, phone, address, district, industry, bizno, legal_form, support in organisations
    ]
    rows.sort(key=attrgetter("name", "id"))
    return rows
