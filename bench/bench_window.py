"""The window with a big directory: start-up, freezes while the directory loads, keystrokes, peak memory.

Run: `.venv/bin/python bench/bench_window.py [--quick] [--keep DIR]` (drawn offscreen). Synthetic
networks of 20,000 and 80,000 organisations (three people each) are written first. Every figure
comes from child processes started afresh, interleaved with their floor in the same run:

- start → 홈 painted, through the real entry point (`seecodesk --db PATH`), against a bare PySide6
  window (target ≤ 1.3): the same measure as bench_members' (1), from the window runs below and more
  pairs that stop at the first paint (median of all; p90 of the paired ratios); the window child
  then opens 회원 and reports when the whole directory is loaded and searchable;
- the longest stall of the event loop from the directory's first paint until it is loaded, seen by
  a 5 ms heartbeat timer (target: none over 50 ms);
- a keystroke in the directory search, typing queries and deleting them back character by character,
  against a plain QTableWidget showing the same visible cells after a substring scan in Python
  (target: median ≤ 8 ms at 20,000, ≤ 16 ms at 80,000);
- peak memory (VmHWM) of the window with 80,000 organisations loaded (target ≤ 150 MB).

`results(quick)` returns the table's rows for bench/run_all.py.
"""

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import bench_members  # noqa: E402
from benchlib import result  # noqa: E402

SIZES = (20_000, 80_000)
KEYSTROKE_TARGET_MS = {20_000: 8.0, 80_000: 16.0}
STALL_TARGET_MS, MEMORY_TARGET_MB, STARTUP_TARGET = 50.0, 150.0, 1.3
# A child's own peak memory in KiB. ru_maxrss survives exec: a child started by this (big) process
# reported at least this process's peak (155 MB for a bare window); VmHWM starts afresh at exec.
RU_MAXRSS = "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss"
OWN_PEAK = "int(next(x for x in open('/proc/self/status') if x.startswith('VmHWM:')).split()[1])"
BARE_CHILD = bench_members.BARE_CHILD.replace(RU_MAXRSS, OWN_PEAK)

# After the home screen's first paint (reported as bench_members' APP_CHILD does), open 회원 as a
# click would, then beat every 5 ms from the directory's first paint until it is loaded and searchable.
WINDOW_CHILD = bench_members.APP_CHILD.replace(
    "                    QApplication.instance().quit()\n",
    "                    obj.removeEventFilter(self)\n"
    "                    QTimer.singleShot(0, lambda: open_members(controller.window, int(sys.argv[2])))\n",
).replace("from PySide6.QtCore import QEvent, QObject\n",
          "from PySide6.QtCore import QEvent, QObject, QTimer\n").replace("sys.meta_path.insert(0, PatchOnImport())", '''
def open_members(window, expected):
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication
    started = time.perf_counter()
    page = window.show_section("members")
    model = page.directory.model
    state = {"last": None, "worst": 0.0, "loaded": None, "open_ms": 0.0}

    def searchable():
        ready = getattr(model, "searchable", None)
        return model.total_count() == expected and (ready() if ready else model._keys is not None)

    def beat():
        now = time.perf_counter()
        if state["last"] is not None:
            state["worst"] = max(state["worst"], now - state["last"])
        state["last"] = now
        if state["loaded"] is None and searchable():
            state["loaded"] = now
            print("loaded", flush=True)
        if state["loaded"] is not None and now - state["loaded"] > 0.3:
            timer.stop()
            print("stall", state["worst"] * 1000, state["open_ms"],
                  OWN_PEAK, flush=True)
            QApplication.instance().quit()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(beat)
    window.bench_timer = timer

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and state["open_ms"] == 0.0:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, start_beating)  # once this paint is done: the first paint is not a stall
            return False

    def start_beating():
        state["open_ms"] = (time.perf_counter() - started) * 1000
        state["last"] = time.perf_counter()
        timer.start(5)
    window.bench_paint = FirstPaint()
    page.directory.table.viewport().installEventFilter(window.bench_paint)

sys.meta_path.insert(0, PatchOnImport())''').replace("OWN_PEAK", OWN_PEAK)

# The stall floor: the same 5 ms heartbeat in a bare PySide6 window for as long as the directory took
# to load; on a busy machine the operating system alone delays a timer by some tens of ms.
HEARTBEAT_CHILD = """
import sys, time
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("bare"); label.resize(1280, 800); label.show()
state = {"last": None, "worst": 0.0, "end": None}
def beat():
    now = time.perf_counter()
    if state["last"] is not None:
        state["worst"] = max(state["worst"], now - state["last"])
    state["last"] = now
    if now >= state["end"]:
        print("stall", state["worst"] * 1000, flush=True)
        app.quit()
def start():
    state["end"] = time.perf_counter() + float(sys.argv[1])
    state["last"] = time.perf_counter()
    timer.start(5)
timer = QTimer(); timer.setTimerType(Qt.TimerType.PreciseTimer); timer.timeout.connect(beat)
QTimer.singleShot(0, start)
app.exec()
"""

