"""Report export of 100,000 rows, as ratios to equal-work floors measured in the same run.

- CSV: `seecodesk`'s procurement preset (query, rows, tallies, neutralising, atomic write) against the
  sqlite3 command-line shell writing the same records query with `-csv` (process start included,
  as a user would run it).
- XLSX: our writer against openpyxl's write-only mode writing the same cells (same values, the same
  number formats on numbers and dates), no title, widths or totals.
Repetitions are interleaved; median and p90 of the per-repetition ratios are printed.

    .venv/bin/python bench/bench_export.py [--rows 100000] [--runs 7]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from seecodesk.core.figures import ProcurementRecord
from seecodesk.core.report_period import ReportPeriod
from seecodesk.exchange.report_export import WriteStyle, write_xlsx
from seecodesk.services.report_files import export_report
from seecodesk.services.reports import build_report
from seecodesk.services.reports.base import ReportOptions
from seecodesk.storage import procurement as store
from seecodesk.storage.database import open_database

YEAR = 2025
QUERY = ("SELECT r.year, r.month, r.institution, r.department, coalesce(o.name, r.supplier), "
         "CASE WHEN r.organisation_id IS NULL THEN '' ELSE '예' END, r.item, r.contract_method, r.amount, "
         "CASE WHEN r.is_local THEN '관내' ELSE '관외' END FROM procurement_records r "
         "LEFT JOIN organisations o ON o.id = r.organisation_id "
         f"WHERE printf('%04d-%02d', r.year, r.month) BETWEEN '{YEAR}-01' AND '{YEAR}-12' "
         "ORDER BY r.year, r.month, r.institution, r.id")


def make_database(path: Path, rows: int) -> None:
    db = open_database(path)
    with db.atomic():
        for i in range(rows):
            store.insert_record(db, ProcurementRecord(
                year=YEAR, month=i % 12 + 1, institution=f"기관{i % 7}", department=f"부서{i % 5}",
                supplier=f"업체{i % 300}", item=f"품목 {i % 50}", contract_method="수의계약", amount=100_000 + i,
                is_local=i % 9 != 0))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def time_it(action) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def summary(label: str, ratios: list[float], ours: list[float], floor: list[float]) -> None:
    ratios.sort()
    p90 = ratios[min(len(ratios) - 1, int(round(0.9 * (len(ratios) - 1))))]
    print(f"{label}: ratio median {statistics.median(ratios):.2f}, p90 {p90:.2f} "
          f"(ours median {statistics.median(ours):.3f} s, floor median {statistics.median(floor):.3f} s)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    shell = shutil.which("sqlite3")
    if shell is None:
        sys.stderr.write("sqlite3 명령이 없습니다: apt-get install sqlite3\n")
        return 1
    work = Path(tempfile.mkdtemp(prefix="bench-export-"))
    db_path = work / "bench.seecodesk"
    make_database(db_path, args.rows)
    db = open_database(db_path)
    options = ReportOptions(ReportPeriod.year(YEAR))
    report = build_report(db, "procurement", options)
    print(f"{len(report.main.rows):,} rows")

    def ours_csv() -> None:
        export_report(db, "procurement", work / "ours.csv", options)

    def floor_csv() -> None:
        with (work / "floor.csv").open("wb") as out:
            subprocess.run([shell, "-csv", "-header", str(db_path), QUERY], stdout=out, check=True)

    def ours_xlsx() -> None:
        with (work / "ours.xlsx").open("wb") as handle:
            write_xlsx(handle, report, WriteStyle())

    def floor_xlsx() -> None:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell

        book = Workbook(write_only=True)
        for table in report.tables:
            sheet = book.create_sheet(table.title[:31])
            sheet.append([c.header for c in table.columns])
            formats = [{"int": "#,##0", "number": "0", "money": "#,##0", "percent": "0.0%"}.get(c.kind)
                       for c in table.columns]
            for row in table.rows:
                cells = []
                for value, number_format in zip(row, formats, strict=True):
                    if number_format and isinstance(value, (int, float)):
                        cell = WriteOnlyCell(sheet, value=value)
                        cell.number_format = number_format
                        cells.append(cell)
                    else:
                        cells.append(value)
                sheet.append(cells)
        with (work / "floor.xlsx").open("wb") as handle:
            book.save(handle)

    for name, ours, floor in (("CSV vs sqlite3 -csv", ours_csv, floor_csv), ("XLSX vs openpyxl write-only", ours_xlsx,
                                                                              floor_xlsx)):
        ours(), floor()  # warm-up
        mine, base = [], []
        for run in range(args.runs):
            pair = (ours, floor) if run % 2 == 0 else (floor, ours)
            times = {fn: time_it(fn) for fn in pair}
            mine.append(times[ours])
            base.append(times[floor])
        summary(name, [m / b for m, b in zip(mine, base, strict=True)], mine, base)
    db.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
