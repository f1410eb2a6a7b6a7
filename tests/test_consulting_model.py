"""Peer consulting records: every form field round-trips, status moves, pre-fill, enrolment, sessions, figures."""

from dataclasses import asdict, fields, replace

import pytest

from seecodesk.core.consulting import Application, ConsultingField, ResultReport, Session
from seecodesk.core.consulting_status import check_move
from seecodesk.core.errors import SeeCoDeskError, ValidationError, ValidationErrors
from seecodesk.services.consulting import ConsultingService
from tests.consulting_helpers import add_member, add_mentor, field_ids, full_application


@pytest.fixture
def service(db):
    return ConsultingService(db)


def test_every_form_field_round_trips(service):
    org_id = add_member(service, "(주)늘푸른협동")
    original = full_application(service, org_id)
    saved = service.save_application(original)
    again = service.application(int(saved.id))
    workflow = {"id", "status", "receipt_number", "cancel_reason"}
    for f in fields(Application):
        if f.name not in workflow:
            assert getattr(again, f.name) == getattr(original, f.name), f.name
    assert again.status == "접수" and again.receipt_number == "2022-001"
    assert [(h.status, h.changed_on) for h in service.history(int(saved.id))] == [("접수", "2022-03-15")]


def test_editing_keeps_status_and_number_and_replaces_fields(service):
    saved = service.save_application(full_application(service))
    edited = service.save_application(replace(saved, field_ids=field_ids(service, "금융"), other_checked=False,
                                              other_field="", status="완료", request="바뀐 내용"))
    assert edited.status == "접수" and edited.receipt_number == saved.receipt_number
    assert edited.field_ids == field_ids(service, "금융") and not edited.other_checked
    assert edited.request == "바뀐 내용"


def test_bad_input_names_every_field_in_korean(service):
    bad = replace(full_application(service), company_name=" ", phone="12", manager_email="no-at",
                  support_year=99, applied_on="2022-13-40")
    with pytest.raises(ValidationErrors) as caught:
        service.save_application(bad)
    assert set(caught.value.errors) == {"company_name", "phone", "manager_email", "support_year", "applied_on"}
    assert "기업명" in caught.value.errors["company_name"]
    assert service.applications() == []


def test_prefill_from_member_takes_organisation_and_person_in_charge(service):
    org_id = add_member(service, "새벽빵협동조합", kinds=("협동조합", "예비사회적기업"), representative="임하늘",
                        staff=(("전미숙", "사무국장", "010-3333-4444"),))
    base = replace(service.blank_application(), applied_on="2021-06-01", request="자금 문제",
                   field_ids=field_ids(service, "금융"))
    app = service.prefill_from_member(org_id, base)
    assert (app.organisation_id, app.company_name, app.representative) == (org_id, "새벽빵협동조합", "임하늘")
    assert (app.phone, app.fax, app.address, app.email) == ("041-123-4567", "041-123-4568",
                                                            "충청남도 가람시 중앙로 1", "office@example.kr")
    assert (app.certification, app.certification_number) == ("예비", "2020-002")
    assert app.org_form == "협동조합"
    assert (app.support_status, app.support_year) == ("현재 참여", 2)
    assert (app.manager_name, app.manager_mobile) == ("전미숙", "010-3333-4444")
    assert app.request == "자금 문제" and app.field_ids == field_ids(service, "금융")


@pytest.mark.parametrize("current,new", [("접수", "진행"), ("접수", "완료"), ("매칭", "완료"), ("완료", "취소"),
                                         ("완료", "접수"), ("진행", "접수"), ("취소", "완료"), ("접수", "접수")])
def test_impossible_moves_are_refused_in_korean(current, new):
    with pytest.raises(ValidationError) as caught:
        check_move(current, new, reason="사유")
    assert "상태" in str(caught.value) and caught.value.message.isascii() is False


