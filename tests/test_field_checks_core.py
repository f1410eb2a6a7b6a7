"""Core rules behind the forms' checks: every wrong field collected and named, the place of a 주민등록번호,
one-line limits, and money fields that never read a 주민등록번호 as an amount."""

import pytest

from seecodesk.core import validation as v
from seecodesk.core.bodies import Body, BodyMember, validated_body
from seecodesk.core.dues import parse_amount as dues_amount
from seecodesk.core.errors import ValidationError, ValidationErrors
from seecodesk.core.meetings import AgendaItem, Meeting, agenda_item_errors, validated_meeting
from seecodesk.core.plan import Plan, PlanNode, TaskDetails, parse_won, validated_node, validated_plan
from seecodesk.core.products import parse_price
from seecodesk.core.trade import parse_amount

RRNS = ["900101-1234567", "9001011234567", "９００１０１－１２３４５６７", "900101 - 1234567"]


def test_unit_collect_keeps_the_first_message_per_field_and_gives_blank():
    errors: dict[str, str] = {}
    assert v.collect(errors, "note", v.clean_line, "가" * 201, "note") == ""
    assert v.collect(errors, "note", v.clean_line, "900101-1234567", "note") == ""
    assert v.collect(errors, "title", v.clean_line, " 제목 ", "title") == "제목"
    assert list(errors) == ["note"] and "201자" in errors["note"]


@pytest.mark.parametrize("number", RRNS)
def test_unit_the_place_of_a_resident_number_is_found_in_the_text_as_typed(number):
    text = f"대표 {number} 확인"
    start, end = v.resident_number_span(text)
    assert text[start:end] == number


def test_unit_no_place_when_folding_moves_characters():
    assert v.resident_number_span("㈜ 900101-1234567") is None  # NFKC spells ㈜ in three characters
    assert v.resident_number_span("없음") is None


def test_unit_an_agenda_problem_names_the_item_and_its_field():
    meeting = Meeting(kind="이사회", date="2026-03-05",
                      agenda=[AgendaItem(title="예산"), AgendaItem(title="가입", resolution="900101-1234567")])
    with pytest.raises(ValidationErrors) as refused:
        validated_meeting(meeting)
    assert refused.value.errors["agenda"].startswith("2번 안건 '가입'의 결정 내용: 주민등록번호")
    assert agenda_item_errors(AgendaItem(title="예산", decision="x"), 1)["decision"].startswith("1번 안건 '예산'의 결정: ")
    assert agenda_item_errors(AgendaItem(title="예산", votes_for=-1), 1)["votes"].startswith("1번 안건 '예산'의 표결: ")


@pytest.mark.parametrize("text", ["가" * 10_000, *RRNS])
def test_unit_plan_and_node_lines_refuse_and_name_their_fields(text):
    with pytest.raises(ValidationErrors) as refused:
        validated_plan(Plan(text, "2027-01", "2027-12", "quarter", notes=text))
    assert set(refused.value.errors) == {"name", "notes"}
    task = TaskDetails(progress_note=text, budget_note=text)
    with pytest.raises(ValidationErrors) as refused:
        validated_node(PlanNode(1, "task", text, code=text, frequency=text, task=task))
    assert set(refused.value.errors) == {"title", "code", "frequency", "progress_note", "budget_note"}


def test_unit_long_free_text_of_a_node_is_kept_within_the_free_text_limit():
    node = validated_node(PlanNode(1, "strategy", "전략", notes="가" * 10_000))
    assert len(node.notes) == 10_000


@pytest.mark.parametrize("text", ["가" * 201, "900101-1234567"])
def test_unit_a_bodys_one_line_fields_and_seats_refuse(text):
    with pytest.raises(ValidationErrors) as refused:
        validated_body(Body("분과", purpose=text, cadence=text, members=[BodyMember(1, role=text)]))
    assert set(refused.value.errors) == {"purpose", "cadence", "members"}


@pytest.mark.parametrize("parse", [parse_amount, parse_price, dues_amount, parse_won])
@pytest.mark.parametrize("number", RRNS)
def test_unit_money_fields_never_read_a_resident_number_as_an_amount(parse, number):
    with pytest.raises(ValidationError) as refused:
        parse(number)
    assert refused.value.message == v.RESIDENT_NUMBER_MESSAGE


def test_unit_money_with_thousands_separators_is_still_read():
    assert parse_amount("1,201,011,234,567", 10**13) == 1_201_011_234_567
    assert parse_price("12,000원") == 12_000 and dues_amount("12만") == 120_000 and parse_won("1,800,000") == 1_800_000
