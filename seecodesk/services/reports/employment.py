"""회원사 고용·사회공헌 현황: the 서산 network's yearly sheet — social purpose, paid and vulnerable workers,
revenue, public procurement revenue and community contributions, one row per organisation.

Figures are yearly: the sheet shows the year the period ends in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from seecodesk.services.reports.base import Column, Report, ReportOptions, Table, column_sum, ratio
from seecodesk.services.settings import network_name
from seecodesk.storage import report_queries as queries

if TYPE_CHECKING:
    import sqlite_utils

TITLE = "회원사 고용·사회공헌 현황"
DESCRIPTION = "회원사별 사회적목적, 유급·취약계층 근로자, 매출, 공공구매 매출, 사회공헌 활동 (연도별)"
COLUMNS = [
    Column("number", "연번", "number", width=6, names_row=True), Column("name", "기업명", width=28, names_row=True),
    Column("social_purpose", "사회적목적 유형"), Column("paid_workers", "유급근로자 수", "int"),
    Column("vulnerable_workers", "취약계층 근로자 수", "int"), Column("vulnerable_types", "취약계층 유형", width=22),
    Column("vulnerable_share", "취약계층 고용 비율", "percent"), Column("revenue", "매출액", "money"),
    Column("public_revenue", "공공구매 매출", "money"), Column("contribution", "사회공헌 활동 내용", width=40),
    Column("contribution_category", "사회공헌 분류"), Column("beneficiaries", "수혜 대상", width=18),
]


def build(db: sqlite_utils.Database, options: ReportOptions) -> Report:
    """One row per organisation with figures for the period's last year; totals of counts and amounts."""
    year = options.period.years[-1]
    rows = []
    for number, f in enumerate(queries.figures_rows(db, year), start=1):
        share = ratio(f["vulnerable_workers"], f["paid_workers"]) if f["vulnerable_workers"] is not None else None
        rows.append([number, f["name"], f["social_purpose"], f["paid_workers"], f["vulnerable_workers"],
                     f["vulnerable_types"], share, f["revenue"], f["public_revenue"], f["contribution"],
                     f["contribution_category"], f["beneficiaries"]])
    paid, vulnerable = column_sum(rows, 3), column_sum(rows, 4)
    totals = ["합계", "", "", paid, vulnerable, "", ratio(vulnerable, paid), column_sum(rows, 7), column_sum(rows, 8),
              "", "", ""]
    notes = [f"{year}년 현황 {len(rows):,}곳."]
    if len(options.period.years) > 1:
        notes.append(f"연도별 자료라 기간의 마지막 해({year}년)만 담았습니다.")
    return Report("employment", TITLE, network_name(db), options.period,
                  [Table(f"{year}년 고용·사회공헌", COLUMNS, rows, totals)], notes)
