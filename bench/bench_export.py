"""Export of 100,000 rows, as ratios to equal-work floors measured in the same run.

- Member CSV: `export_members` on a network of 100,000 organisations (designations, membership periods,
  dues, people with consents) against the sqlite3 shell writing the export's own query with `-csv`.
- Member XLSX: `export_members` to .xlsx on the same network against openpyxl's write-only mode writing
  the same cells (bold header, text cells '@' as text, quotePrefix on formula-like text; the rows read
  beforehand, no widths, freeze or filter), and the export's peak memory in a child process.
- CSV: `seecodesk export report procurement` to CSV (the period's count and sums for the totals row and
  notes, the records as cells SQLite finishes, csv.writer a chunk at a time, fsync and rename) against
  the sqlite3 command-line shell writing the preset's own records query (storage.procurement
  .table_rows_sql, the same rows in the same order) with `-csv` (process start included, as a user
  would run it).
- XLSX: our writer against openpyxl's write-only mode writing the same cells (same values, the same
  number formats on numbers and dates), no title, widths or totals.
Repetitions are interleaved; median and p90 of the per-repetition ratios are printed.

    .venv/bin/python bench/bench_export.py [--rows 100000] [--runs 7] [--quick]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchlib import interleaved, ratio_result, result

from seecodesk.core.figures import ProcurementRecord
from seecodesk.core.report_period import ReportPeriod
from seecodesk.exchange.member_export import COLUMNS, FORMULA_STARTS, export_cells, export_members, withheld_phones
from seecodesk.exchange.report_export import WriteStyle, write_xlsx
from seecodesk.services.report_files import export_report
from seecodesk.services.reports import build_report
from seecodesk.services.reports.base import ReportOptions
from seecodesk.storage import procurement as store
from seecodesk.storage.database import open_database
from seecodesk.storage.member_table import export_cells_sql

YEAR = 2025
# The preset's own records query (storage), its two months written in: the floor runs the same query.
QUERY = store.table_rows_sql().replace("?", f"'{YEAR}-01'", 1).replace("?", f"'{YEAR}-12'", 1)


def make_database(path: Path, rows: int) -> None:
    db = open_database(path)
    with db.atomic():
        for i in range(rows):
            store.insert_record(db, ProcurementRecord(
                year=YEAR, month=i % 12 + 1, institution=f"기관{i % 7}", department=f"부서{i % 5}",
                supplier=f"업체{i % 300}", item=f"품목 {i % 50}", contract_method="수의계약", amount=100_000 + i,
                is_local=i % 9 != 0))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def make_member_database(path: Path, orgs: int) -> None:
    """A network of `orgs` organisations: 0-2 designations, 0-2 membership periods, 0-3 years of dues,
    1-2 people each (30 % of the organisations give a person's mobile as their phone), consents for 60 %."""
    rng = random.Random(15)
    db = open_database(path)
    kinds = ("사회적기업", "마을기업", "자활기업", "협동조합", "사회적협동조합")
    with db.atomic():
        conn = db.conn
        rows = []
        for i in range(1, orgs + 1):
            mobile = rng.random() < 0.3
            phone = (f"010-{rng.randint(2000, 9999)}-{rng.randint(1000, 9999)}" if mobile
                     else f"041-{rng.randint(700, 899)}-{rng.randint(1000, 9999)}")
            name = f"={i}" if i % 997 == 0 else f"가람 {i % 5000}협동조합"
            rows.append((i, name, name, f"대표{i % 300}", f"충남 가람시 {i % 40}길 {i}", f"{i % 7}동", phone,
                         f"org{i}@example.kr", rng.choice(("제조업", "서비스업", "")),
                         "" if i % 3 else "메모, \"따옴표\"\n둘째 줄", int(i % 50 == 0)))
        conn.executemany("INSERT INTO organisations (id, name, name_key, representative, address, district, phone, email, "
                         "industry, notes, is_support_body) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
        conn.executemany("INSERT INTO designations (organisation_id, kind, subtype) VALUES (?,?,?)",
                         [(i, rng.choice(kinds), rng.choice(("", "", "일자리제공형")))
                          for i in range(1, orgs + 1) for _ in range(rng.randint(0, 2))])
        conn.executemany("INSERT INTO membership_periods (organisation_id, joined_on, left_on) VALUES (?,?,?)",
                         [(i, f"{rng.randint(2012, 2024)}-03-05", "" if rng.random() < 0.8 else "2025-01-31")
                          for i in range(1, orgs + 1) for _ in range(rng.randint(0, 2))])
        conn.executemany("INSERT OR IGNORE INTO dues (organisation_id, year, amount, paid_on) VALUES (?,?,?,?)",
                         [(i, rng.randint(2022, 2026), 120_000, "") for i in range(1, orgs + 1)
                          for _ in range(rng.randint(0, 3))])
        people = []
        for i, row in enumerate(rows):
            own = row[6] if row[6].startswith("010") and rng.random() < 0.7 else f"010-{rng.randint(2000, 9999)}-{i % 9999:04d}"
            people.append((row[0], f"담당{i}", own, ""))
            if rng.random() < 0.3:
                people.append((row[0], f"직원{i}", f"010-{rng.randint(2000, 9999)}-{rng.randint(1000, 9999)}", f"p{i}@x.kr"))
        conn.executemany("INSERT INTO people (organisation_id, name, mobile, email) VALUES (?,?,?,?)", people)
        conn.executemany("INSERT INTO consents (person_id, consented_on, items, third_party) VALUES (?,?,?,?)",
                         [(p, "2024-01-02", rng.choice(("연락처", "이메일", "전화, 이메일")), int(rng.random() < 0.5))
                          for (p,) in conn.execute("SELECT id FROM people") if rng.random() < 0.6])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def member_floor_query(db_path: Path) -> str:
    """The member export's own query, its one parameter written in (the shell takes no parameters)."""
    db = open_database(db_path)
    withheld = json.dumps(sorted(withheld_phones(db)))
    db.close()
    sql = export_cells_sql([key for _, key, _ in COLUMNS], FORMULA_STARTS)
    return sql.replace(":withheld", "'" + withheld + "'")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="20,000 rows, 3 runs")
    parser.add_argument("--only", choices=("members", "reports"), help="one half of the bench")
    args = parser.parse_args()
    rows, runs = (20_000, 3) if args.quick else (args.rows, args.runs)
    shell = shutil.which("sqlite3")
    if shell is None:
        sys.stderr.write("sqlite3 명령이 없습니다: apt-get install sqlite3\n")
        return 1
    work = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        if args.only != "reports":
            bench_members(work, shell, rows, runs)
        if args.only != "members":
            bench_reports(work, shell, rows, runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def bench_members(work: Path, shell: str, rows: int, runs: int) -> None:
    members_path = work / "members.seecodesk"
    make_member_database(members_path, rows)
    query = member_floor_query(members_path)
    db = open_database(members_path)

    def ours() -> None:
        export_members(db, work / "members.csv")

    def floor() -> None:
        with (work / "members-floor.csv").open("wb") as out:
            # the query on stdin: its list of withheld ids is too long for a command-line argument
            subprocess.run([shell, "-csv", "-header", str(members_path)], input=query.encode(), stdout=out, check=True)

    mine, base = interleaved(ours, floor, runs)
    ratio_result(f"export members, {rows:,} organisations, CSV", "sqlite3 -csv, the same query", mine, base, 1.5)
    bench_members_xlsx(work, db, rows, runs)
    db.close()
    peak_memory(members_path, work / "members-peak.xlsx", rows)


def bench_members_xlsx(work: Path, db, rows: int, runs: int) -> None:  # type: ignore[no-untyped-def]
    cells = export_cells(db, neutralised=False)

    def ours() -> None:
        export_members(db, work / "members.xlsx")

    def floor() -> None:
        members_write_only(cells, work / "members-floor.xlsx")

    mine, base = interleaved(ours, floor, runs)
    ratio_result(f"export members, {rows:,} organisations, XLSX", "openpyxl write-only, same cells", mine, base, 1.5)


def members_write_only(rows: list[list[object]], path: Path) -> None:
    """The floor: the member cells through openpyxl's write-only mode, a fresh styled cell per text cell."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet("회원사 명단")
    header = []
    for title, _key, _kind in COLUMNS:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    text = [kind != "int" for _title, _key, kind in COLUMNS]
    for row in rows:
        out: list[object] = []
        for value, is_text in zip(row, text, strict=True):
            if not is_text:
                out.append(value)
                continue
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type, cell.number_format = "s", "@"
            cell.quotePrefix = isinstance(value, str) and value.startswith(FORMULA_STARTS)
            out.append(cell)
        sheet.append(out)
    with path.open("wb") as handle:
        book.save(handle)


def peak_memory(db_path: Path, out: Path, rows: int) -> None:
    """Peak resident memory of a child process exporting the members to XLSX, and of one only opening the db."""
    code = ("import resource, sys\nfrom seecodesk.storage.database import open_database\n"
            "from seecodesk.exchange.member_export import export_members\ndb = open_database(sys.argv[1])\n"
            "if sys.argv[2]: export_members(db, sys.argv[2])\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n")
    peaks = []
    for target in ("", str(out)):
        done = subprocess.run([sys.executable, "-c", code, str(db_path), target], capture_output=True, check=True, text=True)
        peaks.append(int(done.stdout.split()[-1]) / 1024)  # ru_maxrss is in KiB on Linux
    print(f"member XLSX export peak memory: {peaks[1]:.0f} MB (process that only opens the db: {peaks[0]:.0f} MB)")
    result(f"export members, {rows:,} organisations, XLSX, peak memory", "MB, one child process", peaks[1], peaks[1], 300, "MB")


def bench_reports(work: Path, shell: str, rows: int, runs: int) -> None:
    db_path = work / "bench.seecodesk"
    make_database(db_path, rows)
    db = open_database(db_path)
    options = ReportOptions(ReportPeriod.year(YEAR))
    report = build_report(db, "procurement", options)

    def ours_csv() -> None:
        export_report(db, "procurement", work / "ours.csv", options)

    def floor_csv() -> None:
        with (work / "floor.csv").open("wb") as out:
            subprocess.run([shell, "-csv", "-header", str(db_path), QUERY], stdout=out, check=True)

    def ours_xlsx() -> None:
        with (work / "ours.xlsx").open("wb") as handle:
            write_xlsx(handle, report, WriteStyle())

    def floor_xlsx() -> None:
        openpyxl_write_only(report, work / "floor.xlsx")

    mine, base = interleaved(ours_csv, floor_csv, runs)
    ratio_result(f"export report procurement, {rows:,} rows, CSV", "sqlite3 -csv, the same query", mine, base, 1.5)
    mine, base = interleaved(ours_xlsx, floor_xlsx, runs)
    ratio_result(f"export report procurement, {rows:,} rows, XLSX", "openpyxl write-only, same cells", mine, base, 1.5)
    db.close()


def openpyxl_write_only(report, path: Path) -> None:  # type: ignore[no-untyped-def]
    """The floor: the same cells through openpyxl's write-only mode, number formats on numbers, nothing else."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    for table in report.tables:
        sheet = book.create_sheet(table.title[:31])
        sheet.append([c.header for c in table.columns])
        formats = [{"int": "#,##0", "number": "0", "money": "#,##0", "percent": "0.0%"}.get(c.kind) for c in table.columns]
        for row in table.rows:
            cells = []
            for value, number_format in zip(row, formats, strict=True):
                if number_format and isinstance(value, (int, float)):
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.number_format = number_format
                    cells.append(cell)
                else:
                    cells.append(value)
            sheet.append(cells)
    with path.open("wb") as handle:
        book.save(handle)


if __name__ == "__main__":
    raise SystemExit(main())
