"""The organisations store: an organisation is read back as written with its children in date order, a
business number belongs to one live organisation, a batch stores all or names the one that failed, and
the lists hold only live organisations (unit tests)."""

import pytest

from seecodesk.core.errors import DuplicateError, NotFoundError
from seecodesk.core.members import Designation, DuesPayment, MembershipPeriod, Organisation
from seecodesk.storage import organisations as org_store

NUMBER = "124-81-00998"


def full(name="가람", number=NUMBER, **changes):
    values = dict(legal_form="협동조합", business_number=number, corporation_number="110111-0000000",
                  representative="김하나", address="충남 홍성군", district="홍성읍", phone="041-630-1234", fax="041-630-1235",
                  email="a@b.kr", homepage="https://a.kr", industry="제조", service_field="돌봄", founded_on="2020-01-01",
                  is_support_body=True, news="소식", notes="메모",
                  designations=[Designation("사회적기업", "일자리", "1", "2024-05-01", ""),
                                Designation("마을기업", "", "", "2022-01-01", "2025-12-31")],
                  memberships=[MembershipPeriod("2025-01-01", "", "재가입"), MembershipPeriod("2020-01-01", "2023-12-31", "")],
                  dues=[DuesPayment(2026, 100000, "2026-02-01", ""), DuesPayment(2025, 50000, "", "반액")])
    values.update(changes)
    return Organisation(name=name, **values)


def test_unit_an_organisation_is_read_back_as_written_with_children_in_order(db):
    org_id = org_store.insert_organisation(db, full())
    stored = org_store.get_organisation(db, org_id)
    expected = full()
    expected.id = org_id
    assert [d.kind for d in stored.designations] == ["마을기업", "사회적기업"]
    assert [m.joined_on for m in stored.memberships] == ["2020-01-01", "2025-01-01"]
    assert [d.year for d in stored.dues] == [2025, 2026]
    for items in (stored.designations, stored.memberships, stored.dues):
        assert all(item.id for item in items)
        for item in items:
            item.id = None
    expected.designations.reverse()
    expected.memberships.reverse()
    expected.dues.reverse()
    assert stored == expected and stored.is_support_body is True
    assert db.execute("SELECT name_key, is_support_body FROM organisations WHERE id = ?", [org_id]).fetchone() == ("가람", 1)


def test_unit_a_business_number_belongs_to_one_live_organisation(db):
    first = org_store.insert_organisation(db, full())
    with pytest.raises(DuplicateError) as raised:
        org_store.insert_organisation(db, full("나루"))
    assert NUMBER in str(raised.value) and "가람" in str(raised.value)  # which number, and who has it
    assert org_store.number_holders(db) == {NUMBER: (first, "가람")}
    second = org_store.insert_organisation(db, full("나루", number=""))
    third = org_store.insert_organisation(db, full("다온", number=""))  # no number: no clash between them
    edited = org_store.get_organisation(db, first)
    edited.notes = "고침"
    org_store.update_organisation(db, edited)  # its own number is no clash
    taken = org_store.get_organisation(db, second)
    taken.business_number = NUMBER
    with pytest.raises(DuplicateError):
        org_store.update_organisation(db, taken)
    assert org_store.get_organisation(db, second).business_number == ""
    org_store.soft_delete(db, first)
    assert org_store.number_holders(db) == {}
    org_store.update_organisation(db, taken)  # the holder is gone: the number is free
    with pytest.raises(DuplicateError, match="나루"):
        org_store.restore(db, first)
    assert not org_store.exists(db, first) and org_store.exists(db, third)
    assert org_store.number_holders(db) == {NUMBER: (second, "나루")}


def test_unit_an_edit_replaces_the_children_and_stamps_only_that_organisation(db):
    first, second = org_store.insert_organisation(db, full()), org_store.insert_organisation(db, full("나루", number=""))
    db.execute("UPDATE organisations SET updated_at = '2000-01-01'")
    edited = org_store.get_organisation(db, first)
    edited.name, edited.is_support_body = "가람 두레", False
    edited.designations, edited.memberships, edited.dues = [], [MembershipPeriod("2026-01-01")], [DuesPayment(2027, 1)]
    org_store.update_organisation(db, edited)
    again = org_store.get_organisation(db, first)
    assert (again.name, again.is_support_body, again.designations) == ("가람 두레", False, [])
    assert ([m.joined_on for m in again.memberships], [d.year for d in again.dues]) == (["2026-01-01"], [2027])
    assert db.execute("SELECT name_key FROM organisations WHERE id = ?", [first]).fetchone()[0] == "가람두레"
    stamps = dict(db.execute("SELECT id, updated_at FROM organisations").fetchall())
    assert stamps[first] > "2000-01-01" and stamps[second] == "2000-01-01"
    assert len(org_store.get_organisation(db, second).dues) == 2


