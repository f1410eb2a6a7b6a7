"""The member directory as one fast query: a row per live organisation with what the list shows."""

from dataclasses import dataclass

import sqlite_utils

_DIRECTORY_SQL = """
SELECT o.id, o.name, o.representative, o.phone, o.address, o.district, o.industry, o.business_number,
       o.legal_form, o.is_support_body,
       (SELECT group_concat(kind, ',') FROM (SELECT DISTINCT kind FROM designations d
            WHERE d.organisation_id = o.id ORDER BY d.id)) AS designations,
       (SELECT count(*) FROM membership_periods m WHERE m.organisation_id = o.id) AS periods,
       (SELECT count(*) FROM membership_periods m WHERE m.organisation_id = o.id AND m.left_on = '') AS open_periods,
       (SELECT count(*) FROM people p WHERE p.organisation_id = o.id AND p.deleted_at IS NULL) AS people
FROM organisations o
WHERE o.deleted_at IS NULL
ORDER BY o.name
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
    """Every live organisation, by name."""
    rows = []
    for r in db.execute(_DIRECTORY_SQL):
        status = "회원" if r[12] else ("탈퇴" if r[11] else "비회원")
        rows.append(
            DirectoryRow(
                id=r[0], name=r[1], representative=r[2], phone=r[3], address=r[4], district=r[5],
                industry=r[6], business_number=r[7], legal_form=r[8], is_support_body=bool(r[9]),
                designations=tuple(r[10].split(",")) if r[10] else (), membership_status=status, people=r[13],
            )
        )
    return rows