def test_cancel_needs_a_reason_and_keeps_it_with_the_date(service):
    app_id = int(service.save_application(full_application(service)).id)
    with pytest.raises(ValidationError, match="취소 사유"):
        service.move(app_id, "취소", "2022-04-01", reason="  ")
    cancelled = service.move(app_id, "취소", "2022-04-01", reason="대표 교체")
    assert (cancelled.status, cancelled.cancel_reason) == ("취소", "대표 교체")
    assert service.history(app_id)[-1].reason == "대표 교체"
    again = service.move(app_id, "접수", "2022-04-02")
    assert (again.status, again.cancel_reason) == ("접수", "")


def test_matching_status_needs_a_confirmed_match(service):
    app_id = int(service.save_application(full_application(service)).id)
    with pytest.raises(ValidationError, match="매칭"):
        service.move(app_id, "매칭")


def test_workflow_confirm_session_complete_with_dated_history(service):
    mentor_org = add_member(service, "은빛인쇄(주)")
    offer = add_mentor(service, mentor_org, ("회계/세무",), capacity=1)
    app_id = int(service.save_application(full_application(service)).id)
    match = service.work.confirm(app_id, offer, "2022-04-01")
    assert service.application(app_id).status == "매칭"
    with pytest.raises(ValidationError, match="매칭이 남아"):
        service.move(app_id, "접수")
    service.work.save_session(Session(match_id=int(match.id), held_on="2022-04-10", topics="급여 회계", paid_on="2022-04-10"))
    assert service.application(app_id).status == "진행"
    service.move(app_id, "완료", "2022-06-30")
    assert [(h.status, h.changed_on) for h in service.history(app_id)] == [
        ("접수", "2022-03-15"), ("매칭", "2022-04-01"), ("진행", "2022-04-10"), ("완료", "2022-06-30")]
    with pytest.raises(ValidationError):
        service.move(app_id, "취소", reason="늦은 취소")


def test_undo_takes_back_a_status_move_and_a_match(service):
    offer = add_mentor(service, add_member(service, "멘토기업"), ("마케팅",))
    app_id = int(service.save_application(full_application(service)).id)
    service.work.confirm(app_id, offer, "2022-04-01")
    assert service.undo() is not None
    assert service.application(app_id).status == "접수" and service.work.matches(app_id) == []
    assert [h.status for h in service.history(app_id)] == ["접수"]
    service.move(app_id, "취소", reason="중복 신청")
    service.undo()
    assert service.application(app_id).status == "접수" and service.undo() is None


def test_delete_application_is_undoable(service):
    app_id = int(service.save_application(full_application(service)).id)
    service.delete_application(app_id)
    assert service.applications() == []
    service.undo()
    assert [a.id for a in service.applications()] == [app_id]


def test_non_member_applicant_becomes_a_member_with_people(service):
    app = service.save_application(full_application(service))
    assert app.organisation_id is None
    org_id = service.make_member(int(app.id), "2022-05-01")
    org = service.members.organisation(org_id)
    assert org.name == "(주)늘푸른협동" and org.membership_status == "회원"
    assert org.memberships[0].joined_on == "2022-05-01"
    assert [d.kind for d in org.designations] == ["예비사회적기업"]
    assert {p.name for p in service.members.people_of(org_id)} == {"한가람", "도서연"}
    assert service.application(int(app.id)).organisation_id == org_id
    with pytest.raises(SeeCoDeskError, match="이미 회원사"):
        service.make_member(int(app.id))


def test_field_list_is_editable_but_a_used_field_is_only_switched_off(service):
    added = service.save_field(ConsultingField(name="식품 위생"))
    assert [f.name for f in service.fields()][-1] == "식품 위생"
    service.save_field(replace(added, name="식품위생·HACCP"))
    used = field_ids(service, "마케팅")[0]
    service.save_application(replace(full_application(service), field_ids=[used]))
    with pytest.raises(SeeCoDeskError, match="사용 안 함"):
        service.delete_field(used)
    marketing = next(f for f in service.fields() if f.id == used)
    service.save_field(replace(marketing, active=False))
    assert "마케팅" not in [f.name for f in service.fields()]
    assert "마케팅" in service.field_names().values()
    service.delete_field(int(added.id))
    assert "식품위생·HACCP" not in service.field_names().values()


