"""Importing organisations into the member directory: a preview first, then all rows or none.

How rows with problems are treated (the same in the window and on the command line):
- 오류 (error) — the row cannot be stored as it is: missing name, bad 사업자등록번호 checksum, phone
  or e-mail that is no valid number/address, bad date, a 주민등록번호, a cell over 1,000 characters,
  a row with too many or too few cells, a business number repeated in the file or already in the
  directory by another name. While any *included* row has an error, nothing can be imported. In the window the
  secretary may leave such rows out (untick them) and import the rest; the command line imports
  nothing and exits 1, listing every problem with its row number.
- 주의 (warning) — shown, never blocking: a name already in the directory or repeated in the file
  (real lists hold different organisations with one name), a phone whose leading 0 Excel dropped
  (repaired), an unknown designation word (skipped).
- 이미 있음 (already there) — the row is an organisation the directory holds (see
  `member_matching`): skipped by default, or it updates the stored one when the user chooses
  (`on_existing = UPDATE`). Re-importing a file therefore never doubles the directory.
A row filter (`keep_only`, e.g. 시군구 = 논산시 out of a national list) leaves the other rows out.
The commit runs in one transaction: if any row fails to store, everything is rolled back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from seecodesk.core.errors import ImportFileError, SeeCoDeskError
from seecodesk.core.josa import josa
from seecodesk.exchange.fields import FIELD_LABELS
from seecodesk.exchange.member_mapping import ColumnMapping, suggest_mapping
from seecodesk.exchange.member_matching import SKIP, UPDATE, DirectoryIndex, NumberHolders, match_rows, updated_with
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
    directory: DirectoryIndex = field(default_factory=DirectoryIndex)
    blank_rows: int = 0
    on_existing: str = SKIP  # what to do with rows the directory already holds: SKIP or UPDATE
    row_filter: tuple[str, str] | None = None  # (column, value): only rows with that value are kept

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
    def rows_ready(self) -> list[PreviewRow]:
        """Active rows without errors: each is added, or is already there (skipped or updated)."""
        return [r for r in self.rows if r.active and not r.has_errors]

    @property
    def rows_to_add(self) -> list[PreviewRow]:
        return [r for r in self.rows_ready if r.existing is None]

    @property
    def rows_existing(self) -> list[PreviewRow]:
        """Ready rows that the directory already holds (이미 있음)."""
        return [r for r in self.rows_ready if r.existing is not None]

    @property
    def rows_to_import(self) -> list[PreviewRow]:
        """The rows the commit writes: new ones, and the existing ones when they are to be updated."""
        return self.rows_ready if self.on_existing == UPDATE else self.rows_to_add

    @property
    def blocking_rows(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.active and r.has_errors]

    @property
    def is_blocked(self) -> bool:
        """Nothing may be written: a problem of the file, an active row with an error, or no usable row."""
        return bool(self.file_problems or self.blocking_rows or not self.rows_ready)

    @property
    def can_commit(self) -> bool:
        """Not blocked, and there is something to write."""
        return not self.is_blocked and bool(self.rows_to_import)

    def problems(self, severity: str | None = None) -> list[RowProblem]:
        """Every problem of the active rows, in row order (optionally of one severity)."""
        return [p for r in self.rows if r.active for p in r.problems if severity in (None, p.severity)]

    def recheck(self) -> None:
        """Recompute duplicates and matches after rows were left out or put back."""
        columns = self.mapping.columns_for("business_number")
        check_duplicates(self.rows, self.directory, columns[0] if columns else FIELD_LABELS["business_number"])

    def filter_values(self, column: str) -> list[tuple[str, int]]:
        """(value, rows) of `column` over every row in 가나다 order (논산시 is found where expected):
        the choices of the row filter."""
        counts: dict[str, int] = {}
        for row in self.rows:
            value = row.cells.get(column, "").strip()
            counts[value] = counts.get(value, 0) + 1
        return sorted(counts.items())

    def keep_only(self, column: str | None, value: str = "") -> None:
        """Keep only the rows whose `column` holds `value` (trimmed); None keeps every row again."""
        self.row_filter = (column, value.strip()) if column else None
        for row in self.rows:
            row.filtered_out = column is not None and row.cells.get(column, "").strip() != value.strip()
        self.recheck()

    def summary(self) -> str:
        active = [r for r in self.rows if r.active]
        errors = sum(1 for r in active if r.has_errors)
        warnings = sum(1 for r in active if r.has_warnings and not r.has_errors)
        existing = len(self.rows_existing)
        text = f"읽은 행 {len(self.rows):,} · 가져올 행 {len(self.rows_to_import):,}"
        if existing:
            text += f" · 이미 있음 {existing:,}({'고쳐 씀' if self.on_existing == UPDATE else '건너뜀'})"
        text += f" · 오류 {errors:,}행 · 주의 {warnings:,}행"
        filtered = sum(1 for r in self.rows if r.filtered_out)
        if filtered and self.row_filter:
            text += f" · '{self.row_filter[0]} = {self.row_filter[1]}' 아닌 행 {filtered:,} 제외"
        left_out = sum(1 for r in self.rows if not r.included and not r.filtered_out)
        return text + (f" · 뺀 행 {left_out:,}" if left_out else "")


@dataclass
class ImportResult:
    """What a commit did: organisations added and updated (their ids), rows skipped as already there."""

    added_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)
    skipped: int = 0

    @property
    def added(self) -> int:
        return len(self.added_ids)

    @property
    def updated(self) -> int:
        return len(self.updated_ids)

    def describe(self) -> str:
        """'12곳을 회원 명단에 더했습니다, 이미 있는 3곳은 건너뛰었습니다.' — what the secretary is told."""
        parts = [f"{self.added:,}곳을 회원 명단에 더했습니다" if self.added else "새로 더한 곳은 없고"]
        if self.updated:
            parts.append(f"이미 있는 {self.updated:,}곳의 정보를 고쳤습니다")
        if self.skipped:
            parts.append(f"이미 있는 {self.skipped:,}곳은 건너뛰었습니다")
        if len(parts) == 1 and not self.added:
            return "새로 더한 곳이 없습니다."
        return ", ".join(parts).replace("없고, ", "없고 ") + "."


def build_preview(table: SourceTable, db: sqlite_utils.Database, mapping: ColumnMapping | None = None,
                  progress: Progress | None = None) -> ImportPreview:
    """Check every row of `table` against the mapping and the directory in `db`; writes nothing."""
    preview = convert_rows(table, mapping or suggest_mapping(table), progress, recheck=False)
    attach_directory(preview, db)  # rechecks: matching twice would only repeat the work
    return preview


def convert_rows(table: SourceTable, mapping: ColumnMapping, progress: Progress | None = None,
                 recheck: bool = True) -> ImportPreview:
    """The per-row checks, which need no database (so a worker thread can run them); `recheck=False`
    leaves the duplicate checks to `attach_directory`, which follows."""
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
    if recheck:
        preview.recheck()
    return preview


def attach_directory(preview: ImportPreview, db: sqlite_utils.Database) -> None:
    """Compare the rows with the organisations already in `db` (see `member_matching`)."""
    preview.directory = DirectoryIndex.of(org_store.match_keys(db))
    preview.recheck()


def check_duplicates(rows: list[PreviewRow], directory: DirectoryIndex,
                     column: str = FIELD_LABELS["business_number"]) -> None:
    """Mark the rows the directory already holds (이미 있음); business numbers repeated in the file
    (error) and names repeated in the file or in the directory by another organisation (warning)."""
    active = [row for row in rows if row.active and row.organisation is not None]
    for row in rows:
        row.cross_problems, row.existing = [], None
    for row, stored in zip(active, match_rows(directory, [row.organisation for row in active]), strict=True):
        row.existing = stored
    seen_numbers: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    for row in active:
        org = row.organisation
        assert org is not None
        number = org.business_number
        if row.existing is None and number and number in directory.by_number:
            stored = directory.by_number[number]
            row.cross_problems.append(RowProblem(row.row, column, f"이미 명단의 '{stored.name}'에 같은 "
                                                                  f"사업자등록번호({number})가 있습니다."))
        elif number and number in seen_numbers:
            row.cross_problems.append(RowProblem(row.row, column, f"사업자등록번호({number})가 {seen_numbers[number]}행과 같습니다."))
        elif number:
            seen_numbers[number] = row.row
        if row.existing is None and row.key in directory.names:
            row.cross_problems.append(RowProblem(row.row, "", f"명단에 이름이 같은 '{directory.names[row.key]}'{josa(directory.names[row.key], '이')} 이미 "
                                                              "있습니다. 같은 곳이면 이 행을 빼 주세요.", WARNING))
        if row.key in seen_names and row.existing is None:
            row.cross_problems.append(RowProblem(row.row, "", f"{seen_names[row.key]}행과 이름이 같습니다. 다른 조직이면 "
                                                              "그대로 두어도 됩니다.", WARNING))
        elif row.key not in seen_names:
            seen_names[row.key] = row.row


def commit_import(db: sqlite_utils.Database, preview: ImportPreview,
                  progress: Progress | None = None) -> ImportResult:
    """Add the new rows and (when chosen) update the existing ones, in one transaction; says what it did.
    Any failure stores nothing."""
    if preview.is_blocked:
        raise ImportFileError(_refusal(preview))
    rows = preview.rows_to_import
    result = ImportResult(skipped=len(preview.rows_existing) if preview.on_existing == SKIP else 0)
    current: PreviewRow | None = None
    try:
        with db.atomic():
            holders = NumberHolders.of(org_store.number_holders(db))
            new_rows: list[PreviewRow] = []
            for index, current in enumerate(rows, start=1):
                _store_or_queue(db, current, holders, new_rows, result)
                if progress and index % 100 == 0 and index < len(rows):
                    progress(index, len(rows))
            current = None
            result.added_ids = _insert_new(db, new_rows)
            if progress and rows:
                progress(len(rows), len(rows))
    except SeeCoDeskError as error:
        where = f"{current.row}행을 저장하지 못해" if current else "저장하지 못해"
        raise ImportFileError(f"{where} 아무것도 가져오지 않았습니다: {error}") from error
    except sqlite3.Error as error:
        where = f"{current.row}행을 저장하지 못해" if current else "저장하지 못해"
        raise ImportFileError(f"{where} 아무것도 가져오지 않았습니다 ({error}).") from error
    return result


def _store_or_queue(db: sqlite_utils.Database, row: PreviewRow, holders: NumberHolders,
                    new_rows: list[PreviewRow], result: ImportResult) -> None:
    """Update an existing organisation now; check a new one's business number and queue it for the batch."""
    assert row.organisation is not None
    if row.existing is None:
        holders.claim(row.organisation, -len(new_rows) - 1)
        new_rows.append(row)
        return
    updated = updated_with(org_store.get_organisation(db, row.existing.id), row.organisation)
    holders.claim(updated, row.existing.id)
    org_store.update_organisation(db, updated)
    result.updated_ids.append(row.existing.id)


