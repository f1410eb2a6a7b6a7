"""SQL behind the report presets for city hall: members, figures, dues, meetings, plan, consulting.

Each function returns plain dicts (one per row) for one period, given as ISO days or 'YYYY-MM'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils


def _dicts(db: sqlite_utils.Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor]


def members_on(db: sqlite_utils.Database, day: str) -> list[dict[str, Any]]:
    """Live organisations that are members on `day` (a membership period open then), by name."""
    return _dicts(db, """
        SELECT o.id, o.name, o.representative, o.legal_form, o.industry, o.district, o.business_number,
               o.is_support_body,
               (SELECT max(m.joined_on) FROM membership_periods m WHERE m.organisation_id = o.id
                    AND m.joined_on <= ?) AS joined_on
        FROM organisations o
        WHERE o.deleted_at IS NULL AND EXISTS (
            SELECT 1 FROM membership_periods m WHERE m.organisation_id = o.id AND m.joined_on <= ?
                AND (m.left_on = '' OR m.left_on > ?))
        ORDER BY o.name, o.id""", [day, day, day])


def designations_on(db: sqlite_utils.Database, day: str) -> dict[int, list[str]]:
    """Designation kinds in force on `day`, by organisation id, in the order they were entered."""
    kinds: dict[int, list[str]] = {}
    for org_id, kind in db.execute(
            "SELECT organisation_id, kind FROM designations WHERE (designated_on = '' OR designated_on <= ?) "
            "AND (ends_on = '' OR ends_on >= ?) ORDER BY organisation_id, id", [day, day]):
        if kind not in kinds.setdefault(org_id, []):
            kinds[org_id].append(kind)
    return kinds


def contact_people(db: sqlite_utils.Database) -> dict[int, int]:
    """One contact person per organisation: the representative when recorded as a person, else the first by id."""
    rows = db.execute("""
        SELECT p.organisation_id, p.id, p.name = o.representative AS is_rep
        FROM people p JOIN organisations o ON o.id = p.organisation_id
        WHERE p.deleted_at IS NULL ORDER BY p.organisation_id, is_rep DESC, p.id""")
    chosen: dict[int, int] = {}
    for org_id, person_id, _ in rows:
        chosen.setdefault(org_id, person_id)
    return chosen


def figures_rows(db: sqlite_utils.Database, year: int) -> list[dict[str, Any]]:
    """Every organisation's figures for `year`, with its name, by name."""
    return _dicts(db, """
        SELECT o.name, o.business_number, f.* FROM organisation_figures f
        JOIN organisations o ON o.id = f.organisation_id AND o.deleted_at IS NULL
        WHERE f.year = ? ORDER BY o.name, o.id""", [year])


def dues_rows(db: sqlite_utils.Database, first_year: int, last_year: int) -> list[dict[str, Any]]:
    """Dues charged to live organisations in the years, by year and name."""
    return _dicts(db, """
        SELECT d.year, o.name, d.amount, d.paid_on, d.note FROM dues d
        JOIN organisations o ON o.id = d.organisation_id AND o.deleted_at IS NULL
        WHERE d.year BETWEEN ? AND ? ORDER BY d.year, o.name, o.id""", [first_year, last_year])


def meeting_rows(db: sqlite_utils.Database, first_day: str, last_day: str) -> list[dict[str, Any]]:
    """Meetings held in the period with their attendance (decided invitations, attended) and action items."""
    return _dicts(db, """
        SELECT m.id, m.date, m.kind, coalesce(b.name, '') AS body, m.number, m.title, m.place, m.online,
               (SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.status != 'invited')
                   AS invited,
               (SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id
                   AND a.status IN ('present', 'late')) AS attended,
               (SELECT count(*) FROM action_items i WHERE i.meeting_id = m.id AND i.status != '취소') AS actions,
               (SELECT count(*) FROM action_items i WHERE i.meeting_id = m.id AND i.status = '완료') AS actions_done
        FROM meetings m LEFT JOIN bodies b ON b.id = m.body_id
        WHERE m.deleted_at IS NULL AND m.date BETWEEN ? AND ? ORDER BY m.date, m.id""", [first_day, last_day])


def plan_task_rows(db: sqlite_utils.Database, start_month: str, end_month: str) -> list[dict[str, Any]]:
    """Tasks of the plans overlapping the months, with owner body, status and budget (민, 관)."""
    return _dicts(db, """
        SELECT n.id, p.name AS plan, n.code, n.title, coalesce(b.name, '') AS body, t.status,
               (SELECT coalesce(sum(l.private_amount), 0) FROM plan_budget_lines l WHERE l.task_id = n.id) AS private,
               (SELECT coalesce(sum(l.public_amount), 0) FROM plan_budget_lines l WHERE l.task_id = n.id) AS public
        FROM plan_nodes n JOIN plans p ON p.id = n.plan_id
        LEFT JOIN plan_tasks t ON t.node_id = n.id LEFT JOIN bodies b ON b.id = t.body_id
        WHERE n.kind = 'task' AND p.start_month <= ? AND p.end_month >= ?
        ORDER BY p.sort_order, p.id, n.id""", [end_month, start_month])


