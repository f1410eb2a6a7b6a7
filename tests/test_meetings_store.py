"""Unit tests of storage/meetings: one meeting with its attendees, agenda, actions and attachments as stored and read back."""

import pytest

from seecodesk.core.errors import NotFoundError
from seecodesk.core.meetings import ActionItem, AgendaItem, Attachment, Attendee, Meeting
from seecodesk.storage import meetings as store
from tests.store_rows import add_organisation, add_person


def _body(db, name):
    db.execute("INSERT OR IGNORE INTO bodies (name, kind) VALUES (?, ?)", [name, "이사회"])
    return db.execute("SELECT id FROM bodies WHERE name = ?", [name]).fetchone()[0]


def _meeting(db, **values):
    board = _body(db, "이사회")
    chair = add_person(db, "김의장")
    meeting = Meeting(kind="이사회", date="2026-03-11", body_id=board, number=3, title="3차 이사회",
                      start_time="14:00", end_time="16:00", place="본관 2층", online=True, link="https://m.example/1",
                      chair_id=chair, recorder_id=chair, notes="메모", **values)
    meeting.attendees = [Attendee(person_id=chair, status="present", reply="참석", note="의장"),
                         Attendee(guest_name="윤하람", guest_organisation="가람대학교", guest_title="교수",
                                  guest_phone="010-3141-5926", affiliation="연구진", status="late")]
    meeting.agenda = [AgendaItem(title="예산", presenter_name="박총무", discussion="논의", decision="의결",
                                 resolution="원안 가결", votes_for=5, votes_against=1, votes_abstain=0),
                      AgendaItem(title="기타")]
    meeting.actions = [ActionItem(what="강사 섭외", owner_name="박총무", due_on="2026-04-01", note="급함"),
                       ActionItem(what="장소 예약", status="진행중")]
    return meeting


def test_a_stored_meeting_reads_back_with_every_field_and_its_body_name(db):
    meeting_id = store.insert_meeting(db, _meeting(db))
    again = store.get_meeting(db, meeting_id)
    assert again.id == meeting_id and again.body_name == "이사회"
    assert (again.kind, again.date, again.number, again.title) == ("이사회", "2026-03-11", 3, "3차 이사회")
    assert (again.start_time, again.end_time, again.place, again.link) == ("14:00", "16:00", "본관 2층",
                                                                          "https://m.example/1")
    assert again.online is True and again.notes == "메모"
    assert again.chair_id == again.recorder_id == again.attendees[0].person_id


def test_an_offline_meeting_without_a_body_reads_back_so(db):
    meeting = Meeting(kind="간담회", date="2026-05-02")
    again = store.get_meeting(db, store.insert_meeting(db, meeting))
    assert again.online is False and again.body_name == "" and again.body_id is None
    assert (again.attendees, again.agenda, again.actions, again.attachments) == ([], [], [], [])


def test_agenda_and_actions_keep_their_order_and_every_field(db):
    meeting_id = store.insert_meeting(db, _meeting(db))
    again = store.get_meeting(db, meeting_id)
    assert [a.title for a in again.agenda] == ["예산", "기타"]
    first = again.agenda[0]
    assert (first.presenter_name, first.discussion, first.decision, first.resolution) == (
        "박총무", "논의", "의결", "원안 가결")
    assert (first.votes_for, first.votes_against, first.votes_abstain) == (5, 1, 0)
    assert again.agenda[1].votes_for is None
    assert [a.what for a in again.actions] == ["강사 섭외", "장소 예약"]
    assert [a.status for a in again.actions] == ["예정", "진행중"]
    action = again.actions[0]
    assert (action.owner_name, action.due_on, action.note, action.meeting_id) == (
        "박총무", "2026-04-01", "급함", meeting_id)


