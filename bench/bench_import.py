"""Member import benchmark: `seecodesk import members` against pandas + one executemany, same run.

Run: `.venv/bin/python bench/bench_import.py [--runs N] [--sizes 5000,50000]`.

For each size it writes a CP949 CSV the way the portal and Korean Excel save one (㈜ spellings,
a line break inside some names, every third business number blank) and a network of 2,000
organisations to import it into, then alternates, on a fresh copy of that network each time:
- ours: what `seecodesk import members FILE --db PATH` does between opening the database and
  closing it: read the file, suggest the mapping, build the preview (every row checked, matched
  with the directory), store it as one undoable operation;
- floor: `pandas.read_csv` of the same file and one `executemany` per table into the same tables
  (organisations and designations, their history triggers included), in one transaction.
Then the repeated-header file: 1,500 columns all named "x" read and previewed, against
`pandas.read_csv` of it. Each measure prints a line and, for the lead's table, a RESULT line (bench/benchlib.py):
measure, floor, ratio median, ratio p90, target, met (ratios are ours / floor per interleaved pair).
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from bench_members import SYLLABLES, business_number, random_name, random_phone
from benchlib import result

from seecodesk.core.validation import name_key
from seecodesk.core.vocab import DESIGNATION_KINDS, INDUSTRIES
from seecodesk.exchange.member_import import build_preview, convert_rows
from seecodesk.exchange.member_mapping import suggest_mapping
from seecodesk.exchange.reading import read_table
from seecodesk.services.member_import import import_members
from seecodesk.storage.database import open_database

NETWORK = 2_000
TARGET = 3.0
HEADER_COLUMNS = 1_500
DISTRICTS = ("가람읍", "솔내면", "중앙동", "새터동", "은하면", "들꽃면", "황토면")
HEADERS = ["순번", "기업명", "대표자명", "연락처", "사업자등록번호", "소재지", "업종", "인증구분", "비고"]


def make_network(path: Path, rng, used: set[str]) -> None:  # type: ignore[no-untyped-def]
    """The directory the file is imported into: NETWORK organisations (plain SQL)."""
    db = open_database(path)
    rows = []
    for i in range(1, NETWORK + 1):
        name = random_name(rng)
        rows.append((i, name, name_key(name), business_number(rng, used), rng.choice(INDUSTRIES)))
    with db.atomic():
        db.conn.executemany("INSERT INTO organisations (id, name, name_key, business_number, industry) "
                            "VALUES (?,?,?,?,?)", rows)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def write_csv(path: Path, rows: int, rng, used: set[str]) -> None:  # type: ignore[no-untyped-def]
    with open(path, "w", encoding="cp949", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADERS)
        for i in range(1, rows + 1):
            name = ("㈜" if i % 7 == 0 else "") + random_name(rng) + ("\n지점" if i % 50 == 0 else "")
            writer.writerow([i, name, "".join(rng.choice(SYLLABLES) for _ in range(3)), random_phone(rng),
                             business_number(rng, used) if i % 3 else "", f"가람시 {rng.choice(DISTRICTS)} {i}",
                             rng.choice(INDUSTRIES), rng.choice(DESIGNATION_KINDS[:7]), "벤치마크 행"])


def ours(csv_path: Path, db_path: Path) -> float:
    """As `seecodesk import members`: read, map, preview, store as one operation; returns seconds."""

    db = open_database(db_path, create=False)
    try:
        started = time.perf_counter()
        table = read_table(csv_path)
        preview = build_preview(table, db, suggest_mapping(table))
        assert not preview.is_blocked, preview.summary()
        import_members(db, preview)
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    return elapsed


def floor(csv_path: Path, db_path: Path) -> float:
    """pandas.read_csv of the same file and one executemany per table, in one transaction."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    started = time.perf_counter()
    frame = pd.read_csv(csv_path, encoding="cp949", dtype=str, keep_default_na=False)
    first = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM organisations").fetchone()[0]
    ids = range(first, first + len(frame))
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO organisations (id, name, name_key, representative, phone, business_number, "
                     "address, industry, notes) VALUES (?,?,?,?,?,?,?,?,?)",
                     zip(ids, frame["기업명"], frame["기업명"], frame["대표자명"], frame["연락처"], frame["사업자등록번호"],
                         frame["소재지"], frame["업종"], frame["비고"], strict=True))
    conn.executemany("INSERT INTO designations (organisation_id, kind) VALUES (?,?)",
                     zip(ids, frame["인증구분"], strict=True))
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def fresh_copy(base: Path, work: Path) -> Path:
    target = work / "target.seecodesk"
    for leftover in work.glob("target.seecodesk*"):
        leftover.unlink()
    shutil.copyfile(base, target)
    return target


