"""Unit tests of storage/consulting_work: matches, sessions, result reports and the yearly figures as stored."""

import pytest

from seecodesk.core.consulting import Application, Match, MentorOffer, ResultReport, Session
from seecodesk.core.errors import DuplicateError, NotFoundError
from seecodesk.storage import consulting as offers
from seecodesk.storage import consulting_work as store
from tests.store_rows import add_organisation, add_person


def _fields(db):
    return {f.name: f.id for f in offers.list_fields(db, include_inactive=True)}


def _app(db, company="늘푸른협동", applied_on="2022-03-15", fields=("회계/세무",), **values):
    by_name = _fields(db)
    return offers.insert_application(db, Application(company_name=company, applied_on=applied_on,
                                                     field_ids=[by_name[f] for f in fields], **values))


def _mentor(db, org_name="나눔카페", person=None, title=""):
    org = add_organisation(db, org_name)
    person_id = add_person(db, person, org, title=title) if person else None
    return offers.save_offer(db, MentorOffer(organisation_id=org, person_id=person_id))


# --- matches --------------------------------------------------------------------------------------


def test_a_match_names_the_company_the_mentor_and_the_application_s_status(db):
    app = _app(db, status="매칭")
    titled = _mentor(db, "나눔카페", "김하나", "대표")
    untitled = _mentor(db, "가람농장", "이둘")
    nobody = _mentor(db, "다온마을")
    ids = [store.insert_match(db, Match(app, offer, "2022-04-01", explanation=f"설명{i}"))
           for i, offer in enumerate((titled, untitled, nobody))]
    shown = [store.get_match(db, i) for i in ids]
    assert [m.mentor_label for m in shown] == ["나눔카페 김하나 대표", "가람농장 이둘", "다온마을"]
    first = shown[0]
    assert (first.id, first.application_id, first.mentor_offer_id, first.confirmed_on, first.explanation) == (
        ids[0], app, titled, "2022-04-01", "설명0")
    assert (first.company_name, first.application_status) == ("늘푸른협동", "매칭")


def test_the_same_mentor_is_matched_to_an_application_once_and_a_match_can_be_taken_back(db):
    app, other = _app(db), _app(db, company="가람농장")
    mentor = _mentor(db)
    first = store.insert_match(db, Match(app, mentor, "2022-04-01"))
    with pytest.raises(DuplicateError):
        store.insert_match(db, Match(app, mentor, "2022-05-01"))
    second = store.insert_match(db, Match(other, mentor, "2022-04-02"))  # another application may have it
    assert [m.id for m in store.matches_of(db, app)] == [first]
    store.delete_match(db, first)
    assert store.matches_of(db, app) == [] and [m.id for m in store.matches_of(db, other)] == [second]
    with pytest.raises(NotFoundError):
        store.get_match(db, first)


def test_an_application_s_matches_come_by_date_and_vanish_with_a_deleted_application(db):
    app = _app(db)
    late = store.insert_match(db, Match(app, _mentor(db, "가"), "2022-06-01"))
    early = store.insert_match(db, Match(app, _mentor(db, "나"), "2022-04-01"))
    tie = store.insert_match(db, Match(app, _mentor(db, "다"), "2022-06-01"))
    assert [m.id for m in store.matches_of(db, app)] == [early, late, tie]
    offers.set_application_deleted(db, app, True)
    assert store.matches_of(db, app) == []
    with pytest.raises(NotFoundError):
        store.get_match(db, early)


def test_open_mentees_count_each_mentor_s_live_matches_in_the_given_statuses(db):
    busy, free = _mentor(db, "가"), _mentor(db, "나")
    for status, offer in (("매칭", busy), ("진행", busy), ("완료", busy), ("매칭", free), ("접수", free)):
        store.insert_match(db, Match(_app(db, status=status), offer, "2022-04-01"))
    gone = _app(db, status="매칭")
    store.insert_match(db, Match(gone, free, "2022-04-01"))
    offers.set_application_deleted(db, gone, True)
    assert store.open_mentees(db, ("매칭", "진행")) == {busy: 2, free: 1}
    assert store.open_mentees(db, ("완료",)) == {busy: 1}


def test_pairings_are_the_other_live_not_cancelled_applications_matches(db):
    member = add_organisation(db, "회원사")
    mentor = _mentor(db, "멘토")
    mine = _app(db, status="매칭")
    kept = _app(db, company="회원사", organisation_id=member, status="완료")
    cancelled = _app(db, company="취소한곳", status="취소")
    deleted = _app(db, company="지운곳")
    for app in (mine, kept, cancelled, deleted):
        store.insert_match(db, Match(app, mentor, "2022-04-01"))
    offers.set_application_deleted(db, deleted, True)
    assert store.pairings(db, mine) == [(mentor, member, "회원사")]
    assert sorted(store.pairings(db, kept)) == [(mentor, None, "늘푸른협동")]


# --- sessions -------------------------------------------------------------------------------------


