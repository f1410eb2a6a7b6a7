"""The whole member directory as flat rows for export: one query, one row per live organisation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils


_TABLE_SQL = """
SELECT o.id, o.name, o.legal_form, o.business_number, o.corporation_number, o.representative, o.address,
       o.district, o.phone, o.fax, o.email, o.homepage, o.industry, o.service_field, o.founded_on,
       o.is_support_body, o.news, o.notes,
       (SELECT group_concat(label, ', ') FROM (
            SELECT d.kind || CASE WHEN d.subtype != '' THEN '(' || d.subtype || ')' ELSE '' END AS label
            FROM designations d WHERE d.organisation_id = o.id ORDER BY d.id)) AS designations,
       (SELECT m.joined_on FROM membership_periods m WHERE m.organisation_id = o.id
            ORDER BY m.joined_on DESC, m.id DESC LIMIT 1) AS joined_on,
       (SELECT m.left_on FROM membership_periods m WHERE m.organisation_id = o.id
            ORDER BY m.joined_on DESC, m.id DESC LIMIT 1) AS left_on,
       (SELECT d.year FROM dues d WHERE d.organisation_id = o.id ORDER BY d.year DESC LIMIT 1) AS dues_year,
       (SELECT d.amount FROM dues d WHERE d.organisation_id = o.id ORDER BY d.year DESC LIMIT 1) AS dues_amount,
       (SELECT d.paid_on FROM dues d WHERE d.organisation_id = o.id ORDER BY d.year DESC LIMIT 1) AS dues_paid_on
FROM organisations o
WHERE o.deleted_at IS NULL
ORDER BY o.name, o.id
"""


def organisation_table(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every live organisation by name, with designations joined and its latest membership and dues.

    `membership_status` is 회원 (latest period open), 탈퇴 (closed) or 비회원 (never joined).
    """
    cursor = db.execute(_TABLE_SQL)
    names = [d[0] for d in cursor.description]
    rows = []
    for values in cursor:
        row = dict(zip(names, values, strict=False))
        row["designations"] = row["designations"] or ""
        row["joined_on"], row["left_on"] = row["joined_on"] or "", row["left_on"] or ""
        row["membership_status"] = ("탈퇴" if row["left_on"] else "회원") if row["joined_on"] else "비회원"
        row["is_support_body"] = bool(row["is_support_body"])
        rows.append(row)
    return rows
