"""Unit tests of storage/consulting: the field list, mentor offers, applications and their status history."""

import pytest

from seecodesk.core.consulting import Application, ConsultingField, MentorOffer, StatusChange
from seecodesk.core.errors import DuplicateError, NotFoundError
from seecodesk.storage import consulting as store
from tests.store_rows import add_organisation, add_person


def _field_ids(db):
    return {f.name: f.id for f in store.list_fields(db, include_inactive=True)}


def _application(db, company="늘푸른협동", applied_on="2022-03-15", **values):
    fields = _field_ids(db)
    app = Application(company_name=company, applied_on=applied_on, field_ids=[fields["회계/세무"], fields["금융"]],
                      **values)
    return store.insert_application(db, app)


# --- fields -------------------------------------------------------------------------------------


def test_fields_are_listed_in_printed_order_and_a_switched_off_one_only_on_request(db):
    for item in store.list_fields(db, include_inactive=True):
        db.execute("DELETE FROM consulting_fields WHERE id = ?", [item.id])
    late = store.save_field(db, ConsultingField(name="나중", sort_order=5))
    first = store.save_field(db, ConsultingField(name="처음", sort_order=1))
    tie = store.save_field(db, ConsultingField(name="같은 순서", sort_order=5))
    off = store.save_field(db, ConsultingField(name="꺼짐", sort_order=0, active=False))
    assert [f.id for f in store.list_fields(db)] == [first, late, tie]
    shown = store.list_fields(db, include_inactive=True)
    assert [f.name for f in shown] == ["꺼짐", "처음", "나중", "같은 순서"]
    assert [f.active for f in shown] == [False, True, True, True] and shown[0].id == off
    assert [f.sort_order for f in shown] == [0, 1, 5, 5]


def test_a_field_is_renamed_and_reordered_but_never_given_another_field_s_name(db):
    fields = _field_ids(db)
    item = ConsultingField(name="세무/회계", sort_order=9, active=False, id=fields["회계/세무"])
    assert store.save_field(db, item) == fields["회계/세무"]
    assert store.save_field(db, item) == fields["회계/세무"]  # saving it again under its own name is fine
    again = {f.id: f for f in store.list_fields(db, include_inactive=True)}[fields["회계/세무"]]
    assert (again.name, again.sort_order, again.active) == ("세무/회계", 9, False)
    with pytest.raises(DuplicateError):
        store.save_field(db, ConsultingField(name="마케팅", id=fields["금융"]))
    with pytest.raises(DuplicateError):
        store.save_field(db, ConsultingField(name="마케팅"))
    names = [f.name for f in store.list_fields(db, include_inactive=True)]
    assert names.count("마케팅") == 1 and "금융" in names


def test_a_field_is_in_use_once_an_application_or_a_mentor_names_it_and_can_be_deleted_otherwise(db):
    fields = _field_ids(db)
    _application(db)
    org = add_organisation(db, "나눔카페")
    store.save_offer(db, MentorOffer(organisation_id=org, field_ids=[fields["마케팅"]]))
    assert store.field_in_use(db, fields["회계/세무"]) is True
    assert store.field_in_use(db, fields["마케팅"]) is True
    assert store.field_in_use(db, fields["현장관리"]) is False
    store.delete_field(db, fields["현장관리"])
    assert "현장관리" not in _field_ids(db) and "인사/노무" in _field_ids(db)


# --- mentor offers --------------------------------------------------------------------------------


