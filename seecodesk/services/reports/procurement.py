"""공공구매 실적: public purchases from social economy firms, by month, institution and member.

The city's table (seed-004 표 3-9) reads: 총구매액 (A, the institution's whole purchasing, entered
per year when the city tells it), 사회적경제기업 구매액 (B, every record here), 관내 구매액 (C, from
firms inside the city), with B/A and C/B.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from seecodesk.core.figures import ProcurementRecord
from seecodesk.services.figures import FigureService
from seecodesk.services.reports.base import Column, Report, ReportOptions, Table, column_sum, ratio
from seecodesk.services.settings import network_name
from seecodesk.storage import procurement as store

if TYPE_CHECKING:
    import sqlite_utils

TITLE = "공공구매 실적"
DESCRIPTION = "연월·기관·회원사별 공공구매, 총구매액(A)·사회적경제(B)·관내(C), B/A·C/B, 목표 달성도"
COLUMNS = [
    Column("year", "연도", "number", width=7), Column("month", "월", "number", width=5), Column("institution", "구매 기관", width=18),
    Column("department", "부서"), Column("supplier", "구매 업체", width=26), Column("member", "회원사"),
    Column("item", "품목", width=22), Column("method", "계약 방법"), Column("amount", "금액", "money"),
    Column("local", "관내"),
]
MONTH_COLUMNS = [Column("month", "연월", width=10), Column("count", "건수", "int"), Column("b", "사회적경제 구매액(B)", "money"),
                 Column("c", "관내 구매액(C)", "money"), Column("c_b", "C/B", "percent")]
INSTITUTION_COLUMNS = [Column("institution", "구매 기관", width=18), Column("a", "총구매액(A)", "money"),
                       Column("b", "사회적경제 구매액(B)", "money"), Column("c", "관내 구매액(C)", "money"),
                       Column("b_a", "B/A", "percent"), Column("c_b", "C/B", "percent")]
SUPPLIER_COLUMNS = [Column("supplier", "구매 업체", width=26), Column("count", "건수", "int"), Column("amount", "금액", "money"),
                    Column("local", "관내 금액", "money")]


def build(db: sqlite_utils.Database, options: ReportOptions) -> Report:
    """The records of the period with totals, and the monthly, institution and supplier tallies."""
    period = options.period
    records = store.records_between(db, period.start, period.end)
    rows = [[r.year, r.month, r.institution, r.department, r.supplier, "예" if r.organisation_id else "",
             r.item, r.contract_method, r.amount, "관내" if r.is_local else "관외"] for r in records]
    totals = ["합계", "", "", "", f"{len(rows):,}건", "", "", "", column_sum(rows, 8), ""]
    institutions = _by_institution(records, store.institution_totals(db, period.years), period.is_whole_year)
    tables = [Table("공공구매 내역", COLUMNS, rows, totals), _by_month(records), institutions, _by_supplier(records)]
    b = sum(r.amount for r in records)
    c = sum(r.amount for r in records if r.is_local)
    notes = [f"사회적경제 구매액(B) {b:,}원, 관내(C) {c:,}원" + (f", C/B {c / b * 100:.1f}%." if b else ".")]
    if not period.is_whole_year:
        notes.append("총구매액(A)은 한 해 전체 금액이라, 한 해가 아닌 기간의 B/A는 비워 두었습니다.")
    service = FigureService(db)
    goal = service.procurement_goal()
    if goal:
        notes.append("네트워크 목표: " + goal.describe(service.goal_achieved(goal)) + ".")
    return Report("procurement", TITLE, network_name(db), period, tables, notes)


def _by_month(records: list[ProcurementRecord]) -> Table:
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in records:
        entry = tally[f"{r.year:04d}-{r.month:02d}"]
        entry[0] += 1
        entry[1] += r.amount
        entry[2] += r.amount if r.is_local else 0
    rows: list[list[Any]] = [[m, n, b, c, ratio(c, b)] for m, (n, b, c) in sorted(tally.items())]
    b, c = column_sum(rows, 2), column_sum(rows, 3)
    return Table("월별 집계", MONTH_COLUMNS, rows, ["합계", column_sum(rows, 1), b, c, ratio(c, b)])


def _by_institution(records: list[ProcurementRecord], totals: dict[tuple[int, str], int], whole_year: bool) -> Table:
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in records:
        tally[r.institution][0] += r.amount
        tally[r.institution][1] += r.amount if r.is_local else 0
    years = {r.year for r in records}
    rows: list[list[Any]] = []
    for name, (b, c) in sorted(tally.items(), key=lambda kv: -kv[1][0]):
        known = [totals[(y, name)] for y in years if (y, name) in totals]
        a = sum(known) if whole_year and len(known) == len(years) else None
        rows.append([name, a, b, c, ratio(b, a) if a else None, ratio(c, b)])
    a_total = sum(r[1] for r in rows) if rows and all(r[1] is not None for r in rows) else None
    b, c = column_sum(rows, 2), column_sum(rows, 3)
    return Table("기관별 집계", INSTITUTION_COLUMNS, rows,
                 ["합계", a_total, b, c, ratio(b, a_total) if a_total else None, ratio(c, b)])


def _by_supplier(records: list[ProcurementRecord]) -> Table:
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in records:
        entry = tally[r.supplier]
        entry[0] += 1
        entry[1] += r.amount
        entry[2] += r.amount if r.is_local else 0
    rows: list[list[Any]] = [[s, n, a, c] for s, (n, a, c) in sorted(tally.items(), key=lambda kv: (-kv[1][1], kv[0]))]
    return Table("업체별 실적", SUPPLIER_COLUMNS, rows,
                 ["합계", column_sum(rows, 1), column_sum(rows, 2), column_sum(rows, 3)])
