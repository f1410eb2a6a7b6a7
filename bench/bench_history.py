"""Benchmark: what the change-history triggers add to a 5,000-row member import.

Each repetition imports the same 5,000-row CSV (name, business number, phone, address, a
designation, a membership period) into two fresh, migrated databases: one with the history
triggers (what the program does) and one with them dropped (the equal-work floor, measured in
the same run). The order of the two alternates between repetitions. With the triggers installed, the import
sets its tables' insert triggers aside inside its transaction and writes the same history rows itself, one
statement a table (storage/history_triggers.py); with them dropped it records nothing. Prints the median and p90
of each and of their ratio.

    .venv/bin/python bench/bench_history.py [--rows 5000] [--runs 7]
"""

import argparse
import csv
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).resolve().parents[1])]

from benchlib import result  # noqa: E402

from seecodesk.exchange.member_import import build_preview  # noqa: E402
from seecodesk.exchange.reading import read_table  # noqa: E402
from seecodesk.services.member_import import import_members  # noqa: E402
from seecodesk.storage.database import open_database  # noqa: E402


def write_source(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["기업명", "대표자", "전화", "주소", "인증구분", "가입일"])
        for i in range(rows):
            out.writerow([f"벤치협동조합{i:05d}", f"대표{i:05d}", f"041-7{i % 100:02d}-{i % 10000:04d}",
                          f"충청남도 가람시 중앙로 {i}", "협동조합", "2021-03-05"])


def imported(folder: Path, source: Path, name: str) -> Any:
    """A fresh database holding the import, as it is right after 가져오기."""
    db = open_database(folder / f"{name}.seecodesk")
    import_members(db, build_preview(read_table(source), db))
    return db


def undo_seconds(folder: Path, source: Path, n: int) -> float:
    """Undoing the whole import (편집 → 실행 취소 right after it)."""
    from seecodesk.services.history import HistoryService

    db = imported(folder, source, f"undo-{n}")
    start = time.perf_counter()
    HistoryService(db).undo()
    elapsed = time.perf_counter() - start
    assert db.execute("SELECT count(*) FROM organisations").fetchone()[0] == 0
    db.close()
    return elapsed


def undo_floor_seconds(folder: Path, source: Path, n: int) -> float:
    """The equal-work floor of the undo: one plain DELETE of the imported rows, the history triggers recording
    each deleted row in full as the undo's own record does, in one transaction."""
    db = imported(folder, source, f"floor-{n}")
    ids = [row[0] for row in db.execute("SELECT id FROM organisations ORDER BY id DESC")]
    start = time.perf_counter()
    with db.conn:
        db.execute("PRAGMA defer_foreign_keys = ON")
        db.conn.executemany("DELETE FROM organisations WHERE id = ?", [(i,) for i in ids])
    elapsed = time.perf_counter() - start
    assert db.execute("SELECT count(*) FROM organisations").fetchone()[0] == 0
    db.close()
    return elapsed


def undo_runs(folder: Path, source: Path, runs: int) -> tuple[list[float], list[float]]:
    """Undo and its floor, `runs` times each, alternating which goes first."""
    ours: list[float] = []
    floor: list[float] = []
    for n in range(runs):
        for mine in ((True, False) if n % 2 == 0 else (False, True)):
            (ours if mine else floor).append((undo_seconds if mine else undo_floor_seconds)(folder, source, n))
    return ours, floor


def one_import(folder: Path, source: Path, triggers: bool, n: int) -> tuple[float, int, int]:
    """Seconds of one import, the file's size after it (checkpointed) and the bytes the history took."""
    path = folder / f"{'with' if triggers else 'without'}-{n}.seecodesk"
    db = open_database(path)
    if not triggers:
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'history_%'"):
            db.execute(f"DROP TRIGGER {name}")
    preview = build_preview(read_table(source), db)
    start = time.perf_counter()
    outcome = import_members(db, preview)
    elapsed = time.perf_counter() - start
    assert outcome.added == len(preview.rows_to_import)
    history = history_bytes(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return elapsed, path.stat().st_size, history


def history_bytes(db: Any) -> int:
    """Bytes the history tables and their indexes take in the file (0 without them)."""
    rows = db.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'history%'").fetchone()
    return int(rows[0] or 0)


def p90(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.9 * len(values)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="2,000 rows, 3 runs")
    args = parser.parse_args()
    if args.quick:
        args.rows, args.runs = 2000, 3
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        source = folder / "source.csv"
        write_source(source, args.rows)
        with_t, without_t, ratios, sizes = [], [], [], []
        for n in range(args.runs):
            order = (True, False) if n % 2 == 0 else (False, True)
            runs = {flag: one_import(folder, source, flag, n) for flag in order}
            with_t.append(runs[True][0])
            without_t.append(runs[False][0])
            ratios.append(runs[True][0] / runs[False][0])
            sizes.append((runs[True][1], runs[False][1], runs[True][2]))
        undo, undo_floor = undo_runs(folder, source, args.runs)
    print(f"import of {args.rows:,} rows, {args.runs} interleaved runs")
    print(f"  without history triggers (floor): median {statistics.median(without_t):.3f} s, p90 {p90(without_t):.3f} s")
    print(f"  with history triggers:            median {statistics.median(with_t):.3f} s, p90 {p90(with_t):.3f} s")
    print(f"  ratio with/without:               median {statistics.median(ratios):.2f}, p90 {p90(ratios):.2f}")
    undo_ratios = [o / f for o, f in zip(undo, undo_floor, strict=True)]
    print(f"  undo of the whole import:         median {statistics.median(undo):.3f} s, p90 {p90(undo):.3f} s; "
          f"floor (one DELETE a row, triggers on) median {statistics.median(undo_floor):.3f} s, p90 {p90(undo_floor):.3f} s")
    print(f"  undo ratio:                       median {statistics.median(undo_ratios):.2f}, p90 {p90(undo_ratios):.2f}")
    result(f"import {args.rows:,} rows with history triggers", "the same import without triggers",
           statistics.median(ratios), p90(ratios), 1.5)
    result(f"undo an import of {args.rows:,} rows", "DELETE of the same rows, triggers on",
           statistics.median(undo_ratios), p90(undo_ratios), 1.5)
    size_with, size_without, history = sizes[-1]
    print(f"  file after the import:            {size_with / 1e6:.1f} MB with history, {size_without / 1e6:.1f} MB "
          f"without = {size_with / size_without:.2f}×; history {history / 1e6:.1f} MB "
          f"({history / args.rows:,.0f} bytes a row)")


if __name__ == "__main__":
    main()
