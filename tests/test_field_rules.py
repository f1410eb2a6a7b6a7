"""What every field does with what Korean offices type: 주민등록번호 in any spelling is refused and never
echoed, text is kept in NFC, dates read in every office spelling.

The fields are found by looking at the records themselves (every `str` field of every record the
program validates), so a field added later is covered without editing this file; a field that is
not typed text says why in EXEMPT.
"""

import dataclasses
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from seecodesk.core.bodies import Body, BodyMember, validated_body
from seecodesk.core.consulting import (
    Application,
    MentorOffer,
    ResultReport,
    Session,
    validated_application,
    validated_offer,
    validated_report,
    validated_session,
)
from seecodesk.core.errors import SeeCoDeskError, ValidationErrors
from seecodesk.core.meetings import ActionItem, AgendaItem, Attendee, Meeting, validated_meeting
from seecodesk.core.members import (
    Consent,
    Designation,
    DuesPayment,
    MembershipPeriod,
    Organisation,
    Person,
    Role,
    validated_organisation,
    validated_person,
)
from seecodesk.core.plan import BudgetLine, Plan, PlanNode, TaskDetails, validated_node, validated_plan
from seecodesk.core.products import Product, validated_product
from seecodesk.core.validation import LINE_LENGTH, NAME_LENGTH

SEPARATORS = ["-", "–", "—", ".", "_", "/", " ", "", " - ", "－", "‐"]
RESIDENT_NUMBER = "900101{}1234567"
FULL_WIDTH = "９００１０１－１２３４５６７"
DATE_SPELLINGS = ["2024-03-05", "2024.3.5", "2024. 3. 5.", "2024/03/05", "20240305", "2024년 3월 5일"]

# Fields that are no typed text: chosen from a list, filled in when read back, or written by the program.
CHOSEN = "chosen from a fixed list in the form (a combo), checked against it"
READ_BACK = "filled in from the directory when read back, never stored from the record"
PROGRAM = "written by the program, never typed"
EXEMPT = {
    "Attendee": {"affiliation": CHOSEN, "status": CHOSEN, "reply": CHOSEN, "name": READ_BACK, "organisation": READ_BACK,
                 "title": READ_BACK, "phone": READ_BACK},
    "AgendaItem": {"decision": CHOSEN},
    "ActionItem": {"status": CHOSEN},
    "Meeting": {"kind": CHOSEN, "body_name": READ_BACK},
    "Person": {"affiliation": CHOSEN, "gender": CHOSEN},
    "Designation": {"kind": CHOSEN, "subtype": CHOSEN},
    "Application": {"certification": CHOSEN, "support_status": CHOSEN, "status": CHOSEN,
                    "cancel_reason": "typed in the 취소 dialog and cleaned by ConsultingService.set_status",
                    "receipt_number": PROGRAM},
    "MentorOffer": {"organisation_name": READ_BACK, "person_name": READ_BACK, "person_title": READ_BACK},
    "Product": {"kind": CHOSEN, "photo": PROGRAM},
    "Body": {"kind": CHOSEN, "cadence_period": CHOSEN},
    "BodyMember": {"person_name": READ_BACK, "affiliation": READ_BACK},
    "Plan": {"grain": CHOSEN, "start_month": CHOSEN, "end_month": CHOSEN},
    "PlanNode": {"kind": CHOSEN},
    "TaskDetails": {"priority": CHOSEN, "status": CHOSEN},
}
# Typed, but a number, phone, address or date with its own format: NFC does not apply.
FORMATTED = {"phone", "fax", "mobile", "email", "homepage", "business_number", "corporation_number", "guest_phone",
             "manager_phone", "manager_mobile", "manager_email", "link", "photo", "start_time", "end_time"}


@dataclass
class Subject:
    """A record the program validates, reached inside a valid root record."""

    label: str
    make: Callable[[], Any]
    validate: Callable[[Any], Any]
    reach: Callable[[Any], Any] = lambda root: root
    dates: frozenset[str] = field(default_factory=frozenset)


def _task() -> PlanNode:
    return PlanNode(plan_id=1, kind="task", title="과제", task=TaskDetails(budget=[BudgetLine("행사비", 1000)]))


def _meeting() -> Meeting:
    return Meeting(kind="이사회", date="2024-03-05", attendees=[Attendee(guest_name="손님")],
                   agenda=[AgendaItem("안건")], actions=[ActionItem("할 일")])


def _organisation() -> Organisation:
    return Organisation(name="가람", designations=[Designation("사회적기업")],
                        memberships=[MembershipPeriod("2021-01-01")], dues=[DuesPayment(2024, 10_000)])


def _person() -> Person:
    return Person(name="김하나", roles=[Role("회장")], consents=[Consent("2024-01-01")])


