"""Member organisations and their people as plain records, with the checks that make them valid."""

from dataclasses import dataclass, field, replace

from seecodesk.core import validation as v
from seecodesk.core.errors import ValidationError, ValidationErrors
from seecodesk.core.josa import josa
from seecodesk.core.vocab import AFFILIATIONS, DESIGNATION_KINDS, GENDERS


@dataclass
class Designation:
    """One 인증/지정 an organisation holds (it may hold several at once)."""

    kind: str
    subtype: str = ""
    number: str = ""
    designated_on: str = ""
    ends_on: str = ""
    id: int | None = None


@dataclass
class MembershipPeriod:
    """A span during which the organisation was a member of the network."""

    joined_on: str
    left_on: str = ""
    note: str = ""
    id: int | None = None


@dataclass
class DuesPayment:
    """회비 of one year."""

    year: int
    amount: int
    paid_on: str = ""
    note: str = ""
    id: int | None = None


@dataclass
class Organisation:
    """A member (or non-member) organisation of the network."""

    name: str
    legal_form: str = ""
    business_number: str = ""
    corporation_number: str = ""
    representative: str = ""
    address: str = ""
    district: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    homepage: str = ""
    industry: str = ""
    service_field: str = ""
    founded_on: str = ""
    is_support_body: bool = False
    news: str = ""
    notes: str = ""
    designations: list[Designation] = field(default_factory=list)
    memberships: list[MembershipPeriod] = field(default_factory=list)
    dues: list[DuesPayment] = field(default_factory=list)
    id: int | None = None

    @property
    def membership_status(self) -> str:
        """회원 while a period is open, 탈퇴 after the last one closed, 비회원 otherwise."""
        if any(not p.left_on for p in self.memberships):
            return "회원"
        return "탈퇴" if self.memberships else "비회원"

    @property
    def designation_kinds(self) -> list[str]:
        return [d.kind for d in self.designations]


@dataclass
class Role:
    """A role a person holds for a period (회장 2021–2022, 분과장 2021 …)."""

    role: str
    scope: str = ""
    started_on: str = ""
    ended_on: str = ""
    id: int | None = None


@dataclass
class Consent:
    """개인정보 수집·이용 동의 as recorded."""

    consented_on: str
    items: str = ""
    purpose: str = ""
    retention: str = ""
    third_party: bool = False
    withdrawn_on: str = ""
    id: int | None = None


@dataclass
class Person:
    """Someone the network deals with: member staff, a city official, a researcher."""

    name: str
    organisation_id: int | None = None
    affiliation: str = "회원사"
    title: str = ""
    mobile: str = ""
    phone: str = ""
    email: str = ""
    gender: str = ""
    in_group_chat: bool = False
    notes: str = ""
    roles: list[Role] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    id: int | None = None


def check_date(field_name: str, text: str) -> str:
    """YYYY-MM-DD from 2024-03-05, 2024.3.5, 2024. 3. 5., 2024/03/05 or 20240305, or "" (see `parse_date`)."""
    return v.parse_date(text, field_name)


def _collect(errors: dict[str, str], field_name: str, check, *args):  # type: ignore[no-untyped-def]
    try:
        return check(*args)
    except ValidationError as error:
        errors.setdefault(error.field if error.field != "text" else field_name, error.message)
        return ""


def validated_organisation(org: Organisation) -> Organisation:
    """A cleaned copy of `org`, or `ValidationErrors` naming every bad field."""
    e: dict[str, str] = {}
    name = _collect(e, "name", v.clean_name, org.name, "name")
    if not name and "name" not in e:
        e["name"] = "기업명(조직명)을 입력해 주세요."
    line_fields = ("legal_form", "address", "district", "industry", "service_field")
    cleaned = {f: _collect(e, f, v.clean_line, getattr(org, f), f) for f in line_fields}
    cleaned.update({f: _collect(e, f, v.clean_text, getattr(org, f), f) for f in ("news", "notes")})
    cleaned["representative"] = _collect(e, "representative", v.clean_name, org.representative, "representative")
    result = replace(
        org,
        name=name,
        business_number=_collect(e, "business_number", v.normalize_business_number, org.business_number),
        corporation_number=_collect(e, "corporation_number", v.normalize_corporation_number, org.corporation_number),
        phone=_collect(e, "phone", v.normalize_phone, org.phone, "phone"),
        fax=_collect(e, "fax", v.normalize_phone, org.fax, "fax"),
        email=_collect(e, "email", v.normalize_email, org.email),
        homepage=_collect(e, "homepage", v.normalize_homepage, org.homepage),
        founded_on=_collect(e, "founded_on", check_date, "founded_on", org.founded_on),
        designations=[_validated_designation(d, e) for d in org.designations],
        memberships=[_validated_membership(p, e) for p in org.memberships],
        dues=[_validated_dues(d, e) for d in org.dues],
        **cleaned,
    )
    if e:
        raise ValidationErrors(e)
    return result


