"""Unit tests of storage/letters.py, the 발송 대장: letters listed in number order per year, the
latest letter of a meeting, what an update may change (never the number)."""

from seecodesk.core.meetings import Meeting
from seecodesk.services.meetings import MeetingService
from seecodesk.storage import letters as store
from seecodesk.storage.letters import Letter


def _letter(year, sequence, meeting_id=None, **more):
    fields = {"id": None, "year": year, "sequence": sequence, "number": f"가람-{year}-{sequence:03d}",
              "sent_on": f"{year}-03-0{sequence}", "recipient": "회원사", "title": f"{sequence}호",
              "attachment": "", "meeting_id": meeting_id, "note": "", **more}
    return Letter(**fields)


def test_unit_the_register_in_number_order_and_a_meetings_latest_letter(db):
    ids = {(y, s): store.insert_letter(db, _letter(y, s, meeting_id=m))
           for y, s, m in ((2025, 2, None), (2024, 9, None), (2025, 1, None))}
    assert [(x.year, x.sequence) for x in store.letters(db)] == [(2024, 9), (2025, 1), (2025, 2)]
    assert [x.sequence for x in store.letters(db, 2025)] == [1, 2]
    assert store.letters(db, 2023) == []
    assert store.letter_for_meeting(db, 7) is None
    meeting = MeetingService(db).save(Meeting(kind="이사회", date="2025-03-05"))
    for year, sequence in ((2025, 5), (2026, 1), (2025, 7)):
        store.insert_letter(db, _letter(year, sequence, meeting_id=meeting.id))
    latest = store.letter_for_meeting(db, meeting.id)
    assert (latest.year, latest.sequence, latest.meeting_id) == (2026, 1, meeting.id)
    one = store.letter_by_id(db, ids[(2025, 1)])
    assert (one.number, one.sent_on, one.recipient, one.id) == ("가람-2025-001", "2025-03-01", "회원사", ids[(2025, 1)])
    assert store.letter_by_id(db, 9999) is None
    store.delete_letter(db, ids[(2024, 9)])
    assert store.letter_by_id(db, ids[(2024, 9)]) is None and len(store.letters(db)) == 5


def test_unit_an_update_never_changes_the_number(db):
    letter_id = store.insert_letter(db, _letter(2025, 3))
    changed = _letter(2025, 3)._replace(id=letter_id, number="바뀐-번호", year=2030, sequence=99, sent_on="2025-04-01",
                                        recipient="가람시청", title="새 제목", attachment="붙임 1부", note="메모")
    store.update_letter(db, changed)
    kept = store.letter_by_id(db, letter_id)
    assert (kept.number, kept.year, kept.sequence) == ("가람-2025-003", 2025, 3)
    assert (kept.sent_on, kept.recipient, kept.title, kept.attachment, kept.note) == (
        "2025-04-01", "가람시청", "새 제목", "붙임 1부", "메모")
