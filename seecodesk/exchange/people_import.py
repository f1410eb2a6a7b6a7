"""Importing people (이름, 소속 기관, 직함, 전화, 이메일, 역할과 기간) from a CSV/XLSX list: a preview
first, then every row or none — the rules of the member and trade imports.

The 소속 기관 is found in the directory by 사업자등록번호 or by name (exchange/row_lookup.py); a
person outside the directory (a city official) leaves it blank and writes 소속 구분 instead. One
person may take several rows, one per role. A person already stored (same organisation, same
name) is not added again: blank fields are filled and roles not yet held are added, nothing stored
is overwritten — so importing the same file twice changes nothing. A role whose 기구 names a body
(교육소통분과, 이사회 …) also seats the person on it, which puts them on that body's 연락망.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from seecodesk.core.bodies import BodyMember
from seecodesk.core.errors import ValidationError, ValidationErrors
from seecodesk.core.josa import josa
from seecodesk.core.members import Person, Role, validated_person
from seecodesk.core.validation import name_key, parse_date
from seecodesk.core.vocab import AFFILIATIONS
from seecodesk.exchange.fields import fold_header
from seecodesk.exchange.member_rows import ERROR, WARNING, RowProblem, restore_leading_zero, unneutralise
from seecodesk.exchange.reading import SourceTable
from seecodesk.exchange.row_lookup import OrganisationFinder, RowChecks, cell_problem, match_columns, pick_header
from seecodesk.storage import bodies as body_store
from seecodesk.storage import people as people_store
from seecodesk.storage.organisations import support_body_ids

if TYPE_CHECKING:
    import sqlite_utils

PEOPLE_FIELDS: dict[str, str] = {
    "name": "이름", "organisation": "소속 기관", "business_number": "사업자등록번호", "affiliation": "소속 구분",
    "title": "직함", "mobile": "휴대전화", "phone": "전화", "email": "이메일", "role": "역할", "scope": "기구",
    "started_on": "시작", "ended_on": "끝", "notes": "메모",
}
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("이름", "성명", "성함", "담당자", "담당자명"),
    "organisation": ("소속기관", "소속", "기관", "기관명", "기업명", "회원사", "회원사명", "단체명", "소속기관명", "소속단체"),
    "business_number": ("사업자등록번호", "사업자번호", "소속기관사업자등록번호"),
    "affiliation": ("소속구분", "구분"),
    "title": ("직함", "직위", "직책", "직급"),
    "mobile": ("휴대전화", "휴대폰", "핸드폰", "휴대전화번호", "휴대폰번호", "연락처", "mobile"),
    "phone": ("전화", "전화번호", "사무실전화", "일반전화", "tel"),
    "email": ("이메일", "이메일주소", "전자우편", "메일", "email"),
    "role": ("역할", "협의회역할", "임원", "직무"),
    "scope": ("기구", "분과", "소속기구", "범위", "역할범위", "분과기구"),
    "started_on": ("시작", "시작일", "역할시작", "임기시작", "시작일자"),
    "ended_on": ("끝", "종료", "종료일", "역할끝", "임기끝", "임기종료", "종료일자"),
    "notes": ("메모", "비고", "참고"),
}
_LOOKUP = {fold_header(s): f for f, names in _SYNONYMS.items() for s in names}
_CONTACT_FIELDS = ("affiliation", "title", "mobile", "phone", "email")
_NOT_FOUND_HINT = ("기관이 명단에 없는 사람(시청 주무관 등)은 소속 기관 칸을 비우고 소속 구분 칸에 '시청'처럼 적어 주세요.")


def field_for(header: str) -> str | None:
    """The people field a header names, or None."""
    return _LOOKUP.get(fold_header(header))


@dataclass
class PersonRow:
    """A source row, the person it names (with at most one role) and its problems."""

    row: int
    cells: dict[str, str]
    name: str = ""
    organisation: str = ""
    person: Person | None = None
    body_id: int | None = None
    status: str = ""  # 새로 / 이미 있음 / N행과 같은 사람
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        return any(p.severity == ERROR for p in self.problems)


@dataclass
class PersonPlan:
    """One person of the file (maybe several rows) and what storing them changes."""

    person: Person
    existing: Person | None
    seats: list[tuple[int, BodyMember]] = field(default_factory=list)  # new seats (person_id set when stored)

    def merged(self) -> Person:
        """What will be stored: the file's person, or the stored one with blanks filled and new roles added."""
        if self.existing is None:
            return self.person
        fills = {f: getattr(self.person, f) for f in ("title", "mobile", "phone", "email", "notes")
                 if not getattr(self.existing, f) and getattr(self.person, f)}
        return replace(self.existing, roles=[*self.existing.roles, *self.new_roles()], **fills)

    def new_roles(self) -> list[Role]:
        held = {_role_key(r) for r in (self.existing.roles if self.existing else [])}
        return [r for r in self.person.roles if _role_key(r) not in held]

    @property
    def changes(self) -> bool:
        return self.existing is None or self.merged() != self.existing or bool(self.seats)


