"""Meeting use cases on a real database: save/load, quorum from the roll, carry-over, rates, attachments, tasks."""

import random
from datetime import date

import pytest

from seecodesk.core.attendance import QuorumRule
from seecodesk.core.errors import NotFoundError, SeeCoDeskError, ValidationErrors
from seecodesk.core.meetings import ActionItem, AgendaItem, Attendee
from seecodesk.core.plan import Plan
from seecodesk.demo import bodies as demo_bodies
from seecodesk.demo import members as demo_members
from seecodesk.services import meeting_files
from seecodesk.services.attendance import attendance_report
from seecodesk.services.meeting_tasks import action_to_task
from seecodesk.services.meetings import MeetingService
from seecodesk.services.plan import PlanService


@pytest.fixture
def network(db):
    """Members and bodies of the demo, no meetings yet."""
    with db.atomic():
        demo_members.populate(db, random.Random(1))
        demo_bodies.populate(db, random.Random(1))
    return db


@pytest.fixture
def service(network):
    return MeetingService(network)


def body_id(service, name):
    return next(b[0] for b in service.bodies() if b[1] == name)


def held(service, body, day, present=0, actions=()):
    meeting = service.new_meeting(body_id(service, body), day)
    for index, attendee in enumerate(meeting.attendees):
        attendee.status = "present" if index < present else "absent"
    meeting.actions = [ActionItem(what=w, due_on=d, status=s) for w, d, s in actions]
    return service.save(meeting)


def test_new_meeting_invites_the_body_and_numbers_it(service):
    meeting = service.new_meeting(body_id(service, "이사회"), "2026-03-11")
    assert meeting.kind == "이사회" and meeting.number == 1
    assert len(meeting.attendees) == 6 and all(a.status == "invited" for a in meeting.attendees)
    assert meeting.chair_id == meeting.attendees[0].person_id
    service.save(meeting)
    assert service.new_meeting(body_id(service, "이사회"), "2026-06-10").number == 2


def test_save_and_load_keep_everything_and_ids(service):
    meeting = service.new_meeting(body_id(service, "교육소통분과"), "2026-04-14")
    meeting.attendees.append(Attendee(guest_name="윤하람", guest_organisation="가람대학교", affiliation="연구진",
                                      status="present", guest_phone="01031415926"))
    meeting.agenda = [AgendaItem(title="<b>교육</b> & 소통", discussion="첫 줄\n둘째 줄", decision="의결",
                                 votes_for=3, votes_against=0, votes_abstain=1)]
    meeting.actions = [ActionItem(what="강사 섭외", due_on="2026-05-01")]
    stored = service.save(meeting)
    again = service.meeting(stored.id)
    assert again.agenda[0].title == "<b>교육</b> & 소통"
    assert again.agenda[0].discussion == "첫 줄\n둘째 줄"
    assert (again.agenda[0].votes_for, again.agenda[0].votes_abstain) == (3, 1)
    guest = again.attendees[-1]
    assert (guest.name, guest.organisation, guest.phone) == ("윤하람", "가람대학교", "010-3141-5926")
    action_id = again.actions[0].id
    again.actions[0].status = "진행중"
    assert service.save(again).actions[0].id == action_id


def test_bad_input_is_refused_and_nothing_is_written(service):
    meeting = service.new_meeting(body_id(service, "이사회"), "2026-03-11")
    meeting.agenda = [AgendaItem(title="")]
    with pytest.raises(ValidationErrors):
        service.save(meeting)
    assert service.meetings() == []


def test_quorum_counts_present_members_of_the_roll_on_that_day(service):
    meeting = held(service, "이사회", "2026-03-11", present=3)
    result = service.quorum(meeting)
    assert (result.roll, result.present, result.needed, result.met) == (6, 3, 4, False)
    meeting.attendees[3].status = "late"  # late still counts as present
    assert service.quorum(meeting).met
    guest = Attendee(guest_name="손님", status="present")
    meeting.attendees.append(guest)
    assert service.quorum(meeting).present == 4  # guests are not on the roll