# One keystroke = the search box's text changes, then the pending paints are delivered. The floor
# does the same in a plain QLineEdit + QTableWidget of the same size: a substring scan in Python over
# the same folded search texts, the visible cells' texts put into the table, the count label set.
KEYS_CHILD = """
import statistics, sys, time
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget
from seecodesk.app import make_application
from seecodesk.core.korean_search import fold, is_choseong_query, SearchKey
from seecodesk.gui.members.directory_view import COLUMNS, COLUMN_WIDTHS, search_text
from seecodesk.gui.members.page import create_page
from seecodesk.services.workspace import open_workspace
from seecodesk.storage.directory import directory_rows

path, expected, words = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(",")
app = make_application()
workspace = open_workspace(path, lock=False)
page = create_page(workspace)
page.resize(1280, 800)
page.show()
model, edit, table = page.directory.model, page.directory.search_edit, page.directory.table
ready = getattr(model, "searchable", lambda: model._keys is not None)
deadline = time.perf_counter() + 120
while not (model.total_count() == expected and ready()) and time.perf_counter() < deadline:
    QApplication.processEvents()
    time.sleep(0.001)
assert model.total_count() == expected, "the directory loaded"

rows = directory_rows(workspace.conn)
keys = [SearchKey("\\u241e".join(search_text(r))) for r in rows]
texts, initials = [k.text for k in keys], [k.initials for k in keys]
cells = [[c.text(r) for c in COLUMNS] for r in rows]
floor = QWidget()
floor_edit, floor_label = QLineEdit(), QLabel()
floor_table = QTableWidget(0, len(COLUMNS))
floor_table.setHorizontalHeaderLabels([c.header for c in COLUMNS])
floor_table.verticalHeader().setVisible(False)
floor_table.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
for column, width in enumerate(COLUMN_WIDTHS):
    floor_table.setColumnWidth(column, width)
layout = QVBoxLayout(floor)
layout.addWidget(floor_edit)
layout.addWidget(floor_label)
layout.addWidget(floor_table, 1)
floor.resize(table.width(), table.height() + 60)
floor.show()
QApplication.processEvents()
visible_rows = table.viewport().height() // table.verticalHeader().defaultSectionSize() + 1

floor_table.setRowCount(visible_rows)
items = [[QTableWidgetItem() for _c in COLUMNS] for _r in range(visible_rows)]
for row, line in enumerate(items):
    for column, item in enumerate(line):
        floor_table.setItem(row, column, item)

def floor_search(text):
    query = fold(text)
    if is_choseong_query(query):
        query = SearchKey(query).initials
        matched = [i for i, t in enumerate(initials) if query in t]
    else:
        matched = [i for i, t in enumerate(texts) if query in t]
    shown = matched[:visible_rows]
    for row in range(visible_rows):
        floor_table.setRowHidden(row, row >= len(shown))
    for row, i in enumerate(shown):
        for column, text in enumerate(cells[i]):
            items[row][column].setText(text)
    floor_label.setText(f"{len(rows):,}곳 중 {len(matched):,}곳")

floor_edit.textChanged.connect(floor_search)

def keystroke(line_edit, text):
    started, cpu = time.perf_counter(), time.thread_time()
    line_edit.setText(text)
    QApplication.processEvents()
    return f"{(time.perf_counter() - started) * 1000:.3f}/{(time.thread_time() - cpu) * 1000:.3f}"

ours, floors = [], []
for word in words:
    steps = [word[:n] for n in range(1, len(word) + 1)] + [word[:n] for n in range(len(word) - 1, -1, -1)]
    for n, text in enumerate(steps):
        pair = [(ours, edit), (floors, floor_edit)]
        for times, line_edit in (pair if n % 2 else pair[::-1]):
            times.append(keystroke(line_edit, text))
print("keys", ",".join(ours), ",".join(floors), flush=True)
"""

WORDS = ("가람협동조합", "ㄱㄹㅎ", "041-7", "나눔마을", "솔내면", "하늘빛")


class Row(NamedTuple):
    """One line of the table bench/run_all.py prints."""

    measure: str
    floor: str
    ratio_median: float | None
    p90: float | None
    target: str
    met: bool
    figure: tuple[float, float, float, str] | None = None  # median, p90, target, unit: the RESULT line's numbers

    def line(self) -> str:
        ratio = "—" if self.ratio_median is None else f"{self.ratio_median:.2f}"
        p90 = "—" if self.p90 is None else f"{self.p90:.2f}"
        return f"{self.measure} | {self.floor} | {ratio} | {p90} | {self.target} | {'yes' if self.met else 'NO'}"


