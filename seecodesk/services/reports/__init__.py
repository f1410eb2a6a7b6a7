"""Report presets for city hall: a registry of small modules, each turning the database into tables.

A preset module has `TITLE`, `DESCRIPTION`, `build(db, options) -> Report` and, when it depends on
tables another part of the program adds, `available(db) -> bool`. The CLI (`seecodesk export
presets|report`), the 내보내기 page and the handover archive all list presets from here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from seecodesk.core.errors import ExportError
from seecodesk.services.reports.base import Report, ReportOptions

if TYPE_CHECKING:
    import sqlite_utils

# key (as typed on the command line) → module
PRESETS: dict[str, str] = {
    "members": "seecodesk.services.reports.members_status",
    "employment": "seecodesk.services.reports.employment",
    "procurement": "seecodesk.services.reports.procurement",
    "activities": "seecodesk.services.reports.activities",
    "plan": "seecodesk.services.reports.plan_progress",
    "consulting": "seecodesk.services.reports.consulting",
    "trades": "seecodesk.services.reports.trades",
    "dues": "seecodesk.services.reports.dues",
}


@dataclass(frozen=True)
class PresetInfo:
    """A preset as listed to the user."""

    key: str
    title: str
    description: str


def _module(key: str) -> ModuleType:
    return importlib.import_module(PRESETS[key])


def available_presets(db: sqlite_utils.Database) -> list[PresetInfo]:
    """The presets this database can fill, in menu order."""
    infos = []
    for key in PRESETS:
        module = _module(key)
        check = getattr(module, "available", None)
        if check is None or check(db):
            infos.append(PresetInfo(key, module.TITLE, module.DESCRIPTION))
    return infos


def build_report(db: sqlite_utils.Database, key: str, options: ReportOptions) -> Report:
    """Run one preset; `ExportError` (Korean) for an unknown or unavailable preset."""
    known = {info.key: info for info in available_presets(db)}
    if key not in known:
        names = ", ".join(f"{k}({i.title})" for k, i in known.items())
        raise ExportError(f"'{key}'라는 보고서는 없습니다. 가능한 보고서: {names}")
    report: Report = _module(key).build(db, options)
    if options.columns:
        report.tables[0] = report.main.select(options.columns)
    return report