def test_sessions_budget_report_and_yearly_figures(service):
    offer = add_mentor(service, add_member(service, "멘토기업"), ("회계/세무", "마케팅"), capacity=2)
    app_id = int(service.save_application(full_application(service)).id)
    match_id = int(service.work.confirm(app_id, offer, "2022-04-01").id)
    for day, paid in (("2022-04-10", "2022-04-11"), ("2022-05-10", ""), ("2023-01-10", "2023-01-12")):
        service.work.save_session(Session(match_id=match_id, held_on=day, paid_on=paid, online=True))
    budget = service.work.budget(match_id)
    assert (budget.sessions, budget.fees, budget.paid) == (3, 300_000, 200_000)
    assert "3회 / 계획 5회" in budget.summary() and "예산 500,000원" in budget.summary()
    service.work.save_report(ResultReport(match_id=match_id, problem="문제", actions="한 일", outcome="성과",
                                          follow_up="후속", written_on="2022-06-01", author="멘토"))
    stored = service.work.report(match_id)
    assert asdict(stored) | {"id": None} == asdict(ResultReport(match_id, "문제", "한 일", "성과", "후속",
                                                                "2022-06-01", "멘토"))
    year = service.work.figures(2022)
    assert (year.total.applications, year.total.matches, year.total.sessions, year.total.fees_paid) == (1, 1, 2, 100_000)
    by_field = {row.label: row for row in year.by_field}
    assert by_field["회계/세무"].sessions == 2 and by_field["금융"].applications == 0
    assert service.work.figures(2023).total.fees_paid == 100_000
    assert service.work.years() == [2023, 2022]


def test_yearly_figures_count_each_event_by_its_own_date_and_skip_deleted_applications(service):
    offer = add_mentor(service, add_member(service, "멘토기업"), ("회계/세무", "마케팅"), capacity=5)
    done = int(service.save_application(full_application(service)).id)  # 회계/세무 and 마케팅, applied 2022
    match_id = int(service.work.confirm(done, offer, "2022-12-01").id)
    service.work.save_session(Session(match_id=match_id, held_on="2022-12-20", paid_on="2023-01-03"))
    service.work.save_session(Session(match_id=match_id, held_on="2023-02-01"))
    service.move(done, "완료", "2023-02-10")
    service.save_application(replace(full_application(service), field_ids=field_ids(service, "마케팅")))
    gone = int(service.save_application(full_application(service)).id)
    gone_match = int(service.work.confirm(gone, offer, "2022-05-01").id)
    service.work.save_session(Session(match_id=gone_match, held_on="2022-05-02", paid_on="2022-05-03"))
    service.delete_application(gone)

    def counts(row):
        return (row.applications, row.matches, row.sessions, row.fees_paid, row.completed)

    year = service.work.figures(2022)
    by_field = {row.label: counts(row) for row in year.by_field}
    assert counts(year.total) == (2, 1, 1, 0, 1)
    assert by_field["회계/세무"] == (1, 1, 1, 0, 1) and by_field["마케팅"] == (2, 1, 1, 0, 1)
    assert by_field["금융"] == (0, 0, 0, 0, 0) and list(by_field) == list(service.field_names().values())
    later = service.work.figures(2023)
    assert counts(later.total) == (0, 0, 1, 100_000, 0)
    assert {row.label: counts(row) for row in later.by_field}["회계/세무"] == (0, 0, 1, 100_000, 0)
    assert counts(service.work.figures(2030).total) == (0, 0, 0, 0, 0)


def test_a_session_cannot_be_logged_on_a_cancelled_application(service):
    offer = add_mentor(service, add_member(service, "멘토기업"), ("마케팅",))
    app_id = int(service.save_application(full_application(service)).id)
    match_id = int(service.work.confirm(app_id, offer, "2022-04-01").id)
    service.move(app_id, "취소", reason="사정")
    with pytest.raises(ValidationError, match="취소"):
        service.work.save_session(Session(match_id=match_id, held_on="2022-04-10"))