SUBJECTS = [
    Subject("Organisation", _organisation, validated_organisation, dates=frozenset({"founded_on"})),
    Subject("Designation", _organisation, validated_organisation, lambda o: o.designations[0],
            frozenset({"designated_on", "ends_on"})),
    Subject("MembershipPeriod", _organisation, validated_organisation, lambda o: o.memberships[0],
            frozenset({"joined_on", "left_on"})),
    Subject("DuesPayment", _organisation, validated_organisation, lambda o: o.dues[0], frozenset({"paid_on"})),
    Subject("Person", _person, validated_person),
    Subject("Role", _person, validated_person, lambda p: p.roles[0], frozenset({"started_on", "ended_on"})),
    Subject("Consent", _person, validated_person, lambda p: p.consents[0], frozenset({"consented_on", "withdrawn_on"})),
    Subject("Meeting", _meeting, validated_meeting, dates=frozenset({"date"})),
    Subject("Attendee", _meeting, validated_meeting, lambda m: m.attendees[0]),
    Subject("AgendaItem", _meeting, validated_meeting, lambda m: m.agenda[0]),
    Subject("ActionItem", _meeting, validated_meeting, lambda m: m.actions[0], frozenset({"due_on", "done_on"})),
    Subject("Application", lambda: Application(company_name="가람"), validated_application,
            dates=frozenset({"applied_on"})),
    Subject("MentorOffer", lambda: MentorOffer(organisation_id=1, field_ids=[1]), validated_offer,
            dates=frozenset({"starts_on", "ends_on"})),
    Subject("Session", lambda: Session(match_id=1, held_on="2024-01-02"), validated_session,
            dates=frozenset({"held_on", "paid_on"})),
    Subject("ResultReport", lambda: ResultReport(match_id=1), validated_report, dates=frozenset({"written_on"})),
    Subject("Product", lambda: Product(organisation_id=1, name="빵"), validated_product),
    Subject("Body", lambda: Body(name="교육분과", members=[BodyMember(person_id=1)]), validated_body),
    Subject("BodyMember", lambda: Body(name="교육분과", members=[BodyMember(person_id=1)]), validated_body,
            lambda b: b.members[0], frozenset({"started_on", "ended_on"})),
    Subject("Plan", lambda: Plan(name="계획", start_month="2024-01", end_month="2024-12"), validated_plan),
    Subject("PlanNode", _task, validated_node),
    Subject("TaskDetails", _task, validated_node, lambda n: n.task),
    Subject("BudgetLine", _task, validated_node, lambda n: n.task.budget[0]),
]


def _text_fields(subject: Subject) -> list[str]:
    record = subject.reach(subject.make())
    exempt = EXEMPT.get(subject.label, {})
    return [f.name for f in dataclasses.fields(record) if f.type in (str, "str") and f.name not in exempt]


CASES = [pytest.param(s, name, id=f"{s.label}.{name}") for s in SUBJECTS for name in _text_fields(s)]
PLAIN = [pytest.param(s, name, id=f"{s.label}.{name}") for s in SUBJECTS for name in _text_fields(s)
         if name not in s.dates and name not in FORMATTED]
DATES = [pytest.param(s, name, id=f"{s.label}.{name}") for s in SUBJECTS for name in sorted(s.dates)]


def _with(subject: Subject, name: str, value: str) -> Any:
    root = subject.make()
    setattr(subject.reach(root), name, value)
    return root


def test_every_subject_is_valid_as_made():
    for subject in SUBJECTS:
        subject.validate(subject.make())


@pytest.mark.parametrize(("subject", "name"), CASES)
def test_every_text_field_refuses_a_resident_number_in_any_spelling(subject, name):
    for typed in [*(RESIDENT_NUMBER.format(sep) for sep in SEPARATORS), FULL_WIDTH]:
        with pytest.raises(SeeCoDeskError) as caught:
            subject.validate(_with(subject, name, f"메모 {typed}"))
        message = str(caught.value)
        assert "1234567" not in message and "１２３４５６７" not in message, (typed, message)


@pytest.mark.parametrize(("subject", "name"), PLAIN)
def test_every_text_field_is_kept_in_nfc(subject, name):
    mac = unicodedata.normalize("NFD", "가람 두레")
    assert mac != "가람 두레"
    kept = subject.reach(subject.validate(_with(subject, name, mac)))
    assert getattr(kept, name) == "가람 두레"


@pytest.mark.parametrize(("subject", "name"), DATES)
def test_every_date_field_reads_every_office_spelling(subject, name):
    for typed in DATE_SPELLINGS:
        kept = subject.reach(subject.validate(_with(subject, name, typed)))
        assert getattr(kept, name) == "2024-03-05", typed
    with pytest.raises(SeeCoDeskError, match="없는 날짜"):
        subject.validate(_with(subject, name, "2024-02-30"))


def test_the_date_list_names_every_date_field():
    """A new *_on field (or `date`) must be listed in its subject's dates, so the date test covers it."""
    for subject in SUBJECTS:
        names = {n for n in _text_fields(subject) if n.endswith("_on") or n == "date"}
        assert names <= subject.dates, (subject.label, names - subject.dates)


