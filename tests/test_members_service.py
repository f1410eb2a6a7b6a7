"""Keeping organisations and people: validation, duplicates, soft delete and undo, round trips."""

import pytest

from seecodesk.core.errors import DuplicateError, ValidationErrors
from seecodesk.core.members import Consent, Designation, DuesPayment, MembershipPeriod, Organisation, Person, Role
from seecodesk.services.members import MemberService


def _full_org(**changes):
    org = Organisation(
        name="㈜ 햇살\n두레푸드", legal_form="주식회사", business_number="１２４８１００９９８",
        corporation_number="1101110006240", representative="한도윤", address="충청남도 가람시 중앙로 12",
        district="가람읍", phone="0417301234", fax="041 730 1235", email="sun@example.kr",
        homepage="sun.example.kr", industry="제조업", service_field="사회복지", founded_on="2015.3.2",
        news="<b>두부</b> 공장 & 급식 🌱",
        designations=[Designation("사회적기업", "일자리제공형", "2018-101", "2018-05-01"),
                      Designation("마을기업", number="M-7")],
        memberships=[MembershipPeriod("2016-03-05", "2019-12-31"), MembershipPeriod("2021-01-10")],
        dues=[DuesPayment(2024, 120_000, "2024-03-02"), DuesPayment(2025, 120_000)],
    )
    for key, value in changes.items():
        setattr(org, key, value)
    return org


def test_every_field_round_trips_normalised(db):
    service = MemberService(db)
    stored = service.save_organisation(_full_org())
    assert stored.name == "(주)햇살 두레푸드"
    assert stored.business_number == "124-81-00998"
    assert stored.corporation_number == "110111-0006240"
    assert (stored.phone, stored.fax) == ("041-730-1234", "041-730-1235")
    assert stored.homepage == "http://sun.example.kr"
    assert stored.founded_on == "2015-03-02"
    assert stored.news == "<b>두부</b> 공장 & 급식 🌱"
    assert sorted(d.kind for d in stored.designations) == ["마을기업", "사회적기업"]
    assert stored.membership_status == "회원"
    assert [d.year for d in stored.dues] == [2024, 2025]
    again = service.organisation(stored.id)
    assert again == stored


def test_invalid_fields_are_all_named_and_nothing_is_saved(db):
    service = MemberService(db)
    with pytest.raises(ValidationErrors) as caught:
        service.save_organisation(_full_org(business_number="1248100999", phone="12", email="x@"))
    assert set(caught.value.errors) >= {"business_number", "phone", "email"}
    assert service.directory() == []


def test_duplicate_business_number_is_refused(db):
    service = MemberService(db)
    service.save_organisation(_full_org())
    with pytest.raises(DuplicateError, match="이미"):
        service.save_organisation(_full_org(name="다른 이름"))
    assert len(service.directory()) == 1


def test_delete_and_undo_bring_the_member_back_whole(db):
    service = MemberService(db)
    stored = service.save_organisation(_full_org())
    service.save_person(Person("한도윤", organisation_id=stored.id, title="대표"))
    service.delete_organisations([stored.id])
    assert service.directory() == []
    restored = service.history.undo()
    assert restored is not None and restored.label == f"회원사 삭제 ({stored.name})"
    assert service.organisation(stored.id) == stored
    assert service.directory()[0].people == 1


def test_undo_is_refused_when_the_number_was_taken_meanwhile(db):
    service = MemberService(db)
    first = service.save_organisation(_full_org())
    service.delete_organisations([first.id])
    service.save_organisation(_full_org(name="새로 등록한 곳"))
    with pytest.raises(DuplicateError):
        service.history.restore("organisations", first.id)


def test_person_round_trip_with_roles_and_consent(db):
    service = MemberService(db)
    person = service.save_person(Person(
        "김나연", affiliation="시청", title="주무관", phone="041-730-1111", mobile="01012345678", gender="여",
        in_group_chat=True,
        roles=[Role("실무단", "민관 실무협의회", "2022-07-01")],
        consents=[Consent("2022-07-01", "이름, 연락처", "연락", "3년", third_party=True)],
    ))
    assert person.mobile == "010-1234-5678"
    assert service.person(person.id) == person


def test_resident_number_in_a_person_is_refused(db):
    service = MemberService(db)
    with pytest.raises(ValidationErrors) as caught:
        service.save_person(Person("홍길동", notes="주민번호 800101-1234567"))
    assert "주민등록번호" in caught.value.errors["notes"]


def test_membership_status_follows_periods():
    assert Organisation("가").membership_status == "비회원"
    assert Organisation("가", memberships=[MembershipPeriod("2020-01-01", "2021-01-01")]).membership_status == "탈퇴"