def test_demo_has_three_mentors_and_every_status(demo_db):
    service = ConsultingService(demo_db)
    assert len(service.mentors()) == 3
    apps = service.applications()
    assert {a.status for a in apps} == {"접수", "매칭", "진행", "완료", "취소"}
    assert any(a.organisation_id is None for a in apps)
    assert all(a.cancel_reason for a in apps if a.status == "취소")
    done = next(a for a in apps if a.status == "완료")
    match = service.work.matches(int(done.id))[0]
    assert service.work.report(int(match.id)).outcome
    assert service.work.budget(int(match.id)).paid == 500_000


def test_unit_every_allowed_move_and_where_each_refusal_shows():
    from seecodesk.core.consulting_status import possible_moves

    allowed = [("접수", "매칭"), ("매칭", "진행"), ("매칭", "접수"), ("진행", "완료"), ("취소", "접수")]
    for current, new in allowed:
        check_move(current, new)
    for current in ("접수", "매칭", "진행"):
        check_move(current, "취소", reason="대표 교체")
        with pytest.raises(ValidationError) as caught:
            check_move(current, "취소", reason=" \n")
        assert caught.value.field == "reason"
        with pytest.raises(ValidationError) as caught:
            check_move(current, "취소")
        assert caught.value.field == "reason"
    for current, new in (("완료", "진행"), ("접수", "보류"), ("없는", "접수"), ("진행", "진행")):
        with pytest.raises(ValidationError) as caught:
            check_move(current, new, reason="사유")
        assert caught.value.field == "status"
    assert [possible_moves(s) for s in ("접수", "매칭", "진행", "완료", "취소", "없는")] == [
        ("매칭", "취소"), ("진행", "접수", "취소"), ("완료", "취소"), (), ("접수",), ()]


def test_unit_a_refusal_tells_the_secretary_what_to_do_and_prints_nothing_stray():
    with pytest.raises(ValidationError) as caught:
        check_move("접수", "보류")
    assert caught.value.field == "status" and "보류" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        check_move("접수", "진행")
    assert "매칭" in caught.value.message  # the step to take first
    for current, new in (("진행", "접수"), ("취소", "완료"), ("완료", "접수"), ("완료", "취소")):
        with pytest.raises(ValidationError) as caught:
            check_move(current, new)
        assert "None" not in caught.value.message and caught.value.message.endswith(".")


def _application(**changes):
    base = {"company_name": "늘푸른협동", "certification": "예비", "support_status": "현재 참여", "support_year": 2,
            "phone": "041-555-0101", "fax": "041-555-0102", "manager_phone": "041-555-0103",
            "manager_mobile": "010-2345-6789", "email": "a@b.kr", "manager_email": "c@d.kr", "applied_on": "2022.3.15",
            "field_ids": [3, 1, 3]}
    return Application(**{**base, **changes})


def _fields_refused(check, record):
    try:
        check(record)
    except ValidationErrors as caught:
        return set(caught.errors)
    return set()


@pytest.mark.parametrize(("changes", "fields"), [
    ({}, set()), ({"company_name": " "}, {"company_name"}), ({"company_name": "가" * 201}, {"company_name"}),
    ({"certification": "인증"}, set()), ({"certification": ""}, set()), ({"certification": "신청"}, {"certification"}),
    ({"support_status": "종료", "support_year": "많이"}, set()), ({"support_status": "몰라요"}, {"support_status"}),
    ({"support_year": 0}, {"support_year"}), ({"support_year": 51}, {"support_year"}), ({"support_year": 50}, set()),
    ({"support_year": 1}, set()), ({"support_year": "둘"}, {"support_year"}), ({"support_year": ""}, set()),
    ({"certification_number": "가" * 501}, {"certification_number"}), ({"address": "가" * 501}, {"address"}),
    ({"org_form": "가" * 501}, {"org_form"}), ({"other_field": "가" * 501}, {"other_field"}),
    ({"past_participation": "가" * 2_001}, {"past_participation"}), ({"request": "가" * 5_001}, {"request"}),
    ({"certification_number": "가" * 500, "address": "가" * 500, "org_form": "가" * 500, "other_field": "가" * 500,
      "past_participation": "가" * 2_000, "request": "가" * 5_000}, set()),
    ({"representative": "가" * 201}, {"representative"}), ({"manager_name": "가" * 201}, {"manager_name"}),
    ({"phone": "12"}, {"phone"}), ({"fax": "12"}, {"fax"}), ({"manager_phone": "12"}, {"manager_phone"}),
    ({"manager_mobile": "12"}, {"manager_mobile"}), ({"email": "no-at"}, {"email"}),
    ({"manager_email": "no-at"}, {"manager_email"}), ({"applied_on": "2022-02-30"}, {"applied_on"}),
])
def test_unit_an_application_is_refused_beside_each_wrong_box(changes, fields):
    from seecodesk.core.consulting import validated_application

    assert _fields_refused(validated_application, _application(**changes)) == fields