@pytest.mark.parametrize(("subject", "name"), [
    pytest.param(SUBJECTS[0], "name", id="Organisation.name"),
    pytest.param(SUBJECTS[0], "representative", id="Organisation.representative"),
    pytest.param(SUBJECTS[4], "name", id="Person.name"),
])
def test_a_name_of_a_person_or_an_organisation_has_one_limit(subject, name):
    kept = subject.reach(subject.validate(_with(subject, name, "가" * NAME_LENGTH)))
    assert getattr(kept, name) == "가" * NAME_LENGTH
    with pytest.raises(SeeCoDeskError, match=f"{NAME_LENGTH:,}자 이내"):
        subject.validate(_with(subject, name, "가" * (NAME_LENGTH + 1)))


@pytest.mark.parametrize(("subject", "name"), [
    pytest.param(SUBJECTS[0], "address", id="Organisation.address"),
    pytest.param(SUBJECTS[0], "industry", id="Organisation.industry"),
    pytest.param(SUBJECTS[4], "title", id="Person.title"),
])
def test_one_line_fields_of_people_and_organisations_share_one_limit(subject, name):
    subject.validate(_with(subject, name, "가" * LINE_LENGTH))
    with pytest.raises(SeeCoDeskError, match=f"{LINE_LENGTH:,}자 이내"):
        subject.validate(_with(subject, name, "가" * (LINE_LENGTH + 1)))


def test_a_name_pasted_from_a_mac_is_found_by_search_typed_on_windows(db):
    from seecodesk.core.korean_search import SearchKey, filter_keys
    from seecodesk.services.members import MemberService

    service = MemberService(db)
    saved = service.save_organisation(Organisation(name=unicodedata.normalize("NFD", "가람\u200b두레") + "\u00ad"))
    assert saved.name == "가람두레"
    keys = [SearchKey(row.name) for row in service.directory()]
    assert filter_keys(keys, "람두") == [0] and filter_keys(keys, "ㄱㄹㄷ") == [0]
    assert filter_keys(keys, unicodedata.normalize("NFD", "람두")) == [0]


# The box of the member forms beside which a refused field's message appears (ValidationErrors' key).
BESIDE = {"Organisation": None, "Person": None, "Designation": "designations", "MembershipPeriod": "memberships",
          "DuesPayment": "dues", "Role": "roles", "Consent": "consents"}


@pytest.mark.parametrize(("subject", "name"), [case for case in CASES if case.values[0].label in BESIDE])
def test_a_refused_member_field_is_named_beside_its_own_box(subject, name):
    with pytest.raises(ValidationErrors) as caught:
        subject.validate(_with(subject, name, "메모 900101-1234567"))
    box = BESIDE[subject.label] or name
    assert list(caught.value.errors) == [box] and caught.value.errors[box]


@pytest.mark.parametrize(("year", "amount", "kept"), [
    (1990, 0, True), (2100, 10_000, True), (1989, 10_000, False), (2101, 10_000, False), (2024, -1, False)])
def test_dues_typed_in_the_member_form_take_years_1990_to_2100_and_no_negative_amount(year, amount, kept):
    org = Organisation(name="가람", dues=[DuesPayment(year, amount)])
    if kept:
        assert validated_organisation(org).dues[0].amount == amount
        return
    with pytest.raises(ValidationErrors) as caught:
        validated_organisation(org)
    assert list(caught.value.errors) == ["dues"] and caught.value.errors["dues"]


@pytest.mark.parametrize(("record", "box"), [
    (Organisation(name=" "), "name"),
    (Person(name=""), "name"),
    (Person(name="김하나", affiliation="동네"), "affiliation"),
    (Person(name="김하나", gender="X"), "gender"),
    (Organisation(name="가람", designations=[Designation("우수기업")]), "designations"),
    (Organisation(name="가람", memberships=[MembershipPeriod("")]), "memberships"),
    (Organisation(name="가람", memberships=[MembershipPeriod("2024-03-05", "2024-03-04")]), "memberships"),
    (Organisation(name="가람", designations=[Designation("사회적기업", number="1" * 101)]), "designations"),
])
def test_a_missing_or_unknown_member_value_is_refused_beside_its_box(record, box):
    validate = validated_person if isinstance(record, Person) else validated_organisation
    with pytest.raises(ValidationErrors) as caught:
        validate(record)
    assert list(caught.value.errors) == [box] and caught.value.errors[box]


def test_a_membership_may_end_the_day_it_began_and_a_designation_number_holds_100_characters():
    org = validated_organisation(Organisation(name="가람", memberships=[MembershipPeriod("2024-03-05", "2024-03-05")],
                                              designations=[Designation("사회적기업", number="1" * 100)]))
    assert org.memberships[0].left_on == "2024-03-05" and org.designations[0].number == "1" * 100