def test_attendees_come_back_in_roll_call_order_with_directory_or_guest_details(db):
    place = add_organisation(db, "나눔카페")
    member = add_person(db, "이회원", place, title="대표", mobile="010-1111-2222", phone="041-660-0000")
    desk = add_person(db, "최직원", None, phone="041-660-1234", affiliation="시청")
    meeting = Meeting(kind="이사회", date="2026-03-11", attendees=[
        Attendee(guest_name="윤하람", guest_organisation="가람대학교", guest_title="교수", guest_phone="010-3141-5926",
                 affiliation="연구진", status="late", note="늦음", reply="미정"),
        Attendee(person_id=member, status="present", reply="참석"),
        Attendee(person_id=desk, affiliation="시청"),
        Attendee(guest_name="손님", affiliation="회원사")])
    shown = store.attendees_of(db, store.insert_meeting(db, meeting))
    assert [a.name for a in shown] == ["윤하람", "이회원", "최직원", "손님"]
    guest, person, clerk, bare = shown
    assert (guest.organisation, guest.title, guest.phone) == ("가람대학교", "교수", "010-3141-5926")
    # the typed guest details come back too, so saving the meeting again keeps them
    assert (guest.guest_name, guest.guest_organisation, guest.guest_title, guest.guest_phone) == (
        "윤하람", "가람대학교", "교수", "010-3141-5926")
    assert (guest.affiliation, guest.status, guest.note, guest.reply) == ("연구진", "late", "늦음", "미정")
    assert guest.person_id is None and guest.id is not None
    assert (person.organisation, person.title, person.phone, person.person_id) == (
        "나눔카페", "대표", "010-1111-2222", member)
    assert (person.status, person.reply) == ("present", "참석")
    assert (clerk.organisation, clerk.phone) == ("시청", "041-660-1234")  # no mobile: the desk phone
    assert bare.organisation == ""  # a member's guest without an organisation is not labelled 회원사


def test_a_person_removed_from_the_directory_stays_on_the_roll_by_guest_name(db):
    gone = add_person(db, "이떠남")
    left = add_person(db, "박퇴사", add_organisation(db, "옛 조합"), deleted_at="2025-01-01")
    meeting = Meeting(kind="이사회", date="2026-03-11", attendees=[
        Attendee(person_id=gone, guest_name="이떠남", guest_organisation="옛 조합", guest_title="이사"),
        Attendee(person_id=left)])
    meeting_id = store.insert_meeting(db, meeting)
    db.execute("DELETE FROM people WHERE id = ?", [gone])
    shown = store.attendees_of(db, meeting_id)
    assert [(a.name, a.organisation, a.title) for a in shown] == [("이떠남", "옛 조합", "이사"), ("박퇴사", "옛 조합", "")]
    assert shown[0].person_id is None


def test_an_update_rewrites_the_parts_keeping_ids_and_attachments(db):
    meeting_id = store.insert_meeting(db, _meeting(db))
    db.execute("UPDATE meetings SET updated_at = '2000-01-01 00:00:00' WHERE id = ?", [meeting_id])
    store.insert_attachment(db, meeting_id, Attachment(file_name="a.pdf", original_name="회의록.pdf", size=10))
    meeting = store.get_meeting(db, meeting_id)
    kept_action, kept_agenda = meeting.actions[1].id, meeting.agenda[1].id
    meeting.title, meeting.online, meeting.place = "바뀐 제목", False, "별관"
    meeting.actions = [meeting.actions[1]]
    meeting.agenda = [meeting.agenda[1], AgendaItem(title="새 안건")]
    meeting.attendees = meeting.attendees[1:]
    store.update_meeting(db, meeting)
    again = store.get_meeting(db, meeting_id)
    assert (again.title, again.online, again.place) == ("바뀐 제목", False, "별관")
    assert [(a.id, a.what) for a in again.actions] == [(kept_action, "장소 예약")]
    assert [a.title for a in again.agenda] == ["기타", "새 안건"] and again.agenda[0].id == kept_agenda
    assert [a.name for a in again.attendees] == ["윤하람"]
    assert [a.original_name for a in again.attachments] == ["회의록.pdf"]
    assert db.execute("SELECT updated_at FROM meetings WHERE id = ?", [meeting_id]).fetchone()[0] > "2000-01-01 00:00:00"
    assert db.execute("SELECT count(*) FROM action_items").fetchone()[0] == 1


