"""The member directory in four flat queries: a row per live organisation with what the list shows.

Four grouped reads merged in Python are about twice as fast at 20,000 organisations as one
query with joined subqueries, and the directory is what the window shows first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from seecodesk.storage.database import Queryable

Pace = Callable[[Iterable[Any]], Iterable[Any]]


# By name, then id: SQLite compares text as UTF-8 bytes, which orders like Python's str (code points),
# and the organisations_live_name index hands the rows over already sorted.
_ORGANISATIONS_SQL = (
    "SELECT id, name, representative, phone, address, district, industry, business_number, legal_form, "
    "is_support_body FROM organisations WHERE deleted_at IS NULL ORDER BY name, id"
)
_FIRST_ORGANISATIONS_SQL = _ORGANISATIONS_SQL + " LIMIT ?"
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


def directory_rows(db: Queryable, first: int | None = None, pace: Pace | None = None) -> list[DirectoryRow]:
    """Every live organisation by name (code-point order of Hangul is 가나다 order).

    With `first`, only the first organisations by name: what a window shows before the rest loads.
    The few values many rows share (읍/면/동, 업종, 인증·지정) are one object each: 80,000 rows stay small.
    `pace` wraps every loop over a result: a worker thread passes one that pauses now and then, so
    the GUI thread gets the interpreter (the GIL) without waiting.
    """
    pace = pace or _unpaced
    organisations: Iterable[tuple[Any, ...]]
    if first is None:
        organisations = db.execute(_ORGANISATIONS_SQL)
        where, params = "", []
    else:
        organisations = db.execute(_FIRST_ORGANISATIONS_SQL, [first]).fetchall()
        params = [org[0] for org in organisations]
        where = f"WHERE organisation_id IN ({', '.join('?' * len(params))})" if params else "WHERE 0"
    kinds = _designations(pace(db.execute(_DESIGNATIONS_SQL.format(where=where), params)))
    periods = {org_id: _membership_status(count, open_count)
               for org_id, count, open_count in pace(db.execute(_MEMBERSHIP_SQL.format(where=where), params))}
    people = dict(pace(db.execute(_PEOPLE_SQL.format(and_where=where.replace("WHERE", "AND")), params)))
    one = {"": ""}.setdefault
    # Rows are made as the cursor steps: the whole result is never held twice.
    return [
        DirectoryRow(
            org_id, name, rep, phone, address, one(district, district), one(industry, industry),
            bizno, one(legal_form, legal_form), bool(support), kinds.get(org_id, ()),
            periods.get(org_id, "비회원"), people.get(org_id, 0),
        )
        for org_id, name, rep, phone, address, district, industry, bizno, legal_form, support in pace(organisations)
    ]


def _unpaced(rows: Iterable[Any]) -> Iterable[Any]:
    return rows


def _designations(designations: Iterable[tuple[int, str]]) -> dict[int, tuple[str, ...]]:
    """인증·지정 kinds per organisation, each distinct tuple of kinds one shared object."""
    kinds: dict[int, list[str]] = {}
    for org_id, kind in designations:
        held = kinds.setdefault(org_id, [])
        if kind not in held:
            held.append(kind)
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    return {org_id: shared.setdefault(tuple(held), tuple(held)) for org_id, held in kinds.items()}
