"""Peer consulting (동료컨설팅) records: the application form, mentor offers, matches, sessions, reports.

Field names follow 【별지 제1호 서식】 피어경영컨설팅 신청서 (seed-004-notes §2) one to one.
"""

from dataclasses import dataclass, field, replace
from datetime import date

from seecodesk.core import validation as v
from seecodesk.core.errors import ValidationError, ValidationErrors
from seecodesk.core.members import check_date

CERTIFICATIONS = ("예비", "인증")
SUPPORT_CHOICES = ("지원받은 적 없음", "현재 참여", "지원받았으나, 현재는 지원받고 있지 않음", "종료")
SUPPORT_CURRENT = "현재 참여"
ORG_FORM_HINT = "협동조합, 마을기업, 사회적기업, 자활기업 등"
REQUEST_GUIDANCE = ("※ 피어경영컨설팅을 통해 해결하고자 하는 주요 문제 등 애로 사항 및 진행 관련 특이사항 등을 "
                    "구체적으로 작성 요망")
DECLARATION = "본 (예비)사회적기업은 위와 같이 피어경영컨설팅을 신청합니다."
STATUSES = ("접수", "매칭", "진행", "완료", "취소")
SESSION_FEE = 100_000
SESSIONS_BUDGETED = 5
MAX_REQUEST_LENGTH = 5_000


@dataclass
class ConsultingField:
    """One 신청 분야 / 멘토링 분야 of the editable list (인사/노무, 회계/세무 …)."""

    name: str
    sort_order: int = 0
    active: bool = True
    id: int | None = None


@dataclass
class Application:
    """A mentee's 피어경영컨설팅 신청서, every field of the paper form plus its workflow state."""

    company_name: str
    organisation_id: int | None = None
    certification: str = ""
    certification_number: str = ""
    representative: str = ""
    phone: str = ""
    address: str = ""
    email: str = ""
    fax: str = ""
    org_form: str = ""
    support_status: str = ""
    support_year: int | None = None
    past_participation: str = ""
    manager_name: str = ""
    manager_email: str = ""
    manager_phone: str = ""
    manager_mobile: str = ""
    field_ids: list[int] = field(default_factory=list)
    other_checked: bool = False
    other_field: str = ""
    request: str = ""
    applied_on: str = ""
    signed: bool = False
    status: str = "접수"
    cancel_reason: str = ""
    receipt_number: str = ""
    id: int | None = None


@dataclass
class StatusChange:
    """One step of an application's history (접수 2022-01-10, 매칭 2022-02-03 …)."""

    status: str
    changed_on: str
    reason: str = ""
    id: int | None = None


@dataclass
class MentorOffer:
    """A member organisation (and its person) offering to coach in some fields."""

    organisation_id: int
    person_id: int | None = None
    field_ids: list[int] = field(default_factory=list)
    other_fields: str = ""
    capacity: int = 1
    availability: str = ""
    starts_on: str = ""
    ends_on: str = ""
    note: str = ""
    id: int | None = None
    organisation_name: str = ""
    person_name: str = ""
    person_title: str = ""

    @property
    def label(self) -> str:
        """'보성자원 김승주 대표' — how the secretary names a mentor."""
        who = " ".join(p for p in (self.person_name, self.person_title) if p)
        return f"{self.organisation_name} {who}".strip()

    def active_on(self, day: str) -> bool:
        """True when `day` (YYYY-MM-DD) lies in the offer's active period."""
        return (not self.starts_on or self.starts_on <= day) and (not self.ends_on or day <= self.ends_on)


@dataclass
class Match:
    """A confirmed pairing of an application with a mentor offer."""

    application_id: int
    mentor_offer_id: int
    confirmed_on: str
    explanation: str = ""
    id: int | None = None
    company_name: str = ""
    mentor_label: str = ""
    application_status: str = ""


@dataclass
class Session:
    """One consulting session of a match; the plan budgets 5 × 100,000원."""

    match_id: int
    held_on: str
    hours: float = 2.0
    place: str = ""
    online: bool = False
    topics: str = ""
    fee: int = SESSION_FEE
    paid_on: str = ""
    mentor_signed: bool = False
    mentee_signed: bool = False
    id: int | None = None


@dataclass
class ResultReport:
    """결과보고서 of one match."""

    match_id: int
    problem: str = ""
    actions: str = ""
    outcome: str = ""
    follow_up: str = ""
    written_on: str = ""
    author: str = ""
    id: int | None = None


def _collect(errors: dict[str, str], name: str, check, *args):  # type: ignore[no-untyped-def]
    try:
        return check(*args)
    except ValidationError as error:
        errors.setdefault(name, error.message)
        return ""


