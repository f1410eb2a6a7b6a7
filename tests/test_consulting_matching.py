"""Mentor proposals: never the applicant itself nor a full mentor; ranked by overlap, spare places, past pairings."""

from dataclasses import replace

import pytest

from seecodesk.core.consulting import Application, MentorOffer, Session
from seecodesk.core.consulting_matching import MentorLoad, explain, past_pairings, propose_mentors
from seecodesk.core.errors import ValidationError
from seecodesk.services.consulting import ConsultingService
from tests.consulting_helpers import add_member, add_mentor, field_ids, full_application

NAMES = {1: "인사/노무", 2: "회계/세무", 3: "금융", 4: "현장관리", 5: "인증/사업계획서 작성", 6: "마케팅"}
DAY = "2022-05-01"


def load(offer_id, org_id, fields, capacity=1, active=0, past=0, name=None, **extra):
    offer = MentorOffer(organisation_id=org_id, field_ids=list(fields), capacity=capacity, id=offer_id,
                        organisation_name=name or f"기업{offer_id}", **extra)
    return MentorLoad(offer, active, past, organisation_key=(name or f"기업{offer_id}"))


def ranked(app, loads, key="신청기업"):
    return propose_mentors(app, key, loads, NAMES, DAY)


def test_more_shared_fields_rank_first_then_spare_places_then_past_pairings():
    app = Application(company_name="신청기업", organisation_id=99, field_ids=[2, 3])
    result = ranked(app, [
        load(1, 1, [2], capacity=3),            # 1 field, 3 spare
        load(2, 2, [2, 3], capacity=1),         # 2 fields, 1 spare
        load(3, 3, [3], capacity=3, past=2),    # 1 field, 3 spare, worked together before
        load(4, 4, [6], capacity=5),            # nothing in common
        load(5, 5, [2], capacity=2),            # 1 field, 2 spare
    ])
    assert [p.offer_id for p in result.proposals] == [2, 3, 1, 5, 4]
    assert result.proposals[0].explanation == "회계/세무·금융 일치, 여유 1명"
    assert result.proposals[1].explanation == "금융 일치, 여유 3명, 이전 매칭 2회"
    assert result.proposals[-1].explanation == "일치 분야 없음, 여유 5명"


def test_never_the_applicant_itself_nor_a_full_or_inactive_mentor():
    app = Application(company_name="(주)신청기업", organisation_id=7, field_ids=[2])
    result = ranked(app, [
        load(1, 7, [2], capacity=5),                              # the applicant's own offer
        load(2, 8, [2], capacity=2, active=2),                    # full
        load(3, 9, [2], capacity=1, ends_on="2022-04-30"),        # period over
        load(4, 10, [2], capacity=1, starts_on="2022-06-01"),     # not yet
        load(5, 11, [2], capacity=1, name="신청기업"),             # same organisation, other spelling
        load(6, 12, [2], capacity=2, active=1),                   # one place left
    ], key="신청기업")
    assert [p.offer_id for p in result.proposals] == [6]
    assert result.proposals[0].explanation == "회계/세무 일치, 여유 1명"
    reasons = {x.offer_id: x.reason for x in result.excluded}
    assert reasons[1] == reasons[5] == "신청 기업 자신"
    assert "정원 2명" in reasons[2]
    assert reasons[3] == reasons[4] == "활동 기간이 아님"


def test_other_field_text_counts_as_overlap():
    app = Application(company_name="A", field_ids=[], other_checked=True, other_field="식품 위생 관리")
    result = ranked(app, [load(1, 1, [6], capacity=1, other_fields="식품 위생"), load(2, 2, [6], capacity=4)])
    assert [p.offer_id for p in result.proposals] == [1, 2]
    assert result.proposals[0].explanation.startswith("기타(식품 위생 관리) 일치")


def test_explanation_line_matches_the_issue_example():
    assert explain(("회계/세무",), 1, 0) == "회계/세무 일치, 여유 1명"


