"""Writing a report preset to a file: the period and options in, a CSV or XLSX out."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.exchange.report_export import WriteStyle, WrittenReport, write_report
from seecodesk.services.reports import build_report
from seecodesk.services.reports.base import Report, ReportOptions

if TYPE_CHECKING:
    import sqlite_utils


def export_report(db: sqlite_utils.Database, key: str, path: str | Path, options: ReportOptions,
                  encoding: str = "utf-8-sig") -> tuple[Report, WrittenReport]:
    """Build preset `key` for the options and write it; `ExportError` (Korean) writes nothing."""
    if Path(path).suffix.lower() == ".csv":  # only the main table goes to a CSV (see ReportOptions.for_csv)
        options = replace(options, for_csv=True)
    report = build_report(db, key, options)
    return report, save_report(report, path, options, encoding)


def save_report(report: Report, path: str | Path, options: ReportOptions, encoding: str = "utf-8-sig") -> WrittenReport:
    """Write a report already built (the window previews first, then saves what it showed)."""
    style = WriteStyle(thousand_won=options.thousand_won, dotted_dates=options.dotted_dates)
    return write_report(report, path, encoding, style)
