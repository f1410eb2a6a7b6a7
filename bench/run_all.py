"""Run every bench script and print one table: each figure, its floor, its ratio (median, p90), its target, met or not.

    .venv/bin/python bench/run_all.py [--quick] [--only NAME ...] [--timeout SECONDS]

The convention (bench/benchlib.py has the helper): a bench script is any bench/bench_*.py with a
`__main__` block. Besides its own lines it prints one line per figure, tab-separated:

    RESULT <tab> measure <tab> floor <tab> median <tab> p90 <tab> target [<tab> unit]

median and p90 are ratios to the floor measured in the same run, interleaved ("x", the default unit),
or an absolute figure with its unit ("ms", "MB") and floor "—". A figure is met when its median is at
most its target. A script that accepts `--quick` gets it under `--quick` (fewer rows or runs, for a
first look; the figures to quote come from a full run). bench_packaged runs only where PyInstaller
is installed. To add a figure: print a RESULT line from any bench script (benchlib.result or
benchlib.ratio_result); nothing here needs to change.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


class Figure(NamedTuple):
    script: str
    measure: str
    floor: str
    median: float
    p90: float
    target: float
    unit: str

    @property
    def met(self) -> bool:
        return self.median <= self.target


def scripts(only: list[str]) -> list[Path]:
    """The runnable bench scripts, by name (`only` keeps those whose name contains one of its words)."""
    found = [p for p in sorted(HERE.glob("bench_*.py")) if "__main__" in p.read_text(encoding="utf-8")]
    return [p for p in found if not only or any(word in p.stem for word in only)]


def skip_reason(script: Path) -> str:
    if script.stem == "bench_packaged" and importlib.util.find_spec("PyInstaller") is None:
        return "PyInstaller is not installed"
    return ""


def parse(script: str, output: str) -> list[Figure]:
    figures = []
    for line in output.splitlines():
        parts = line.rstrip("\n").split("\t")
        if parts[0] != "RESULT" or len(parts) < 6:
            continue
        unit = parts[6] if len(parts) > 6 and parts[6] else "x"
        figures.append(Figure(script, parts[1], parts[2], float(parts[3]), float(parts[4]), float(parts[5]), unit))
    return figures


def run(script: Path, quick: bool, timeout: float) -> tuple[list[Figure], str]:
    """The script's figures, and a note when it failed or printed none."""
    argv = [sys.executable, str(script)]
    if quick and "--quick" in script.read_text(encoding="utf-8"):
        argv.append("--quick")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), str(HERE), os.environ.get("PYTHONPATH", "")]))}
    started = time.perf_counter()
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env)
    except subprocess.TimeoutExpired:
        return [], f"timed out after {timeout:.0f} s"
    figures = parse(script.stem, done.stdout)
    sys.stdout.write(done.stdout)
    note = f"{time.perf_counter() - started:.0f} s"
    if done.returncode != 0:
        note = f"exit {done.returncode}: {(done.stderr.strip().splitlines() or [''])[-1][:100]}"
    elif not figures:
        note += ", no RESULT lines"
    return figures, note


def table(figures: list[Figure]) -> str:
    """The one table, as Markdown (it goes into closing notes as it is)."""
    lines = ["| script | measure | floor | median | p90 | target | met |", "|---|---|---|---|---|---|---|"]
    for f in figures:
        unit = "" if f.unit == "x" else f" {f.unit}"
        lines.append(f"| {f.script.removeprefix('bench_')} | {f.measure} | {f.floor} | {f.median:.2f}{unit} | "
                     f"{f.p90:.2f}{unit} | ≤ {f.target:g}{unit} | {'yes' if f.met else 'NO'} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="pass --quick to the scripts that take it")
    parser.add_argument("--only", nargs="*", default=[], help="run only the scripts whose name holds one of these")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds allowed to one script (default 3600)")
    args = parser.parse_args()
    figures: list[Figure] = []
    notes = []
    for script in scripts(args.only):
        reason = skip_reason(script)
        if reason:
            notes.append(f"{script.stem}: skipped ({reason})")
            continue
        print(f"=== {script.stem}", flush=True)
        found, note = run(script, args.quick, args.timeout)
        figures += found
        notes.append(f"{script.stem}: {len(found)} figures, {note}")
    print()
    print(table(figures))
    print()
    for note in notes:
        print(f"- {note}")
    missed = [f for f in figures if not f.met]
    print(f"\n{len(figures) - len(missed)} of {len(figures)} figures met" + (" (quick mode)" if args.quick else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