def validated_application(app: Application) -> Application:
    """A cleaned copy of `app`, or `ValidationErrors` naming every bad field."""
    e: dict[str, str] = {}
    name = _collect(e, "company_name", v.clean_name, app.company_name, "company_name")
    if not name and "company_name" not in e:
        e["company_name"] = "기업명을 입력해 주세요."
    if app.certification not in ("", *CERTIFICATIONS):
        e["certification"] = "인증/지정여부는 '예비' 또는 '인증' 중 하나여야 합니다."
    if app.support_status not in ("", *SUPPORT_CHOICES):
        e["support_status"] = f"알 수 없는 지원 유무입니다: {app.support_status}"
    year = _support_year(app, e)
    texts = {f: _collect(e, f, v.clean_text, getattr(app, f), f, 500)
             for f in ("certification_number", "address", "org_form", "other_field")}
    texts["past_participation"] = _collect(e, "past_participation", v.clean_text, app.past_participation,
                                           "past_participation", 2000)
    texts["request"] = _collect(e, "request", v.clean_text, app.request, "request", MAX_REQUEST_LENGTH)
    names = {f: _collect(e, f, v.clean_name, getattr(app, f), f) for f in ("representative", "manager_name")}
    for f in ("phone", "fax", "manager_phone", "manager_mobile", "email", "manager_email"):
        _collect(e, f, v.refuse_resident_number, f, getattr(app, f))  # named for what it is, not "wrong format"
    phones = {f: _collect(e, f, v.normalize_phone, getattr(app, f), f)
              for f in ("phone", "fax", "manager_phone", "manager_mobile")}
    emails = {f: _collect(e, f, v.normalize_email, getattr(app, f), f) for f in ("email", "manager_email")}
    applied = _collect(e, "applied_on", check_date, "applied_on", app.applied_on)
    if e:
        raise ValidationErrors(e)
    return replace(app, company_name=name, support_year=year, applied_on=applied,
                   other_checked=bool(app.other_checked or texts["other_field"]),
                   field_ids=sorted(set(app.field_ids)), **texts, **names, **phones, **emails)


def _support_year(app: Application, e: dict[str, str]) -> int | None:
    if app.support_status != SUPPORT_CURRENT or app.support_year in (None, ""):
        return None
    try:
        year = int(app.support_year)
    except (TypeError, ValueError):
        year = 0
    if not 1 <= year <= 50:
        e["support_year"] = "현재 참여 년차는 1에서 50 사이의 숫자여야 합니다."
        return None
    return year


def validated_offer(offer: MentorOffer) -> MentorOffer:
    """A cleaned copy of a mentor offer, or `ValidationErrors`."""
    e: dict[str, str] = {}
    if not offer.organisation_id:
        e["organisation_id"] = "멘토 기업을 선택해 주세요."
    if not 1 <= int(offer.capacity or 0) <= 20:
        e["capacity"] = "동시에 맡을 멘티 수는 1에서 20 사이여야 합니다."
    if not offer.field_ids and not (offer.other_fields or "").strip():
        e["field_ids"] = "멘토링 분야를 하나 이상 고르거나 기타 분야를 적어 주세요."
    starts = _collect(e, "starts_on", check_date, "starts_on", offer.starts_on)
    ends = _collect(e, "ends_on", check_date, "ends_on", offer.ends_on)
    if starts and ends and ends < starts:
        e["ends_on"] = "활동 종료일이 시작일보다 빠릅니다."
    texts = {f: _collect(e, f, v.clean_text, getattr(offer, f), f, 1000)
             for f in ("other_fields", "availability", "note")}
    if e:
        raise ValidationErrors(e)
    return replace(offer, capacity=int(offer.capacity), starts_on=starts, ends_on=ends,
                   field_ids=sorted(set(offer.field_ids)), **texts)


def validated_session(session: Session) -> Session:
    """A cleaned copy of a session record, or `ValidationErrors`."""
    e: dict[str, str] = {}
    held = _collect(e, "held_on", check_date, "held_on", session.held_on)
    if not held and "held_on" not in e:
        e["held_on"] = "상담 날짜를 입력해 주세요."
    if not 0 <= float(session.hours or 0) <= 24:
        e["hours"] = "상담 시간은 0에서 24시간 사이여야 합니다."
    if int(session.fee or 0) < 0:
        e["fee"] = "컨설팅비는 0원 이상이어야 합니다."
    paid = _collect(e, "paid_on", check_date, "paid_on", session.paid_on)
    place = _collect(e, "place", v.clean_text, session.place, "place", 200)
    topics = _collect(e, "topics", v.clean_text, session.topics, "topics", 4000)
    if e:
        raise ValidationErrors(e)
    return replace(session, held_on=held, paid_on=paid, place=place, topics=topics,
                   hours=float(session.hours or 0), fee=int(session.fee or 0))


def validated_report(report: ResultReport) -> ResultReport:
    """A cleaned copy of a result report, or `ValidationErrors`."""
    e: dict[str, str] = {}
    texts = {f: _collect(e, f, v.clean_text, getattr(report, f), f, 8000)
             for f in ("problem", "actions", "outcome", "follow_up")}
    author = _collect(e, "author", v.clean_name, report.author, "author")
    written = _collect(e, "written_on", check_date, "written_on", report.written_on)
    if e:
        raise ValidationErrors(e)
    return replace(report, author=author, written_on=written or date.today().isoformat(), **texts)