def _insert_new(db: sqlite_utils.Database, rows: list[PreviewRow]) -> list[int]:
    """The queued new organisations in one batch; a failure names the row it happened on."""
    try:
        return org_store.insert_organisations(db, [row.organisation for row in rows if row.organisation is not None])
    except org_store.BatchInsertError as failure:
        where = f"{rows[failure.index].row}행을 저장하지 못해"
        if isinstance(failure.cause, sqlite3.Error):
            raise ImportFileError(f"{where} 아무것도 가져오지 않았습니다 ({failure.cause}).") from failure.cause
        raise ImportFileError(f"{where} 아무것도 가져오지 않았습니다: {failure.cause}") from failure.cause


def _refusal(preview: ImportPreview) -> str:
    if preview.file_problems:
        return preview.file_problems[0]
    blocking = preview.blocking_rows
    if blocking:
        numbers = ", ".join(str(r.row) for r in blocking[:10]) + (" 등" if len(blocking) > 10 else "")
        return f"오류가 있는 행이 {len(blocking):,}개 있어 아무것도 가져오지 않았습니다 ({numbers}행)."
    return "가져올 행이 없습니다."


__all__ = ["ERROR", "SKIP", "UPDATE", "WARNING", "ImportPreview", "ImportResult", "PreviewRow", "RowProblem",
           "attach_directory", "build_preview", "check_duplicates", "commit_import", "convert_rows"]
