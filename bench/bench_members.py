"""Member directory benchmark: start-up, search-as-you-type, CP949 import, peak memory.

Run: `.venv/bin/python bench/bench_members.py [--keep DIR]` (windows are drawn offscreen).
With a synthetic network of 20,000 organisations and 60,000 people it prints, against the
issue's targets:
1. process start → the window painted on its first screen, 홈 (today's meetings with replies, overdue
   action items, this quarter's tasks, unpaid dues of 16,000 charged members …), through the real
   entry point (`seecodesk --db PATH`), as a ratio to a bare PySide6 window shown by the same
   interpreter in the same run (median of several runs each) — target <= 1.5;
2. median search-as-you-type latency per keystroke in the 회원 page's search box, including the
   table repaint — target <= 16 ms;
3. import of a 5,000-row CP949 CSV into that network (read, check, commit) — target <= 3 s;
4. peak memory (ru_maxrss) of the app start-up process and of this benchmark process.
"""

import argparse
import compileall
import csv
import datetime
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchlib import p90, result  # noqa: E402

from seecodesk.core.validation import is_valid_business_number, name_key  # noqa: E402
from seecodesk.core.vocab import DESIGNATION_KINDS, INDUSTRIES  # noqa: E402
from seecodesk.storage.database import open_database  # noqa: E402

ORGS, PEOPLE, IMPORT_ROWS, STARTUP_RUNS, MEETINGS = 20_000, 60_000, 5_000, 15, 300
SYLLABLES = "가나다라마바사아자차카타파하강남동림문박솔은하늘들꽃새벽햇살누리바다마을두레나눔온빛"
SUFFIXES = ("협동조합", "사회적협동조합", "영농조합법인", "(주)", "마을", "공방", "센터", "푸드", "케어")
DISTRICTS = ("가람읍", "솔내면", "중앙동", "새터동", "은하면", "들꽃면", "황토면")

BARE_CHILD = """
import sys, time, resource
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.setCentralWidget(QLabel("bare")); window.resize(1280, 800)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.process_time(), flush=True); app.quit()
        return False
watch = Painted(); window.centralWidget().installEventFilter(watch); window.show(); app.exec()
"""

# The real start: what the `seecodesk --db PATH` script runs. The only addition is a watcher, hooked
# in when the program itself imports seecodesk.app, that reports the home screen's first paint.
APP_CHILD = """
import resource, sys, time
from importlib.machinery import PathFinder  # already loaded by the interpreter (importlib.abc would add ~20 ms)
from seecodesk.cli.main import main

def watch_first_paint(app_module):
    real_show = app_module.WindowController._show
    def show(controller, workspace):
        real_show(controller, workspace)
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QApplication
        class Painted(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint:
                    print("painted", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.process_time(), flush=True)
                    QApplication.instance().quit()
                return False
        controller.bench_watch = Painted()
        page = controller.window.pages["home"]
        assert page.groups and page.line_buttons, "the home screen has its lines"
        page.heading.installEventFilter(controller.bench_watch)
    app_module.WindowController._show = show

class PatchOnImport:
    def find_spec(self, name, path, target=None):
        if name != "seecodesk.app":
            return None
        sys.meta_path.remove(self)
        spec = PathFinder.find_spec(name, path)
        real_exec = spec.loader.exec_module
        def exec_module(module):
            real_exec(module)
            watch_first_paint(module)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, PatchOnImport())
sys.exit(main(["--db", sys.argv[1]]))
"""


def random_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) + rng.choice(SUFFIXES)


def business_number(rng: random.Random, used: set[str]) -> str:
    while True:
        head = f"{rng.randint(101, 899)}{rng.randint(81, 88)}{rng.randint(1000, 9999)}"
        digits = next(head + str(c) for c in range(10) if is_valid_business_number(head + str(c)))
        number = f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"
        if number not in used:
            used.add(number)
            return number


