"""Importing organisations into the member directory: a preview first, then all rows or none.

How rows with problems are treated (the same in the window and on the command line):
- 오류 (error) — the row cannot be stored as it is: missing name, bad 사업자등록번호 checksum, phone
  or e-mail that is no valid number/address, bad date, a 주민등록번호, a cell over 1,000 characters,
  a row with too many or too few cells, a business number repeated in the file or already in the
  directory. While any *included* row has an error, nothing can be imported. In the window the
  secretary may leave such rows out (untick them) and import the rest; the command line imports
  nothing and exits 1, listing every problem with its row number.
- 주의 (warning) — shown, never blocking: a name already in the directory or repeated in the file
  (real lists hold different organisations with one name), a phone whose leading 0 Excel dropped
  (repaired), an unknown designation word (skipped).
The commit runs in one transaction: if any row fails to store, everything is rolled back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from seecodesk.core.errors import ImportFileError, SeeCoDeskError
from seecodesk.exchange.fields import FIELD_LABELS
from seecodesk.exchange.member_mapping import ColumnMapping, suggest_mapping
from seecodesk.exchange.member_rows import ERROR, WARNING, PreviewRow, RowProblem, convert_record
from seecodesk.exchange.reading import SourceTable
from seecodesk.storage import organisations as org_store

if TYPE_CHECKING:
    import sqlite_utils

Progress = Callable[[int, int], None]


@dataclass
class ImportPreview:
    """What an import would do: every row with its problems, and which rows would be stored."""

    table: SourceTable
    mapping: ColumnMapping
    rows: list[PreviewRow]
    existing_numbers: dict[str, str] = field(default_factory=dict)
    existing_names: dict[str, str] = field(default_factory=dict)
    blank_rows: int = 0

    @property
    def file_problems(self) -> list[str]:
        """Problems of the whole file or mapping that block the import."""
        problems = list(self.mapping.conflicts())
        if not self.mapping.columns_for("name"):
            problems.append("기업명에 연결된 열이 없습니다. 기업명이 들어 있는 열을 '기업명' 항목에 연결해 주세요 "
                            f"(파일의 열: {', '.join(self.table.headers)}).")
        if not self.rows:
            problems.append("머리글 아래에 가져올 행이 없습니다.")
        return problems

    @property
    def rows_to_import(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.included and not r.has_errors]

    @property
    def blocking_rows(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.included and r.has_errors]

    @property
    def can_commit(self) -> bool:
        return not self.file_problems and not self.blocking_rows and bool(self.rows_to_import)

    def problems(self, severity: str | None = None) -> list[RowProblem]:
        """Every problem of the included rows, in row order (optionally of one severity)."""
        return [p for r in self.rows if r.included for p in r.problems if severity in (None, p.severity)]

    def recheck(self) -> None:
        """Recompute duplicates after rows were left out or put back."""
        columns = self.mapping.columns_for("business_number")
        check_duplicates(self.rows, self.existing_numbers, self.existing_names,
                         columns[0] if columns else FIELD_LABELS["business_number"])

    def summary(self) -> str:
        errors = sum(1 for r in self.rows if r.included and r.has_errors)
        warnings = sum(1 for r in self.rows if r.included and r.has_warnings and not r.has_errors)
        left_out = sum(1 for r in self.rows if not r.included)
        text = f"읽은 행 {len(self.rows):,} · 가져올 행 {len(self.rows_to_import):,} · 오류 {errors:,}행 · 주의 {warnings:,}행"
        return text + (f" · 뺀 행 {left_out:,}" if left_out else "")


def build_preview(table: SourceTable, db: sqlite_utils.Database, mapping: ColumnMapping | None = None,
                  progress: Progress | None = None) -> ImportPreview:
    """Check every row of `table` against the mapping and the directory in `db`; writes nothing."""
    preview = convert_rows(table, mapping or suggest_mapping(table), progress)
    attach_directory(preview, db)
    return preview


def convert_rows(table: SourceTable, mapping: ColumnMapping, progress: Progress | None = None) -> ImportPreview:
    """The per-row checks, which need no database (so a worker thread can run them)."""
    rows: list[PreviewRow] = []
    blank = 0
    for index, record in enumerate(table.records):
        if not any(record.cells):
            blank += 1
            continue
        rows.append(convert_record(record, table.headers, mapping))
        if progress and index % 200 == 0:
            progress(index, len(table.records))
    preview = ImportPreview(table=table, mapping=mapping, rows=rows, blank_rows=blank)
    preview.recheck()
    return preview


def attach_directory(preview: ImportPreview, db: sqlite_utils.Database) -> None:
    """Compare the rows with the organisations already in `db` (same business number, same name)."""
    numbers = [r.organisation.business_number for r in preview.rows if r.organisation and r.organisation.business_number]
    preview.existing_numbers = org_store.find_by_business_numbers(db, numbers)
    preview.existing_names = org_store.names_by_key(db)
    preview.recheck()


def check_duplicates(rows: list[PreviewRow], existing_numbers: dict[str, str], existing_names: dict[str, str],
                     column: str = FIELD_LABELS["business_number"]) -> None:
    """Business numbers repeated (error) and names repeated (warning), within the file or against the directory."""
    seen_numbers: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    for row in rows:
        row.cross_problems = []
        org = row.organisation
        if not row.included or org is None:
            continue
        number = org.business_number
        if number in existing_numbers:
            row.cross_problems.append(RowProblem(row.row, column, f"이미 명단의 '{existing_numbers[number]}'에 같은 "
                                                                  f"사업자등록번호({number})가 있습니다."))
        elif number and number in seen_numbers:
            row.cross_problems.append(RowProblem(row.row, column, f"사업자등록번호({number})가 {seen_numbers[number]}행과 같습니다."))
        elif number:
            seen_numbers[number] = row.row
        if row.key in existing_names:
            row.cross_problems.append(RowProblem(row.row, "", f"명단에 이름이 같은 '{existing_names[row.key]}'이(가) 이미 "
                                                              "있습니다. 같은 곳이면 이 행을 빼 주세요.", WARNING))
        if row.key in seen_names:
            row.cross_problems.append(RowProblem(row.row, "", f"{seen_names[row.key]}행과 이름이 같습니다. 다른 조직이면 "
                                                              "그대로 두어도 됩니다.", WARNING))
        else:
            seen_names[row.key] = row.row


def commit_import(db: sqlite_utils.Database, preview: ImportPreview, progress: Progress | None = None) -> int:
    """Store every row to import in one transaction; returns how many. Any failure stores nothing."""
    if not preview.can_commit:
        raise ImportFileError(_refusal(preview))
    rows = preview.rows_to_import
    current: PreviewRow | None = None
    try:
        with db.atomic():
            for index, current in enumerate(rows, start=1):
                assert current.organisation is not None
                org_store.insert_organisation(db, current.organisation)
                if progress and (index % 100 == 0 or index == len(rows)):
                    progress(index, len(rows))
    except SeeCoDeskError as error:
        where = f"{current.row}행을 저장하지 못해" if current else "저장하지 못해"
        raise ImportFileError(f"{where} 아무것도 가져오지 않았습니다: {error}") from error
    except sqlite3.Error as error:
        where = f"{current.row}행을 저장하지 못해" if current else "저장하지 못해"
        raise ImportFileError(f"{where} 아무것도 가져오지 않았습니다 ({error}).") from error
    return len(rows)


def _refusal(preview: ImportPreview) -> str:
    if preview.file_problems:
        return preview.file_problems[0]
    blocking = preview.blocking_rows
    if blocking:
        numbers = ", ".join(str(r.row) for r in blocking[:10]) + (" 등" if len(blocking) > 10 else "")
        return f"오류가 있는 행이 {len(blocking):,}개 있어 아무것도 가져오지 않았습니다 ({numbers}행)."
    return "가져올 행이 없습니다."


__all__ = ["ERROR", "WARNING", "ImportPreview", "PreviewRow", "RowProblem", "attach_directory", "build_preview",
           "check_duplicates", "commit_import", "convert_rows"]
