"""Unit tests of core/bodies.py: who sits on a body on a given day, who chairs it, and which bodies
can be stored (each refusal beside the right field)."""

import pytest

from seecodesk.core.bodies import Body, BodyMember, validated_body
from seecodesk.core.errors import ValidationErrors


def test_unit_a_seat_covers_its_first_and_last_day():
    seat = BodyMember(1, started_on="2024-03-01", ended_on="2024-12-31")
    assert [seat.sits_on(d) for d in ("2024-02-29", "2024-03-01", "2024-12-31", "2025-01-01")] == [
        False, True, True, False]
    assert BodyMember(1).sits_on("1999-01-01") and BodyMember(1, ended_on="2024-01-01").sits_on("1999-01-01")
    assert not BodyMember(1, started_on="2024-01-02").sits_on("2024-01-01")


def test_unit_current_members_and_the_chair_of_a_day():
    old = BodyMember(1, role="분과장", term="2023", started_on="2023-01-01", ended_on="2023-12-31", person_name="하주현")
    new = BodyMember(2, role="분과장", term="2024", started_on="2024-01-01", person_name="윤하람")
    member = BodyMember(3, started_on="2023-06-01", person_name="김보람")
    helper = BodyMember(4, role="간사", person_name="이도윤")
    body = Body("교육소통분과", members=[old, new, member, helper])
    assert [m.person_id for m in body.current_members("2023-07-01")] == [1, 3, 4]
    assert [m.person_id for m in body.current_members()] == [2, 3, 4]
    assert body.chair("2023-07-01") is old and body.chair() is new
    assert body.chair("2022-01-01") is new  # nobody chaired then: the latest chair seat
    assert body.chair_label == "윤하람 (분과장 2024)"
    assert Body("TFT", members=[BodyMember(5, role="팀장", person_name="정")]).chair_label == "정 (팀장)"
    assert Body("빈 분과", members=[helper]).chair() is None and Body("빈 분과").chair_label == ""
    assert [r for r in ("분과장", "팀장", "회장", "위원장", "대표", "위원", "간사") if BodyMember(1, role=r).is_chair] == [
        "분과장", "팀장", "회장", "위원장", "대표"]


def test_unit_a_valid_body_is_kept_cleaned():
    body = Body(" 교육소통분과 ", kind="TFT", purpose=" 교육 ", cadence=" 매월 셋째 주 ", cadence_period="monthly",
                notes=" 메모 ", sort_order=3, id=9,
                members=[BodyMember(1, role=" ", term=" 2024 ", started_on="2024.3.1", ended_on="2024년 12월 31일",
                                    person_name="윤하람", affiliation="햇살", id=4)])
    kept = validated_body(body)
    assert (kept.name, kept.kind, kept.purpose, kept.cadence, kept.cadence_period, kept.notes, kept.sort_order,
            kept.id) == ("교육소통분과", "TFT", "교육", "매월 셋째 주", "monthly", "메모", 3, 9)
    [seat] = kept.members
    assert (seat.person_id, seat.role, seat.term, seat.started_on, seat.ended_on, seat.person_name, seat.affiliation,
            seat.id) == (1, "위원", "2024", "2024-03-01", "2024-12-31", "윤하람", "햇살", 4)
    assert validated_body(Body("이사회", kind="이사회", members=[BodyMember(2, role="회장")])).members[0].role == "회장"


@pytest.mark.parametrize(("changes", "fields"), [
    ({"name": "  "}, {"name"}), ({"kind": "동아리"}, {"kind"}), ({"cadence_period": "daily"}, {"cadence_period"}),
    ({"members": [BodyMember(1), BodyMember(2, started_on="2024-05-02", ended_on="2024-05-01")]}, {"members"}),
    ({"name": "", "kind": "x"}, {"name", "kind"}),
])
def test_unit_a_wrong_body_is_refused_beside_the_right_field(changes, fields):
    with pytest.raises(ValidationErrors) as caught:
        validated_body(Body(**{"name": "분과", **changes}))
    assert set(caught.value.errors) == fields


def test_unit_a_seat_of_one_day_is_kept_and_a_bad_date_names_the_members():
    seat = BodyMember(1, started_on="2024-05-01", ended_on="2024-05-01")
    assert validated_body(Body("분과", members=[seat])).members[0].ended_on == "2024-05-01"
    with pytest.raises(ValidationErrors) as caught:
        validated_body(Body("분과", members=[BodyMember(1, started_on="2024-02-30")]))
    assert set(caught.value.errors) == {"members"}
    with pytest.raises(ValidationErrors) as caught:
        validated_body(Body("분과", members=[BodyMember(1, ended_on="언젠가")]))
    assert set(caught.value.errors) == {"members"}


def test_unit_an_over_long_name_is_refused_beside_the_name_and_a_bad_seat_is_counted_from_one():
    with pytest.raises(ValidationErrors) as caught:
        validated_body(Body("분" * 201))
    assert set(caught.value.errors) == {"name"}
    seats = [BodyMember(1), BodyMember(2, started_on="2024-05-02", ended_on="2024-05-01")]
    with pytest.raises(ValidationErrors) as refused:
        validated_body(Body("분과", members=seats))
    assert "2번째" in refused.value.errors["members"]  # the second row of the list, as the secretary counts
