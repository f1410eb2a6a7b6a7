"""One source row turned into an Organisation, with every problem found in it (no database needed).

Problems carry the spreadsheet row number the secretary sees in Excel (the header row counts),
the source column and a Korean sentence. A 주민등록번호 is never echoed back: the cell is refused
and shown masked.
"""

import re
from dataclasses import dataclass, field

from seecodesk.core.errors import ValidationError, ValidationErrors
from seecodesk.core.josa import josa
from seecodesk.core.members import Designation, MembershipPeriod, Organisation, validated_organisation
from seecodesk.core.validation import (
    clean_name,
    contains_resident_number,
    digits_of,
    format_phone_digits,
    is_valid_corporation_number,
    mask_resident_numbers,
    name_key,
    parse_date,
)
from seecodesk.core.vocab import LEGAL_FORMS
from seecodesk.exchange.fields import FIELD_LABELS, IGNORE, parse_designation, split_designations
from seecodesk.exchange.member_mapping import ColumnMapping
from seecodesk.exchange.member_matching import StoredKey
from seecodesk.exchange.reading import SourceRecord

ERROR, WARNING = "오류", "주의"
MAX_CELL_LENGTH = 1_000  # longer cells are broken rows (e.g. a stray quote swallowed lines), not data
_LONG_FIELDS = frozenset({"notes", "news"})
_NEUTRALISED = re.compile(r"^'(?=[=+\-@\t\r])")
_YES = frozenset({"예", "y", "yes", "o", "○", "●", "v", "✓", "1", "true", "지원기관"})
_PHONE_FIELDS = ("phone", "fax")


@dataclass
class RowProblem:
    """One problem of one row: spreadsheet row number, source column ('' for the whole row), message."""

    row: int
    column: str
    message: str
    severity: str = ERROR

    def text(self) -> str:
        where = f"{self.row}행" + (f" [{self.column}]" if self.column else "")
        return f"{where} {self.severity}: {self.message}"


@dataclass
class PreviewRow:
    """A source row as the preview shows it, and the organisation it would become."""

    row: int
    line: int
    cells: dict[str, str]  # header → value as shown (주민등록번호 masked)
    organisation: Organisation | None
    own_problems: list[RowProblem] = field(default_factory=list)
    cross_problems: list[RowProblem] = field(default_factory=list)
    included: bool = True  # the secretary's tick
    key: str = ""
    name: str = ""  # the cleaned name, shown even when the row has errors
    filtered_out: bool = False  # left out by the preview's row filter (e.g. 시군구 = 논산시)
    existing: StoredKey | None = None  # the organisation of the directory this row already is

    @property
    def active(self) -> bool:
        """Ticked and kept by the row filter: its problems count and it may be imported."""
        return self.included and not self.filtered_out

    @property
    def problems(self) -> list[RowProblem]:
        return self.own_problems + self.cross_problems

    @property
    def has_errors(self) -> bool:
        return any(p.severity == ERROR for p in self.problems)

    @property
    def has_warnings(self) -> bool:
        return any(p.severity == WARNING for p in self.problems)


def unneutralise(value: str) -> str:
    """Undo the apostrophe our export puts before = + - @ (so a round trip gives back the text)."""
    return _NEUTRALISED.sub("", value) if value[:1] == "'" else value


def convert_record(record: SourceRecord, headers: list[str], mapping: ColumnMapping) -> PreviewRow:
    """Check one record and build its Organisation (None when the row has errors)."""
    values = {h: unneutralise(record.cells[i]) if i < len(record.cells) else "" for i, h in enumerate(headers)}
    resident = {h for h, v in values.items() if v and contains_resident_number(v)}  # each cell scanned once
    row = PreviewRow(row=record.row, line=record.line, organisation=None,
                     cells={h: mask_resident_numbers(v) if h in resident else v for h, v in values.items()})
    problems = row.own_problems
    _check_shape(record, headers, problems)
    _check_cells(record.row, values, resident, mapping, problems)
    org = _organisation(record, values, mapping, problems)
    row.name = _display_name(org.name)
    if not any(p.severity == ERROR for p in problems):
        try:
            row.organisation = validated_organisation(org)
            row.key = name_key(row.organisation.name)
        except ValidationErrors as errors:
            for key, message in errors.errors.items():
                problems.append(RowProblem(record.row, _column_of(mapping, key), message))
    return row


def _display_name(name: str) -> str:
    try:
        return clean_name(name, max_length=MAX_CELL_LENGTH)
    except ValidationError:
        return ""


def _check_shape(record: SourceRecord, headers: list[str], problems: list[RowProblem]) -> None:
    cells, width = record.cells, len(headers)
    if len(cells) > width and any(cells[width:]):
        problems.append(RowProblem(record.row, "", f"칸이 {len(cells)}개로 머리글({width}개)보다 많습니다. 쉼표나 따옴표가 잘못 "
                                                   f"들어간 것 같습니다 (파일 {record.line}번째 줄)."))
    elif len(cells) < width:
        problems.append(RowProblem(record.row, "", f"칸이 {len(cells)}개로 머리글({width}개)보다 적습니다. 줄이 중간에 "
                                                   f"끊긴 것 같습니다 (파일 {record.line}번째 줄)."))