def test_unit_a_missing_or_hidden_organisation_is_refused_and_comes_back_whole(db):
    org_id = org_store.insert_organisation(db, full())
    with pytest.raises(NotFoundError) as raised:
        org_store.update_organisation(db, full("새"))
    assert str(raised.value) not in ("", "None")  # a sentence to show, not an empty box
    with pytest.raises(NotFoundError):
        org_store.update_organisation(db, full("없음", id=org_id + 1))
    with pytest.raises(NotFoundError) as deleting:
        org_store.soft_delete(db, org_id + 1)
    with pytest.raises(NotFoundError) as restoring:
        org_store.restore(db, org_id + 1)
    org_store.soft_delete(db, org_id)
    with pytest.raises(NotFoundError) as reading:
        org_store.get_organisation(db, org_id)
    assert all(str(e.value) not in ("", "None") for e in (deleting, restoring, reading))
    with pytest.raises(NotFoundError):
        org_store.soft_delete(db, org_id)
    with pytest.raises(NotFoundError):
        org_store.update_organisation(db, full(id=org_id))
    assert org_store.match_keys(db) == [] and org_store.organisation_lookup(db) == []
    org_store.restore(db, org_id)
    assert len(org_store.get_organisation(db, org_id).designations) == 2


def test_unit_a_batch_stores_every_organisation_with_children_in_order(db):
    before = org_store.insert_organisation(db, full("기존", number=""))
    ids = org_store.insert_organisations(db, [full("하나", number=""), full("둘", number=NUMBER, designations=[]),
                                              full("셋", number="", dues=[])])
    assert ids == [before + 1, before + 2, before + 3]
    assert [org_store.get_organisation(db, i).name for i in ids] == ["하나", "둘", "셋"]
    assert [len(org_store.get_organisation(db, i).designations) for i in ids] == [2, 0, 2]
    assert [len(org_store.get_organisation(db, i).dues) for i in ids] == [2, 2, 0]
    assert org_store.insert_organisations(db, []) == []


def test_unit_a_batch_that_fails_stores_nothing_and_names_the_organisation(db):
    org_store.insert_organisation(db, full("기존"))
    with pytest.raises(org_store.BatchInsertError) as raised:
        org_store.insert_organisations(db, [full("하나", number=""), full("둘", number=""), full("셋")])
    assert raised.value.index == 2
    bad_dues = [DuesPayment(2026, 1), DuesPayment(2026, 2)]  # one year twice: the second is refused
    with pytest.raises(org_store.BatchInsertError) as raised:
        org_store.insert_organisations(db, [full("하나", number=""), full("둘", number="", dues=bad_dues)])
    assert raised.value.index == 1 and str(raised.value) == str(raised.value.cause) != ""
    assert [row[0] for row in db.execute("SELECT name FROM organisations")] == ["기존"]
    assert db.execute("SELECT count(*) FROM dues").fetchone()[0] == 2


def test_unit_the_lists_hold_live_organisations_only(db):
    a = org_store.insert_organisation(db, full("나 루", memberships=[MembershipPeriod("2020-01-01")]))
    b = org_store.insert_organisation(db, full("가람", number="", is_support_body=False,
                                               memberships=[MembershipPeriod("2020-01-01", "2021-01-01")]))
    c = org_store.insert_organisation(db, full("가온", number="", memberships=[MembershipPeriod("2022-01-01")]))
    d = org_store.insert_organisation(db, full("라온", number="", memberships=[MembershipPeriod("2022-01-01")]))
    org_store.soft_delete(db, d)
    assert org_store.match_keys(db) == [(a, "나 루", "나루", "김하나", NUMBER), (b, "가람", "가람", "김하나", ""),
                                        (c, "가온", "가온", "김하나", "")]
    assert org_store.organisation_lookup(db) == [(a, "나 루", "나루", NUMBER), (b, "가람", "가람", ""), (c, "가온", "가온", "")]
    assert org_store.support_body_ids(db) == {a, c}
    assert org_store.mailing_rows(db) == [("가온", "김하나", "충남 홍성군"), ("나 루", "김하나", "충남 홍성군")]
