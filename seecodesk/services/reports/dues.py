"""회비 납부 현황: dues charged per organisation per year, paid and unpaid."""

from __future__ import annotations

from typing import TYPE_CHECKING

from seecodesk.services.reports.base import Column, Report, ReportOptions, Table, column_sum
from seecodesk.services.settings import network_name
from seecodesk.storage import report_queries as queries

if TYPE_CHECKING:
    import sqlite_utils

TITLE = "회비 납부 현황"
DESCRIPTION = "연도별 회원사 회비 부과액, 납부액, 납부일, 미납액"
COLUMNS = [Column("year", "연도", "number", width=8, names_row=True), Column("name", "기업명", width=28, names_row=True), Column("charged", "부과액", "money"),
           Column("paid", "납부액", "money"), Column("paid_on", "납부일", "date"), Column("unpaid", "미납액", "money"),
           Column("note", "비고", width=20)]


def build(db: sqlite_utils.Database, options: ReportOptions) -> Report:
    """A row per dues record in the period's years; a payment counts as paid when it has a paid day."""
    years = options.period.years
    rows = []
    for d in queries.dues_rows(db, years[0], years[-1]):
        paid = d["amount"] if d["paid_on"] else 0
        rows.append([d["year"], d["name"], d["amount"], paid, d["paid_on"], d["amount"] - paid, d["note"]])
    totals = ["합계", "", column_sum(rows, 2), column_sum(rows, 3), "", column_sum(rows, 5), ""]
    unpaid = sum(1 for r in rows if r[5])
    notes = [f"회비 기록 {len(rows):,}건 중 미납 {unpaid:,}건."]
    return Report("dues", TITLE, network_name(db), options.period, [Table("회비 납부", COLUMNS, rows, totals)], notes)
