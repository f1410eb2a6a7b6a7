"""Unit tests of storage/catalog: what each live organisation's catalog entry prints, read from storage."""

from seecodesk.storage.catalog import catalog_organisations
from tests.store_rows import add_organisation


def test_every_printed_field_comes_from_its_own_column(db):
    org = add_organisation(db, "나눔카페", representative="김하나", phone="041-660-1234", address="서산시 읍내동 1",
               homepage="https://nanum.example", email="cafe@nanum.example", news="  새 소식  ", notes="메모")
    for kind in ("사회적기업", "마을기업", "사회적기업"):
        db.execute("INSERT INTO designations (organisation_id, kind) VALUES (?, ?)", [org, kind])
    db.execute("INSERT INTO membership_periods (organisation_id, joined_on) VALUES (?, '2023-01-01')", [org])
    [entry] = catalog_organisations(db)
    assert (entry.id, entry.name, entry.representative, entry.phone, entry.address, entry.homepage, entry.email) == (
        org, "나눔카페", "김하나", "041-660-1234", "서산시 읍내동 1", "https://nanum.example", "cafe@nanum.example")
    assert entry.intro == "새 소식"
    assert sorted(entry.designations) == ["마을기업", "사회적기업"] and entry.is_member is True


def test_the_intro_falls_back_to_the_notes_and_a_left_or_deleted_organisation_is_shown_as_such(db):
    left = add_organisation(db, "가람", notes=" 메모만 ")
    db.execute("INSERT INTO membership_periods (organisation_id, joined_on, left_on) VALUES (?, '2020-01-01', "
               "'2021-01-01')", [left])
    bare = add_organisation(db, "다온")
    add_organisation(db, "사라진곳", deleted="2025-01-01")
    entries = {e.id: e for e in catalog_organisations(db)}
    assert set(entries) == {left, bare}
    assert entries[left].intro == "메모만" and entries[left].is_member is False
    assert entries[bare].intro == "" and entries[bare].designations == ()