def test_roll_follows_member_terms(service):
    tft = body_id(service, "공공구매TFT")
    names_2021 = [m.name for m in service.roster(tft, "2021-06-01")]
    names_2023 = [m.name for m in service.roster(tft, "2023-06-01")]
    assert "류재석" in names_2021 and "김나연" not in names_2021
    assert "김나연" in names_2023 and "류재석" not in names_2023


def test_assembly_quorum_counts_member_organisations(service):
    assembly = body_id(service, "총회")
    service.set_quorum_rule(assembly, QuorumRule("majority", "member_organisations"))
    meeting = service.new_meeting(assembly, "2026-02-26", kind="정기총회")
    people = service.people()
    meeting.attendees = [service.invitee(p) for p in people if p.affiliation == "회원사"]
    for attendee in meeting.attendees:
        attendee.status = "present"
    result = service.quorum(meeting)
    assert result.roll == 27  # 28 organisations, one left in 2024, support bodies are no members
    assert result.present == result.roll and result.met


def test_unfinished_actions_are_offered_to_the_next_meeting_of_the_same_body(service):
    held(service, "이사회", "2026-03-11", actions=[("회비 독려", "2026-04-01", "예정"), ("견적", "2026-04-01", "완료")])
    held(service, "교육소통분과", "2026-03-10", actions=[("강사 섭외", "2026-04-01", "진행중")])
    later = service.new_meeting(body_id(service, "이사회"), "2026-06-10")
    offered = service.carry_over_candidates(later)
    assert [o.action.what for o in offered] == ["회비 독려"]
    later = service.save(service.carry_over(later, offered))
    assert later.agenda[0].title == "[이월] 회비 독려"
    assert later.agenda[0].from_action_id == offered[0].action.id
    assert service.carry_over_candidates(later) == []  # not offered twice
    earlier = service.new_meeting(body_id(service, "이사회"), "2026-01-10")
    assert service.carry_over_candidates(earlier) == []  # only meetings before this one


def test_attendance_rates_over_a_period(service):
    held(service, "이사회", "2026-03-11", present=6)
    held(service, "이사회", "2026-06-10", present=3)
    held(service, "이사회", "2027-01-10", present=0)
    report = attendance_report(service.db, "2026-01-01", "2026-12-31", target=0.7)
    assert (report.overall.invited, report.overall.attended) == (12, 9)
    assert report.overall.rate == 0.75 and report.overall.meets(0.7)
    rates = {r.label: r.rate for r in report.people}
    assert sorted(rates.values()) == [0.5, 0.5, 0.5, 1.0, 1.0, 1.0]
    assert len(report.below_target) == 3
    assert report.meetings_held == [("이사회", 2)]


def test_a_guest_seen_with_two_organisations_is_shown_with_the_first_meeting_s(service):
    for day, organisation, status in (("2026-09-01", "나중대학교", "absent"), ("2026-03-01", "가람대학교", "present"),
                                      ("2026-05-01", "가람대학교", "late")):  # saved out of date order
        meeting = service.new_meeting(body_id(service, "교육소통분과"), day)
        meeting.attendees = [Attendee(guest_name="윤하람", guest_organisation=organisation, affiliation="연구진",
                                      status=status)]
        service.save(meeting)
    report = attendance_report(service.db, "2026-01-01", "2026-12-31")
    person = next(r for r in report.people if r.label == "윤하람")
    assert (person.group, person.invited, person.attended) == ("가람대학교", 3, 2)
    assert [(r.label, r.invited, r.attended) for r in report.organisations] == [("가람대학교", 2, 2), ("나중대학교", 1, 0)]


def test_invited_only_meetings_do_not_count(service):
    service.save(service.new_meeting(body_id(service, "이사회"), "2026-12-09"))
    assert attendance_report(service.db, "2026-01-01", "2026-12-31").overall.invited == 0


