"""People list rows (exchange/people_import.py): the person and role each row becomes, the organisation and
body it is tied to, every problem in its row and column, and one plan per person that never overwrites
what is stored (unit tests)."""

from pathlib import Path

import pytest

from seecodesk.core.bodies import Body, BodyMember
from seecodesk.core.members import Organisation, Person, Role
from seecodesk.exchange.member_rows import ERROR, WARNING
from seecodesk.exchange.people_import import build_people_preview
from seecodesk.exchange.reading import SourceRecord, SourceTable
from seecodesk.storage import bodies as body_store
from seecodesk.storage import organisations as org_store
from seecodesk.storage import people as people_store

HEADERS = ["이름", "소속", "소속 구분", "직함", "휴대전화", "전화", "이메일", "역할", "기구", "시작", "끝", "비고"]


@pytest.fixture
def place(db):
    ids = {name: org_store.insert_organisation(db, Organisation(name=name, business_number=number, is_support_body=support))
           for name, number, support in (("가람", "124-81-00998", False), ("센터", "", True))}
    ids["분과"] = body_store.save_body(db, Body(name="교육소통 분과"))
    return ids


def table_of(rows, headers=HEADERS):
    records = [SourceRecord(row=i + 2, line=i + 2, cells=cells) for i, cells in enumerate(rows)]
    return SourceTable(path=Path("p.csv"), kind="CSV", encoding="utf-8", headers=headers, header_row=1, records=records)


def person(name="김하나", org="가람", affiliation="", title="", mobile="", phone="", email="", role="", scope="",
           start="", end="", notes=""):
    return [name, org, affiliation, title, mobile, phone, email, role, scope, start, end, notes]


def problems_at(preview, number):
    return [(p.column, p.severity) for p in preview.problems() if p.row == number]


def test_unit_a_row_becomes_a_person_of_its_organisation_with_one_role(db, place):
    preview = build_people_preview(table_of([person(org="㈜ 가람", title=" 사무 국장 ", email="a@b.kr", role="위원",
                                                    scope="교육소통분과", start="2026.3.5", notes="'=메모")]), db)
    (row,) = preview.rows
    found = row.person
    assert (found.name, found.organisation_id, found.affiliation, found.title, found.email, found.notes) == (
        "김하나", place["가람"], "회원사", "사무 국장", "a@b.kr", "=메모")
    assert found.roles == [Role(role="위원", scope="교육소통분과", started_on="2026-03-05", ended_on="")]
    assert (row.organisation, row.body_id, row.status) == ("가람", place["분과"], "새로")
    assert preview.can_commit and preview.problems() == [] and len(preview.plans) == 1
    (body_id, seat), = preview.plans[0].seats
    assert (body_id, seat.role, seat.started_on) == (place["분과"], "위원", "2026-03-05")


def test_unit_the_affiliation_follows_the_organisation_unless_written(db, place):
    preview = build_people_preview(table_of([person(), person(name="박둘", org="센터"), person(name="최셋", org=""),
                                             person(name="정넷", org="", affiliation="시청"),
                                             person(name="오다섯", org="", affiliation="구청")]), db)
    assert [r.person.affiliation if r.person else None for r in preview.rows] == ["회원사", "지원센터", "기타", "시청", None]
    assert preview.rows[2].person.organisation_id is None and set(problems_at(preview, 6)) == {("소속 구분", ERROR)}


def test_unit_a_phone_that_lost_its_leading_zero_is_repaired_with_a_warning(db, place):
    preview = build_people_preview(table_of([person(mobile="1012345678", phone="417301234")]), db)
    assert (preview.rows[0].person.mobile, preview.rows[0].person.phone) == ("010-1234-5678", "041-730-1234")
    assert problems_at(preview, 2) == [("휴대전화", WARNING), ("전화", WARNING)] and preview.can_commit


def test_unit_each_bad_value_is_an_error_in_its_own_column_and_no_person_is_planned(db, place):
    preview = build_people_preview(table_of([
        person(notes="주민 900101-1234567", title="x" * 1001), person(org="없는곳"), person(email="메일 아님"),
        person(start="2026-02-30", role="위원"), person(scope="교육소통분과"), person(role="위원", start="2026-03-05",
                                                                                   end="2026-03-04"),
        person(name=""), person() + ["밀린 칸"],
    ]), db)
    assert problems_at(preview, 2) == [("직함", ERROR), ("비고", ERROR)]
    assert problems_at(preview, 3) == [("소속", ERROR)] and problems_at(preview, 4) == [("이메일", ERROR)]
    assert problems_at(preview, 5) == [("시작", ERROR)] and problems_at(preview, 6) == [("역할", ERROR)]
    assert problems_at(preview, 7) == [("끝", ERROR)] and problems_at(preview, 8) == [("이름", ERROR)]
    assert problems_at(preview, 9) == [("", ERROR)]
    assert all(r.person is None for r in preview.rows[:-1]) and preview.plans[0].person.name == "김하나"
    assert len(preview.plans) == 1 and not preview.can_commit


