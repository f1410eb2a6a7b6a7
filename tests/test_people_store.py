"""The people store: a person is read back as written (roles and consents in date order), an edit replaces
them, a hidden person is out of every list and comes back whole (unit tests)."""

import pytest

from seecodesk.core.errors import NotFoundError
from seecodesk.core.members import Consent, Organisation, Person, Role
from seecodesk.storage import organisations as org_store
from seecodesk.storage import people as people_store


def org(db, name):
    return org_store.insert_organisation(db, Organisation(name=name))


def full_person(org_id, name="김하나"):
    return Person(name, organisation_id=org_id, affiliation="회원사", title="사무국장", mobile="010-1234-5678",
                  phone="041-730-1234", email="a@b.kr", gender="여", in_group_chat=True, notes="메모",
                  roles=[Role("위원", "교육분과", "2026-03-05", ""), Role("대표", "", "2024-01-01", "2025-12-31")],
                  consents=[Consent("2026-02-01", "연락처", "안내", "2년", True, ""),
                            Consent("2025-01-01", "이메일", "소식지", "1년", False, "2025-06-01")])


def test_unit_a_person_is_read_back_as_written_with_roles_and_consents_by_date(db):
    org_id = org(db, "가람")
    person_id = people_store.insert_person(db, full_person(org_id))
    stored = people_store.get_person(db, person_id)
    assert stored.id == person_id
    assert (stored.name, stored.organisation_id, stored.title, stored.mobile, stored.phone, stored.email, stored.gender,
            stored.in_group_chat, stored.notes) == ("김하나", org_id, "사무국장", "010-1234-5678", "041-730-1234", "a@b.kr",
                                                    "여", True, "메모")
    assert [(r.role, r.scope, r.started_on, r.ended_on) for r in stored.roles] == [
        ("대표", "", "2024-01-01", "2025-12-31"), ("위원", "교육분과", "2026-03-05", "")]
    assert [(c.consented_on, c.items, c.third_party, c.withdrawn_on) for c in stored.consents] == [
        ("2025-01-01", "이메일", False, "2025-06-01"), ("2026-02-01", "연락처", True, "")]
    assert all(r.id for r in stored.roles) and all(c.id for c in stored.consents)
    assert type(stored.in_group_chat) is bool and all(type(c.third_party) is bool for c in stored.consents)
    assert db.execute("SELECT in_group_chat FROM people WHERE id = ?", [person_id]).fetchone()[0] == 1


def test_unit_an_edit_replaces_roles_and_consents_and_touches_no_one_else(db):
    org_id = org(db, "가람")
    first = people_store.insert_person(db, full_person(org_id))
    second = people_store.insert_person(db, full_person(org_id, "박둘"))
    edited = people_store.get_person(db, first)
    edited.title, edited.in_group_chat = "대표", False
    edited.roles = [Role("감사", "", "2026-01-01", "")]
    edited.consents = []
    db.execute("UPDATE people SET updated_at = '2000-01-01' WHERE id = ?", [first])
    people_store.update_person(db, edited)
    again = people_store.get_person(db, first)
    assert (again.title, again.in_group_chat, [r.role for r in again.roles], again.consents) == ("대표", False, ["감사"], [])
    assert db.execute("SELECT updated_at FROM people WHERE id = ?", [first]).fetchone()[0] > "2000-01-01"
    other = people_store.get_person(db, second)
    assert (other.title, len(other.roles), len(other.consents)) == ("사무국장", 2, 2)


def test_unit_editing_or_hiding_a_person_who_is_not_there_is_refused(db):
    person_id = people_store.insert_person(db, Person("김하나"))
    with pytest.raises(NotFoundError) as raised:
        people_store.update_person(db, Person("새 사람"))
    assert str(raised.value) not in ("", "None")  # a sentence to show, not an empty box
    with pytest.raises(NotFoundError):
        people_store.update_person(db, Person("없음", id=person_id + 1))
    people_store.soft_delete_person(db, person_id)
    with pytest.raises(NotFoundError):
        people_store.update_person(db, Person("숨은 사람", id=person_id))
    with pytest.raises(NotFoundError) as raised:
        people_store.soft_delete_person(db, person_id)
    assert str(raised.value) not in ("", "None")
    with pytest.raises(NotFoundError) as raised:
        people_store.get_person(db, person_id)
    assert str(raised.value) not in ("", "None")
    assert people_store.get_person_or_none(db, person_id) is None
    assert db.execute("SELECT name FROM people WHERE id = ?", [person_id]).fetchone()[0] == "김하나"


def test_unit_a_hidden_person_leaves_every_list_and_comes_back_whole(db):
    org_id, other_org = org(db, "가람"), org(db, "나루")
    names = ["최셋", "김하나", "박둘"]
    ids = {name: people_store.insert_person(db, full_person(org_id, name)) for name in names}
    people_store.insert_person(db, Person("다른곳", organisation_id=other_org))
    assert [p.name for p in people_store.people_of(db, org_id)] == ["김하나", "박둘", "최셋"]
    people_store.soft_delete_person(db, ids["박둘"])
    assert [p.name for p in people_store.people_of(db, org_id)] == ["김하나", "최셋"]
    assert [row["name"] for row in people_store.all_people_brief(db)] == ["김하나", "다른곳", "최셋"]
    people_store.restore_person(db, ids["박둘"])
    back = people_store.get_person(db, ids["박둘"])
    assert (back.title, len(back.roles), len(back.consents)) == ("사무국장", 2, 2)
    assert [p.name for p in people_store.people_of(db, org_id)] == ["김하나", "박둘", "최셋"]


def test_unit_the_brief_list_names_each_persons_live_organisation(db):
    org_id, gone = org(db, "가람"), org(db, "나루")
    people_store.insert_person(db, Person("김하나", organisation_id=org_id, title="대표", mobile="010-1111-2222",
                                          phone="02-123-4567", email="k@a.kr", affiliation="회원사"))
    people_store.insert_person(db, Person("김하나", organisation_id=gone))
    people_store.insert_person(db, Person("가나다", affiliation="시청"))
    org_store.soft_delete(db, gone)
    rows = people_store.all_people_brief(db)
    assert [(r["name"], r["organisation"]) for r in rows] == [("가나다", ""), ("김하나", "가람"), ("김하나", "")]
    assert rows[1] == {"id": rows[1]["id"], "name": "김하나", "title": "대표", "affiliation": "회원사",
                       "mobile": "010-1111-2222", "phone": "02-123-4567", "email": "k@a.kr",
                       "organisation_id": org_id, "organisation": "가람"}
    assert rows[1]["id"] < rows[2]["id"] and rows[0]["affiliation"] == "시청"


def test_unit_roles_by_person_lists_each_persons_roles_by_start(db):
    first = people_store.insert_person(db, full_person(None))
    second = people_store.insert_person(db, Person("박둘", roles=[Role("감사", "", "2026-01-01", "")]))
    people_store.insert_person(db, Person("최셋"))
    found = people_store.roles_by_person(db)
    assert set(found) == {first, second}
    assert [r.role for r in found[first]] == ["대표", "위원"] and found[second][0].started_on == "2026-01-01"
