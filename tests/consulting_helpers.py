"""Builders for the peer consulting tests: member organisations, mentors, a fully filled application."""

import subprocess
from pathlib import Path

from seecodesk.core.consulting import Application, MentorOffer
from seecodesk.core.members import Designation, MembershipPeriod, Organisation, Person
from seecodesk.services.consulting import ConsultingService
from seecodesk.services.settings import set_setting


def add_member(service: ConsultingService, name: str, kinds=(), representative="대표자", staff=()) -> int:
    """A member organisation with its representative and optional (name, title, mobile) staff; returns its id."""
    org = service.members.save_organisation(Organisation(
        name=name, representative=representative, phone="041-123-4567", fax="041-123-4568",
        address="충청남도 가람시 중앙로 1", email="office@example.kr",
        designations=[Designation(kind=k, number=f"2020-{i + 1:03d}", designated_on="2020-05-01")
                      for i, k in enumerate(kinds)],
        memberships=[MembershipPeriod(joined_on="2020-01-01")]))
    service.members.save_person(Person(name=representative, organisation_id=org.id, title="대표",
                                       mobile="010-1111-2222", email="boss@example.kr"))
    for person_name, title, mobile in staff:
        service.members.save_person(Person(name=person_name, organisation_id=org.id, title=title, mobile=mobile,
                                           phone="041-123-9999", email="staff@example.kr"))
    return int(org.id or 0)


def field_ids(service: ConsultingService, *names: str) -> list[int]:
    by_name = {name: fid for fid, name in service.field_names().items()}
    return [by_name[n] for n in names]


def add_mentor(service: ConsultingService, org_id: int, fields: tuple[str, ...], capacity: int = 1,
               **extra) -> int:
    offer = MentorOffer(organisation_id=org_id, field_ids=field_ids(service, *fields), capacity=capacity, **extra)
    return int(service.save_mentor(offer).id or 0)


def full_application(service: ConsultingService, organisation_id: int | None = None) -> Application:
    """An application with every field of the form filled with something distinctive."""
    return Application(
        company_name="(주)늘푸른협동", organisation_id=organisation_id, certification="예비",
        certification_number="2021-예비-077", representative="한가람", phone="041-555-0101",
        address="충청남도 가람시 은하면 별길 7", email="hello@neulpureun.kr", fax="041-555-0102",
        org_form="협동조합, 마을기업", support_status="현재 참여", support_year=2,
        past_participation="2020년 창업 컨설팅\n2021년 판로 지원", manager_name="도서연",
        manager_email="seoyeon@neulpureun.kr", manager_phone="041-555-0103", manager_mobile="010-2345-6789",
        field_ids=field_ids(service, "회계/세무", "마케팅"), other_checked=True, other_field="식품 위생",
        request="급여 회계 처리와 <b>온라인</b> 홍보 & 판로", applied_on="2022-03-15", signed=True)


def demo_network(db) -> None:
    set_setting(db, "network_name", "가람시사회적경제기업협의회")


def pdf_text(pdf: Path, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdfinfo(pdf: Path) -> str:
    return subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout


def fonts(pdf: Path) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) of every font in the PDF."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    return [(line.split()[0], line.split()[-5]) for line in lines]