@pytest.fixture
def service(db):
    return ConsultingService(db)


def test_service_excludes_own_organisation_and_full_mentor_and_counts_past_pairings(service):
    applicant = add_member(service, "(주)늘푸른협동")
    own = add_mentor(service, applicant, ("회계/세무",), capacity=3)
    busy = add_mentor(service, add_member(service, "바쁜멘토"), ("회계/세무",), capacity=1)
    known = add_mentor(service, add_member(service, "아는멘토"), ("회계/세무",), capacity=2)
    fresh = add_mentor(service, add_member(service, "새멘토"), ("회계/세무",), capacity=2)
    other = service.save_application(replace(full_application(service), company_name="다른기업", organisation_id=None))
    service.work.confirm(int(other.id), busy, "2022-03-01")
    earlier = service.save_application(full_application(service, applicant))
    service.work.confirm(int(earlier.id), known, "2022-03-02")
    service.move(int(earlier.id), "취소", reason="시기 조정")
    now = service.save_application(full_application(service, applicant))
    result = service.work.propose(int(now.id), "2022-04-01")
    ids = [p.offer_id for p in result.proposals]
    assert own not in ids and busy not in ids
    # 'known' coached this applicant before, but that application was cancelled: no credit for it.
    assert ids == [fresh, known]  # equal on every rule, so by name
    assert all(p.past_pairings == 0 for p in result.proposals)
    with pytest.raises(ValidationError, match="정원"):
        service.work.confirm(int(now.id), busy)
    with pytest.raises(ValidationError, match="자신"):
        service.work.confirm(int(now.id), own)


def test_past_pairing_with_the_same_member_breaks_a_tie(service):
    applicant = add_member(service, "새벽빵협동조합")
    first = add_mentor(service, add_member(service, "가나다멘토"), ("금융",), capacity=2)
    second = add_mentor(service, add_member(service, "하하하멘토"), ("금융",), capacity=2)
    before = service.save_application(replace(full_application(service, applicant), field_ids=field_ids(service, "금융")))
    match = service.work.confirm(int(before.id), second, "2021-05-01")
    service.work.save_session(Session(match_id=int(match.id), held_on="2021-05-10"))
    service.move(int(before.id), "완료", "2021-09-01")
    again = service.save_application(replace(full_application(service, applicant), field_ids=field_ids(service, "금융")))
    proposals = service.work.propose(int(again.id), "2022-04-01").proposals
    assert [p.offer_id for p in proposals] == [second, first]
    assert proposals[0].explanation == "금융 일치, 여유 2명, 이전 매칭 1회"


def test_a_confirmed_mentor_is_not_proposed_twice(service):
    mentor = add_mentor(service, add_member(service, "멘토"), ("마케팅",), capacity=3)
    app = service.save_application(full_application(service))
    service.work.confirm(int(app.id), mentor, "2022-04-01")
    result = service.work.propose(int(app.id), "2022-04-02")
    assert result.proposals == [] and result.excluded[0].reason == "이미 이 신청에 매칭됨"


def test_unit_other_field_overlap_needs_the_box_ticked_and_a_real_word():
    def other(offered, wanted="식품 위생 관리", checked=True):
        app = Application(company_name="A", other_checked=checked, other_field=wanted)
        return ranked(app, [load(1, 1, [], other_fields=offered)]).proposals[0].matched_fields

    assert other("식품 위생") == ("기타(식품 위생 관리)",)
    assert other("식품 위생 관리 및 HACCP") == ("기타(식품 위생 관리)",)  # the wish inside the offer
    assert other("HACCP, 위생") == ("기타(식품 위생 관리)",)  # one word of the offer in the wish
    assert other("식, 품") == ()  # one-letter words do not count
    assert other("식품 위생", checked=False) == ()
    assert other("식품 위생", wanted="  ") == ()
    assert other("  ") == ()
    assert other("회계") == ()


