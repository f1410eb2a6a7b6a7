"""공공구매 실적: public purchases from social economy firms, by month, institution and member.

The city's table (seed-004 표 3-9) reads: 총구매액 (A, the institution's whole purchasing, entered
per year when the city tells it), 사회적경제기업 구매액 (B, every record here), 관내 구매액 (C, from
firms inside the city), with B/A and C/B.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from seecodesk.core.report_period import ReportPeriod
from seecodesk.services.figures import FigureService
from seecodesk.services.reports.base import Column, Report, ReportOptions, SqlCells, Table, column_sum, ratio
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
RECORDS = "공공구매 내역"
MONTH_COLUMNS = [Column("month", "연월", width=10), Column("count", "건수", "int"), Column("b", "사회적경제 구매액(B)", "money"),
                 Column("c", "관내 구매액(C)", "money"), Column("c_b", "C/B", "percent")]
INSTITUTION_COLUMNS = [Column("institution", "구매 기관", width=18), Column("a", "총구매액(A)", "money"),
                       Column("b", "사회적경제 구매액(B)", "money"), Column("c", "관내 구매액(C)", "money"),
                       Column("b_a", "B/A", "percent"), Column("c_b", "C/B", "percent")]
SUPPLIER_COLUMNS = [Column("supplier", "구매 업체", width=26), Column("count", "건수", "int"), Column("amount", "금액", "money"),
                    Column("local", "관내 금액", "money")]

MONTHS, INSTITUTIONS, SUPPLIERS = "월별 집계", "기관별 집계", "업체별 실적"
_SUMMARIES = [(MONTHS, MONTH_COLUMNS), (INSTITUTIONS, INSTITUTION_COLUMNS), (SUPPLIERS, SUPPLIER_COLUMNS)]


def build(db: sqlite_utils.Database, options: ReportOptions) -> Report:
    """The records of the period with totals, and the monthly, institution and supplier tallies."""
    period = options.period
    if options.for_csv:  # only the records go to a CSV: as cells SQLite finishes, the tallies left out
        main, (b, c) = _records_cells(db, period)
        tables = [main, *(Table(t, columns, []) for t, columns in _SUMMARIES)]
    else:
        rows = store.table_rows_between(db, period.start, period.end)
        totals = ["합계", "", "", "", f"{len(rows):,}건", "", "", "", column_sum(rows, 8), ""]
        tables = [Table(RECORDS, COLUMNS, rows, totals), *_summaries(db, period)]
        b, c = column_sum(tables[1].rows, 2), column_sum(tables[1].rows, 3)
    notes = [f"사회적경제 구매액(B) {b:,}원, 관내(C) {c:,}원" + (f", C/B {c / b * 100:.1f}%." if b else ".")]
    if not period.is_whole_year:
        notes.append("총구매액(A)은 한 해 전체 금액이라, 한 해가 아닌 기간의 B/A는 비워 두었습니다.")
    service = FigureService(db)
    goal = service.procurement_goal()
    if goal:
        notes.append("네트워크 목표: " + goal.describe(service.goal_achieved(goal)) + ".")
    return Report("procurement", TITLE, network_name(db), period, tables, notes)


def _records_cells(db: sqlite_utils.Database, period: ReportPeriod) -> tuple[Table, tuple[Any, Any]]:
    """The records table as SQL-finished CSV lines, and the period's B and C."""
    count, b, c = store.table_summary_between(db, period.start, period.end)

    def open_cells(columns: list[Column], thousand_won: bool, dotted_dates: bool) -> Any:
        keys = [(column.key, column.kind) for column in columns]
        return store.table_lines_between(db, period.start, period.end, keys, thousand_won, dotted_dates)

    cells = SqlCells(open_cells, lambda: store.table_rows_between(db, period.start, period.end), count)
    totals = ["합계", "", "", "", f"{count:,}건", "", "", "", b, ""]
    return Table(RECORDS, COLUMNS, [], totals, cells), (b, c)


def _summaries(db: sqlite_utils.Database, period: ReportPeriod) -> list[Table]:
    """The monthly, institution and supplier tallies."""
    tallies = store.tallies_between(db, period.start, period.end)
    years = sorted({int(month[:4]) for month, *_ in tallies["month"]})
    institutions = _by_institution(tallies["institution"], store.institution_totals(db, period.years), years,
                                   period.is_whole_year)
    return [_by_month(tallies["month"]), institutions, _by_supplier(tallies["supplier"])]


def _by_month(tally: list[tuple[Any, ...]]) -> Table:
    rows: list[list[Any]] = [[m, n, b, c, ratio(c, b)] for m, n, b, c in tally]
    b, c = column_sum(rows, 2), column_sum(rows, 3)
    return Table(MONTHS, MONTH_COLUMNS, rows, ["합계", column_sum(rows, 1), b, c, ratio(c, b)])


def _by_institution(tally: list[tuple[Any, ...]], totals: dict[tuple[int, str], int], years: list[int],
                    whole_year: bool) -> Table:
    rows: list[list[Any]] = []
    for name, b, c in tally:
        known = [totals[(y, name)] for y in years if (y, name) in totals]
        a = sum(known) if whole_year and len(known) == len(years) else None
        rows.append([name, a, b, c, ratio(b, a) if a else None, ratio(c, b)])
    a_total = sum(r[1] for r in rows) if rows and all(r[1] is not None for r in rows) else None
    b, c = column_sum(rows, 2), column_sum(rows, 3)
    return Table(INSTITUTIONS, INSTITUTION_COLUMNS, rows,
                 ["합계", a_total, b, c, ratio(b, a_total) if a_total else None, ratio(c, b)])


def _by_supplier(tally: list[tuple[Any, ...]]) -> Table:
    rows: list[list[Any]] = [list(row) for row in tally]
    return Table(SUPPLIERS, SUPPLIER_COLUMNS, rows,
                 ["합계", column_sum(rows, 1), column_sum(rows, 2), column_sum(rows, 3)])