def test_unit_a_kept_application_is_cleaned():
    from seecodesk.core.consulting import validated_application

    kept = validated_application(_application(company_name=" 늘푸른 ", support_year="3", representative=" 한가람 ",
                                              manager_name=" 도서연 ", phone="0415550101", email=" a@b.kr ",
                                              other_field=" 식품 위생 ", request=" 요청 "))
    assert (kept.company_name, kept.support_year, kept.representative, kept.manager_name, kept.phone, kept.email) == (
        "늘푸른", 3, "한가람", "도서연", "041-555-0101", "a@b.kr")
    assert (kept.other_field, kept.other_checked, kept.request, kept.applied_on, kept.field_ids) == (
        "식품 위생", True, "요청", "2022-03-15", [1, 3])
    assert validated_application(_application(support_status="종료", support_year=3)).support_year is None
    assert validated_application(_application(support_year=None)).support_year is None
    assert validated_application(_application(other_checked=True)).other_checked is True
    assert validated_application(_application()).other_checked is False


@pytest.mark.parametrize(("changes", "fields"), [
    ({}, set()), ({"organisation_id": None}, {"organisation_id"}), ({"organisation_id": 0}, {"organisation_id"}),
    ({"capacity": 0}, {"capacity"}), ({"capacity": None}, {"capacity"}), ({"capacity": 21}, {"capacity"}),
    ({"capacity": 20}, set()), ({"capacity": 1}, set()), ({"field_ids": []}, {"field_ids"}),
    ({"field_ids": [], "other_fields": "  "}, {"field_ids"}), ({"field_ids": [], "other_fields": "식품 위생"}, set()),
    ({"starts_on": "2022-02-30"}, {"starts_on"}), ({"ends_on": "언제"}, {"ends_on"}),
    ({"starts_on": "2022-05-02", "ends_on": "2022-05-01"}, {"ends_on"}), ({"starts_on": "2022-05-01", "ends_on": "2022-05-01"}, set()),
    ({"other_fields": "가" * 1_001}, {"other_fields"}), ({"availability": "가" * 1_001}, {"availability"}),
    ({"note": "가" * 1_001}, {"note"}),
    ({"other_fields": "가" * 1_000, "availability": "가" * 1_000, "note": "가" * 1_000}, set()),
])
def test_unit_a_mentor_offer_is_refused_beside_each_wrong_box(changes, fields):
    from seecodesk.core.consulting import MentorOffer, validated_offer

    offer = MentorOffer(**{"organisation_id": 4, "field_ids": [2, 1, 2], "capacity": "2", **changes})
    assert _fields_refused(validated_offer, offer) == fields
    if not fields:
        kept = validated_offer(offer)
        assert kept.capacity == int(offer.capacity) and kept.field_ids == sorted(set(offer.field_ids))


def test_unit_a_kept_offer_has_its_dates_and_texts_cleaned():
    from seecodesk.core.consulting import MentorOffer, validated_offer

    kept = validated_offer(MentorOffer(organisation_id=4, field_ids=[1], starts_on="2022.3.1", ends_on="2022.12.31",
                                       availability=" 평일 ", note=" 메모 ", other_fields=" 위생 "))
    assert (kept.starts_on, kept.ends_on, kept.availability, kept.note, kept.other_fields) == (
        "2022-03-01", "2022-12-31", "평일", "메모", "위생")