def test_unit_an_unknown_business_number_is_an_error_in_its_column(db, place):
    preview = build_people_preview(table_of([["김하나", "가람", "220-81-62517"], ["박둘", "", "124-81-00998"]],
                                            headers=["이름", "소속", "사업자등록번호"]), db)
    assert problems_at(preview, 2) == [("사업자등록번호", ERROR)]
    assert preview.rows[1].person.organisation_id == place["가람"] and preview.rows[1].organisation == "가람"


def test_unit_scope_or_dates_without_a_role_column_are_an_error(db, place):
    preview = build_people_preview(table_of([["김하나", "2026-01-01"]], headers=["이름", "시작"]), db)
    assert problems_at(preview, 2) == [("역할", ERROR)]
    assert build_people_preview(table_of([["김하나"]], headers=["성명"]), db).missing_columns == []
    assert build_people_preview(table_of([["김하나"]], headers=["직함"]), db).missing_columns == ["이름"]


def test_unit_rows_of_one_person_become_one_plan_with_every_role(db, place):
    preview = build_people_preview(table_of([
        person(role="위원", scope="교육소통분과"), person(title="국장", mobile="010-1111-2222", role="회장"),
        person(role="위원", scope="교육소통분과"), person(mobile="010-3333-4444"), [""] * 12, person(org="센터"),
    ]), db)
    assert [r.status for r in preview.rows] == ["새로", "2행과 같은 사람", "2행과 같은 사람", "2행과 같은 사람", "새로"]
    assert problems_at(preview, 5) == [("휴대전화", ERROR)] and preview.blank_rows == 1
    first = preview.plans[0].person
    assert (first.title, first.mobile, [r.role for r in first.roles]) == ("국장", "010-1111-2222", ["위원", "회장"])
    assert len(preview.plans) == 2 and len(preview.plans[0].seats) == 1


def test_unit_a_stored_person_gets_blanks_filled_and_new_roles_never_an_overwrite(db, place):
    stored_id = people_store.insert_person(db, Person(name="김하나", organisation_id=place["가람"], title="국장",
                                                      roles=[Role(role="위원", scope="교육소통분과")]))
    body_store.add_seat(db, place["분과"], BodyMember(person_id=stored_id, role="위원"))
    preview = build_people_preview(table_of([
        person(title="팀장", email="a@b.kr", role="위원", scope="교육소통분과"), person(role="감사"),
    ]), db)
    assert [r.status for r in preview.rows] == ["이미 있음", "2행과 같은 사람"]
    assert problems_at(preview, 2) == [("직함", WARNING)] and preview.can_commit
    (plan,) = preview.plans
    merged = plan.merged()
    assert (merged.id, merged.title, merged.email) == (stored_id, "국장", "a@b.kr")
    assert [r.role for r in merged.roles] == ["위원", "감사"] and [r.role for r in plan.new_roles()] == ["감사"]
    assert plan.seats == [] and plan.changes
    unchanged = build_people_preview(table_of([person(title="국장", role="위원", scope="교육소통분과")]), db)
    assert not unchanged.plans[0].changes and unchanged.problems() == []
    assert "이미 있는 사람 1명(그중 빈 칸·새 역할을 더할 사람 0명)" in unchanged.summary()


def test_unit_every_role_of_a_new_person_is_new(db, place):
    preview = build_people_preview(table_of([person(role="위원", scope="교육소통분과"), person(role="회장")]), db)
    (plan,) = preview.plans
    assert plan.existing is None and plan.changes
    assert [r.role for r in plan.new_roles()] == ["위원", "회장"] and plan.merged() is plan.person


def test_unit_the_summary_counts_new_people_and_stored_ones_that_change(db, place):
    people_store.insert_person(db, Person(name="김하나", organisation_id=place["가람"]))
    people_store.insert_person(db, Person(name="이같음", organisation_id=place["가람"], title="국장"))
    preview = build_people_preview(table_of([
        person(title="팀장"), person(name="이같음", title="국장"), person(name="박둘"), person(name="최셋"),
        person(name="정넷"),
    ]), db)
    assert [r.status for r in preview.rows] == ["이미 있음", "이미 있음", "새로", "새로", "새로"]
    assert "새 사람 3명 · 이미 있는 사람 2명(그중 빈 칸·새 역할을 더할 사람 1명)" in preview.summary()


def test_unit_a_seat_keeps_the_role_and_its_dates_and_a_stored_person_gets_a_seat_not_yet_held(db, place):
    stored_id = people_store.insert_person(db, Person(name="김하나", organisation_id=place["가람"],
                                                      roles=[Role(role="위원", scope="교육소통분과")]))
    body_store.add_seat(db, place["분과"], BodyMember(person_id=stored_id, role="위원"))
    preview = build_people_preview(table_of([
        person(role="분과장", scope="교육소통분과", start="2026-01-01", end="2026-12-31"),
        person(name="박둘", role="간사", scope="교육소통 분과", start="2026-03-01", end="2027-02-28"),
    ]), db)
    seats = [(body_id, seat.role, seat.started_on, seat.ended_on) for plan in preview.plans for body_id, seat in plan.seats]
    assert seats == [(place["분과"], "분과장", "2026-01-01", "2026-12-31"), (place["분과"], "간사", "2026-03-01", "2027-02-28")]