def _check_cells(row: int, values: dict[str, str], resident: set[str], mapping: ColumnMapping,
                 problems: list[RowProblem]) -> None:
    for header, key in mapping.fields.items():
        value = values.get(header, "")
        if key == IGNORE or not value:
            continue
        if header in resident and not _is_corporation_number(key, value):
            problems.append(RowProblem(row, header, "주민등록번호로 보이는 숫자가 있습니다. 주민등록번호는 가져오지 않으니 "
                                                    "그 칸을 지운 뒤 다시 가져와 주세요."))
            values[header] = ""
        elif len(value) > MAX_CELL_LENGTH and key not in _LONG_FIELDS:
            problems.append(RowProblem(row, header, f"내용이 너무 깁니다({len(value):,}자, 최대 {MAX_CELL_LENGTH:,}자). "
                                                    "따옴표가 잘못 들어가 여러 줄이 한 칸에 합쳐졌을 수 있습니다."))
            values[header] = ""


def _is_corporation_number(key: str, value: str) -> bool:
    """A 법인등록번호 such as 110111-4xxxxxx is shaped like a 주민등록번호; in its own column its check digit tells."""
    return key == "corporation_number" and is_valid_corporation_number(digits_of(value))


def _organisation(record: SourceRecord, values: dict[str, str], mapping: ColumnMapping,
                  problems: list[RowProblem]) -> Organisation:
    firsts = mapping.first_columns()

    def pick(key: str) -> str:
        column = firsts.get(key)
        return values.get(column, "") if column is not None else ""

    org = Organisation(name=pick("name"))
    if not org.name.strip() and not any(p.severity == ERROR for p in problems):
        problems.append(RowProblem(record.row, _column_of(mapping, "name"), "기업명이 비어 있습니다."))
    for key in ("representative", "address", "district", "business_number", "corporation_number", "legal_form",
                "industry", "service_field", "email", "homepage", "news"):
        setattr(org, key, pick(key))
    for key in _PHONE_FIELDS:
        setattr(org, key, _phone(record, mapping, key, pick(key), problems))
    org.founded_on = pick("founded_on")
    org.is_support_body = pick("is_support_body").strip().lower() in _YES
    org.notes = _notes(values, mapping)
    org.designations = _designations(record.row, pick("designations"), mapping, problems)
    for column in sorted(mapping.designation_sources):
        _add_designations_of(values.get(column, ""), org)
    joined, left = (_membership_date(record.row, mapping, key, pick(key), problems) for key in ("joined_on", "left_on"))
    if joined:
        org.memberships = [MembershipPeriod(joined_on=joined, left_on=left)]
    elif left and not pick("joined_on").strip():
        problems.append(RowProblem(record.row, _column_of(mapping, "left_on"), "탈퇴일만 있고 가입일이 없습니다."))
    return org


def _phone(record: SourceRecord, mapping: ColumnMapping, key: str, value: str, problems: list[RowProblem]) -> str:
    """The phone as written; when Excel dropped its leading 0 (010… became 10…), put it back and say so."""
    repaired = restore_leading_zero(value)
    if repaired is None:
        return value
    column = _column_of(mapping, key)
    problems.append(RowProblem(record.row, column, f"앞자리 0이 빠진 번호 '{value}'{josa(value, '을')} {repaired}{josa(repaired, '으로')} 고쳤습니다 "
                                                   "(엑셀이 숫자로 바꾸며 0을 지웠을 수 있습니다).", WARNING))
    return repaired


def restore_leading_zero(value: str) -> str | None:
    """The number with the leading 0 Excel drops when it turns 010… into a number, or None when nothing is missing."""
    digits = digits_of(value)
    if not digits or digits.startswith("0") or format_phone_digits(digits) is not None:
        return None
    return format_phone_digits("0" + digits)


def _membership_date(row: int, mapping: ColumnMapping, key: str, value: str, problems: list[RowProblem]) -> str:
    """A joined or left date read here, so a bad one is named in its own column (both feed one period)."""
    try:
        return parse_date(value, key)
    except ValidationError as error:
        problems.append(RowProblem(row, _column_of(mapping, key), error.message))
        return ""


def _add_designations_of(text: str, org: Organisation) -> None:
    """Designations written in a legal-form column (조직형태: 사회적기업); a value that is no legal form
    (사회적기업, 마을기업) leaves the legal form blank, one that is both (협동조합) stays there too."""
    parsed = [parse_designation(token) for token in split_designations(text)]
    for kind, subtype in (p for p in parsed if p is not None):
        if kind not in org.designation_kinds:
            org.designations.append(Designation(kind=kind, subtype=subtype))
    if parsed and None not in parsed and org.legal_form.strip() not in LEGAL_FORMS:
        org.legal_form = ""


def _notes(values: dict[str, str], mapping: ColumnMapping) -> str:
    columns = [h for h in mapping.columns_for("notes") if values.get(h)]
    if len(columns) == 1:
        return values[columns[0]]
    return "\n".join(f"{h}: {values[h]}" for h in columns)


def _designations(row: int, text: str, mapping: ColumnMapping, problems: list[RowProblem]) -> list[Designation]:
    found: list[Designation] = []
    unknown = []
    for token in split_designations(text):
        parsed = parse_designation(token)
        if parsed is None:
            unknown.append(token)
        elif parsed[0] not in [d.kind for d in found]:
            found.append(Designation(kind=parsed[0], subtype=parsed[1]))
    if mapping.file_designation and mapping.file_designation not in [d.kind for d in found]:
        found.append(Designation(kind=mapping.file_designation))
    if unknown:
        problems.append(RowProblem(row, _column_of(mapping, "designations"),
                                   f"알 수 없는 인증·지정 구분이라 건너뜁니다: {', '.join(unknown)}", WARNING))
    return found


def _column_of(mapping: ColumnMapping, key: str) -> str:
    aliases = {"memberships": "joined_on"}
    columns = mapping.columns_for(aliases.get(key, key))
    return columns[0] if columns else FIELD_LABELS.get(key, "")
