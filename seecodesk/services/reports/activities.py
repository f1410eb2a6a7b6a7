"""네트워크 활동 실적: meetings held by kind, attendance rates and action items done — the 성과지표
a city asks a network for ("회의 횟수", "회의참석률")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from seecodesk.services.reports.base import Column, Report, ReportOptions, Table, column_sum, ratio
from seecodesk.services.settings import network_name
from seecodesk.storage import report_queries as queries

if TYPE_CHECKING:
    import sqlite_utils

TITLE = "네트워크 활동 실적"
DESCRIPTION = "회의 종류별 개최 횟수, 참석 연인원과 출석률, 회의에서 정한 할 일의 완료"
COLUMNS = [Column("kind", "회의 종류", width=14), Column("held", "개최 횟수", "int"), Column("invited", "참석 대상(연인원)", "int"),
           Column("attended", "참석(연인원)", "int"), Column("rate", "출석률", "percent"),
           Column("actions", "할 일", "int"), Column("done", "완료한 할 일", "int"), Column("done_rate", "완료율", "percent")]
MEETING_COLUMNS = [Column("date", "일자", "date"), Column("kind", "종류"), Column("body", "기구", width=14),
                   Column("number", "회차", "number", width=6), Column("title", "제목", width=30), Column("place", "장소", width=18),
                   Column("attended", "참석 인원", "int"), Column("rate", "출석률", "percent"),
                   Column("actions", "할 일", "int"), Column("done", "완료", "int")]


def build(db: sqlite_utils.Database, options: ReportOptions) -> Report:
    """A row per meeting kind with totals, and the list of meetings."""
    meetings = queries.meeting_rows(db, options.period.first_day, options.period.last_day)
    by_kind: dict[str, list[int]] = {}
    for m in meetings:
        entry = by_kind.setdefault(m["kind"], [0, 0, 0, 0, 0])
        for index, key in enumerate(("held", "invited", "attended", "actions", "actions_done")):
            entry[index] += 1 if key == "held" else m[key]
    rows: list[list[Any]] = [[kind, held, invited, attended, ratio(attended, invited), actions, done, ratio(done, actions)]
                             for kind, (held, invited, attended, actions, done) in
                             sorted(by_kind.items(), key=lambda kv: (-kv[1][0], kv[0]))]
    invited, attended = column_sum(rows, 2), column_sum(rows, 3)
    actions, done = column_sum(rows, 5), column_sum(rows, 6)
    totals = ["합계", column_sum(rows, 1), invited, attended, ratio(attended, invited), actions, done, ratio(done, actions)]
    listing = [[m["date"], m["kind"], m["body"], m["number"], m["title"], "온라인" if m["online"] else m["place"],
                m["attended"], ratio(m["attended"], m["invited"]), m["actions"], m["actions_done"]] for m in meetings]
    notes = [f"회의 {len(meetings):,}회, 출석률은 참석 여부가 기록된 초대만 셉니다 (지각 포함, 사유 불참은 불참)."]
    return Report("activities", TITLE, network_name(db), options.period,
                  [Table("회의 종류별", COLUMNS, rows, totals), Table("회의 목록", MEETING_COLUMNS, listing)], notes)
