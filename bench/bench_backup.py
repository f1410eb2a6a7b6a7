"""Backup benchmark: a verified backup of a 20,000-organisation network against a plain file copy, and a year of rotation.

Run: `.venv/bin/python bench/bench_backup.py [--runs N] [--keep DIR]`. It prints:
1. `backup_now` (the snapshot copied into a temporary file, checked whole, fsync, rename, the
   counts for the listing) as a ratio to a plain copy of the same file with an fsync, measured in
   the same run, interleaved, each run's ratio → median and p90 — target <= 3; once for the day's
   first backup (in place and listed as 검사 전; its quick_check of every page follows through
   `check_waiting`, off the window's thread, and is printed on its own line as what it costs) and
   once for a later one the same day (the wholeness check: every page there, schema and counts
   readable);
2. the disk a year of rotated backups takes: a simulated year of daily use (a backup on open and
   one on close each working day, the daily one on long days) through the real rotation rule,
   as the number of copies kept and as a multiple of the database's own size (the floor: one copy).
"""

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_members import ORGS, PEOPLE, make_database  # noqa: E402
from benchlib import result  # noqa: E402

from seecodesk.core.backup_rotation import backups_to_keep  # noqa: E402
from seecodesk.services.backups import backup_now, check_waiting  # noqa: E402


def plain_copy(source: Path, target: Path) -> None:
    """The floor: the file copied as it is, and flushed to disk (a copy that is not flushed is not a backup)."""
    shutil.copyfile(source, target)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def bench_backup(db_path: Path, work: Path, runs: int) -> dict[str, list[float]]:
    """Interleaved runs (copy, the day's first backup, a later one), the copy first or last in turn.

    Returns seconds per kind ('copy', 'first', 'later') and each backup's ratio to its run's copy
    ('first/copy', 'later/copy').
    """
    times: dict[str, list[float]] = {"copy": [], "first": [], "later": [], "first/copy": [], "later/copy": [],
                                     "check": [], "check/copy": []}
    for run in range(runs):
        copy_folder, backup_folder = work / f"copy{run}", work / f"backups{run}"
        copy_folder.mkdir()

        def copy(folder: Path = copy_folder) -> float:
            started = time.perf_counter()
            plain_copy(db_path, folder / "copy.seecodesk")
            return time.perf_counter() - started

        def backup(folder: Path = backup_folder) -> float:
            started = time.perf_counter()
            backup_now(db_path, "manual", folder=folder, rotate=False)
            return time.perf_counter() - started

        def check(folder: Path = backup_folder) -> float:
            started = time.perf_counter()
            assert check_waiting(db_path, folder, rotate=False) == []
            return time.perf_counter() - started

        if run % 2 == 0:
            copied, first, checked, later = copy(), backup(), check(), backup()
        else:
            first, checked, later, copied = backup(), check(), backup(), copy()
        for kind, seconds in (("copy", copied), ("first", first), ("later", later), ("check", checked)):
            times[kind].append(seconds)
            if kind != "copy":
                times[f"{kind}/copy"].append(seconds / copied)
        shutil.rmtree(copy_folder)
        shutil.rmtree(backup_folder)
    return times


def simulate_year(seed: int = 7) -> tuple[int, int, int]:
    """A year of backups through the rotation: (backups made, most kept at once, kept at the end)."""
    rng = random.Random(seed)
    kept: list[datetime] = []
    made = most = 0
    day = datetime(2026, 1, 1)
    for _ in range(365):
        if day.weekday() < 5 or rng.random() < 0.2:  # working days, and some weekends
            opened = day + timedelta(hours=9, minutes=rng.randint(0, 30))
            closed = opened + timedelta(hours=rng.randint(1, 9))
            moments = [opened, closed]
            if closed - opened > timedelta(hours=24):
                moments.insert(1, opened + timedelta(hours=24))
            if rng.random() < 0.1:
                moments.insert(1, opened + timedelta(hours=1))  # 지금 백업 by hand
            for moment in moments:
                kept.append(moment)
                made += 1
                keep = backups_to_keep(kept, moment)
                kept = [t for i, t in enumerate(kept) if i in keep]
                most = max(most, len(kept))
        day += timedelta(days=1)
    return made, most, len(kept)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="interleaved pairs (copy, backup)")
    parser.add_argument("--keep", help="keep the generated files in this folder")
    parser.add_argument("--quick", action="store_true", help="5 pairs")
    args = parser.parse_args()
    if args.quick:
        args.runs = 5
    work = Path(args.keep or tempfile.mkdtemp(prefix="bench_backup_"))
    work.mkdir(parents=True, exist_ok=True)
    db_path = work / "bench.seecodesk"
    for leftover in work.glob("bench.seecodesk*"):
        leftover.unlink()
    print(f"synthetic network: {ORGS:,} organisations, {PEOPLE:,} people → {db_path}")
    print(f"  generated in {make_database(db_path, random.Random(2026)):.2f} s ({db_path.stat().st_size / 1e6:.1f} MB)")
    times = bench_backup(db_path, work, args.runs)
    print(f"plain copy + fsync: median {statistics.median(times['copy']) * 1000:.0f} ms  [{args.runs} interleaved runs]")
    for kind, words in (("first", "the day's first backup (in place, its quick_check waiting)"),
                        ("later", "a later backup that day (wholeness check)")):
        ratios = times[f"{kind}/copy"]
        median = statistics.median(ratios)
        print(f"(1) {words}: median {statistics.median(times[kind]) * 1000:.0f} ms; ratio to the copy median "
              f"{median:.2f}, p90 {p90(ratios):.2f} (target <= 3) {'OK' if median <= 3 else 'MISSED'}")
        result(words.split(" (")[0], "plain copy + fsync", median, p90(ratios), 3)
    checks = times["check/copy"]
    print(f"    then the first backup's quick_check of every page (check_waiting, off the window's thread): median "
          f"{statistics.median(times['check']) * 1000:.0f} ms = {statistics.median(checks):.2f}× the copy, p90 "
          f"{p90(checks):.2f} (not waited for by the window; 지금 백업 and `seecodesk backup` wait for it)")
    made, most, end = simulate_year()
    size = db_path.stat().st_size
    print(f"(2) a year of rotated backups: {made} made, at most {most} kept at once, {end} at the year's end; "
          f"disk at most {most * size / 1e6:.0f} MB for this {size / 1e6:.1f} MB network = {most:.0f}× the database "
          f"(the floor, one copy, is 1×)")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