def _validated_designation(d: Designation, e: dict[str, str]) -> Designation:
    if d.kind not in DESIGNATION_KINDS:
        e["designations"] = f"알 수 없는 인증·지정 구분입니다: {d.kind}"
    return replace(
        d,
        number=_collect(e, "designations", v.clean_text, d.number, "designations", 100),
        designated_on=_collect(e, "designations", check_date, "designations", d.designated_on),
        ends_on=_collect(e, "designations", check_date, "designations", d.ends_on),
    )


def _validated_membership(p: MembershipPeriod, e: dict[str, str]) -> MembershipPeriod:
    joined = _collect(e, "memberships", check_date, "memberships", p.joined_on)
    left = _collect(e, "memberships", check_date, "memberships", p.left_on)
    if not joined:
        e.setdefault("memberships", "가입일을 입력해 주세요.")
    elif left and left < joined:
        e.setdefault("memberships", "탈퇴일이 가입일보다 빠릅니다.")
    return replace(p, joined_on=joined, left_on=left,
                   note=_collect(e, "memberships", v.clean_line, p.note, "memberships", v.NOTE_LENGTH))


def _validated_dues(d: DuesPayment, e: dict[str, str]) -> DuesPayment:
    if not 1990 <= int(d.year) <= 2100:
        e.setdefault("dues", f"회비 연도 {d.year}{josa(d.year, '이')} 올바르지 않습니다.")
    if int(d.amount) < 0:
        e.setdefault("dues", "회비 금액은 0원 이상이어야 합니다.")
    return replace(d, paid_on=_collect(e, "dues", check_date, "dues", d.paid_on),
                   note=_collect(e, "dues", v.clean_line, d.note, "dues", v.NOTE_LENGTH))


def validated_person(person: Person) -> Person:
    """A cleaned copy of `person`, or `ValidationErrors` naming every bad field."""
    e: dict[str, str] = {}
    name = _collect(e, "name", v.clean_name, person.name, "name")
    if not name and "name" not in e:
        e["name"] = "이름을 입력해 주세요."
    if person.affiliation not in AFFILIATIONS:
        e["affiliation"] = f"알 수 없는 소속 구분입니다: {person.affiliation}"
    if person.gender not in GENDERS:
        e["gender"] = "성별은 '여', '남' 또는 빈칸이어야 합니다."
    result = replace(
        person,
        name=name,
        title=_collect(e, "title", v.clean_line, person.title, "title"),
        mobile=_collect(e, "mobile", v.normalize_phone, person.mobile, "mobile"),
        phone=_collect(e, "phone", v.normalize_phone, person.phone, "phone"),
        email=_collect(e, "email", v.normalize_email, person.email),
        notes=_collect(e, "notes", v.clean_text, person.notes, "notes"),
        roles=[replace(r, role=_collect(e, "roles", v.clean_line, r.role, "roles"),
                       scope=_collect(e, "roles", v.clean_line, r.scope, "roles"),
                       started_on=_collect(e, "roles", check_date, "roles", r.started_on),
                       ended_on=_collect(e, "roles", check_date, "roles", r.ended_on)) for r in person.roles],
        consents=[replace(c, consented_on=_collect(e, "consents", check_date, "consents", c.consented_on),
                          withdrawn_on=_collect(e, "consents", check_date, "consents", c.withdrawn_on),
                          **{f: _collect(e, "consents", v.clean_line, getattr(c, f), "consents")
                             for f in ("items", "purpose", "retention")})
                  for c in person.consents],
    )
    if e:
        raise ValidationErrors(e)
    return result
