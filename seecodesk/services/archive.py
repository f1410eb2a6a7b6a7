"""The year-end handover archive (인수인계 자료): one zip a successor or the city can read without SeeCoDesk.

It holds a consistent copy of the database (SQLite backup API), every table as a CSV (UTF-8 BOM,
Korean headers), the year's printed PDFs (member list, plan schedules, every meeting's minutes,
the 업무협약서 of the agreements in force, the catalog), the year's report presets as XLSX, and a README.txt in Korean saying what each file
is and how to open the database again. The zip is built beside the target and renamed into place:
a cancelled or failed run leaves nothing behind.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.core.atomic_files import replaced_atomically
from seecodesk.core.csv_rules import neutralise
from seecodesk.core.errors import ExportError, SeeCoDeskError
from seecodesk.core.report_period import ReportPeriod
from seecodesk.exchange.report_export import WriteStyle, write_report
from seecodesk.services.archive_labels import column_label, table_label
from seecodesk.services.file_copies import scratch_folder
from seecodesk.services.reports import available_presets, build_report
from seecodesk.services.reports.base import ReportOptions
from seecodesk.services.settings import network_name
from seecodesk.storage import archive_copy
from seecodesk.storage.database import open_database

if TYPE_CHECKING:
    import sqlite_utils

Progress = Callable[[int, str], None]  # may raise to cancel
SCRATCH_PREFIX = "seecodesk-archive-"


@dataclass
class ArchiveResult:
    """What went into the zip."""

    path: Path
    year: int
    files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def describe(self) -> str:
        return f"인수인계 자료를 만들었습니다: {self.path} ({self.year}년, 파일 {len(self.files):,}개)"


def build_archive(db_path: str | Path, out_path: str | Path, year: int | None = None,
                  progress: Progress | None = None) -> ArchiveResult:
    """Write the archive of `year` (this year by default) for the database at `db_path` to `out_path`."""
    out, year = Path(out_path), year or date.today().year
    if out.suffix.lower() != ".zip":
        raise ExportError(f"파일 이름은 .zip으로 끝나야 합니다: {out.name}")
    if not out.parent.is_dir():
        raise ExportError(f"저장할 폴더가 없습니다: {out.parent}")
    ReportPeriod.year(year)  # refuses a malformed year before any work
    report = progress or (lambda _percent, _message: None)
    # A place that cannot take the zip is said before any work; the scratch folder holds a copy of the
    # whole database, so what a killed run left there goes with the next run.
    with replaced_atomically(out) as partial, scratch_folder(SCRATCH_PREFIX) as work:
        result = _gather(Path(db_path), ArchiveResult(out, year), work, report)
        report(96, "zip 파일로 묶는 중…")
        _zip(work, partial, result.files)
    report(100, "끝났습니다.")
    return result


def _gather(db_path: Path, result: ArchiveResult, work: Path, report: Progress) -> ArchiveResult:
    """Every file of the archive written into `work`: the database copy, tables, reports, PDFs and README."""
    year = result.year
    db = open_database(db_path, create=False)
    try:
        network = network_name(db)
        report(2, "데이터베이스 사본을 만드는 중…")
        copy_name = f"{db_path.stem}.seecodesk"
        archive_copy.backup_to(db.conn, work / copy_name)
        result.files.append(copy_name)
        _write_tables(db, work, result, report)
        _write_reports(db, work, year, result, report)
        _write_pdfs(db, db_path, work, year, network, result, report)
    finally:
        db.close()
    (work / "README.txt").write_text(readme(network, year, result), encoding="utf-8-sig")
    result.files.insert(0, "README.txt")
    return result


def _write_tables(db: sqlite_utils.Database, work: Path, result: ArchiveResult, report: Progress) -> None:
    folder = work / "표"
    folder.mkdir()
    tables = archive_copy.user_tables(db)
    for index, table in enumerate(tables):
        report(5 + 25 * index // max(1, len(tables)), f"표 내보내는 중: {table_label(table)}")
        columns, rows = archive_copy.table_rows(db, table)
        name = f"표/{table}_{table_label(table)}.csv"
        with (work / name).open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow([column_label(c, table) for c in columns])
            writer.writerows([neutralise(v) for v in row] for row in rows)
        result.files.append(name)


def _write_reports(db: sqlite_utils.Database, work: Path, year: int, result: ArchiveResult, report: Progress) -> None:
    (work / "보고서").mkdir()
    presets = available_presets(db)
    for index, info in enumerate(presets):
        report(30 + 20 * index // max(1, len(presets)), f"보고서 만드는 중: {info.title}")
        built = build_report(db, info.key, ReportOptions(ReportPeriod.year(year)))
        name = f"보고서/{year}_{info.title.replace('·', '_').replace(' ', '_')}.xlsx"
        write_report(built, work / name, style=WriteStyle())
        result.files.append(name)


def _write_pdfs(db: sqlite_utils.Database, db_path: Path, work: Path, year: int, network: str, result: ArchiveResult,
                report: Progress) -> None:
    from seecodesk.services.archive_prints import (
        print_agreements,
        print_catalog,
        print_member_list,
        print_minutes,
        print_schedules,
    )

    (work / "인쇄물").mkdir()
    steps = ((50, "회원사 명단", print_member_list), (55, "진행 일정표", print_schedules),
             (65, "회의록", print_minutes), (78, "업무협약서", print_agreements), (85, "카탈로그", print_catalog))
    for percent, label, make in steps:
        report(percent, f"PDF 만드는 중: {label}")
        try:
            result.files.extend(make(db, db_path, work, year, network, report))
        except SeeCoDeskError as error:
            result.skipped.append(f"{label}: {error}")


def _zip(work: Path, partial: Path, files: list[str]) -> None:
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in files:
            archive.write(work / name, name)


def readme(network: str, year: int, result: ArchiveResult) -> str:
    """README.txt: what each file is and how to open the records again, in Korean."""
    buffer = io.StringIO()
    write = buffer.write
    write(f"{network} {year}년 인수인계 자료\n")
    write(f"만든 날: {date.today().isoformat()} (SeeCoDesk)\n\n")
    write("이 묶음은 SeeCoDesk가 없어도 읽을 수 있습니다.\n\n")
    write("1. 데이터베이스 사본 (*.seecodesk)\n")
    write("   네트워크의 모든 기록(회원사, 사람, 회비, 분과, 계획, 회의, 동료컨설팅, 제품, 업무협약, 연도별 현황, 공공구매)이\n")
    write("   들어 있는 SQLite 파일입니다. SeeCoDesk에서 '파일 → 열기'로 열거나, 명령줄에서\n")
    write("   seecodesk --db 파일이름.seecodesk 로 엽니다. SeeCoDesk가 없으면 'DB Browser for SQLite' 같은\n")
    write("   무료 프로그램으로도 열립니다. 먼저 사본을 다른 곳에 복사해 두고 여세요.\n\n")
    write("2. 표/ — 모든 표를 CSV(UTF-8, BOM)로 옮긴 것입니다. 한글 엑셀에서 두 번 눌러 바로 열립니다.\n")
    write("   머리글은 한글이고, '…번호' 열은 다른 표의 '번호'를 가리킵니다 (예: 조직 번호 → 조직(회원사) 표의 번호).\n")
    write("   개인정보(전화, 이메일)가 들어 있으니 네트워크 밖으로 보내지 마세요.\n\n")
    write(f"3. 보고서/ — {year}년 시청 제출용 보고서(엑셀). 연락처는 넣지 않았습니다.\n\n")
    write(f"4. 인쇄물/ — {year}년 회원사 명단, 진행 일정표, 회의록, 업무협약서, 회원사 카탈로그(PDF).\n")
    write(f"   업무협약서/ 에는 {year}년에 효력이 있던 협약마다 협약서 한 부가 '체결일_번호_제목.pdf'로 있습니다\n")
    write("   (프로그램이 인쇄한 양식입니다. 서명본을 붙여 둔 협약은 '…_서명본.pdf' 같은 사본이 옆에 있습니다).\n\n")
    write("들어 있는 파일:\n")
    for name in result.files:
        write(f"  {name}\n")
    if result.skipped:
        write("\n만들지 못한 것:\n")
        for line in result.skipped:
            write(f"  {line}\n")
    return buffer.getvalue()
