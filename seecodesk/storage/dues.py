"""SQL for the dues cycle: who owes for a year, charged amounts, payments, receipt numbers, arrears."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from seecodesk.core.dues import Payment
from seecodesk.storage.rows import insert_row

if TYPE_CHECKING:
    import sqlite_utils

    from seecodesk.storage.database import Queryable

# Members during the year (a membership period overlapping it), and anyone charged or paying that year.
_SHEET_ORGS_SQL = """
SELECT o.id, o.name, o.representative, o.address, o.legal_form FROM organisations o
WHERE o.deleted_at IS NULL AND (
    EXISTS (SELECT 1 FROM membership_periods m WHERE m.organisation_id = o.id
            AND m.joined_on <= :year || '-12-31' AND (m.left_on = '' OR m.left_on >= :year || '-01-01'))
    OR EXISTS (SELECT 1 FROM dues d WHERE d.organisation_id = o.id AND d.year = :year)
    OR EXISTS (SELECT 1 FROM dues_payments p WHERE p.organisation_id = o.id AND p.year = :year
               AND p.deleted_at IS NULL))
ORDER BY o.name, o.id
"""


class SheetOrganisation(NamedTuple):
    id: int
    name: str
    representative: str
    address: str
    categories: tuple[str, ...]  # designation kinds, then the legal form


class ChargedDues(NamedTuple):
    amount: int
    paid_on: str
    note: str


def sheet_organisations(db: Queryable, year: int) -> list[SheetOrganisation]:
    """The organisations a year's dues sheet lists, by name, with what the rule matches on."""
    rows = db.execute(_SHEET_ORGS_SQL, {"year": str(year)}).fetchall()
    kinds: dict[int, list[str]] = {}
    for org_id, kind in db.execute("SELECT organisation_id, kind FROM designations ORDER BY organisation_id, id"):
        kinds.setdefault(org_id, []).append(kind)
    return [SheetOrganisation(r[0], r[1], r[2], r[3], (*kinds.get(r[0], []), r[4])) for r in rows]


def charged(db: Queryable, year: int) -> dict[int, ChargedDues]:
    """organisation id → the dues row of `year` (the amount charged)."""
    return {r[0]: ChargedDues(r[1], r[2], r[3])
            for r in db.execute("SELECT organisation_id, amount, paid_on, note FROM dues WHERE year = ?", [year])}


def payments(db: Queryable, year: int | None = None, organisation_id: int | None = None) -> list[Payment]:
    """Live payments, oldest first, optionally of one year and/or one organisation."""
    sql = ("SELECT p.id, p.organisation_id, p.year, p.amount, p.paid_on, p.method, p.receipt_number, p.note, o.name "
           "FROM dues_payments p JOIN organisations o ON o.id = p.organisation_id WHERE p.deleted_at IS NULL")
    params: list[int] = []
    if year is not None:
        sql += " AND p.year = ?"
        params.append(year)
    if organisation_id is not None:
        sql += " AND p.organisation_id = ?"
        params.append(organisation_id)
    return [Payment(id=r[0], organisation_id=r[1], year=r[2], amount=r[3], paid_on=r[4], method=r[5],
                    receipt_number=r[6], note=r[7], organisation_name=r[8])
            for r in db.execute(sql + " ORDER BY p.paid_on, p.id", params)]


def upsert_charge(db: sqlite_utils.Database, organisation_id: int, year: int, amount: int, note: str | None = None) -> None:
    """Set the amount charged to an organisation for a year (keeps a paid date already recorded)."""
    db.execute("INSERT INTO dues (organisation_id, year, amount, note) VALUES (?, ?, ?, coalesce(?, '')) "
               "ON CONFLICT(organisation_id, year) DO UPDATE SET amount = excluded.amount, "
               "note = coalesce(?, dues.note)", [organisation_id, year, amount, note, note])


def set_paid_on(db: sqlite_utils.Database, organisation_id: int, year: int, paid_on: str) -> None:
    """The date a charged year was paid in full ('' when it no longer is), as the 회원 screens show it."""
    db.execute("UPDATE dues SET paid_on = ? WHERE organisation_id = ? AND year = ?", [paid_on, organisation_id, year])


def set_note(db: sqlite_utils.Database, organisation_id: int, year: int, note: str) -> None:
    db.execute("UPDATE dues SET note = ? WHERE organisation_id = ? AND year = ?", [note, organisation_id, year])


