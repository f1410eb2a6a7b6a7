"""실행 취소 of another program's big import in the window: how long the window freezes, and how long it takes.

Run: `.venv/bin/python bench/bench_undo.py [--quick] [--runs N]` (drawn offscreen). A network holding an
import of 80,000 organisations made by the command line (`seecodesk import members`, recorded as the
command's) is written once; each run copies it and, in a child process started afresh, opens the window
on it, waits until the directory is loaded, presses 실행 취소, answers the question with 되돌리기 and waits
until the directory shows the organisations gone. Interleaved with it, the equal-work floor: one plain
DELETE of the same rows by id in one transaction, the history triggers recording each deleted row as the
undo's own record does (bench_history's floor, at this size). Figures:

- the longest stall of the window's event loop, seen by a 5 ms heartbeat timer, from the key press until
  the directory shows the result (target: none over 100 ms; before, the undo ran on the GUI thread);
- the undo's time in the window, until the directory shows it, over the floor (target ≤ 1.5).
"""

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from bench_history import write_source  # noqa: E402
from benchlib import p90, result  # noqa: E402

STALL_TARGET_MS, TIME_TARGET = 100.0, 1.5

WINDOW_CHILD = r'''
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from seecodesk.app import WindowController, make_application
from seecodesk.core.origins import WINDOW
from seecodesk.gui.ui_settings import UiSettings
from seecodesk.services.history_origin import set_origin

set_origin(WINDOW)
sys.setswitchinterval(0.001)  # as the window sets once it has painted
path, rows, settings = sys.argv[1], int(sys.argv[2]), sys.argv[3]
app = make_application()
controller = WindowController(UiSettings(QSettings(settings, QSettings.Format.IniFormat)))
controller.open_path(path)
window = controller.window
window.show()
page = window.show_section("members")
state = {"last": None, "worst": 0.0, "on": False, "start": 0.0}

def beat():
    now = time.perf_counter()
    if state["on"] and state["last"] is not None:
        state["worst"] = max(state["worst"], now - state["last"])
    state["last"] = now

def answer():
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        box.button(QMessageBox.StandardButton.Yes).click()
    else:
        QTimer.singleShot(10, answer)

def start():
    if page.directory.loading() or page.directory.model.total_count() < rows:
        QTimer.singleShot(50, start)
        return
    state["on"], state["start"] = True, time.perf_counter()
    QTimer.singleShot(10, answer)
    window.undo()
    done()

def done():
    flow = window._undo_flow
    if flow is None or flow.task is not None or page.directory.loading() or page.directory.model.total_count() >= rows:
        QTimer.singleShot(20, done)
        return
    print("undo", time.perf_counter() - state["start"], state["worst"] * 1000, flush=True)
    app.quit()

timer = QTimer()
timer.setInterval(5)
timer.timeout.connect(beat)
timer.start()
QTimer.singleShot(100, start)
app.exec()
controller.close()
'''


def make_network(folder: Path, rows: int) -> Path:
    """A network whose last operation is the command line's import of `rows` organisations."""
    from seecodesk.core.origins import COMMAND
    from seecodesk.exchange.member_import import build_preview
    from seecodesk.exchange.reading import read_table
    from seecodesk.services.history_origin import acting_as
    from seecodesk.services.member_import import import_members
    from seecodesk.storage.database import open_database

    source = folder / "명단.csv"
    write_source(source, rows)
    path = folder / "network.seecodesk"
    db = open_database(path)
    with acting_as(COMMAND, "seecodesk import members"):
        import_members(db, build_preview(read_table(source), db))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def fresh_copy(network: Path, folder: Path, name: str) -> Path:
    target = folder / f"{name}.seecodesk"
    shutil.copyfile(network, target)
    return target


def window_run(network: Path, folder: Path, rows: int, n: int) -> tuple[float, float]:
    """(seconds until the directory shows the undo, longest stall in ms) in a fresh window process."""
    path = fresh_copy(network, folder, f"window-{n}")
    done = subprocess.run([sys.executable, "-c", WINDOW_CHILD, str(path), str(rows), str(folder / f"ui-{n}.ini")],
                          capture_output=True, text=True, timeout=1800, cwd=ROOT, check=True)
    line = next(x for x in done.stdout.splitlines() if x.startswith("undo "))
    seconds, stall = line.split()[1:]
    return float(seconds), float(stall)


def floor_run(network: Path, folder: Path, n: int) -> float:
    """Seconds of one plain DELETE of the imported rows, the triggers recording each, in one transaction."""
    from seecodesk.storage.database import open_database

    db = open_database(fresh_copy(network, folder, f"floor-{n}"))
    ids = [(row[0],) for row in db.execute("SELECT id FROM organisations ORDER BY id DESC")]
    started = time.perf_counter()
    with db.conn:
        db.execute("PRAGMA defer_foreign_keys = ON")
        db.conn.executemany("DELETE FROM organisations WHERE id = ?", ids)
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 rows, 2 runs")
    parser.add_argument("--runs", type=int, default=0)
    args = parser.parse_args()
    rows = 20_000 if args.quick else 80_000
    runs = args.runs or (2 if args.quick else 3)
    with tempfile.TemporaryDirectory(prefix="seecodesk-undo-") as tmp:
        folder = Path(tmp)
        network = make_network(folder, rows)
        times, stalls, floors = [], [], []
        for n in range(runs):  # alternating which goes first
            pair = [lambda n=n: window_run(network, folder, rows, n), lambda n=n: floor_run(network, folder, n)]
            for run in pair if n % 2 == 0 else reversed(pair):
                outcome = run()
                if isinstance(outcome, tuple):
                    times.append(outcome[0])
                    stalls.append(outcome[1])
                else:
                    floors.append(outcome)
    ratios = [t / f for t, f in zip(times, floors, strict=True)]
    print(f"실행 취소 of a {rows:,}-row import in the window: {statistics.median(times):.1f} s median "
          f"(floor {statistics.median(floors):.1f} s), ratio median {statistics.median(ratios):.2f}, p90 {p90(ratios):.2f}; "
          f"longest stall median {statistics.median(stalls):.0f} ms, p90 {p90(stalls):.0f} ms ({runs} runs)")
    result(f"longest window stall, 실행 취소 of a {rows:,}-row import", "—", statistics.median(stalls), p90(stalls),
           STALL_TARGET_MS, "ms")
    result(f"실행 취소 of a {rows:,}-row import, until the directory shows it", "one DELETE of the rows, triggers on",
           statistics.median(ratios), p90(ratios), TIME_TARGET)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
