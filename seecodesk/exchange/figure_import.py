"""Importing one year's figures from the survey sheet a secretary collects (CSV or XLSX).

Same rules as the member import: a preview first, every problem with its row number; any error
means nothing is stored; the commit runs in one transaction. Rows are matched to organisations in
the directory by 사업자등록번호, else by name (spacing and (주) ignored). A header naming 천원 or
백만원 scales that column's amounts to 원.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from seecodesk.core.errors import ImportFileError, ValidationError, ValidationErrors
from seecodesk.core.figures import MAX_AMOUNT, OrgFigures, validate_figures
from seecodesk.core.josa import josa
from seecodesk.core.trade import parse_amount
from seecodesk.core.validation import contains_resident_number, digits_of, name_key
from seecodesk.exchange.member_rows import ERROR, WARNING, RowProblem
from seecodesk.exchange.reading import SourceTable
from seecodesk.storage import figures as store

if TYPE_CHECKING:
    import sqlite_utils

# field → header words (spaces ignored); the first column whose header matches feeds the field.
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("기업명", "업체명", "회사명", "조직명", "상호", "기관명"),
    "business_number": ("사업자등록번호", "사업자번호"),
    "paid_workers": ("유급근로자수", "유급근로자", "유급근로자(명)", "근로자수", "고용인원"),
    "vulnerable_workers": ("취약계층근로자수", "취약계층수", "취약계층근로자", "취약계층고용", "취약계층(명)", "취약계층"),
    "vulnerable_types": ("취약계층유형", "취약계층구분"),
    "revenue": ("매출액", "매출", "연매출"),
    "public_revenue": ("공공구매매출", "공공구매매출액", "공공구매실적", "공공구매"),
    "social_purpose": ("사회적목적유형", "사회적목적", "사회적목적실현유형"),
    "contribution": ("사회공헌활동내용", "사회공헌활동", "사회공헌내용", "사회공헌"),
    "contribution_category": ("사회공헌분류", "사회공헌유형"),
    "beneficiaries": ("수혜대상", "수혜자"),
    "note": ("비고", "메모"),
}
FIELD_LABELS = {"name": "기업명", "business_number": "사업자등록번호", "paid_workers": "유급근로자 수",
                "vulnerable_workers": "취약계층 근로자 수", "vulnerable_types": "취약계층 유형", "revenue": "매출액",
                "public_revenue": "공공구매 매출", "social_purpose": "사회적목적 유형", "contribution": "사회공헌 활동",
                "contribution_category": "사회공헌 분류", "beneficiaries": "수혜 대상", "note": "비고"}
COUNT_FIELDS = ("paid_workers", "vulnerable_workers")
MONEY_FIELDS = ("revenue", "public_revenue")
MAX_CELL = 2000


@dataclass
class FigureRow:
    """One survey row: the organisation it matched and the figures it would store."""

    row: int
    name: str
    organisation: str = ""
    figures: OrgFigures | None = None
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        return any(p.severity == ERROR for p in self.problems)


@dataclass
class FigureImportPreview:
    """What the import would do for `year`."""

    table: SourceTable
    year: int
    columns: dict[str, str]  # field → source header
    rows: list[FigureRow]

    @property
    def file_problems(self) -> list[str]:
        problems = []
        if "name" not in self.columns and "business_number" not in self.columns:
            problems.append(f"기업명이나 사업자등록번호 열이 없습니다 (파일의 열: {', '.join(self.table.headers)}).")
        if len(self.columns) <= 1:
            problems.append("유급근로자 수, 매출액 같은 현황 열을 하나도 찾지 못했습니다.")
        if not self.rows:
            problems.append("머리글 아래에 가져올 행이 없습니다.")
        return problems

    @property
    def can_commit(self) -> bool:
        return not self.file_problems and not any(r.has_errors for r in self.rows)

    def problems(self, severity: str | None = None) -> list[RowProblem]:
        return [p for r in self.rows for p in r.problems if severity in (None, p.severity)]

    def summary(self) -> str:
        errors = sum(1 for r in self.rows if r.has_errors)
        return f"{self.year}년 현황: 읽은 행 {len(self.rows):,} · 오류 {errors:,}행 · 주의 {len(self.problems(WARNING)):,}건"


def match_columns(headers: list[str]) -> dict[str, str]:
    """field → the first header naming it."""
    columns: dict[str, str] = {}
    for header in headers:
        squeezed = re.sub(r"\s+", "", header)
        bare = re.sub(r"\((천원|백만원|원|명|%)\)$", "", squeezed)
        for name, words in HEADER_WORDS.items():
            if name not in columns and (bare in words or squeezed in words):
                columns[name] = header
                break
    return columns


def build_preview(table: SourceTable, db: sqlite_utils.Database, year: int) -> FigureImportPreview:
    """Check every row against the directory; writes nothing."""
    if not 1900 <= year <= 2999:
        raise ImportFileError(f"연도 '{year}'{josa(year, '은')} 2025처럼 네 자리로 적어 주세요.")
    columns = match_columns(table.headers)
    orgs = store.organisation_keys(db)
    by_number = {digits_of(number): (org_id, name) for org_id, name, _key, number in orgs if number}
    by_key: dict[str, list[tuple[int, str]]] = {}
    for org_id, name, key, _number in orgs:
        by_key.setdefault(key, []).append((org_id, name))
    existing = store.figures_for_year(db, year)
    rows: list[FigureRow] = []
    seen: dict[int, int] = {}
    for record in table.records:
        if not any(record.cells):
            continue
        cells = dict(zip(table.headers, record.cells, strict=False))
        row = _convert(record.row, cells, columns, year, by_number, by_key)
        if len(record.cells) > len(table.headers) and any(record.cells[len(table.headers):]):
            row.problems.append(RowProblem(record.row, "", "머리글보다 칸이 많습니다. 쉼표나 줄바꿈이 잘못 들어갔는지 봐 주세요."))
        if row.figures is not None:
            org_id = row.figures.organisation_id
            if org_id in seen:
                row.problems.append(RowProblem(record.row, "", f"{seen[org_id]}행과 같은 조직({row.organisation})입니다."))
            seen.setdefault(org_id, record.row)
            if org_id in existing:
                row.problems.append(RowProblem(record.row, "", f"{row.organisation}의 {year}년 현황이 이미 있어 이 행으로 "
                                                               "바꿉니다.", WARNING))
        rows.append(row)
    return FigureImportPreview(table, year, columns, rows)


def _convert(number: int, cells: dict[str, str], columns: dict[str, str], year: int,
             by_number: dict[str, tuple[int, str]], by_key: dict[str, list[tuple[int, str]]]) -> FigureRow:
    values = {f: cells.get(h, "").strip() for f, h in columns.items()}
    row = FigureRow(number, values.get("name", "") or values.get("business_number", ""))
    for header, text in cells.items():
        if contains_resident_number(text):
            row.problems.append(RowProblem(number, header, "주민등록번호로 보이는 숫자가 있습니다. 지우고 다시 가져와 주세요."))
        elif len(text) > MAX_CELL:
            row.problems.append(RowProblem(number, header, f"{len(text):,}자는 너무 깁니다 ({MAX_CELL:,}자까지)."))
    found = _find(values, by_number, by_key)
    if isinstance(found, str):
        row.problems.append(RowProblem(number, columns.get("name", ""), found))
        return row
    org_id, row.organisation = found
    numbers: dict[str, int | None] = {}
    for name in (*COUNT_FIELDS, *MONEY_FIELDS):
        text = values.get(name, "")
        try:
            numbers[name] = _number(text, columns.get(name, ""), name in MONEY_FIELDS)
        except ValueError:
            row.problems.append(RowProblem(number, columns[name], f"'{text}'{josa(text, '은')} 숫자로 읽을 수 없습니다."))
    texts = {n: values.get(n, "") for n in ("vulnerable_types", "social_purpose", "contribution",
                                             "contribution_category", "beneficiaries", "note")}
    if row.problems:
        return row
    try:
        figures = OrgFigures(organisation_id=org_id, year=year)
        for name, value in {**numbers, **texts}.items():
            setattr(figures, name, value)
        row.figures = validate_figures(figures)
    except ValidationErrors as error:
        for name, message in error.errors.items():
            row.problems.append(RowProblem(number, columns.get(name, FIELD_LABELS.get(name, "")), message))
    return row


def _find(values: dict[str, str], by_number: dict[str, tuple[int, str]],
          by_key: dict[str, list[tuple[int, str]]]) -> tuple[int, str] | str:
    """The organisation a row names, or a Korean reason it cannot be matched."""
    number = values.get("business_number", "")
    if number:
        digits = digits_of(number).zfill(10)  # Excel drops a leading zero from numbers typed as numbers
        if digits in by_number:
            return by_number[digits]
    name = values.get("name", "")
    if not name:
        return "기업명이 비어 있습니다."
    try:
        matches = by_key.get(name_key(name), [])
    except ValidationError:  # a name clean_name refuses (too long, 주민등록번호) matches nothing
        matches = []
    if len(matches) == 1:
        return matches[0]
    if matches:
        return f"명단에 이름이 '{name}'인 조직이 {len(matches)}곳 있습니다. 사업자등록번호 열을 넣어 구분해 주세요."
    return f"'{name}'{josa(name, '을')} 회원 명단에서 찾지 못했습니다. 먼저 회원사로 등록하거나 이름을 명단과 같게 고쳐 주세요."


def _number(text: str, header: str, money: bool) -> int | None:
    """'1,234', '12명', '3,500,000원', '1억' → int; '' or '-' → None; ValueError for anything else.

    Money goes through the screens' own reader (core.trade.parse_amount), so '1억' and '120만원' import
    as they are typed on screen; a bare number in a '(천원)' or '(백만원)' column is scaled by the column.
    """
    clean = re.sub(r"[\s,]", "", text)
    if clean in ("", "-", "–"):
        return None
    if money:
        return _money(clean, header)
    clean = re.sub(r"(명|인)$", "", clean)
    if not re.fullmatch(r"\d+(\.\d+)?", clean) or not float(clean).is_integer():
        raise ValueError(text)
    return int(float(clean))


def _money(clean: str, header: str) -> int:
    """Whole 원 from a money cell; a bare number is read in the column's unit (천원, 백만원)."""
    scale = 1_000_000 if "백만원" in header else 1000 if "천원" in header else 1
    has_unit = any(unit in clean for unit in "억만천원")
    if not has_unit and scale > 1:
        if not re.fullmatch(r"\d+(\.\d+)?", clean):
            raise ValueError(clean)
        clean = str(round(float(clean) * scale))
    try:
        return parse_amount(clean, MAX_AMOUNT)
    except ValidationError as error:
        raise ValueError(clean) from error


def commit_import(db: sqlite_utils.Database, preview: FigureImportPreview) -> int:
    """Store every row's figures in one transaction; any failure stores nothing."""
    if not preview.can_commit:
        reason = preview.file_problems[0] if preview.file_problems else (
            f"오류가 있는 행이 {sum(1 for r in preview.rows if r.has_errors):,}개 있습니다.")
        raise ImportFileError(f"{reason} 아무것도 가져오지 않았습니다.")
    try:
        with db.atomic():
            for row in preview.rows:
                assert row.figures is not None
                store.upsert_figures(db, row.figures)
    except sqlite3.Error as error:
        raise ImportFileError(f"저장하지 못해 아무것도 가져오지 않았습니다 ({error}).") from error
    return len(preview.rows)