def _role_key(role: Role) -> tuple[str, str, str]:
    return role.role, role.scope, role.started_on


@dataclass
class PeopleImportPreview(RowChecks[PersonRow]):
    """What an import would do: the columns matched, every row with its problems, one plan per person."""

    table: SourceTable
    columns: dict[str, str]
    rows: list[PersonRow]
    unknown_columns: list[str]
    plans: list[PersonPlan] = field(default_factory=list)
    blank_rows: int = 0

    @property
    def missing_columns(self) -> list[str]:
        return [] if "name" in self.columns else ["이름"]

    def summary(self) -> str:
        new = sum(1 for p in self.plans if p.existing is None)
        known = [p for p in self.plans if p.existing is not None]
        changed = sum(1 for p in known if p.changes)
        return (f"읽은 행 {len(self.rows):,} · 새 사람 {new:,}명 · 이미 있는 사람 {len(known):,}명"
                f"(그중 빈 칸·새 역할을 더할 사람 {changed:,}명) · 오류 {len(self.blocking_rows):,}행 · "
                f"주의 {len(self.problems(WARNING)):,}건")


class _Context:
    """The directory, the stored people and the bodies rows are checked against."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.finder = OrganisationFinder.of(db)
        self.support = support_body_ids(db)
        self.people: dict[tuple[int | None, str], int] = {}
        for brief in people_store.all_people_brief(db):
            self.people.setdefault((brief["organisation_id"], name_key(brief["name"])), brief["id"])
        self.bodies = {name.replace(" ", ""): body_id for body_id, name in body_store.body_names(db).items()}
        self.seats = body_store.seat_keys(db)

    def organisation(self, values: dict[str, str], label: str) -> tuple[int, str] | None:
        if not values.get("organisation") and not values.get("business_number"):
            return None
        return self.finder.find(values.get("organisation", ""), values.get("business_number", ""), label, _NOT_FOUND_HINT)


def build_people_preview(table: SourceTable, db: sqlite_utils.Database) -> PeopleImportPreview:
    """Check every row of `table` against the directory, the people and the bodies of `db`; writes nothing."""
    table = pick_header(table, field_for)
    columns, unknown = match_columns(table.headers, field_for)
    context = _Context(db)
    rows: list[PersonRow] = []
    blank = 0
    for record in table.records:
        if not any(record.cells):
            blank += 1
            continue
        cells = {h: unneutralise(record.cells[i]) if i < len(record.cells) else "" for i, h in enumerate(table.headers)}
        row = _convert(record.row, cells, columns, context)
        if len(record.cells) > len(table.headers) and any(record.cells[len(table.headers):]):
            row.problems.append(RowProblem(record.row, "", "머리글보다 칸이 많습니다. 칸이 밀렸는지 확인해 주세요."))
        rows.append(row)
    preview = PeopleImportPreview(table=table, columns=columns, rows=rows, unknown_columns=unknown, blank_rows=blank)
    preview.plans = _plans(rows, columns, context)
    return preview


def _convert(number: int, cells: dict[str, str], columns: dict[str, str], context: _Context) -> PersonRow:
    values = {f: " ".join(cells.get(h, "").split()) if f != "notes" else cells.get(h, "").strip()
              for f, h in columns.items()}
    row = PersonRow(row=number, cells=cells, name=values.get("name", "")[:40])
    for f, h in columns.items():
        problem = cell_problem(values[f])
        if problem:  # said once; the rest of the row is still checked, so every problem is listed at once
            row.problems.append(RowProblem(number, h, problem))
            values[f] = ""
    row.name = values.get("name", "")[:40]
    found = None
    try:
        found = context.organisation(values, PEOPLE_FIELDS["organisation"])
    except ValidationError as error:
        column = columns.get("business_number" if values.get("business_number") else "organisation", "")
        row.problems.append(RowProblem(number, column, error.message))
    row.organisation = found[1] if found else values.get("organisation", "")[:40]
    person = _person(number, values, columns, found, context, row.problems)
    role = _role(number, values, columns, row.problems)
    if role is not None:
        person.roles = [role]
        row.body_id = context.bodies.get(role.scope.replace(" ", "")) if role.scope else None
    validated = _validated(number, person, columns, row.problems)
    row.person = None if row.has_errors else validated
    return row


def _person(number: int, values: dict[str, str], columns: dict[str, str], found: tuple[int, str] | None,
            context: _Context, problems: list[RowProblem]) -> Person:
    affiliation = values.get("affiliation", "")
    if affiliation and affiliation not in AFFILIATIONS:
        problems.append(RowProblem(number, columns["affiliation"], f"소속 구분은 {', '.join(AFFILIATIONS)} 가운데 하나입니다."))
    if not affiliation:
        affiliation = "기타" if found is None else ("지원센터" if found[0] in context.support else "회원사")
    person = Person(name=values.get("name", ""), organisation_id=found[0] if found else None, affiliation=affiliation,
                    title=values.get("title", ""), email=values.get("email", ""), notes=values.get("notes", ""))
    for key in ("mobile", "phone"):
        value = values.get(key, "")
        repaired = restore_leading_zero(value)
        if repaired is not None:
            problems.append(RowProblem(number, columns[key], f"앞자리 0이 빠진 번호 '{value}'{josa(value, '을')} {repaired}{josa(repaired, '으로')} 고쳤습니다 "
                                                             "(엑셀이 숫자로 바꾸며 0을 지웠을 수 있습니다).", WARNING))
            value = repaired
        setattr(person, key, value)
    return person


def _role(number: int, values: dict[str, str], columns: dict[str, str], problems: list[RowProblem]) -> Role | None:
    dates = {}
    for key in ("started_on", "ended_on"):
        try:
            dates[key] = parse_date(values.get(key, ""), key)
        except ValidationError as error:
            problems.append(RowProblem(number, columns[key], error.message))
            dates[key] = ""
    name = values.get("role", "")
    if not name:
        if values.get("scope") or values.get("started_on") or values.get("ended_on"):
            problems.append(RowProblem(number, columns.get("role", "역할"), "기구나 기간만 있고 역할이 비어 있습니다."))
        return None
    if dates["started_on"] and dates["ended_on"] and dates["ended_on"] < dates["started_on"]:
        problems.append(RowProblem(number, columns["ended_on"], "역할이 끝난 날이 시작한 날보다 앞섭니다."))
    return Role(role=name, scope=values.get("scope", ""), started_on=dates["started_on"], ended_on=dates["ended_on"])


def _validated(number: int, person: Person, columns: dict[str, str], problems: list[RowProblem]) -> Person | None:
    try:
        return validated_person(person)
    except ValidationErrors as errors:
        for key, message in errors.errors.items():
            problems.append(RowProblem(number, columns.get({"roles": "role"}.get(key, key), PEOPLE_FIELDS.get(key, "")),
                                       message))
        return None


def _plans(rows: list[PersonRow], columns: dict[str, str], context: _Context) -> list[PersonPlan]:
    """One plan per person, rows of the same person (same organisation and name) merged."""
    plans: dict[tuple[int | None, str], tuple[int, PersonPlan]] = {}
    for row in rows:
        if row.person is None:
            continue
        key = (row.person.organisation_id, name_key(row.person.name))
        if key not in plans:
            stored_id = context.people.get(key)
            existing = people_store.get_person(context.db, stored_id) if stored_id is not None else None
            plans[key] = (row.row, PersonPlan(person=row.person, existing=existing))
            row.status = "새로" if existing is None else "이미 있음"
            if existing is not None:
                _note_kept(row, existing, columns)
        else:
            first, plan = plans[key]
            row.status = f"{first}행과 같은 사람"
            _merge(row, plan.person, first, columns)
        _add_seat(row, plans[key][1], context)
    return [plan for _first, plan in plans.values()]


def _note_kept(row: PersonRow, existing: Person, columns: dict[str, str]) -> None:
    """A stored value the file would change is kept, and the preview says so."""
    assert row.person is not None
    for key in ("title", "mobile", "phone", "email"):
        stored, given = getattr(existing, key), getattr(row.person, key)
        if key in columns and stored and given and stored != given:
            row.problems.append(RowProblem(row.row, columns[key], f"이미 있는 사람이라 저장된 {PEOPLE_FIELDS[key]} '{stored}'{josa(stored, '을')} "
                                                                  f"그대로 둡니다 (파일: '{given}'). 바꾸려면 사람 정보에서 "
                                                                  "고쳐 주세요.", WARNING))


def _merge(row: PersonRow, person: Person, first: int, columns: dict[str, str]) -> None:
    assert row.person is not None
    for key in _CONTACT_FIELDS:
        mine, theirs = getattr(row.person, key), getattr(person, key)
        if key in columns and mine and theirs and mine != theirs:
            row.problems.append(RowProblem(row.row, columns[key], f"{first}행과 같은 사람인데 {PEOPLE_FIELDS[key]}{josa(PEOPLE_FIELDS[key], '이')} "
                                                                  f"다릅니다 ('{theirs}' / '{mine}')."))
        elif mine and not theirs:
            setattr(person, key, mine)
    held = {_role_key(r) for r in person.roles}
    person.roles += [r for r in row.person.roles if _role_key(r) not in held]


def _add_seat(row: PersonRow, plan: PersonPlan, context: _Context) -> None:
    if row.body_id is None or row.person is None or not row.person.roles:
        return
    role = row.person.roles[0]
    seat = BodyMember(person_id=0, role=role.role, started_on=role.started_on, ended_on=role.ended_on)
    stored = plan.existing.id if plan.existing else None
    if stored is not None and (row.body_id, stored, seat.role, seat.started_on) in context.seats:
        return
    if all((b, s.role, s.started_on) != (row.body_id, seat.role, seat.started_on) for b, s in plan.seats):
        plan.seats.append((row.body_id, seat))