def plan_activity_rows(db: sqlite_utils.Database, start_month: str, end_month: str) -> list[dict[str, Any]]:
    """Activities with months marked inside the period: their task (nearest task ancestor), months and done day."""
    return _dicts(db, """
        WITH RECURSIVE up(activity, node) AS (
            SELECT n.id, n.parent_id FROM plan_nodes n WHERE n.kind = 'activity'
            UNION ALL SELECT up.activity, p.parent_id FROM up JOIN plan_nodes p ON p.id = up.node
                WHERE p.kind != 'task')
        SELECT a.id, a.title, up.node AS task_id,
               (SELECT min(month) FROM plan_months WHERE node_id = a.id AND month BETWEEN ? AND ?) AS first_month,
               (SELECT max(month) FROM plan_months WHERE node_id = a.id AND month BETWEEN ? AND ?) AS last_month,
               (SELECT max(month) FROM plan_months WHERE node_id = a.id) AS final_month,
               coalesce(d.done_on, '') AS done_on
        FROM plan_nodes a JOIN up ON up.activity = a.id
        JOIN plan_nodes t ON t.id = up.node AND t.kind = 'task'
        LEFT JOIN plan_activity_done d ON d.node_id = a.id
        WHERE EXISTS (SELECT 1 FROM plan_months WHERE node_id = a.id AND month BETWEEN ? AND ?)
        ORDER BY t.id, a.sort_order, a.id""", [start_month, end_month] * 3)


def spending_rows(db: sqlite_utils.Database, first_day: str, last_day: str) -> list[dict[str, Any]]:
    """Spending entries dated in the period (undated ones count in every period)."""
    return _dicts(db, """
        SELECT task_id, budget_item, spent_on, amount, funding_source FROM plan_spending
        WHERE spent_on = '' OR spent_on BETWEEN ? AND ? ORDER BY task_id, id""", [first_day, last_day])


def consulting_rows(db: sqlite_utils.Database, first_day: str, last_day: str) -> list[dict[str, Any]]:
    """Applications made in the period or with a session in it, with their match, sessions and report."""
    return _dicts(db, """
        SELECT c.id, c.applied_on, c.receipt_number, c.company_name, c.status,
               (SELECT group_concat(f.name, ', ') FROM consulting_application_fields af
                    JOIN consulting_fields f ON f.id = af.field_id WHERE af.application_id = c.id) AS fields,
               coalesce(mo.name, '') AS mentor_org, coalesce(mp.name, '') AS mentor,
               coalesce(m.confirmed_on, '') AS matched_on,
               (SELECT count(*) FROM consulting_sessions s WHERE s.match_id = m.id
                    AND s.held_on BETWEEN ? AND ?) AS sessions,
               (SELECT coalesce(sum(s.hours), 0) FROM consulting_sessions s WHERE s.match_id = m.id
                    AND s.held_on BETWEEN ? AND ?) AS hours,
               (SELECT coalesce(sum(s.fee), 0) FROM consulting_sessions s WHERE s.match_id = m.id
                    AND s.held_on BETWEEN ? AND ?) AS fees,
               coalesce(r.written_on, '') AS reported_on
        FROM consulting_applications c
        LEFT JOIN consulting_matches m ON m.application_id = c.id
        LEFT JOIN mentor_offers o ON o.id = m.mentor_offer_id
        LEFT JOIN organisations mo ON mo.id = o.organisation_id
        LEFT JOIN people mp ON mp.id = o.person_id
        LEFT JOIN consulting_reports r ON r.match_id = m.id
        WHERE c.deleted_at IS NULL AND (c.applied_on BETWEEN ? AND ? OR EXISTS (
            SELECT 1 FROM consulting_sessions s WHERE s.match_id = m.id AND s.held_on BETWEEN ? AND ?))
        ORDER BY c.applied_on, c.id""", [first_day, last_day] * 5)


def table_names(db: sqlite_utils.Database) -> set[str]:
    """Names of the tables in the file."""
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def column_names(db: sqlite_utils.Database, table: str) -> list[str]:
    """Column names of one table (empty when it does not exist)."""
    return [r[1] for r in db.execute(f"PRAGMA table_info({table!r})")]


# Column names the trade records may use (the 상호거래 part is built in parallel); the first present wins.
TRADE_COLUMN_CHOICES = {
    "day": ("traded_on", "trade_date", "date", "occurred_on"),
    "buyer": ("buyer_organisation_id", "buyer_org_id", "buyer_id"),
    "seller": ("seller_organisation_id", "seller_org_id", "seller_id"),
    "item": ("item", "items", "description", "what"),
    "amount": ("amount", "amount_won", "total"),
    "agreement": ("agreement_id",),
}


def trade_columns(db: sqlite_utils.Database) -> dict[str, str] | None:
    """The trades table's columns for each role, or None when a needed one is missing."""
    present = set(column_names(db, "trades"))
    chosen = {role: next((c for c in names if c in present), "") for role, names in TRADE_COLUMN_CHOICES.items()}
    needed = ("day", "buyer", "seller", "amount")
    return chosen if all(chosen[r] for r in needed) else None


def trade_rows(db: sqlite_utils.Database, first_day: str, last_day: str) -> list[dict[str, Any]]:
    """Trades between members dated in the period, with buyer and seller names."""
    cols = trade_columns(db)
    if cols is None:
        return []
    item = f"t.{cols['item']}" if cols["item"] else "''"
    agreement = f"t.{cols['agreement']}" if cols["agreement"] else "NULL"
    live = "AND t.deleted_at IS NULL" if "deleted_at" in set(column_names(db, "trades")) else ""
    return _dicts(db, f"""
        SELECT t.{cols['day']} AS day, coalesce(b.name, '') AS buyer, coalesce(s.name, '') AS seller,
               {item} AS item, t.{cols['amount']} AS amount, {agreement} AS agreement_id
        FROM trades t LEFT JOIN organisations b ON b.id = t.{cols['buyer']}
        LEFT JOIN organisations s ON s.id = t.{cols['seller']}
        WHERE t.{cols['day']} BETWEEN ? AND ? {live} ORDER BY t.{cols['day']}, t.rowid""", [first_day, last_day])
