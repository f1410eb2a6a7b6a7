"""Benchmark: print the schedule of a 40-task, 200-activity, 36-month plan (month grain, A4).

Targets (issue 3): under 2 s, and at most 2 × a bare ReportLab table of the same cells built in
the same run (plain strings, a grid, header rows repeated; no body bands, spans or shading),
interleaved, median and p90 of the per-run ratios.
Run: .venv/bin/python bench/bench_schedule.py [--runs N] [--quick]
"""

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from benchlib import interleaved, p90, ratio_result, result  # noqa: E402
from plan_helpers import long_plan  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle  # noqa: E402

from seecodesk.core.periods import periods_between  # noqa: E402
from seecodesk.reports.base import FONT, page_size, register_fonts  # noqa: E402
from seecodesk.services.plan import PlanService  # noqa: E402
from seecodesk.services.plan_print import ScheduleRequest, print_schedule  # noqa: E402
from seecodesk.storage.database import open_memory_database  # noqa: E402


def bare_table(path: str, db, plan) -> None:
    """The same cells as plain strings in one ReportLab table."""
    periods = periods_between(plan.start_month, plan.end_month, "month")
    rows = [["분과", "과제", "세부활동", *[p.label for p in periods]]]
    for task in PlanService(db).schedule(plan.id):
        for row in task.rows:
            rows.append([task.body_name, task.label, row.label,
                         *["■" if any(m in row.months for m in p.months) else "" for p in periods]])
    size = page_size("A4", landscape_page=True)
    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=30, rightMargin=30, topMargin=30, bottomMargin=30)
    width = size[0] - 60
    table = Table(rows, colWidths=[width * 0.08, width * 0.14, width * 0.14] + [width * 0.64 / len(periods)] * len(periods),
                  repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 5.5), ("GRID", (0, 0), (-1, -1), 0.3, "grey")]))
    doc.build([table])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--quick", action="store_true", help="5 runs")
    args = parser.parse_args()
    runs = 5 if args.quick else args.runs
    register_fonts()
    db = open_memory_database()
    plan = long_plan(db, tasks=40, activities=5, months=36)
    folder = Path(tempfile.mkdtemp(prefix="bench-schedule-"))
    print("schedule: 40 tasks, 200 activities, 36 months, month grain, A4 landscape")
    mine, base = interleaved(lambda: print_schedule(db, folder / "schedule.pdf", ScheduleRequest(grain="month")),
                             lambda: bare_table(str(folder / "bare.pdf"), db, plan), runs)
    ratio_result("schedule PDF, 40 tasks, 36 months", "bare ReportLab table", mine, base, 2)
    ours = statistics.median(mine)
    print(f"  SeeCoDesk schedule PDF  {ours:6.3f} s median   (target < 2 s)   {'OK' if ours < 2 else 'MISSED'}")
    result("schedule PDF, 40 tasks, 36 months", "—", ours, p90(mine), 2, "s")
    sheets, _ = interleaved(lambda: print_schedule(db, folder / "sheets.pdf", ScheduleRequest(grain="quarter", sheets=True)),
                            lambda: None, 1)
    print(f"  with 40 task sheets     {sheets[0]:6.3f} s   (quarter grain, for information)")
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