def p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def make_network(work: Path, size: int) -> Path:
    path = work / f"window_{size}.seecodesk"
    if not path.exists():
        bench_members.ORGS, bench_members.PEOPLE = size, 3 * size
        seconds = bench_members.make_database(path, random.Random(size))
        print(f"  wrote {size:,} organisations in {seconds:.1f} s → {path}", flush=True)
    return path


class WindowRun(NamedTuple):
    painted: float  # s from spawning the interpreter to 홈 painted
    loaded: float  # s from spawning to the whole directory loaded and searchable (회원 opened at once)
    stall_ms: float  # longest gap between 5 ms heartbeats from the directory's first paint until loaded
    open_ms: float  # 회원 chosen → the directory's first paint
    peak_kib: int


def run_window(path: Path, size: int, env: dict[str, str]) -> WindowRun:
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", WINDOW_CHILD, str(path), str(size)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert process.stdout is not None
    marks: dict[str, float] = {}
    last = ""
    for line in process.stdout:
        marks[line.split()[0]] = time.perf_counter() - started
        last = line
        if line.startswith("stall"):
            break
    _out, err = process.communicate(timeout=120)
    if not last.startswith("stall"):
        raise RuntimeError(f"window child failed (exit {process.returncode}):\n{err}")
    _word, stall, open_ms, peak = last.split()
    return WindowRun(marks["painted"], marks["loaded"], float(stall), float(open_ms), int(peak))


class Keys(NamedTuple):
    """Milliseconds per keystroke: wall clock, and the GUI thread's CPU time (waiting for a core left out)."""

    wall: list[float]
    cpu: list[float]