def test_attachments_stay_inside_the_meeting_folder(service, tmp_path):
    meeting = held(service, "이사회", "2026-03-11")
    data = tmp_path / "data"
    for odd in ("CON", "x" * 300, "회의자료.pdf"):
        source = tmp_path / "src" / odd[:200]
        source.parent.mkdir(exist_ok=True)
        source.write_bytes(b"%PDF-1.4 test")
    stored = [meeting_files.add_attachment(service.db, data, meeting.id, tmp_path / "src" / n)
              for n in ("CON", "x" * 200, "회의자료.pdf", "회의자료.pdf")]
    folder = data / "attachments" / str(meeting.id)
    names = [a.file_name for a in stored]
    assert names[0] == "_CON" and names[3] == "회의자료 (2).pdf"
    assert all((folder / n).is_file() for n in names)
    assert {p.name for p in folder.iterdir()} == set(names)
    assert [a.file_name for a in service.meeting(meeting.id).attachments] == names
    meeting_files.remove_attachment(service.db, data, stored[2].id)
    assert not (folder / "회의자료.pdf").exists()


def test_a_recorded_name_with_parent_parts_cannot_escape(tmp_path):
    from seecodesk.core.meetings import Attachment

    path = meeting_files.attachment_path(tmp_path, 3, Attachment(file_name="../../x"))
    assert path == tmp_path / "attachments" / "3" / "x"


def test_attaching_needs_a_saved_meeting_and_a_file(service, tmp_path):
    with pytest.raises(NotFoundError):
        meeting_files.add_attachment(service.db, tmp_path, 999, tmp_path / "a.pdf")
    meeting = held(service, "이사회", "2026-03-11")
    with pytest.raises(SeeCoDeskError, match="찾을 수 없습니다"):
        meeting_files.add_attachment(service.db, tmp_path, meeting.id, tmp_path / "없는파일.pdf")


def test_delete_and_undo(service):
    meeting = held(service, "이사회", "2026-03-11")
    service.delete([meeting.id])
    assert service.meetings() == []
    with pytest.raises(NotFoundError):
        service.require(meeting.id)
    assert service.undo_delete() == [meeting.id]
    assert [m.id for m in service.meetings()] == [meeting.id]


def test_action_item_becomes_a_plan_task(service):
    plans = PlanService(service.db)
    plan = plans.save_plan(Plan(name="2026년 사업계획", start_month="2026-01", end_month="2026-12"))
    meeting = held(service, "교육소통분과", "2026-03-10", actions=[("학습모임 강사 섭외", "2026-04-20", "예정")])
    action_id = meeting.actions[0].id
    task_id = action_to_task(service.db, action_id, plan.id)
    node = plans.node(task_id)
    assert node.kind == "task" and node.title == "학습모임 강사 섭외"
    assert node.task.body_id == meeting.body_id
    assert plans.months(task_id) == {"2026-04"}
    assert service.action(action_id).task_id == task_id
    with pytest.raises(SeeCoDeskError, match="이미"):
        action_to_task(service.db, action_id, plan.id)


def test_action_to_task_without_any_plan_says_so(service):
    meeting = held(service, "이사회", "2026-03-11", actions=[("회비 독려", "", "예정")])
    with pytest.raises(SeeCoDeskError, match="계획이 없습니다"):
        action_to_task(service.db, meeting.actions[0].id)


def test_demo_has_a_current_year_of_meetings(demo_db):
    service = MeetingService(demo_db)
    rows = service.meetings()
    assert len(rows) >= 40
    assert min(r.date for r in rows) <= "2025-12-31" and max(r.date for r in rows) >= "2026-11-01"
    assert {"이사회", "분과모임", "워크숍", "정기총회", "간담회"} <= {r.kind for r in rows}
    workshops = sorted(r.number for r in rows if r.kind == "워크숍")
    assert workshops == list(range(1, 8))
    overdue = [o for o in service.open_actions() if o.action.overdue_on(date(2026, 11, 24))]
    assert overdue and len(overdue) < len(service.open_actions())
    rate = attendance_report(demo_db, "2025-12-01", "2026-11-30").overall.rate
    assert 0.6 <= rate <= 0.85
