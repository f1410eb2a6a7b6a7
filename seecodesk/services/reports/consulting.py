"""동료컨설팅 실적: applications, matches, sessions held in the period, hours, fees and result reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from seecodesk.services.reports.base import Column, Report, ReportOptions, Table, column_sum
from seecodesk.services.settings import network_name
from seecodesk.storage import report_queries as queries

if TYPE_CHECKING:
    import sqlite_utils

TITLE = "동료컨설팅 실적"
DESCRIPTION = "신청·매칭·상담 회차·시간·자문료·결과보고"
COLUMNS = [Column("applied_on", "신청일", "date", names_row=True), Column("receipt", "접수번호", "code", names_row=True),
           Column("company", "멘티 기업", width=26, names_row=True),
           Column("fields", "신청 분야", width=22), Column("mentor_org", "멘토 기업", width=24), Column("mentor", "멘토"),
           Column("matched_on", "매칭일", "date"), Column("sessions", "상담 회차", "int"), Column("hours", "상담 시간", "int"),
           Column("fees", "자문료", "money"), Column("reported_on", "결과보고일", "date"), Column("status", "상태")]


def build(db: sqlite_utils.Database, options: ReportOptions) -> Report:
    """A row per application made or consulted in the period; sessions, hours and fees counted in the period."""
    rows = []
    for c in queries.consulting_rows(db, options.period.first_day, options.period.last_day):
        hours = c["hours"]
        rows.append([c["applied_on"], c["receipt_number"], c["company_name"], c["fields"] or "", c["mentor_org"],
                     c["mentor"], c["matched_on"], c["sessions"], int(hours) if float(hours).is_integer() else hours,
                     c["fees"], c["reported_on"], c["status"]])
    totals = ["합계", "", f"{len(rows):,}건", "", "", "", "", column_sum(rows, 7), column_sum(rows, 8),
              column_sum(rows, 9), "", ""]
    done = sum(1 for r in rows if r[11] == "완료")
    notes = [f"신청 {len(rows):,}건 중 완료 {done:,}건."]
    return Report("consulting", TITLE, network_name(db), options.period,
                  [Table("동료컨설팅", COLUMNS, rows, totals)], notes)