def next_number(db: sqlite_utils.Database, series: str, year: int) -> int:
    """The next number of a yearly series. Counters only go up: a number once given is never given again."""
    db.execute("INSERT INTO number_series (series, year, last_number) VALUES (?, ?, 1) "
               "ON CONFLICT(series, year) DO UPDATE SET last_number = last_number + 1", [series, year])
    return int(db.execute("SELECT last_number FROM number_series WHERE series = ? AND year = ?",
                          [series, year]).fetchone()[0])


def last_number(db: Queryable, series: str, year: int) -> int:
    row = db.execute("SELECT last_number FROM number_series WHERE series = ? AND year = ?", [series, year]).fetchone()
    return int(row[0]) if row else 0


def insert_payment(db: sqlite_utils.Database, payment: Payment) -> int:
    """Store a payment; returns its id."""
    return insert_row(db, "dues_payments", {
        "organisation_id": payment.organisation_id, "year": payment.year, "amount": payment.amount,
        "paid_on": payment.paid_on, "method": payment.method, "receipt_number": payment.receipt_number,
        "note": payment.note})


def delete_payment(db: sqlite_utils.Database, payment_id: int) -> int:
    """Mark a payment deleted (its receipt number stays on record, unused again); returns rows changed."""
    return int(db.execute("UPDATE dues_payments SET deleted_at = datetime('now') WHERE id = ? AND deleted_at IS NULL",
                          [payment_id]).rowcount)


def restore_payment(db: sqlite_utils.Database, payment_id: int) -> None:
    db.execute("UPDATE dues_payments SET deleted_at = NULL WHERE id = ?", [payment_id])


def payment_by_id(db: Queryable, payment_id: int) -> Payment | None:
    row = db.execute("SELECT organisation_id, year FROM dues_payments WHERE id = ?", [payment_id]).fetchone()
    if row is None:
        return None
    return next((p for p in payments(db, row[1], row[0]) if p.id == payment_id), None)


def charged_years(db: Queryable, before: int) -> list[tuple[int, int, str, int, str]]:
    """(organisation id, year, name, amount, paid_on) of every charge of a live organisation before `before`+1."""
    return db.execute(
        "SELECT d.organisation_id, d.year, o.name, d.amount, d.paid_on FROM dues d "
        "JOIN organisations o ON o.id = d.organisation_id AND o.deleted_at IS NULL "
        "WHERE d.year <= ? AND d.amount > 0 ORDER BY o.name, d.organisation_id, d.year", [before]).fetchall()


def paid_totals(db: Queryable) -> dict[tuple[int, int], int]:
    """(organisation id, year) → sum of live payments."""
    return {(r[0], r[1]): r[2] for r in db.execute(
        "SELECT organisation_id, year, sum(amount) FROM dues_payments WHERE deleted_at IS NULL "
        "GROUP BY organisation_id, year")}


def unpaid_count(db: Queryable, year: int) -> int:
    """Charged, not yet paid in full, live organisations (the home screen's count)."""
    return int(db.execute("SELECT count(*) FROM dues d JOIN organisations o ON o.id = d.organisation_id "
                          "WHERE d.year = ? AND d.amount > 0 AND d.paid_on = '' AND o.deleted_at IS NULL",
                          [year]).fetchone()[0])


def network_head(db: Queryable, on: str, scopes: Sequence[str]) -> str:
    """The name of the person holding the network's 회장 role on `on` (ISO day), or ''.

    Only a role whose 범위 is one of `scopes` (blanks ignored) is the network's: a 교육소통분과 회장 does
    not sign the network's receipts. A term not begun yet or already ended does not count.
    """
    marks = ", ".join("?" for _ in scopes)
    row = db.execute("SELECT p.name FROM person_roles r JOIN people p ON p.id = r.person_id AND p.deleted_at IS NULL "
                     f"WHERE r.role = '회장' AND replace(r.scope, ' ', '') IN ({marks}) AND r.started_on <= ? "
                     "AND (r.ended_on = '' OR r.ended_on >= ?) ORDER BY r.started_on DESC, r.id DESC",
                     [*(s.replace(" ", "") for s in scopes), on, on]).fetchone()
    return row[0] if row else ""
