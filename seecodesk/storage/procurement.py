"""SQL for public procurement records (procurement_records) and institutions' yearly totals."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from seecodesk.core.errors import NotFoundError
from seecodesk.core.figures import ProcurementRecord
from seecodesk.storage import csv_cells

if TYPE_CHECKING:
    import sqlite_utils

_COLUMNS = ("year", "month", "institution", "department", "organisation_id", "supplier", "item", "contract_method",
            "amount", "is_local", "note")


def insert_record(db: sqlite_utils.Database, record: ProcurementRecord) -> int:
    """Store one record; returns its id."""
    cursor = db.execute(
        f"INSERT INTO procurement_records ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
        [int(getattr(record, c)) if c == "is_local" else getattr(record, c) for c in _COLUMNS])
    return int(cursor.lastrowid or 0)


def update_record(db: sqlite_utils.Database, record: ProcurementRecord) -> None:
    """Store the new content of a record."""
    db.execute(f"UPDATE procurement_records SET {', '.join(f'{c} = ?' for c in _COLUMNS)} WHERE id = ?",
               [*(int(getattr(record, c)) if c == "is_local" else getattr(record, c) for c in _COLUMNS), record.id])


def delete_record(db: sqlite_utils.Database, record_id: int) -> None:
    """Remove a record (the change history keeps it, so 실행 취소 brings it back)."""
    db.execute("DELETE FROM procurement_records WHERE id = ?", [record_id])


def get_record(db: sqlite_utils.Database, record_id: int) -> ProcurementRecord:
    """One record as stored (its own supplier text, not the member's current name)."""
    row = db.execute(f"SELECT {', '.join(_COLUMNS)}, id FROM procurement_records WHERE id = ?", [record_id]).fetchone()
    if row is None:
        raise NotFoundError(f"공공구매 실적 {record_id}번을 찾을 수 없습니다. 다른 곳에서 지웠을 수 있습니다.")
    values = dict(zip((*_COLUMNS, "id"), row, strict=True))
    return ProcurementRecord(**{**values, "is_local": bool(values["is_local"])})


def record_years(db: sqlite_utils.Database) -> list[int]:
    """The years that have records, oldest first."""
    return [r[0] for r in db.execute("SELECT DISTINCT year FROM procurement_records ORDER BY year")]


def institutions(db: sqlite_utils.Database) -> dict[str, list[str]]:
    """Institutions named so far, most used first, each with its departments (most used first)."""
    rows = db.execute("SELECT institution, department, count(*) AS n FROM procurement_records "
                      "GROUP BY institution, department ORDER BY institution")
    uses: dict[str, int] = {}
    departments: dict[str, list[tuple[int, str]]] = {}
    for institution, department, count in rows:
        uses[institution] = uses.get(institution, 0) + count
        if department:
            departments.setdefault(institution, []).append((-count, department))
    ordered = sorted(uses, key=lambda name: (-uses[name], name))
    return {name: [d for _n, d in sorted(departments.get(name, []))] for name in ordered}


def records_between(db: sqlite_utils.Database, start_month: str, end_month: str) -> list[ProcurementRecord]:
    """Records from `start_month` to `end_month` ('YYYY-MM', inclusive), in date order; a member's
    current name stands for the supplier."""
    # Positional rows in ProcurementRecord's field order: an export reads 100,000 of them.
    rows = db.execute(
        "SELECT r.year, r.month, r.institution, r.amount, r.department, r.organisation_id, "
        "coalesce(o.name, r.supplier), r.item, r.contract_method, r.is_local != 0, r.note, r.id "
        "FROM procurement_records r LEFT JOIN organisations o ON o.id = r.organisation_id "
        "WHERE printf('%04d-%02d', r.year, r.month) BETWEEN ? AND ? "
        "ORDER BY r.year, r.month, r.institution, r.id", [start_month, end_month])
    return [ProcurementRecord(*r) for r in rows]


def total_amount(db: sqlite_utils.Database, start_month: str = "0000-00", end_month: str = "9999-99") -> int:
    """Sum of all record amounts in the period."""
    row = db.execute("SELECT coalesce(sum(amount), 0) FROM procurement_records "
                     "WHERE printf('%04d-%02d', year, month) BETWEEN ? AND ?", [start_month, end_month]).fetchone()
    return int(row[0])


def institution_totals(db: sqlite_utils.Database, years: list[int]) -> dict[tuple[int, str], int]:
    """The whole purchase total (A) of each institution in the given years, where it is known."""
    if not years:
        return {}
    rows = db.execute(f"SELECT year, institution, total_amount FROM procurement_totals "
                      f"WHERE year IN ({', '.join('?' * len(years))})", years)
    return {(r[0], r[1]): int(r[2]) for r in rows}


def delete_institution_total(db: sqlite_utils.Database, year: int, institution: str) -> None:
    """Forget an institution's whole purchase total for a year."""
    db.execute("DELETE FROM procurement_totals WHERE year = ? AND institution = ?", [year, institution])


def set_institution_total(db: sqlite_utils.Database, year: int, institution: str, total: int) -> None:
    """Record an institution's whole purchase total for a year."""
    db.execute("INSERT INTO procurement_totals (year, institution, total_amount) VALUES (?, ?, ?) "
               "ON CONFLICT (year, institution) DO UPDATE SET total_amount = excluded.total_amount",
               [year, institution, total])


_PERIOD = "printf('%04d-%02d', r.year, r.month) BETWEEN ? AND ?"


# The 공공구매 내역 columns (services/reports/procurement.py COLUMNS): key → SQL expression.
TABLE_COLUMNS = {
    "year": "r.year", "month": "r.month", "institution": "r.institution", "department": "r.department",
    "supplier": "coalesce(o.name, r.supplier)", "member": "CASE WHEN r.organisation_id IS NULL THEN '' ELSE '예' END",
    "item": "r.item", "method": "r.contract_method", "amount": "r.amount",
    "local": "CASE WHEN r.is_local != 0 THEN '관내' ELSE '관외' END",
}
_PLAIN = ("member", "local")  # their expressions only ever give text with nothing to finish in a CSV
_TABLE_FROM = ("FROM procurement_records r LEFT JOIN organisations o ON o.id = r.organisation_id "
               f"WHERE {_PERIOD} ORDER BY r.year, r.month, r.institution, r.id")


def table_rows_sql() -> str:
    """The query of `table_rows_between` (parameters: first and last month)."""
    return f"SELECT {', '.join(TABLE_COLUMNS.values())} {_TABLE_FROM}"


def table_rows_between(db: sqlite_utils.Database, start_month: str, end_month: str) -> list[list[Any]]:
    """The 공공구매 내역 rows of the period as the report shows them (year, month, institution, department,
    supplier, 예 when a member, item, method, amount, 관내/관외), in date order: 100,000 rows straight from
    the cursor, with no record object between."""
    return list(map(list, db.execute(table_rows_sql(), [start_month, end_month])))


def table_lines_between(db: sqlite_utils.Database, start_month: str, end_month: str,
                        columns: Sequence[tuple[str, str]], thousand_won: bool, dotted_dates: bool) -> sqlite3.Cursor | None:
    """The same rows as finished CSV lines of the (key, kind) `columns` (storage/csv_cells.py
    `lines_query`), or None when a kind is one only Python writes."""
    if any(kind not in csv_cells.CELL_KINDS for _key, kind in columns):
        return None
    sql = csv_cells.lines_query("SELECT {columns} " + _TABLE_FROM, [TABLE_COLUMNS[key] for key, _ in columns],
                                ["plain" if key in _PLAIN else kind for key, kind in columns], thousand_won, dotted_dates)
    return db.execute(sql, [start_month, end_month])


def table_summary_between(db: sqlite_utils.Database, start_month: str, end_month: str) -> tuple[int, Any, Any]:
    """(records, amount, 관내 amount) of the period in one pass."""
    row = db.execute("SELECT count(*), coalesce(sum(r.amount), 0), "
                     "coalesce(sum(CASE WHEN r.is_local != 0 THEN r.amount ELSE 0 END), 0) "
                     f"FROM procurement_records r WHERE {_PERIOD}", [start_month, end_month]).fetchone()
    return int(row[0]), row[1], row[2]


def tallies_between(db: sqlite_utils.Database, start_month: str, end_month: str) -> dict[str, list[tuple[Any, ...]]]:
    """Sums of the period (count or amount, then the 관내 amount) by month ('YYYY-MM', in order), by
    institution (largest first; ties in order of first purchase) and by supplier (largest first, then name)."""
    local = "sum(CASE WHEN r.is_local != 0 THEN r.amount ELSE 0 END)"
    sql = {
        "month": f"SELECT printf('%04d-%02d', r.year, r.month), count(*), sum(r.amount), {local} "
                 f"FROM procurement_records r WHERE {_PERIOD} GROUP BY r.year, r.month ORDER BY r.year, r.month",
        "institution": f"SELECT r.institution, sum(r.amount), {local} FROM procurement_records r WHERE {_PERIOD} "
                       "GROUP BY r.institution ORDER BY sum(r.amount) DESC, min(r.year * 100 + r.month), r.institution",
        "supplier": f"SELECT coalesce(o.name, r.supplier) AS s, count(*), sum(r.amount), {local} "
                    "FROM procurement_records r LEFT JOIN organisations o ON o.id = r.organisation_id "
                    f"WHERE {_PERIOD} GROUP BY s ORDER BY sum(r.amount) DESC, s",
    }
    return {key: [tuple(row) for row in db.execute(query, [start_month, end_month])] for key, query in sql.items()}
