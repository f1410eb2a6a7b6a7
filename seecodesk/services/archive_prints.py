"""The PDFs of the handover archive, each made by the program's own printing use cases.

Every function takes (db, db_path, folder, year, network, progress) and returns the archive names
of the files it wrote under 인쇄물/.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.core.filenames import name_for_file
from seecodesk.core.report_period import ReportPeriod
from seecodesk.services.reports import build_report
from seecodesk.services.reports.base import ReportOptions

if TYPE_CHECKING:
    import sqlite_utils

    from seecodesk.core.trade import Agreement
    from seecodesk.services.archive import Progress

_LIST_COLUMNS = ("name", "representative", "designations", "legal_form", "industry", "district", "joined_on")
_LIST_WIDTHS = (28, 10, 24, 14, 26, 10, 12)


def print_member_list(db: sqlite_utils.Database, _db_path: Path, folder: Path, year: int, network: str,
                      _progress: Progress) -> list[str]:
    """회원사 명단 at the year's end, from the 회원사 현황 preset (no contact details)."""
    from seecodesk.reports.table_sheet import build_table_pdf

    report = build_report(db, "members", ReportOptions(ReportPeriod.year(year), columns=list(_LIST_COLUMNS)))
    table = report.main
    name = f"인쇄물/{year}_회원사_명단.pdf"
    build_table_pdf(folder / name, f"{year}년 회원사 명단", " ".join(report.notes), network,
                    [c.header for c in table.columns], [[str(v or "") for v in row] for row in table.rows], _LIST_WIDTHS)
    return [name]


def print_schedules(db: sqlite_utils.Database, _db_path: Path, folder: Path, year: int, _network: str,
                    _progress: Progress) -> list[str]:
    """진행 일정표 of every plan running in the year."""
    from seecodesk.services.plan_print import ScheduleRequest, print_schedule
    from seecodesk.storage import plan as plan_store

    names = []
    for plan in plan_store.list_plans(db):
        if plan.start_month <= f"{year}-12" and plan.end_month >= f"{year}-01":
            name = f"인쇄물/진행일정_{name_for_file(plan.name)}.pdf"
            print_schedule(db, folder / name, ScheduleRequest(plan_id=plan.id))
            names.append(name)
    return names


def print_minutes(db: sqlite_utils.Database, _db_path: Path, folder: Path, year: int, _network: str,
                  progress: Progress) -> list[str]:
    """회의록 of every meeting held in the year."""
    from seecodesk.services import meeting_print
    from seecodesk.storage import report_queries

    period = ReportPeriod.year(year)
    meetings = report_queries.meeting_rows(db, period.first_day, period.last_day)
    (folder / "인쇄물" / "회의록").mkdir(exist_ok=True)
    names = []
    for index, meeting in enumerate(meetings):
        progress(65 + 20 * index // max(1, len(meetings)), f"회의록 {index + 1}/{len(meetings)}")
        parts = (meeting["date"], str(meeting["id"]), meeting["body"] or meeting["kind"], meeting["title"])
        label = name_for_file("_".join(p for p in parts if p))
        name = f"인쇄물/회의록/{label}.pdf"
        meeting_print.print_minutes(db, meeting["id"], folder / name)
        names.append(name)
    return names


def print_agreements(db: sqlite_utils.Database, db_path: Path, folder: Path, year: int, _network: str,
                     progress: Progress) -> list[str]:
    """업무협약서 of every agreement in force at some time in the year (signed by its end, not ended before it),
    each followed by its signed scan (서명본) when one is attached."""
    from seecodesk.services.trade import TradeService
    from seecodesk.services.trade_print import print_agreement
    from seecodesk.storage import trade as trade_store

    chosen = [a for a in trade_store.agreements(db) if in_force_during(a, year)]
    chosen.sort(key=lambda a: (a.signed_on, a.id or 0))
    if not chosen:
        return []
    (folder / "인쇄물" / "업무협약서").mkdir(exist_ok=True)
    scans = TradeService(db, db_path.parent / f"{db_path.stem}_files")
    names = []
    for index, agreement in enumerate(chosen):
        progress(78 + 6 * index // len(chosen), f"업무협약서 {index + 1}/{len(chosen)}")
        label = name_for_file("_".join(p for p in (agreement.signed_on, str(agreement.id), agreement.title) if p))
        name = f"인쇄물/업무협약서/{label}.pdf"
        print_agreement(db, agreement.id or 0, folder / name)
        names.append(name)
        scan = scans.scan_file(agreement)
        if scan is not None:
            scan_name = f"인쇄물/업무협약서/{label}_서명본{scan.suffix.lower()}"
            shutil.copyfile(scan, folder / scan_name)
            names.append(scan_name)
    return names


def in_force_during(agreement: Agreement, year: int) -> bool:
    """True when the agreement held at some time in `year`: begun by the year's end, not ended or
    cancelled (해지) before its start."""
    first, last = f"{year:04d}-01-01", f"{year:04d}-12-31"
    began = agreement.starts_on or agreement.signed_on
    if not began or began > last:
        return False
    if agreement.ends_on and agreement.ends_on < first:
        return False
    return not (agreement.status == "해지" and agreement.status_on and agreement.status_on < first)


def print_catalog(db: sqlite_utils.Database, db_path: Path, folder: Path, year: int, _network: str,
                  _progress: Progress) -> list[str]:
    """The member catalog with the year on its cover (skipped when no product is recorded)."""
    from seecodesk.reports.catalog import build_catalog_pdf
    from seecodesk.services.catalog import default_options, load_catalog

    catalog = load_catalog(db, default_options(year), data_folder=db_path.parent / f"{db_path.stem}_files")
    if not catalog.entries:
        return []
    name = f"인쇄물/{year}_회원사_카탈로그.pdf"
    build_catalog_pdf(catalog, folder / name)
    return [name]