def make_database(path: Path, rng: random.Random) -> float:
    """The synthetic network, written with plain SQL in one transaction; returns seconds taken."""
    started = time.perf_counter()
    db = open_database(path)
    used: set[str] = set()
    orgs = []
    for i in range(1, ORGS + 1):
        name = random_name(rng)
        district = rng.choice(DISTRICTS)
        orgs.append((i, name, name_key(name), business_number(rng, used), f"충청남도 가람시 {district} {rng.randint(1, 300)}",
                     district, f"041-{rng.randint(700, 899)}-{rng.randint(1000, 9999)}", rng.choice(INDUSTRIES),
                     "".join(rng.choice(SYLLABLES) for _ in range(3))))
    with db.atomic():
        db.conn.executemany("INSERT INTO organisations (id, name, name_key, business_number, address, district, phone, "
                            "industry, representative) VALUES (?,?,?,?,?,?,?,?,?)", orgs)
        db.conn.executemany("INSERT INTO designations (organisation_id, kind) VALUES (?,?)",
                            [(i, rng.choice(DESIGNATION_KINDS)) for i in range(1, ORGS + 1) for _ in range(rng.randint(0, 2))])
        db.conn.executemany("INSERT INTO membership_periods (organisation_id, joined_on, left_on) VALUES (?,?,?)",
                            [(i, f"{rng.randint(2012, 2024)}-03-05", "" if rng.random() < 0.9 else "2025-01-31")
                             for i in range(1, ORGS + 1) if rng.random() < 0.8])
        db.conn.executemany("INSERT INTO people (organisation_id, name, mobile) VALUES (?,?,?)",
                            [(rng.randint(1, ORGS), "".join(rng.choice(SYLLABLES) for _ in range(3)),
                              f"010-{rng.randint(2000, 9999)}-{rng.randint(1000, 9999)}") for _ in range(PEOPLE)])
        add_home_work(db.conn, rng)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return time.perf_counter() - started