@pytest.mark.parametrize(("changes", "fields"), [
    ({}, set()), ({"held_on": ""}, {"held_on"}), ({"held_on": "2022-02-30"}, {"held_on"}), ({"hours": -0.5}, {"hours"}),
    ({"hours": 24.5}, {"hours"}), ({"hours": 24}, set()), ({"hours": 0}, set()), ({"hours": None}, set()),
    ({"fee": -1}, {"fee"}), ({"fee": 0}, set()), ({"fee": None}, set()), ({"paid_on": "어제"}, {"paid_on"}),
    ({"place": "가" * 201}, {"place"}), ({"topics": "가" * 4_001}, {"topics"}),
    ({"place": "가" * 200, "topics": "가" * 4_000}, set()),
])
def test_unit_a_session_is_refused_beside_each_wrong_box(changes, fields):
    from seecodesk.core.consulting import validated_session

    session = Session(**{"match_id": 1, "held_on": "2022.4.10", "paid_on": "2022.4.11", "hours": "1.5", "fee": "90000",
                         **changes})
    assert _fields_refused(validated_session, session) == fields
    if not fields:
        kept = validated_session(session)
        assert kept.held_on == "2022-04-10" and kept.hours == float(session.hours or 0) and kept.fee == int(session.fee or 0)
        assert kept.paid_on == ("2022-04-11" if "paid_on" not in changes else "")


def test_unit_a_kept_session_and_report_are_cleaned():
    from datetime import date

    from seecodesk.core.consulting import validated_report, validated_session

    kept = validated_session(Session(match_id=1, held_on="2022-04-10", place=" 교육장 ", topics=" 회계 "))
    assert (kept.place, kept.topics, kept.hours, kept.fee) == ("교육장", "회계", 2.0, 100_000)
    report = validated_report(ResultReport(match_id=1, problem=" 문제 ", actions=" 조치 ", outcome=" 결과 ",
                                           follow_up=" 후속 ", author=" 멘토 ", written_on="2022.6.1"))
    assert (report.problem, report.actions, report.outcome, report.follow_up, report.author, report.written_on) == (
        "문제", "조치", "결과", "후속", "멘토", "2022-06-01")
    assert validated_report(ResultReport(match_id=1)).written_on == date.today().isoformat()


@pytest.mark.parametrize(("changes", "fields"), [
    ({"problem": "가" * 8_001}, {"problem"}), ({"actions": "가" * 8_001}, {"actions"}),
    ({"outcome": "가" * 8_001}, {"outcome"}), ({"follow_up": "가" * 8_001}, {"follow_up"}),
    ({"author": "가" * 201}, {"author"}), ({"written_on": "2022-02-30"}, {"written_on"}),
    ({"problem": "가" * 8_000, "actions": "가" * 8_000, "outcome": "가" * 8_000, "follow_up": "가" * 8_000}, set()),
])
def test_unit_a_result_report_is_refused_beside_each_wrong_box(changes, fields):
    from seecodesk.core.consulting import validated_report

    assert _fields_refused(validated_report, ResultReport(match_id=1, **changes)) == fields


def test_unit_a_mentor_is_named_and_active_in_its_period():
    from seecodesk.core.consulting import MentorOffer

    offer = MentorOffer(organisation_id=1, organisation_name="보성자원", person_name="김승주", person_title="대표",
                        starts_on="2022-03-01", ends_on="2022-12-31")
    assert offer.label == "보성자원 김승주 대표"
    assert MentorOffer(organisation_id=1, organisation_name="보성자원", person_title="대표").label == "보성자원 대표"
    assert MentorOffer(organisation_id=1, organisation_name="보성자원").label == "보성자원"
    assert [offer.active_on(d) for d in ("2022-02-28", "2022-03-01", "2022-12-31", "2023-01-01")] == [
        False, True, True, False]
    assert MentorOffer(organisation_id=1).active_on("1999-01-01")


@pytest.mark.parametrize("box", ["phone", "fax", "manager_phone", "manager_mobile", "email", "manager_email"])
def test_unit_a_resident_number_in_a_contact_box_is_refused_beside_that_box_alone(box):
    from seecodesk.core.consulting import validated_application

    typed = "900101-1234567@mail.kr" if "email" in box else "900101-1234567"
    assert _fields_refused(validated_application, _application(**{box: typed})) == {box}
