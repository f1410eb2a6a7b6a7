"""Between the member directory and the consulting form: pre-filling 기업 정보, and enrolling an applicant."""

from dataclasses import replace

from seecodesk.core.consulting import SUPPORT_CURRENT, Application
from seecodesk.core.members import Designation, MembershipPeriod, Organisation, Person

_CERTIFIED = ("사회적기업", "마을기업")
_PRELIMINARY = ("예비사회적기업", "예비마을기업")
_MANAGER_TITLES = ("사무국장", "실장", "팀장", "간사", "매니저")
PRELIMINARY_YEARS = 3  # a 예비사회적기업 designation runs three years


def _certification(org: Organisation) -> tuple[str, str]:
    """('인증'|'예비'|'', number) from the organisation's designations, 인증 winning over 예비."""
    for kinds, label in ((_CERTIFIED, "인증"), (_PRELIMINARY, "예비")):
        for d in org.designations:
            if d.kind in kinds:
                return label, d.number
    return "", ""


def _support(org: Organisation, on: str) -> tuple[str, int | None]:
    """현재 참여 (n년차) for a live 예비사회적기업 designation (3 years unless an end date says otherwise)."""
    for d in org.designations:
        if d.kind != "예비사회적기업" or not d.designated_on:
            continue
        year = int(on[:4]) - int(d.designated_on[:4]) + 1
        live = d.ends_on >= on if d.ends_on else year <= PRELIMINARY_YEARS
        return (SUPPORT_CURRENT, max(1, year)) if live else ("종료", None)
    return "", None


def _manager(org: Organisation, people: list[Person]) -> Person | None:
    """The person in charge: a 사무국장/실장/팀장 … if there is one, else the representative."""
    for title in _MANAGER_TITLES:
        for person in people:
            if person.title == title:
                return person
    return next((p for p in people if p.name == org.representative), people[0] if people else None)


def application_from_member(org: Organisation, people: list[Person], base: Application) -> Application:
    """`base` with every 기업 정보 field taken from the directory; fields, request and date are kept."""
    certification, number = _certification(org)
    support, year = _support(org, base.applied_on or "9999-12-31")
    kinds = [d.kind for d in org.designations if d.kind not in _PRELIMINARY]
    manager = _manager(org, people)
    return replace(
        base, organisation_id=org.id, company_name=org.name, certification=certification,
        certification_number=number, representative=org.representative, phone=org.phone, address=org.address,
        email=org.email, fax=org.fax, org_form=", ".join(kinds) or org.legal_form,
        support_status=support or base.support_status, support_year=year if support else base.support_year,
        manager_name=manager.name if manager else "", manager_email=(manager.email if manager else "") or org.email,
        manager_phone=(manager.phone if manager else "") or org.phone, manager_mobile=manager.mobile if manager else "",
    )


def organisation_from_application(app: Application, joined_on: str) -> tuple[Organisation, list[Person]]:
    """A new member organisation (joined `joined_on`) and its people, from a non-member's form."""
    designations = []
    if app.certification:
        kind = "사회적기업" if app.certification == "인증" else "예비사회적기업"
        designations.append(Designation(kind=kind, number=app.certification_number))
    org = Organisation(name=app.company_name, representative=app.representative, phone=app.phone,
                       address=app.address, email=app.email, fax=app.fax, designations=designations,
                       memberships=[MembershipPeriod(joined_on=joined_on, note="동료컨설팅 신청을 계기로 가입")])
    people = []
    if app.representative:
        people.append(Person(name=app.representative, title="대표", email=app.email, phone=app.phone))
    if app.manager_name and app.manager_name != app.representative:
        people.append(Person(name=app.manager_name, title="총괄책임자", email=app.manager_email,
                             phone=app.manager_phone, mobile=app.manager_mobile))
    return org, people
