"""The command line's start: `seecodesk --help` and `seecodesk check --db PATH` (the demo network) as ratios
to `python -c "import sqlite3"` started by the same interpreter, interleaved, median and p90 (target <= 3).

    .venv/bin/python bench/bench_cli.py [--runs 15]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchlib import ratio_result, time_it

ROOT = Path(__file__).resolve().parents[1]


def command() -> list[str]:
    """The installed `seecodesk` script beside this interpreter (as a user runs it), else `python -m seecodesk`."""
    script = Path(sys.executable).parent / "seecodesk"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "seecodesk"]


def run(argv: list[str]) -> None:
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=ROOT)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--quick", action="store_true", help="5 runs")
    args = parser.parse_args()
    runs = 5 if args.quick else args.runs
    work = Path(tempfile.mkdtemp(prefix="bench-cli-"))
    db = work / "demo.seecodesk"
    run([*command(), "demo", str(db)])
    floor = [sys.executable, "-c", "import sqlite3"]
    cases = {"seecodesk --help": [*command(), "--help"], "seecodesk check --db (demo)": [*command(), "check", "--db", str(db)]}
    times: dict[str, list[float]] = {name: [] for name in [*cases, "floor"]}
    for name in [*cases, "floor"]:  # warm the disk cache
        run(cases.get(name, floor))
    for number in range(runs):  # interleaved: each round runs all three, in a rotating order
        order = [*cases, "floor"]
        order = order[number % 3:] + order[:number % 3]
        for name in order:
            times[name].append(time_it(lambda name=name: run(cases.get(name, floor))))  # type: ignore[misc]
    for name in cases:
        ratio_result(name, 'python -c "import sqlite3"', times[name], times["floor"], 3)
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
