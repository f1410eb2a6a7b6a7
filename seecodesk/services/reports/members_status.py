"""회원사 현황: the member list at the end of the period, and counts by 인증·지정, 업종 and 읍/면/동.

An organisation holding several designations (마을기업 and 예비사회적기업, say) is counted under each
in the '중복 포함' column and once, under its highest designation, in '중복 제외' — the way the city's
tables count social economy organisations without double counting.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from seecodesk.core.dates import paper_date
from seecodesk.core.vocab import DESIGNATION_KINDS
from seecodesk.services.reports.base import Column, Report, ReportOptions, Table
from seecodesk.services.reports.contacts import ContactFilter
from seecodesk.services.settings import network_name
from seecodesk.storage import report_queries as queries

if TYPE_CHECKING:
    import sqlite_utils

TITLE = "회원사 현황"
DESCRIPTION = "기간 끝 날 기준 회원사 명단과 인증·지정(중복 제외)·업종·읍면동별 수"
NO_DESIGNATION = "인증·지정 없음"
# Highest first: an organisation counts once, under the first of these it holds.
PRIORITY = ("사회적기업", "예비사회적기업", "마을기업", "예비마을기업", "사회적협동조합", "자활기업", "협동조합",
            "소셜벤처", "지역공동체기업", "지원기관")

COLUMNS = [
    Column("name", "기업명", width=28, names_row=True), Column("representative", "대표자"), Column("designations", "인증·지정", width=26),
    Column("main_designation", "대표 구분(중복 제외)"), Column("legal_form", "법인형태"),
    Column("industry", "업종", width=26), Column("district", "읍면동"), Column("business_number", "사업자등록번호", "code"),
    Column("joined_on", "가입일", "date"), Column("contact", "담당자"),
    Column("contact_phone", "담당자 연락처", "code", personal="phone"),
    Column("contact_email", "담당자 이메일", personal="email", width=26),
]
COUNT_COLUMNS = [Column("group", "구분"), Column("item", "항목", width=26), Column("count", "회원사 수(중복 포함)", "int"),
                 Column("distinct", "회원사 수(중복 제외)", "int"), Column("names", "회원사", width=60)]


def main_designation(kinds: list[str]) -> str:
    """The one designation an organisation is counted under when duplicates are removed."""
    ranked = [k for k in PRIORITY if k in kinds] + [k for k in kinds if k not in PRIORITY]
    return ranked[0] if ranked else NO_DESIGNATION


def build(db: sqlite_utils.Database, options: ReportOptions) -> Report:
    """The list (with contacts only as consented) and the counts."""
    day = options.period.last_day
    members = queries.members_on(db, day)
    designations = queries.designations_on(db, day)
    contacts = ContactFilter(db, options.include_phone, options.include_email)
    rows = []
    for org in members:
        kinds = designations.get(org["id"], [])
        contact = contacts.cells(org["id"])
        rows.append([org["name"], org["representative"], ", ".join(kinds), main_designation(kinds), org["legal_form"],
                     org["industry"], org["district"], org["business_number"], org["joined_on"] or "", contact.name,
                     contact.phone, contact.email])
    columns = [c for c in COLUMNS if _wanted(c, options)]
    keep = [i for i, c in enumerate(COLUMNS) if _wanted(c, options)]
    table = Table("회원사 명단", columns, [[row[i] for i in keep] for row in rows])
    counts = Table("집계", COUNT_COLUMNS, _count_rows(members, designations))
    notes = [f"{paper_date(day)} 기준 회원사 {len(members):,}곳."]
    report = Report("members", TITLE, network_name(db), options.period, [table, counts], notes, contacts.withheld)
    return report


def _wanted(column: Column, options: ReportOptions) -> bool:
    if column.personal == "phone":
        return options.include_phone
    if column.personal == "email":
        return options.include_email
    return True


def _count_rows(members: list[dict[str, Any]], designations: dict[int, list[str]]) -> list[list[Any]]:
    rows: list[list[Any]] = []
    holders: dict[str, list[str]] = {}
    counted: Counter[str] = Counter()
    for org in members:
        kinds = designations.get(org["id"], []) or [NO_DESIGNATION]
        for kind in kinds:
            holders.setdefault(kind, []).append(org["name"])
        counted[main_designation(designations.get(org["id"], []))] += 1
    order = [k for k in (*DESIGNATION_KINDS, NO_DESIGNATION) if k in holders] + sorted(set(holders) - set(DESIGNATION_KINDS) - {NO_DESIGNATION})
    for kind in order:
        rows.append(["인증·지정", kind, len(holders[kind]), counted[kind], ", ".join(holders[kind])])
    rows.append(["인증·지정", "계", sum(len(v) for v in holders.values()), len(members), ""])
    for group, key in (("업종", "industry"), ("읍면동", "district")):
        names: dict[str, list[str]] = {}
        for org in members:
            names.setdefault(org[key] or "(적지 않음)", []).append(org["name"])
        for item in sorted(names, key=lambda k: (-len(names[k]), k)):
            rows.append([group, item, len(names[item]), len(names[item]), ", ".join(names[item])])
        rows.append([group, "계", len(members), len(members), ""])
    return rows
