"""분과·기구 as stored: listed in their order with members (chair first, then by start), renamed without
clashing, seats rewritten by the form or added by an import, and the people offered for a seat."""

import pytest

from seecodesk.core.bodies import Body, BodyMember
from seecodesk.core.errors import DuplicateError, NotFoundError
from seecodesk.storage import bodies as store


def _person(db, name, organisation=None, affiliation="", title="", deleted=None):
    org_id = None
    if organisation:
        db.execute("INSERT INTO organisations (name, name_key) VALUES (?, ?)", [organisation, organisation])
        org_id = db.execute("SELECT max(id) FROM organisations").fetchone()[0]
    db.execute("INSERT INTO people (name, organisation_id, affiliation, title, deleted_at) VALUES (?, ?, ?, ?, ?)",
               [name, org_id, affiliation, title, deleted])
    return db.execute("SELECT max(id) FROM people").fetchone()[0]


def test_bodies_are_listed_in_order_with_the_chair_first_and_gone_people_left_out(db):
    kim, lee, park = _person(db, "김", "가람"), _person(db, "이", affiliation="가람시청"), _person(db, "박")
    gone = _person(db, "최", deleted="2025-01-01")
    first = store.save_body(db, Body("교육분과", "분과", "교육", "매월", "month", "메모", members=[
        BodyMember(kim, "위원", "1기", "2024-03-01"), BodyMember(lee, "위원장", "", "2025-01-01", "2025-12-31"),
        BodyMember(park, "위원", "", "2023-01-01"), BodyMember(gone, "위원")]))
    second = store.save_body(db, Body("이사회", "이사회"))
    third = store.save_body(db, Body("앞선 TFT", "TFT", sort_order=-1))
    listed = store.list_bodies(db)
    assert [b.id for b in listed] == [third, first, second] == store.body_order(db)
    assert listed[1] == Body("교육분과", "분과", "교육", "매월", "month", "메모", 0, listed[1].members, first)
    assert [(m.person_name, m.affiliation, m.role) for m in listed[1].members] == [
        ("이", "가람시청", "위원장"), ("박", "", "위원"), ("김", "가람", "위원")]
    assert listed[1].members[0].ended_on == "2025-12-31" and listed[1].members[2].term == "1기"
    assert (listed[2].sort_order, store.get_body(db, second).name) == (1, "이사회")
    assert store.body_kinds(db) == [(third, "앞선 TFT", "TFT"), (first, "교육분과", "분과"), (second, "이사회", "이사회")]
    assert store.body_names(db) == {first: "교육분과", second: "이사회", third: "앞선 TFT"}


def test_a_name_is_found_however_it_is_spaced_and_never_used_twice(db):
    first = store.save_body(db, Body("교육 소통 분과"))
    assert store.find_body(db, "교육소통 분과") == first and store.find_body(db, "없는분과") is None
    with pytest.raises(DuplicateError):
        store.save_body(db, Body("교육소통분과"))
    other = store.save_body(db, Body("홍보분과"))
    with pytest.raises(DuplicateError):
        store.save_body(db, Body("교육소통분과", id=other))
    assert store.save_body(db, Body("교육소통분과", "TFT", id=first)) == first
    assert store.get_body(db, first).kind == "TFT" and len(store.list_bodies(db)) == 2


def test_the_form_rewrites_the_seats_an_import_adds_one_and_a_deleted_body_is_gone(db):
    kim, lee = _person(db, "김"), _person(db, "이")
    body_id = store.save_body(db, Body("교육분과", members=[BodyMember(kim), BodyMember(lee, "간사")]))
    store.save_body(db, Body("교육분과", members=[BodyMember(lee, "위원장", "2기", "2025-01-01", "2025-06-30")],
                             id=body_id))
    store.add_seat(db, body_id, BodyMember(kim, "위원", "3기", "2025-02-01", "2025-03-01"))
    assert store.seat_keys(db) == {(body_id, lee, "위원장", "2025-01-01"), (body_id, kim, "위원", "2025-02-01")}
    seats = store.get_body(db, body_id).members
    assert [(m.person_id, m.term, m.ended_on) for m in seats] == [(lee, "2기", "2025-06-30"), (kim, "3기", "2025-03-01")]
    store.delete_body(db, body_id)
    with pytest.raises(NotFoundError):
        store.get_body(db, body_id)
    with pytest.raises(NotFoundError):
        store.save_body(db, Body("새 분과", id=body_id))
    assert store.seat_keys(db) == set()


def test_people_are_offered_by_name_with_their_affiliation_and_title(db):
    _person(db, "이", affiliation="가람시청", title="주무관")
    kim = _person(db, "김", "가람협동조합")
    _person(db, "박", deleted="2025-01-01")
    db.execute("UPDATE organisations SET deleted_at = '2025-01-01'")
    db.execute("INSERT INTO people (name, affiliation) VALUES ('강', '나루')")
    assert [label for _id, label in store.people_choices(db)] == ["강 · 나루", "김 · ", "이 · 가람시청 주무관"]
    assert store.people_choices(db)[1][0] == kim


def test_the_tasks_a_body_owns_are_listed_newest_plan_first(db):
    from tests.plan_helpers import small_plan

    service, _plan, _strategy, task, _other, _acts = small_plan(db)
    body_id = store.find_body(db, "교육소통분과")
    assert store.tasks_of_body(db, body_id) == [("시험 계획", "1-1", "모두의 단톡방 운영")]
    assert store.tasks_of_body(db, body_id + 1) == []