def test_updating_a_meeting_that_is_gone_or_never_saved_is_refused_and_changes_nothing(db):
    meeting_id = store.insert_meeting(db, _meeting(db))
    never = _meeting(db)
    with pytest.raises(NotFoundError):
        store.update_meeting(db, never)
    store.set_deleted(db, meeting_id, True)
    gone = _meeting(db, id=meeting_id)
    gone.title = "바뀐 제목"
    with pytest.raises(NotFoundError):
        store.update_meeting(db, gone)
    assert db.execute("SELECT title FROM meetings").fetchall() == [("3차 이사회",)]
    assert db.execute("SELECT count(*) FROM action_items").fetchone()[0] == 2


def test_a_deleted_meeting_is_hidden_until_restored(db):
    meeting_id = store.insert_meeting(db, _meeting(db))
    other = store.insert_meeting(db, Meeting(kind="간담회", date="2026-05-02"))
    store.set_deleted(db, meeting_id, True)
    assert store.exists(db, meeting_id) is False and store.exists(db, other) is True
    with pytest.raises(NotFoundError):
        store.get_meeting(db, meeting_id)
    assert len(store.get_meeting(db, other).attendees) == 0
    store.set_deleted(db, meeting_id, False)
    assert store.exists(db, meeting_id) is True
    assert store.get_meeting(db, meeting_id).title == "3차 이사회"
    assert store.exists(db, 999) is False


def test_attachments_are_listed_in_the_order_added_and_one_can_be_removed(db):
    meeting_id = store.insert_meeting(db, _meeting(db))
    other = store.insert_meeting(db, Meeting(kind="간담회", date="2026-05-02"))
    first = store.insert_attachment(db, meeting_id, Attachment(file_name="b.pdf", original_name="안건.pdf", size=7,
                                                               note="초안"))
    store.insert_attachment(db, meeting_id, Attachment(file_name="a.hwp", original_name="결과.hwp", size=3))
    store.insert_attachment(db, other, Attachment(file_name="c.pdf"))
    listed = store.attachments_of(db, meeting_id)
    assert [(a.id, a.file_name, a.original_name, a.size, a.note) for a in listed] == [
        (first, "b.pdf", "안건.pdf", 7, "초안"), (listed[1].id, "a.hwp", "결과.hwp", 3, "")]
    assert listed[0].added_at[:2] == "20"
    assert store.delete_attachment(db, first) == (meeting_id, "b.pdf")
    assert [a.file_name for a in store.attachments_of(db, meeting_id)] == ["a.hwp"]
    with pytest.raises(NotFoundError):
        store.delete_attachment(db, first)
    assert [a.file_name for a in store.attachments_of(db, other)] == ["c.pdf"]


def test_an_action_item_is_read_by_id_and_its_task_and_status_change_alone(db):
    meeting_id = store.insert_meeting(db, _meeting(db))
    first, second = (a.id for a in store.get_meeting(db, meeting_id).actions)
    task = 41  # a plan task's id; action items point at it without a foreign key
    store.set_action_task(db, first, task)
    store.set_action_status(db, first, "완료", "2026-03-20")
    action = store.action_item(db, first)
    assert (action.what, action.meeting_id, action.task_id) == ("강사 섭외", meeting_id, task)
    assert (action.status, action.done_on, action.due_on) == ("완료", "2026-03-20", "2026-04-01")
    untouched = store.action_item(db, second)
    assert (untouched.status, untouched.done_on, untouched.task_id) == ("진행중", "", None)
    store.set_action_task(db, first, None)
    assert store.action_item(db, first).task_id is None
    with pytest.raises(NotFoundError):
        store.action_item(db, 999)
