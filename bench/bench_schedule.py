"""Benchmark: print the schedule of a 40-task, 200-activity, 36-month plan (month grain, A4).

Targets (issue 3): under 2 s, and at most 2 × a bare ReportLab table of the same cells built in
the same run (plain strings, a grid, header rows repeated; no body bands, spans or shading).
Run: .venv/bin/python bench/bench_schedule.py
"""

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from benchlib import result  # noqa: E402
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


def timed(function, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    register_fonts()
    db = open_memory_database()
    plan = long_plan(db, tasks=40, activities=5, months=36)
    folder = Path(tempfile.mkdtemp(prefix="bench-schedule-"))
    ours = timed(lambda: print_schedule(db, folder / "schedule.pdf", ScheduleRequest(grain="month")))
    bare = timed(lambda: bare_table(str(folder / "bare.pdf"), db, plan))
    sheets = timed(lambda: print_schedule(db, folder / "sheets.pdf", ScheduleRequest(grain="quarter", sheets=True)), 1)
    ratio = ours / bare
    print("schedule: 40 tasks, 200 activities, 36 months, month grain, A4 landscape")
    print(f"  SeeCoDesk schedule PDF  {ours:6.3f} s   (target < 2 s)   {'OK' if ours < 2 else 'MISSED'}")
    print(f"  bare ReportLab table    {bare:6.3f} s")
    print(f"  ratio                   {ratio:6.2f}     (target <= 2)    {'OK' if ratio <= 2 else 'MISSED'}")
    result("schedule PDF, 40 tasks, 36 months", "bare ReportLab table", ratio, ratio, 2)
    result("schedule PDF, 40 tasks, 36 months", "—", ours, ours, 2, "s")
    print(f"  with 40 task sheets     {sheets:6.3f} s   (quarter grain, for information)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