def test_unit_edges_of_capacity_period_and_ties():
    app = Application(company_name="신청기업", field_ids=[3, 1])
    result = propose_mentors(app, "", [
        load(1, 1, [1, 3], capacity=2, active=1, name="다"),
        load(2, 2, [1, 3], capacity=2, active=1, name="가", starts_on=DAY, ends_on=DAY),  # active on its only day
        load(3, 3, [1], capacity=1, active=1),  # exactly full
        MentorLoad(MentorOffer(organisation_id=4, field_ids=[1], capacity=1, id=4, organisation_name="기업4"), 0, 1),
        # ^ no organisation key on either side: no sign of the applicant's own organisation
        load(5, 5, [1], capacity=1),
        load(6, 6, [1], capacity=4),
    ], NAMES, DAY, already_matched={5})
    assert [p.offer_id for p in result.proposals] == [2, 1, 6, 4]
    assert result.proposals[0].matched_fields == ("인사/노무", "금융")  # in the list's own order
    assert [p.spare for p in result.proposals] == [1, 1, 4, 1]
    assert {x.offer_id: x.reason for x in result.excluded} == {3: "정원 1명이 모두 찼음", 5: "이미 이 신청에 매칭됨"}
    assert explain((), 0, 3) == "일치 분야 없음, 여유 0명, 이전 매칭 3회"


def test_unit_past_pairings_count_the_same_member_or_the_same_name_however_spelled():
    rows = [(1, 7, "아무이름"), (1, None, "(주) 새벽빵 협동조합"), (2, None, "새벽빵협동조합"), (2, 8, "새벽빵협동조합"),
            (3, None, "다른기업"), (3, 9, "새벽빵"), (1, 7, "또다른이름")]
    assert past_pairings(rows, 7, "새벽빵협동조합") == {1: 3, 2: 2}
    assert past_pairings(rows, None, "새벽빵협동조합") == {1: 1, 2: 2}
    assert past_pairings([], 7, "새벽빵협동조합") == {}


def test_a_non_member_applicant_spelled_differently_gets_credit_for_its_earlier_match(service):
    mentor = add_mentor(service, add_member(service, "가나다멘토"), ("금융",), capacity=3)
    other = add_mentor(service, add_member(service, "라마바멘토"), ("금융",), capacity=3)
    fields = field_ids(service, "금융")
    before = service.save_application(replace(full_application(service), company_name="(주)새벽빵 협동조합",
                                              organisation_id=None, field_ids=fields))
    service.work.confirm(int(before.id), other, "2021-05-01")
    again = service.save_application(replace(full_application(service), company_name="새벽빵협동조합",
                                             organisation_id=None, field_ids=fields))
    loads = {load.offer.id: load for load in service.work.loads(int(again.id))}
    assert (loads[other].past_pairings, loads[other].active_mentees) == (1, 1)
    assert (loads[mentor].past_pairings, loads[mentor].active_mentees) == (0, 0)
    assert {load.offer.id: load.active_mentees for load in service.work.loads()} == {mentor: 0, other: 1}


def test_unit_a_wish_inside_one_word_of_the_offer_or_a_comma_list_still_overlaps():
    def other(offered, wanted):
        app = Application(company_name="A", other_checked=True, other_field=wanted)
        return ranked(app, [load(1, 1, [], other_fields=offered)]).proposals[0].matched_fields

    assert other("식품위생관리", wanted="위생") == ("기타(위생)",)  # the wish is part of the offer's one word
    assert other("HACCP,위생", wanted="식품 위생 관리") == ("기타(식품 위생 관리)",)  # no space after the comma


def test_unit_an_excluded_mentor_is_named_in_the_greyed_list():
    app = Application(company_name="신청기업", field_ids=[2])
    result = ranked(app, [load(3, 3, [2], capacity=1, active=1, name="보성자원")])
    assert [(x.offer_id, x.label) for x in result.excluded] == [(3, "보성자원")]