def test_mentor_offers_are_listed_by_organisation_with_person_and_fields_and_never_a_deleted_one(db):
    fields = _field_ids(db)
    cafe, farm, gone = add_organisation(db, "나눔카페"), add_organisation(db, "가람농장"), add_organisation(db, "다온")
    boss = add_person(db, "김하나", cafe, title="대표")
    left = add_person(db, "이떠남", farm, title="이사", deleted_at="2025-01-01")
    first = store.save_offer(db, MentorOffer(
        organisation_id=cafe, person_id=boss, field_ids=[fields["마케팅"], fields["금융"]], other_fields="식품",
        capacity=3, availability="평일 오후", starts_on="2022-01-01", ends_on="2022-12-31", note="메모"))
    second = store.save_offer(db, MentorOffer(organisation_id=farm, person_id=left))
    third = store.save_offer(db, MentorOffer(organisation_id=cafe))
    dropped = store.save_offer(db, MentorOffer(organisation_id=farm))
    store.set_offer_deleted(db, dropped, True)
    closed = store.save_offer(db, MentorOffer(organisation_id=gone))
    db.execute("UPDATE organisations SET deleted_at = '2025-01-01' WHERE id = ?", [gone])
    offers = store.list_offers(db)
    assert [o.id for o in offers] == [second, first, third]
    shown = offers[1]
    assert (shown.organisation_id, shown.organisation_name, shown.person_id, shown.person_name,
            shown.person_title) == (cafe, "나눔카페", boss, "김하나", "대표")
    assert shown.field_ids == sorted([fields["마케팅"], fields["금융"]])
    assert (shown.other_fields, shown.capacity, shown.availability, shown.starts_on, shown.ends_on, shown.note) == (
        "식품", 3, "평일 오후", "2022-01-01", "2022-12-31", "메모")
    assert (offers[0].person_name, offers[0].person_title, offers[0].field_ids) == ("", "", [])
    assert store.get_offer(db, closed).organisation_name == "다온"  # a past match still names its mentor
    with pytest.raises(NotFoundError):
        store.get_offer(db, dropped)
    store.set_offer_deleted(db, dropped, False)
    assert dropped in [o.id for o in store.list_offers(db)]


def test_saving_an_offer_again_replaces_its_fields_and_a_deleted_one_is_refused_unchanged(db):
    fields = _field_ids(db)
    cafe = add_organisation(db, "나눔카페")
    offer_id = store.save_offer(db, MentorOffer(organisation_id=cafe, field_ids=[fields["금융"], fields["마케팅"]]))
    other = store.save_offer(db, MentorOffer(organisation_id=cafe, field_ids=[fields["금융"]]))
    offer = store.get_offer(db, offer_id)
    offer.field_ids, offer.capacity = [fields["현장관리"]], 2
    assert store.save_offer(db, offer) == offer_id
    again = store.get_offer(db, offer_id)
    assert (again.field_ids, again.capacity) == ([fields["현장관리"]], 2)
    assert store.get_offer(db, other).field_ids == [fields["금융"]]
    store.set_offer_deleted(db, offer_id, True)
    again.capacity, again.field_ids = 5, []
    with pytest.raises(NotFoundError):
        store.save_offer(db, again)
    assert db.execute("SELECT capacity FROM mentor_offers WHERE id = ?", [offer_id]).fetchone()[0] == 2
    assert db.execute("SELECT count(*) FROM mentor_offer_fields WHERE mentor_offer_id = ?",
                      [offer_id]).fetchone()[0] == 1


# --- applications ------------------------------------------------------------------------------------


def test_receipt_numbers_count_the_year_s_applications(db):
    assert store.next_receipt_number(db, 2022) == "2022-001"
    _application(db, receipt_number="2022-001")
    _application(db, receipt_number="2022-002")
    _application(db, receipt_number="2023-001")
    _application(db, receipt_number="")
    assert store.next_receipt_number(db, 2022) == "2022-003"
    assert store.next_receipt_number(db, 2023) == "2023-002"
    assert store.next_receipt_number(db, 2024) == "2024-001"


def test_an_application_reads_back_with_every_answer_and_its_fields_in_order(db):
    fields = _field_ids(db)
    cafe = add_organisation(db, "나눔카페")
    app = Application(
        company_name="나눔카페", organisation_id=cafe, certification="예비", certification_number="2021-077",
        representative="한가람", phone="041-555-0101", address="별길 7", email="a@b.kr", fax="041-555-0102",
        org_form="협동조합", support_status="현재 참여", support_year=2, past_participation="2020년 창업",
        manager_name="도서연", manager_email="m@b.kr", manager_phone="041-555-0103", manager_mobile="010-2345-6789",
        field_ids=[fields["마케팅"], fields["금융"]], other_checked=True, other_field="위생", request="홍보",
        applied_on="2022-03-15", signed=True, status="매칭", cancel_reason="", receipt_number="2022-001")
    app_id = store.insert_application(db, app)
    again = store.get_application(db, app_id)
    assert again.id == app_id and again.field_ids == sorted(app.field_ids)
    app.id, app.field_ids = app_id, sorted(app.field_ids)
    assert again == app
    plain = store.get_application(db, _application(db, other_checked=False, signed=False))
    assert (plain.other_checked, plain.signed, plain.status) == (False, False, "접수")


