"""실행계획 추진 현황: each task of the plans running in the period — owner body, activities planned and
done, budget 민/관 and what was spent (집행액) by funding source."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from seecodesk.core.figures import FUNDING_SOURCES
from seecodesk.services.reports.base import Column, Report, ReportOptions, Table, column_sum, ratio
from seecodesk.services.settings import network_name
from seecodesk.storage import report_queries as queries

if TYPE_CHECKING:
    import sqlite_utils

TITLE = "실행계획 추진 현황"
DESCRIPTION = "과제별 담당 분과, 세부활동 계획·완료, 예산(민·관)과 집행액(재원별)"
COLUMNS = [
    Column("plan", "계획", width=22, names_row=True), Column("code", "과제 번호", width=8, names_row=True),
    Column("title", "실행과제", width=34, names_row=True),
    Column("body", "담당", width=14), Column("status", "상태", width=8), Column("planned", "세부활동 계획", "int"),
    Column("done", "세부활동 완료", "int"), Column("private", "예산 민", "money"), Column("public", "예산 관", "money"),
    Column("budget", "예산 계", "money"), Column("spent", "집행액", "money"), Column("spent_rate", "집행률", "percent"),
    *(Column(f"source_{s}", f"집행 {s}", "money") for s in FUNDING_SOURCES),
]
ACTIVITY_COLUMNS = [Column("task", "실행과제", width=30), Column("title", "세부활동", width=34),
                    Column("from", "계획 시작", width=10), Column("to", "계획 끝", width=10),
                    Column("done_on", "완료일", "date"), Column("state", "추진 상태", width=10)]


def build(db: sqlite_utils.Database, options: ReportOptions) -> Report:
    """Tasks with activity and budget figures (totals summed), and the activities themselves."""
    period = options.period
    tasks = queries.plan_task_rows(db, period.start, period.end)
    activities = queries.plan_activity_rows(db, period.start, period.end)
    spending: dict[int, dict[str, int]] = defaultdict(lambda: dict.fromkeys(FUNDING_SOURCES, 0))
    for s in queries.spending_rows(db, period.first_day, period.last_day):
        spending[s["task_id"]][s["funding_source"]] += s["amount"]
    planned: dict[int, int] = defaultdict(int)
    done: dict[int, int] = defaultdict(int)
    for a in activities:
        planned[a["task_id"]] += 1
        done[a["task_id"]] += 1 if period.contains_day(a["done_on"]) else 0
    rows: list[list[Any]] = []
    for t in tasks:
        by_source = spending[t["id"]]
        budget, spent = t["private"] + t["public"], sum(by_source.values())
        rows.append([t["plan"], t["code"], t["title"], t["body"], t["status"] or "", planned[t["id"]], done[t["id"]],
                     t["private"], t["public"], budget, spent, ratio(spent, budget),
                     *(by_source[s] for s in FUNDING_SOURCES)])
    sums = {i: column_sum(rows, i) for i in range(5, 11)}
    totals = ["합계", "", "", "", "", *sums.values(), ratio(sums[10], sums[9]),
              *(column_sum(rows, 12 + i) for i in range(len(FUNDING_SOURCES)))]
    titles = {t["id"]: f"{t['code']} {t['title']}".strip() for t in tasks}
    listing = [[titles.get(a["task_id"], ""), a["title"], a["first_month"], a["last_month"], a["done_on"],
                _state(a, period.end)] for a in activities]
    notes = ["세부활동 계획은 기간 안에 일정이 잡힌 활동, 완료는 기간 안에 완료일이 있는 활동입니다. "
             "예산은 과제 전체 금액, 집행액은 기간 안의 집행입니다."]
    return Report("plan", TITLE, network_name(db), period,
                  [Table("과제별 추진 현황", COLUMNS, rows, totals), Table("세부활동", ACTIVITY_COLUMNS, listing)], notes)


def _state(activity: dict[str, Any], end_month: str) -> str:
    if activity["done_on"]:
        return "완료"
    return "지연" if activity["final_month"] and activity["final_month"] <= end_month else "진행·예정"
