"""What the row-by-row imports (trades, people) share: the header row found by their own field names,
the columns matched to fields, a cell checked for a 주민등록번호 or a runaway length, and an
organisation named in a row found in the directory by 사업자등록번호 or by name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from seecodesk.core.errors import ValidationError
from seecodesk.core.josa import josa
from seecodesk.core.validation import contains_resident_number, name_key, normalize_business_number
from seecodesk.exchange.fields import fold_header
from seecodesk.exchange.member_rows import ERROR, RowProblem
from seecodesk.exchange.reading import SourceTable

if TYPE_CHECKING:
    import sqlite_utils

MAX_CELL_LENGTH = 1_000
RUNNING_NUMBERS = ("순번", "연번", "번호", "no")
FieldFor = Callable[[str], str | None]


class CheckedRow(Protocol):
    """A preview row: its spreadsheet row number and its problems."""

    row: int
    problems: list[RowProblem]


Row = TypeVar("Row", bound=CheckedRow)


class RowChecks(Generic[Row]):
    """The verdict of a row-by-row preview (all rows or none): the rows with errors, the problems, the refusal.

    The preview dataclass provides `table`, `rows` and `missing_columns` (the Korean names of required columns absent)."""

    table: SourceTable
    rows: list[Row]

    @property
    def missing_columns(self) -> list[str]:
        return []

    @property
    def file_problems(self) -> list[str]:
        problems = []
        if self.missing_columns:
            problems.append(f"필요한 열이 없습니다: {', '.join(self.missing_columns)} "
                            f"(파일의 열: {', '.join(self.table.headers)}).")
        if not self.rows:
            problems.append("머리글 아래에 가져올 행이 없습니다.")
        return problems

    @property
    def blocking_rows(self) -> list[Row]:
        return [r for r in self.rows if any(p.severity == ERROR for p in r.problems)]

    @property
    def can_commit(self) -> bool:
        return not self.file_problems and not self.blocking_rows

    def problems(self, severity: str | None = None) -> list[RowProblem]:
        return [p for r in self.rows for p in r.problems if severity in (None, p.severity)]

    def refusal(self) -> str:
        """The one Korean sentence that says why nothing is imported."""
        if self.file_problems:
            return self.file_problems[0] + " 아무것도 가져오지 않았습니다."
        rows = self.blocking_rows
        numbers = ", ".join(str(r.row) for r in rows[:10]) + (" 등" if len(rows) > 10 else "")
        return f"오류가 있는 행이 {len(rows):,}개 있어 아무것도 가져오지 않았습니다 ({numbers}행). 고친 뒤 다시 가져와 주세요."


def pick_header(table: SourceTable, field_for: FieldFor) -> SourceTable:
    """The reader picks the header by member fields; a sheet with a title row above its header needs the
    first row that names two of this import's fields instead."""
    if sum(1 for h in table.headers if field_for(h)) >= 2:
        return table
    for index, record in enumerate(table.records[:10]):
        if sum(1 for c in record.cells if field_for(c)) >= 2:
            headers = [" ".join(c.split()) or f"열 {i + 1}" for i, c in enumerate(record.cells)]
            table.notes.append(f"머리글({record.row}행) 위의 제목 줄은 건너뛰었습니다.")
            return SourceTable(path=table.path, kind=table.kind, encoding=table.encoding, headers=headers,
                               header_row=record.row, records=table.records[index + 1:], notes=table.notes)
    return table


def match_columns(headers: list[str], field_for: FieldFor) -> tuple[dict[str, str], list[str]]:
    """(field → header, headers not imported); the first header naming a field wins."""
    columns: dict[str, str] = {}
    unknown = []
    for header in headers:
        found = field_for(header)
        if found and found not in columns:
            columns[found] = header
        elif fold_header(header) not in RUNNING_NUMBERS:
            unknown.append(header)
    return columns, unknown


def cell_problem(value: str) -> str:
    """Why a cell cannot be imported at all ('' when it can): a 주민등록번호, or far too long."""
    if contains_resident_number(value):
        return "주민등록번호로 보이는 숫자가 있습니다. 이 칸은 가져오지 않습니다."
    if len(value) > MAX_CELL_LENGTH:
        return f"칸이 너무 깁니다 ({len(value):,}자). 따옴표가 잘못 들어갔는지 확인해 주세요."
    return ""


class OrganisationFinder:
    """The directory's organisations by 사업자등록번호 and by name (spellings such as ㈜ or spaces folded)."""

    def __init__(self, rows: list[tuple[int, str, str, str]]) -> None:
        """From `(id, name, name_key, business_number)` rows."""
        self.by_number: dict[str, tuple[int, str]] = {}
        self.by_key: dict[str, list[tuple[int, str]]] = {}
        for org_id, name, key, number in rows:
            if number:
                self.by_number[number] = (org_id, name)
            self.by_key.setdefault(key, []).append((org_id, name))

    @classmethod
    def of(cls, db: sqlite_utils.Database) -> OrganisationFinder:
        """Every live organisation of `db`."""
        from seecodesk.storage.organisations import organisation_lookup

        return cls(organisation_lookup(db))

    def find(self, name: str, number: str, label: str, hint: str = "") -> tuple[int, str]:
        """(id, name) of the organisation a row names; raises ValidationError in Korean (`hint` ends the
        not-found message)."""
        if number:
            clean = normalize_business_number(number)
            if clean not in self.by_number:
                raise ValidationError(label, f"사업자등록번호 {clean}인 기관이 명단에 없습니다.")
            return self.by_number[clean]
        if not name:
            raise ValidationError(label, f"{label}{josa(label, '이')} 비어 있습니다.")
        found = self.by_key.get(name_key(name), [])
        if not found:
            raise ValidationError(label, f"'{name[:40]}'{josa(name[:40], '을')} 회원 명단에서 찾을 수 없습니다. "
                                         f"{hint or '이름을 명단과 같게 고치거나 사업자등록번호 열을 더해 주세요.'}")
        if len(found) > 1:
            raise ValidationError(label, f"명단에 '{name[:40]}'{josa(name[:40], '과')} 이름이 같은 기관이 {len(found)}곳 있습니다. "
                                         "사업자등록번호 열로 구별해 주세요.")
        return found[0]
