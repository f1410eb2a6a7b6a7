"""The member directory in one query: a row per live organisation with what the list shows.

Counts and 인증·지정 come from correlated subqueries over their indexes, so Python only makes the
rows. Four grouped reads merged in Python dictionaries are about a third quicker, but hold ~10 MB
more at 80,000 organisations while reading, the window's peak memory; the big read runs in a
worker thread (gui/members/directory_loader.py), where the extra time freezes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from seecodesk.storage.database import Queryable

Pace = Callable[[Iterable[Any]], Iterable[Any]]


# By name, then id: SQLite compares text as UTF-8 bytes, which orders like Python's str (code points),
# and the organisations_live_name index hands the rows over already sorted. The counts and the
# 인증·지정 come from indexed subqueries, so Python builds nothing but the rows themselves.
_ORGANISATIONS_SQL = """
SELECT o.id, o.name || char(31) || o.representative || char(31) || o.phone || char(31) || o.business_number,
  o.district, o.industry, o.is_support_body,
  (SELECT group_concat(d.kind, char(31)) FROM designations d WHERE d.organisation_id = o.id),
  (SELECT count(*) FROM membership_periods m WHERE m.organisation_id = o.id),
  (SELECT count(*) FROM membership_periods m WHERE m.organisation_id = o.id AND m.left_on = ''),
  (SELECT count(*) FROM people p WHERE p.organisation_id = o.id AND p.deleted_at IS NULL)
FROM organisations o WHERE o.deleted_at IS NULL ORDER BY o.name, o.id
"""
_FIRST_ORGANISATIONS_SQL = _ORGANISATIONS_SQL + " LIMIT ?"


_SEP = "\x1f"  # never in stored text: input cleaning drops control characters (core/validation.py)


class DirectoryRow(NamedTuple):
    """What the directory table shows, searches and filters of one organisation (a tuple: 80,000 of
    them build fast and stay small; the address and the rest are on the organisation's card).

    The four texts no two organisations share (name, 대표자, 전화, 사업자등록번호) are one string,
    split when asked for: a string costs ~60 bytes besides its text, so with 80,000 organisations
    the window holds ~13 MB less (measured by its peak memory)."""

    id: int
    texts: str  # name, representative, phone and business number, joined by _SEP
    district: str
    industry: str
    is_support_body: bool
    designations: tuple[str, ...]
    membership_status: str
    people: int

    @property
    def name(self) -> str:
        return self.texts.split(_SEP, 1)[0]

    @property
    def representative(self) -> str:
        return self.texts.split(_SEP, 2)[1]

    @property
    def phone(self) -> str:
        return self.texts.split(_SEP, 3)[2]

    @property
    def business_number(self) -> str:
        return self.texts.rsplit(_SEP, 1)[1]


def _membership_status(periods: int, open_periods: int) -> str:
    if open_periods:
        return "회원"
    return "탈퇴" if periods else "비회원"


def directory_rows(db: Queryable, first: int | None = None, pace: Pace | None = None) -> list[DirectoryRow]:
    """Every live organisation by name (code-point order of Hangul is 가나다 order).

    With `first`, only the first organisations by name: what a window shows before the rest loads.
    The few values many rows share (읍/면/동, 업종, 인증·지정 sets) are one object each: 80,000 rows stay small.
    `pace` wraps the loop over the result: a worker thread passes one that pauses now and then, so
    the GUI thread gets the interpreter (the GIL) without waiting.
    """
    cursor = db.execute(_ORGANISATIONS_SQL) if first is None else db.execute(_FIRST_ORGANISATIONS_SQL, [first])
    one = {"": ""}.setdefault
    kinds: dict[str | None, tuple[str, ...]] = {None: ()}
    rows = []
    # Rows are made as the cursor steps: the whole result is never held twice.
    for org_id, texts, district, industry, support, held, periods, open_periods, people in (pace or _unpaced)(cursor):
        designations = kinds.get(held)
        if designations is None:  # each kind once, in the order given (a kind entered twice shows once)
            designations = kinds[held] = tuple(dict.fromkeys(held.split("\x1f")))
        rows.append(DirectoryRow(org_id, texts, one(district, district), one(industry, industry), bool(support),
                                 designations, _membership_status(periods, open_periods), people))
    return rows


def _unpaced(rows: Iterable[Any]) -> Iterable[Any]:
    return rows