def test_sessions_are_stored_with_every_box_and_listed_by_date(db):
    match = store.insert_match(db, Match(_app(db), _mentor(db), "2022-04-01"))
    other = store.insert_match(db, Match(_app(db), _mentor(db, "가람농장"), "2022-04-01"))
    late = store.save_session(db, Session(match, "2022-05-10", hours=1.5, place="카페", online=True, topics="홍보",
                                          fee=100000, paid_on="2022-05-31", mentor_signed=True, mentee_signed=True))
    early = store.save_session(db, Session(match, "2022-04-20"))
    tie = store.save_session(db, Session(match, "2022-05-10"))
    store.save_session(db, Session(other, "2022-04-01"))
    assert [s.id for s in store.sessions_of(db, match)] == [early, late, tie]
    shown = store.get_session(db, late)
    assert shown == Session(match, "2022-05-10", hours=1.5, place="카페", online=True, topics="홍보", fee=100000,
                            paid_on="2022-05-31", mentor_signed=True, mentee_signed=True, id=late)
    plain = store.get_session(db, early)
    assert (plain.online, plain.mentor_signed, plain.mentee_signed) == (False, False, False)


def test_a_session_is_edited_in_place_and_deleted_alone(db):
    match = store.insert_match(db, Match(_app(db), _mentor(db), "2022-04-01"))
    first = store.save_session(db, Session(match, "2022-04-20", online=True, mentor_signed=True))
    second = store.save_session(db, Session(match, "2022-04-27"))
    edited = store.get_session(db, first)
    edited.topics, edited.online, edited.mentor_signed, edited.mentee_signed = "회계", False, False, True
    assert store.save_session(db, edited) == first
    again = store.get_session(db, first)
    assert (again.topics, again.online, again.mentor_signed, again.mentee_signed) == ("회계", False, False, True)
    assert len(store.sessions_of(db, match)) == 2
    store.delete_session(db, first)
    assert [s.id for s in store.sessions_of(db, match)] == [second]
    with pytest.raises(NotFoundError):
        store.get_session(db, first)


# --- result reports -------------------------------------------------------------------------------


def test_a_match_has_one_result_report_that_saving_again_rewrites(db):
    match = store.insert_match(db, Match(_app(db), _mentor(db), "2022-04-01"))
    other = store.insert_match(db, Match(_app(db), _mentor(db, "가람농장"), "2022-04-01"))
    assert store.get_report(db, match) is None
    report = ResultReport(match, problem="문제", actions="조치", outcome="성과", follow_up="후속",
                          written_on="2022-06-30", author="김하나")
    report_id = store.save_report(db, report)
    assert store.get_report(db, match) == ResultReport(**{**report.__dict__, "id": report_id})
    other_id = store.save_report(db, ResultReport(other, problem="다른"))
    report.problem, report.author = "고친 문제", "이둘"
    assert store.save_report(db, report) == report_id != other_id
    again = store.get_report(db, match)
    assert (again.problem, again.actions, again.author, again.id) == ("고친 문제", "조치", "이둘", report_id)
    assert store.get_report(db, other).problem == "다른"


# --- yearly counts ----------------------------------------------------------------------------------


def test_yearly_counts_take_each_event_by_its_own_date_in_total_and_per_field(db):
    tax, money = _fields(db)["회계/세무"], _fields(db)["금융"]
    mentor = _mentor(db)
    done = _app(db, applied_on="2022-02-01", fields=("회계/세무", "금융"), status="완료")
    carried = _app(db, applied_on="2021-11-01", fields=("금융",))
    gone = _app(db, applied_on="2022-03-01", fields=("금융",))
    first = store.insert_match(db, Match(done, mentor, "2022-02-10"))
    second = store.insert_match(db, Match(carried, mentor, "2022-01-05"))
    lost = store.insert_match(db, Match(gone, mentor, "2022-03-05"))
    store.save_session(db, Session(first, "2022-03-01", fee=100, paid_on="2022-03-31"))
    store.save_session(db, Session(first, "2022-12-20", fee=200, paid_on="2023-01-10"))  # paid next year
    store.save_session(db, Session(second, "2021-12-20", fee=50, paid_on="2022-01-05"))  # held last year, paid now
    store.save_session(db, Session(second, "2022-04-01", fee=70))  # not paid yet
    store.save_session(db, Session(lost, "2022-04-01", fee=900, paid_on="2022-04-02"))
    offers.set_application_deleted(db, gone, True)
    counts = store.year_counts(db, 2022)
    assert counts[None] == (1, 2, 3, 150, 1)
    assert counts[tax] == (1, 1, 2, 100, 1)
    assert counts[money] == (1, 2, 3, 150, 1)
    assert set(counts) == {None, tax, money}
    assert store.year_counts(db, 2023) == {None: (0, 0, 0, 200, 0), tax: (0, 0, 0, 200, 0),
                                           money: (0, 0, 0, 200, 0)}
    assert store.year_counts(db, 2020) == {None: (0, 0, 0, 0, 0)}


def test_years_with_activity_are_the_application_and_session_years_newest_first(db):
    assert store.years_with_activity(db) == []
    app = _app(db, applied_on="2021-05-01")
    _app(db, applied_on="")
    _app(db, applied_on="미상")  # a date never known is no year, and the list still opens
    _app(db, applied_on="2021-07-01")
    match = store.insert_match(db, Match(app, _mentor(db), "2021-06-01"))
    store.save_session(db, Session(match, "2023-01-10"))
    assert store.years_with_activity(db) == [2023, 2021]


def test_mentor_organisation_keys_name_every_organisation_with_a_live_offer(db):
    cafe = add_organisation(db, "나눔카페", name_key="나눔카페키")
    farm = add_organisation(db, "가람농장")
    add_organisation(db, "다온마을")
    offers.save_offer(db, MentorOffer(organisation_id=cafe))
    dropped = offers.save_offer(db, MentorOffer(organisation_id=farm))
    offers.set_offer_deleted(db, dropped, True)
    assert store.mentor_organisation_keys(db) == {cafe: "나눔카페키"}
