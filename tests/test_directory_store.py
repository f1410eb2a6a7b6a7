"""Unit tests of storage/directory: the member directory's rows as the list shows, searches and filters them."""

from seecodesk.storage.directory import directory_rows
from tests.store_rows import add_organisation


def _network(db):
    member = add_organisation(db, "나눔카페", representative="김하나", phone="041-660-1234", business_number="1234567891",
                  district="읍내동", industry="음식", is_support_body=1)
    left = add_organisation(db, "가람협동조합", district="읍내동", industry="음식")
    never = add_organisation(db, "다온마을")
    add_organisation(db, "사라진곳", deleted="2025-01-01")
    for org, joined, left_on in ((member, "2020-01-01", "2022-01-01"), (member, "2023-01-01", ""),
                                 (left, "2021-01-01", "2024-06-30")):
        db.execute("INSERT INTO membership_periods (organisation_id, joined_on, left_on) VALUES (?, ?, ?)",
                   [org, joined, left_on])
    for org, kind in ((member, "사회적기업"), (member, "마을기업"), (member, "사회적기업"), (left, "협동조합")):
        db.execute("INSERT INTO designations (organisation_id, kind) VALUES (?, ?)", [org, kind])
    for org, name, deleted in ((member, "김하나", None), (member, "이둘", None), (member, "박셋", "2025-01-01")):
        db.execute("INSERT INTO people (organisation_id, name, deleted_at) VALUES (?, ?, ?)", [org, name, deleted])
    return member, left, never


def test_each_live_organisation_shows_its_status_designations_and_people_by_name(db):
    member, left, never = _network(db)
    rows = directory_rows(db)
    assert [r.name for r in rows] == ["가람협동조합", "나눔카페", "다온마을"]
    shown = {r.id: r for r in rows}
    assert [shown[i].membership_status for i in (member, left, never)] == ["회원", "탈퇴", "비회원"]
    assert shown[member].designations == ("사회적기업", "마을기업")  # each kind once, in the order entered
    assert shown[left].designations == ("협동조합",) and shown[never].designations == ()
    assert [shown[i].people for i in (member, left, never)] == [2, 0, 0]
    assert shown[member].is_support_body is True and shown[left].is_support_body is False


def test_the_four_searched_texts_are_read_back_apart(db):
    member, _left, never = _network(db)
    shown = {r.id: r for r in directory_rows(db)}
    card = shown[member]
    assert (card.name, card.representative, card.phone, card.business_number) == (
        "나눔카페", "김하나", "041-660-1234", "1234567891")
    assert (card.district, card.industry) == ("읍내동", "음식")
    blank = shown[never]
    assert (blank.representative, blank.phone, blank.business_number, blank.district) == ("", "", "", "")


def test_the_first_rows_are_the_first_by_name_and_pace_sees_every_row(db):
    _network(db)
    assert [r.name for r in directory_rows(db, first=2)] == ["가람협동조합", "나눔카페"]
    seen = []

    def pace(rows):
        for row in rows:
            seen.append(row[0])
            yield row

    assert len(directory_rows(db, pace=pace)) == 3 and len(seen) == 3
