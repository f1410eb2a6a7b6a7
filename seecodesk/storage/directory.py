"""The member directory as one fast query: a row per live organisation with what the list shows."""

from dataclasses import dataclass

import sqlite_utils

_DIRECTORY_SQL = """
SELECT o.id, o.name, o.representative, o.phone, o.address, o.district, o.industry, o.business_number,
       o.legal_form, o.is_support_body, d.kinds, m.periods, m.open_periods, p.people
FROM organisations o
LEFT JOIN (SELECT organisation_id, group_concat(kind, ',') AS kinds FROM designations GROUP BY organisation_id) d
       ON d.organisation_id = o.id
LEFT JOIN (SELECT organisation_id, count(*) AS periods, sum(left_on = '') AS open_periods
           FROM membership_periods GROUP BY organisation_id) m ON m.organisation_id = o.id
LEFT JOIN (SELECT organisation_id, count(*) AS people FROM people WHERE deleted_at IS NULL GROUP BY organisation_id) p
       ON p.organisation_id = o.id
WHERE o.deleted_at IS NULL
"""


@dataclass(frozen=True)
class DirectoryRow:
    """What the directory table shows of one organisation."""

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


def directory_rows(db: sqlite_utils.Database) -> list[DirectoryRow]:
    """Every live organisation, by name (code-point order of Hangul is 가나다 order)."""
    rows = []
    for r in db.execute(_DIRECTORY_SQL):
        status = "회원" if r[12] else ("탈퇴" if r[11] else "비회원")  # open period / only closed ones / none
        rows.append(
            DirectoryRow(
                id=r[0], name=r[1], representative=r[2], phone=r[3], address=r[4], district=r[5],
                industry=r[6], business_number=r[7], legal_form=r[8], is_support_body=bool(r[9]),
                designations=tuple(dict.fromkeys(r[10].split(","))) if r[10] else (), membership_status=status,
                people=r[13] or 0,
            )
        )
    rows.sort(key=lambda row: (row.name, row.id))
    return rows