def run_keys(path: Path, size: int, env: dict[str, str], words: tuple[str, ...]) -> tuple[Keys, Keys]:
    done = subprocess.run([sys.executable, "-c", KEYS_CHILD, str(path), str(size), ",".join(words)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    line = next((x for x in done.stdout.splitlines() if x.startswith("keys")), "")
    if not line:
        raise RuntimeError(f"keystroke child failed (exit {done.returncode}):\n{done.stderr}")
    _word, *columns = line.split()
    return tuple(Keys(*([float(t.split("/")[k]) for t in column.split(",")] for k in (0, 1)))  # type: ignore[return-value]
                 for column in columns)


def run_heartbeat(seconds: float, env: dict[str, str]) -> float:
    done = subprocess.run([sys.executable, "-c", HEARTBEAT_CHILD, f"{seconds:.3f}"], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)
    line = next((x for x in done.stdout.splitlines() if x.startswith("stall")), "")
    if not line:
        raise RuntimeError(f"heartbeat child failed (exit {done.returncode}):\n{done.stderr}")
    return float(line.split()[1])


def paint_pairs(path: Path, env: dict[str, str], pairs: int) -> tuple[list[float], list[float]]:
    """More samples of start → 홈 painted, cheaply: the program up to its first paint only (bench_members'
    child, the same start as run_window's up to that paint) and a bare window, in alternating order."""
    bare: list[float] = []
    painted: list[float] = []
    for n in range(pairs):
        steps = [lambda: bare.append(bench_members.time_child(BARE_CHILD, env=env).seconds),
                 lambda: painted.append(bench_members.time_child(bench_members.APP_CHILD, str(path), env=env).seconds)]
        for step in steps if n % 2 else steps[::-1]:
            step()
    return bare, painted


def startup_rows(path: Path, size: int, env: dict[str, str], runs: int,
                 pairs: int = 0) -> tuple[list[Row], list[WindowRun], list[float]]:
    """Interleaved: a bare window, the program opened on `path` up to its directory loaded, a bare heartbeat;
    then `pairs` more (bare window, program up to its first paint) for the start-up ratio."""
    bare: list[float] = []
    app: list[WindowRun] = []
    beats: list[float] = []
    for _ in range(runs):
        bare.append(bench_members.time_child(BARE_CHILD, env=env).seconds)
        app.append(run_window(path, size, env))
        beats.append(run_heartbeat(max(0.5, app[-1].loaded - app[-1].painted), env))
    more_bare, more_painted = paint_pairs(path, env, pairs)
    bare += more_bare
    painted = [r.painted for r in app] + more_painted
    median = statistics.median
    ratio = median(painted) / median(bare)
    ratio90 = p90([a / b for a, b in zip(painted, bare, strict=True)])  # as benchlib: p90 of the paired ratios
    loaded = [r.loaded for r in app]
    return [
        Row(f"start → 홈 painted, {size:,} orgs ({median(painted):.3f} s, {len(painted)} runs)",
            f"bare PySide6 window ({median(bare):.3f} s)", ratio, ratio90, f"≤ {STARTUP_TARGET}",
            ratio <= STARTUP_TARGET, (ratio, ratio90, STARTUP_TARGET, "x")),
        Row(f"start → 회원 whole directory loaded and searchable, {size:,} orgs (median {median(loaded):.2f} s, "
            f"p90 {p90(loaded):.2f} s)", "—", None, None, "reported", True),
    ], app, beats


def stall_row(size: int, app: list[WindowRun], beats: list[float]) -> Row:
    stalls = [r.stall_ms for r in app]
    opens = [r.open_ms for r in app]
    median = statistics.median
    return Row(f"window frozen after the directory's first paint until loaded, {size:,} orgs: longest stall median "
               f"{median(stalls):.0f} ms, p90 {p90(stalls):.0f} ms (회원 opens in {median(opens):.0f} ms)",
               f"5 ms heartbeat in a bare window as long (longest gap median {median(beats):.0f} ms, p90 {p90(beats):.0f} ms)",
               median(stalls) / median(beats), p90(stalls) / p90(beats), f"no stall over {STALL_TARGET_MS:.0f} ms",
               max(stalls) <= STALL_TARGET_MS, (median(stalls), p90(stalls), STALL_TARGET_MS, "ms"))


def keys_row(size: int, ours: Keys, floor: Keys) -> Row:
    median = statistics.median
    target = KEYSTROKE_TARGET_MS[size]
    return Row(f"keystroke in the directory search, {size:,} orgs: median {median(ours.wall):.1f} ms, p90 "
               f"{p90(ours.wall):.1f} ms (CPU {median(ours.cpu):.1f} ms, floor's {median(floor.cpu):.1f} ms)",
               f"QTableWidget, same visible cells + substring scan ({median(floor.wall):.1f} ms, p90 {p90(floor.wall):.1f} ms)",
               median(ours.wall) / median(floor.wall), p90(ours.wall) / p90(floor.wall), f"median ≤ {target:.0f} ms",
               median(ours.wall) <= target, (median(ours.wall), p90(ours.wall), target, "ms"))


def memory_row(size: int, app: list[WindowRun], bare_kib: int) -> Row:
    peak = max(r.peak_kib for r in app) / 1024
    return Row(f"peak memory, window with {size:,} orgs loaded ({peak:.0f} MB)",
               f"bare PySide6 window ({bare_kib / 1024:.0f} MB)", peak / (bare_kib / 1024), None,
               f"≤ {MEMORY_TARGET_MB:.0f} MB", peak <= MEMORY_TARGET_MB, (peak, peak, MEMORY_TARGET_MB, "MB"))


def results(quick: bool = False, work: Path | None = None) -> list[Row]:
    """Every row of this bench (quick: fewer runs and words)."""
    own = work is None
    work = work or Path(tempfile.mkdtemp(prefix="bench_window_"))
    work.mkdir(parents=True, exist_ok=True)
    runs, words = (3, WORDS[:3]) if quick else (7, WORDS)
    # Three runs gave the start-up ratio anywhere from 1.3 to 1.6 on this busy machine: more pairs, cheaper
    # ones (up to the first paint only), are added for it at the first size.
    pairs = 8 if quick else 10
    env = bench_members.env_for(work)
    import compileall

    compileall.compile_dir(ROOT / "seecodesk", quiet=1)  # as installed: no run compiles source
    rows: list[Row] = []
    try:
        for size in SIZES:
            path = make_network(work, size)
            startup, app, beats = startup_rows(path, size, env, runs, pairs if size == SIZES[0] else 0)
            rows += startup if size == SIZES[0] else startup[1:]
            rows.append(stall_row(size, app, beats))
            ours, floor = run_keys(path, size, env, words)
            rows.append(keys_row(size, ours, floor))
            if size == SIZES[-1]:
                bare = bench_members.time_child(BARE_CHILD, env=env)
                rows.append(memory_row(size, app, bare.peak_kib))
    finally:
        if own:
            shutil.rmtree(work, ignore_errors=True)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs and queries")
    parser.add_argument("--keep", help="keep (and reuse) the generated networks in this folder")
    args = parser.parse_args()
    print("measure | floor | ratio median | p90 | target | met")
    for row in results(args.quick, Path(args.keep) if args.keep else None):
        print(row.line(), flush=True)
        if row.figure is not None:
            median, p90_value, target, unit = row.figure
            result(row.measure.split(" (")[0].split(":")[0], row.floor.split(" (")[0] if unit == "x" else "—",
                   median, p90_value, target, unit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
