"""SQL for the member catalog: every live organisation with what its catalog entry prints."""

from __future__ import annotations

from typing import TYPE_CHECKING

from seecodesk.core.catalog import CatalogEntry

if TYPE_CHECKING:
    import sqlite_utils

_ORG_SQL = """
SELECT o.id, o.name, o.representative, o.phone, o.address, o.homepage, o.email, o.news, o.notes,
       (SELECT group_concat(kind, ',') FROM (SELECT DISTINCT kind FROM designations d
            WHERE d.organisation_id = o.id ORDER BY d.id)) AS kinds,
       EXISTS (SELECT 1 FROM membership_periods m WHERE m.organisation_id = o.id AND m.left_on = '') AS member
FROM organisations o WHERE o.deleted_at IS NULL
"""


def catalog_organisations(db: sqlite_utils.Database) -> list[CatalogEntry]:
    """Live organisations as catalog entries (no products yet; intro = news, else notes, stripped)."""
    return [
        CatalogEntry(
            id=r[0], name=r[1], representative=r[2], phone=r[3], address=r[4], homepage=r[5], email=r[6],
            intro=(r[7] or r[8] or "").strip(), designations=tuple(r[9].split(",")) if r[9] else (),
            is_member=bool(r[10]),
        )
        for r in db.execute(_ORG_SQL)
    ]