def p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def report(measure: str, floor_name: str, mine: list[float], floors: list[float]) -> bool:
    ratios = [m / f for m, f in zip(mine, floors, strict=True)]
    median_ratio, p90_ratio = statistics.median(ratios), p90(ratios)
    met = median_ratio <= TARGET and p90_ratio <= TARGET
    print(f"{measure}: ours median {statistics.median(mine):.3f} s (p90 {p90(mine):.3f}); floor median "
          f"{statistics.median(floors):.3f} s (p90 {p90(floors):.3f}); ratio median {median_ratio:.2f}, p90 "
          f"{p90_ratio:.2f} (target <= {TARGET:g}) {'met' if met else 'MISSED'}  [{len(ratios)} interleaved pairs]")
    result(measure, floor_name, median_ratio, p90_ratio, TARGET)
    return met


def interleave(runs: int, mine: Callable[[], float], theirs: Callable[[], float]) -> tuple[list[float], list[float]]:
    a, b = [], []
    for index in range(runs):  # alternate which goes first, so neither always meets a warm cache
        if index % 2:
            b.append(theirs())
            a.append(mine())
        else:
            a.append(mine())
            b.append(theirs())
    return a, b


def bench_rows(size: int, runs: int, work: Path) -> bool:
    rng = random.Random(size)
    used: set[str] = set()
    base, csv_path = work / f"network_{size}.seecodesk", work / f"import_{size}_cp949.csv"
    make_network(base, rng, used)
    write_csv(csv_path, size, rng, used)
    mine, floors = interleave(runs, lambda: ours(csv_path, fresh_copy(base, work)),
                              lambda: floor(csv_path, fresh_copy(base, work)))
    return report(f"import {size:,} CP949 rows, preview + commit", "pandas.read_csv + one executemany", mine, floors)


def read_repeated_headers(path: Path) -> float:

    started = time.perf_counter()
    table = read_table(path)
    convert_rows(table, suggest_mapping(table))
    return time.perf_counter() - started


def pandas_read(path: Path) -> float:
    started = time.perf_counter()
    pd.read_csv(path, dtype=str, keep_default_na=False)
    return time.perf_counter() - started


def bench_headers(runs: int, work: Path) -> bool:
    path = work / "repeated_headers.csv"
    path.write_text(",".join(["x"] * HEADER_COLUMNS) + "\n" + ",".join(["1"] * HEADER_COLUMNS) + "\n", encoding="utf-8")
    mine, floors = interleave(runs, lambda: read_repeated_headers(path), lambda: pandas_read(path))
    return report(f"read + preview a CSV of {HEADER_COLUMNS:,} columns all named x", "pandas.read_csv", mine, floors)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="interleaved pairs per measure (default 7)")
    parser.add_argument("--sizes", default="5000,50000", help="row counts, comma separated")
    parser.add_argument("--skip-headers", action="store_true", help="leave out the repeated-header measure")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench_import_"))
    try:
        results = [bench_rows(int(size), args.runs, work) for size in args.sizes.split(",")]
        if not args.skip_headers:
            results.append(bench_headers(args.runs, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