def test_editing_an_application_replaces_answers_status_and_fields_and_a_deleted_one_is_refused(db):
    fields = _field_ids(db)
    app_id = _application(db)
    other = _application(db, company="가람농장")
    db.execute("UPDATE consulting_applications SET updated_at = '2000-01-01 00:00:00'")
    app = store.get_application(db, app_id)
    app.company_name, app.status, app.cancel_reason, app.field_ids = "늘푸른", "취소", "사정", [fields["인사/노무"]]
    store.update_application(db, app)
    again = store.get_application(db, app_id)
    assert (again.company_name, again.status, again.cancel_reason) == ("늘푸른", "취소", "사정")
    assert again.field_ids == [fields["인사/노무"]]
    assert len(store.get_application(db, other).field_ids) == 2
    stamps = dict(db.execute("SELECT id, updated_at FROM consulting_applications").fetchall())
    assert stamps[app_id] > "2000-01-01 00:00:00" and stamps[other] == "2000-01-01 00:00:00"
    store.set_application_deleted(db, app_id, True)
    app.company_name = "지운 뒤"
    with pytest.raises(NotFoundError):
        store.update_application(db, app)
    with pytest.raises(NotFoundError):
        store.update_application(db, Application(company_name="새것"))
    assert db.execute("SELECT company_name FROM consulting_applications WHERE id = ?", [app_id]).fetchone()[0] == "늘푸른"


def test_the_board_lists_live_applications_newest_first_each_with_its_own_fields(db):
    fields = _field_ids(db)
    old = _application(db, applied_on="2022-01-10")
    new = _application(db, applied_on="2022-05-01", company="가람농장")
    same_day = _application(db, applied_on="2022-05-01", company="다온")
    bare = store.insert_application(db, Application(company_name="빈칸", applied_on="2021-12-01"))
    gone = _application(db, applied_on="2022-06-01")
    store.set_application_deleted(db, gone, True)
    listed = store.list_applications(db)
    assert [a.id for a in listed] == [same_day, new, old, bare]
    assert listed[0].field_ids == sorted([fields["회계/세무"], fields["금융"]]) and listed[-1].field_ids == []
    assert listed[1].company_name == "가람농장"
    with pytest.raises(NotFoundError):
        store.get_application(db, gone)
    store.set_application_deleted(db, gone, False)
    assert store.list_applications(db)[0].id == gone


def test_an_application_never_saved_cannot_be_saved_as_an_edit_over_another(db):
    fields = _field_ids(db)
    first = _application(db)
    with pytest.raises(NotFoundError):
        store.update_application(db, Application(company_name="새것", field_ids=[fields["인사/노무"]]))
    kept = store.get_application(db, first)
    assert kept.company_name == "늘푸른협동" and fields["인사/노무"] not in kept.field_ids
    assert [a.id for a in store.list_applications(db)] == [first]


# --- status history ----------------------------------------------------------------------------------


def test_the_status_history_is_oldest_first_per_application_and_one_change_can_be_taken_back(db):
    app_id, other = _application(db), _application(db)
    late = store.add_status_change(db, app_id, StatusChange("완료", "2022-06-01"))
    early = store.add_status_change(db, app_id, StatusChange("취소", "2022-04-01", reason="사정"))
    tie = store.add_status_change(db, app_id, StatusChange("접수", "2022-06-01"))
    store.add_status_change(db, other, StatusChange("매칭", "2022-05-01"))
    history = store.status_history(db, app_id)
    assert [c.id for c in history] == [early, late, tie]
    assert (history[0].status, history[0].changed_on, history[0].reason) == ("취소", "2022-04-01", "사정")
    store.delete_status_change(db, late)
    assert [c.status for c in store.status_history(db, app_id)] == ["취소", "접수"]
    assert [c.status for c in store.status_history(db, other)] == ["매칭"]