def add_home_work(conn, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    """What the home screen reads: this year's dues charged to the members (30 % unpaid), a year of
    meetings with 8 invitees and replies each, and their action items (some overdue)."""
    year = datetime.date.today().year
    members = [row[0] for row in conn.execute("SELECT DISTINCT organisation_id FROM membership_periods")]
    conn.executemany("INSERT INTO dues (organisation_id, year, amount, paid_on) VALUES (?,?,?,?)",
                     [(i, year, 120_000, "" if rng.random() < 0.3 else f"{year}-03-{rng.randint(10, 28)}") for i in members])
    today = datetime.date.today()
    for n in range(MEETINGS):
        day = today + datetime.timedelta(days=n * 365 // MEETINGS - 300)
        meeting_id = conn.execute("INSERT INTO meetings (kind, number, date, start_time, place) VALUES (?,?,?,?,?)",
                                  ("이사회", n + 1, day.isoformat(), "14:00", "사무국 회의실")).lastrowid
        conn.executemany("INSERT INTO meeting_attendees (meeting_id, person_id, reply) VALUES (?,?,?)",
                         [(meeting_id, rng.randint(1, PEOPLE), rng.choice(("", "참석", "불참", "미정"))) for _ in range(8)])
        conn.executemany("INSERT INTO action_items (meeting_id, what, due_on, status) VALUES (?,?,?,?)",
                         [(meeting_id, f"조치 {n}-{k}", (day + datetime.timedelta(days=30)).isoformat(),
                           rng.choice(("예정", "진행중", "완료"))) for k in range(2)])


class ChildRun(NamedTuple):
    """One child process up to its first paint."""

    seconds: float  # wall clock from spawning the interpreter
    cpu_seconds: float  # the child's own CPU time (user + system): waiting for the CPU is not counted
    peak_kib: int


def time_child(code: str, *args: str, env: dict[str, str]) -> ChildRun:
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env, cwd=ROOT)
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    _out, err = process.communicate(timeout=60)  # Qt's offscreen chatter is shown only on failure
    if not line.startswith("painted"):
        raise RuntimeError(f"child did not paint (exit {process.returncode}):\n{err}")
    _word, peak, cpu = line.split()
    return ChildRun(elapsed, float(cpu), int(peak))


IMPORT_CHILD = """
import time; started = time.perf_counter()
import seecodesk.cli.main, seecodesk.app, seecodesk.gui.home.page
print(time.perf_counter() - started)
"""


def startup_parts(db_path: Path, env: dict[str, str]) -> str:
    """Where the start-up time goes: importing the program, the home screen's queries, the directory's."""
    imports = [float(subprocess.run([sys.executable, "-c", IMPORT_CHILD], capture_output=True, text=True, env=env,
                                    cwd=ROOT, check=True).stdout) for _ in range(3)]
    from seecodesk.gui.members.page import FIRST_SCREEN_ROWS
    from seecodesk.services.home import home_groups
    from seecodesk.storage.directory import directory_rows

    db = open_database(db_path)
    started = time.perf_counter()
    groups = home_groups(db.conn)
    home = time.perf_counter() - started
    started = time.perf_counter()
    directory_rows(db, first=FIRST_SCREEN_ROWS)
    first = time.perf_counter() - started
    started = time.perf_counter()
    directory_rows(db)
    query = time.perf_counter() - started
    db.close()
    counts = ", ".join(f"{g.key} {g.total:,}" for g in groups)
    return (f"importing PySide6, seecodesk.app and the home page {statistics.median(imports):.3f} s; home screen queries "
            f"{home * 1000:.1f} ms ({counts}); directory first screen ({FIRST_SCREEN_ROWS} rows) {first * 1000:.1f} ms, "
            f"all 20,000 rows {query:.3f} s (both when 회원 is opened)")


def env_for(work: Path) -> dict[str, str]:
    """The children's environment: offscreen, with their own SeeCoDesk home and settings."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SEECODESK_HOME": str(work / "home"),
            "XDG_CONFIG_HOME": str(work / "config"), "HOME": str(work / "home"), "PYTHONPATH": str(ROOT)}


class Startup(NamedTuple):
    bare: list[ChildRun]
    app: list[ChildRun]

    def ratio(self, pick: Callable[[list[float]], float], field: str = "seconds") -> float:
        return pick([getattr(r, field) for r in self.app]) / pick([getattr(r, field) for r in self.bare])


def bench_startup(db_path: Path, work: Path, runs: int) -> Startup:
    # As installed (setup.sh does the same): bytecode present, so no run compiles source, whatever
    # PYTHONDONTWRITEBYTECODE says.
    compileall.compile_dir(ROOT / "seecodesk", quiet=1)
    env = env_for(work)
    result = Startup([], [])
    for _ in range(runs):  # interleaved so both see the same machine state
        result.bare.append(time_child(BARE_CHILD, env=env))
        result.app.append(time_child(APP_CHILD, str(db_path), env=env))
    return result


SEARCH_QUERIES = ["가", "가람", "가람협", "가람협동", "가람협동조", "가람협동조합", "ㄱ", "ㄱㄹ", "ㄱㄹㅎ", "솔", "솔내", "중앙동",
                  "나눔", "나눔마", "나눔마을", "하늘", "하늘빛", "041", "041-7", "제조업"]


def _keystroke_ms(edit, query: str) -> float:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    started = time.perf_counter()
    edit.setText(query)
    QApplication.processEvents()  # delivers the pending paints: line edit, count label, table
    return (time.perf_counter() - started) * 1000


def bench_search(db_path: Path) -> dict[str, float]:
    """Milliseconds per keystroke in the 회원 page's search box (filter + table repaint), and their parts."""
    from PySide6.QtWidgets import QApplication

    from seecodesk.app import make_application
    from seecodesk.gui.members.page import create_page
    from seecodesk.services.workspace import Workspace

    make_application()
    db = open_database(db_path)
    page = create_page(Workspace(db=db, path=db_path))
    page.resize(1280, 800)
    page.show()
    QApplication.processEvents()
    edit, viewport, model = page.directory.search_edit, page.directory.table.viewport(), page.directory.model
    while model.total_count() < ORGS:  # the page shows the first screen, then loads the rest
        QApplication.processEvents()
    deadline = time.perf_counter() + 0.3  # and folds the search keys when idle
    while time.perf_counter() < deadline:
        QApplication.processEvents()
    figures = {"first": _keystroke_ms(edit, "가")}
    edit.clear()
    times, filters, paints = [], [], []
    for _round in range(3):
        for query in SEARCH_QUERIES:
            times.append(_keystroke_ms(edit, query))
            edit.clear()
            QApplication.processEvents()
            started = time.perf_counter()
            model.set_query(query)
            filters.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            viewport.repaint()
            paints.append((time.perf_counter() - started) * 1000)
            edit.clear()
            QApplication.processEvents()
    page.close()
    db.close()
    figures.update(median=statistics.median(times), p90=p90(times), worst=max(times), filter=statistics.median(filters),
                   paint=statistics.median(paints))
    return figures


def random_phone(rng: random.Random) -> str:
    """A valid office, Seoul or mobile number."""
    exchange = rng.randint(2000, 9999) if rng.random() < 0.4 else rng.randint(200, 999)
    prefix = "010" if exchange >= 1000 else rng.choice(("041", "02"))
    return f"{prefix}-{exchange}-{rng.randint(1000, 9999)}"


def write_import_csv(path: Path, rng: random.Random) -> None:
    used: set[str] = set()
    with open(path, "w", encoding="cp949", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(["순번", "기업명", "대표자명", "연락처", "사업자등록번호", "소재지", "업종", "인증구분", "비고"])
        for i in range(1, IMPORT_ROWS + 1):
            name = ("㈜" if i % 7 == 0 else "") + random_name(rng) + ("\n지점" if i % 50 == 0 else "")
            writer.writerow([i, name, "".join(rng.choice(SYLLABLES) for _ in range(3)),
                             random_phone(rng),
                             business_number(rng, used) if i % 3 else "", f"가람시 {rng.choice(DISTRICTS)} {i}",
                             rng.choice(INDUSTRIES), rng.choice(DESIGNATION_KINDS[:7]), "벤치마크 행"])


def bench_import(db_path: Path, csv_path: Path) -> tuple[float, int, str]:
    from seecodesk.exchange.member_import import build_preview, commit_import
    from seecodesk.exchange.reading import read_table

    db = open_database(db_path)
    started = time.perf_counter()
    preview = build_preview(read_table(csv_path), db)
    blocking = len(preview.blocking_rows)
    for row in preview.blocking_rows:  # a random business number may repeat one in the network
        row.included = False
    preview.recheck()
    imported = commit_import(db, preview).added
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed, imported, f"{preview.table.encoding}, {blocking} rows left out"


def percentile_ratio(startup: Startup) -> float:
    """p90 of the per-run ratios (runs paired in the order they were interleaved)."""
    return p90([a.seconds / b.seconds for a, b in zip(startup.app, startup.bare, strict=True)])


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", help="keep the generated files in this folder")
    parser.add_argument("--startup-only", action="store_true", help="measure only (1), the start-up ratio")
    parser.add_argument("--runs", type=int, default=STARTUP_RUNS, help="start-up runs of each window (median taken)")
    parser.add_argument("--quick", action="store_true", help="5 start-up runs")
    args = parser.parse_args()
    if args.quick:
        args.runs = 5
    work = Path(args.keep or tempfile.mkdtemp(prefix="bench_members_"))
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(2026)
    db_path = work / "bench.seecodesk"
    for leftover in work.glob("bench.seecodesk*"):
        leftover.unlink()
    print(f"synthetic network: {ORGS:,} organisations, {PEOPLE:,} people → {db_path}")
    print(f"  generated in {make_database(db_path, rng):.2f} s ({db_path.stat().st_size / 1e6:.1f} MB)")
    startup = bench_startup(db_path, work, args.runs)
    median, least = statistics.median, min
    ratio = startup.ratio(median)
    print(f"(1) start → home screen painted: {median(r.seconds for r in startup.app):.3f} s; bare PySide6 window: "
          f"{median(r.seconds for r in startup.bare):.3f} s; ratio {ratio:.2f} (target <= 1.5) {verdict(ratio <= 1.5)}  "
          f"[median of {args.runs}, wall clock]")
    result("start to first paint (home), 20,000 organisations", "bare PySide6 window", ratio,
           percentile_ratio(startup), 1.3)
    print(f"    the same runs by other measures: fastest against fastest {startup.ratio(least):.2f}; CPU time "
          f"{startup.ratio(median, 'cpu_seconds'):.2f} (median; time spent waiting for the CPU left out)")
    print(f"    parts: {startup_parts(db_path, env_for(work))}")
    if args.startup_only:
        return 0
    search = bench_search(db_path)
    print(f"(2) search-as-you-type: median {search['median']:.1f} ms per keystroke (target <= 16 ms) "
          f"{verdict(search['median'] <= 16)}  [회원 page search box, 20,000 rows, filter + repaint]")
    result("keystroke in the 회원 search, 20,000 organisations", "—", search["median"], search["p90"], 8, "ms")
    print(f"    of which filtering {search['filter']:.1f} ms and repainting the 1280x800 table {search['paint']:.1f} ms "
          f"(offscreen, software); worst {search['worst']:.1f} ms; very first keystroke {search['first']:.1f} ms")
    csv_path = work / "import_5000_cp949.csv"
    write_import_csv(csv_path, rng)
    import_copy = work / "import_target.seecodesk"
    shutil.copyfile(db_path, import_copy)
    seconds, imported, note = bench_import(import_copy, csv_path)
    print(f"(3) import {IMPORT_ROWS:,}-row CP949 CSV: {seconds:.2f} s, {imported:,} imported ({note}) "
          f"(target <= 3 s) {verdict(seconds <= 3)}")
    result(f"import {IMPORT_ROWS:,} CP949 rows, read + check + commit", "—", seconds, seconds, 3, "s")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"(4) peak memory: app start-up process {max(r.peak_kib for r in startup.app) / 1024:.0f} MB; this benchmark process "
          f"(page with 20,000 rows + import) {own / 1024:.0f} MB")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
