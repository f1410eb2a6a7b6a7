"""Meeting notices: the group-chat text (weekday, time, place or link, agenda, a reply request), 참석 회신
reaching the roll call, the 공문 PDF and its number in the 발송 대장."""

import subprocess

import pandas as pd
import pytest

from seecodesk.cli.main import main
from seecodesk.core.errors import ValidationError
from seecodesk.core.meetings import AgendaItem, Meeting
from seecodesk.core.notice import chat_notice, object_particle
from seecodesk.gui.meetings.editor import MeetingDialog
from seecodesk.services.letters import LetterService
from seecodesk.services.meetings import MeetingService
from seecodesk.services.notices import print_notice


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_chat_notice_has_weekday_time_place_agenda_and_asks_for_a_reply():
    meeting = Meeting(kind="이사회", date="2026-12-09", number=4, start_time="18:30", end_time="20:00",
                      place="협의회 사무국 회의실",
                      agenda=[AgendaItem(title="2027년 사업계획"), AgendaItem(title="회비 <인상> & 감면")])
    text = chat_notice(meeting, "가람시사회적경제기업협의회")
    assert text.startswith("[가람시사회적경제기업협의회] 2026년 제4차 이사회 안내")
    assert "■ 일시: 2026. 12. 9.(수) 18:30~20:00" in text
    assert "■ 장소: 협의회 사무국 회의실" in text
    assert "  1. 2027년 사업계획\n  2. 회비 <인상> & 감면" in text  # typed text kept as typed
    assert "참석 여부(참석/불참)를 12. 7.(월)까지" in text
    assert "2026년 제4차 이사회를 아래와 같이" in text


def test_an_online_meeting_gives_its_link_and_a_title_ending_in_a_consonant_takes_eul():
    meeting = Meeting(kind="분과모임", date="2027-01-04", start_time="10:00", online=True,
                      link="https://meet.example.kr/abc", body_name="교육소통분과")
    text = chat_notice(meeting, "가람")
    assert "■ 일시: 2027. 1. 4.(월) 10:00" in text
    assert "■ 온라인: https://meet.example.kr/abc" in text and "■ 장소" not in text
    assert "모임을 아래와 같이" in text and "■ 안건" not in text
    assert object_particle("이사회") == "를" and object_particle("간담회 (하반기)") == "을(를)"


def test_replies_saved_with_the_meeting_reach_the_roll_call(qtbot, workspace):
    service = MeetingService(workspace.db)
    board = next(b[0] for b in service.bodies() if b[1] == "이사회")
    meeting = service.new_meeting(board, "2027-03-10")
    for attendee, reply in zip(meeting.attendees, ("참석", "불참", "미정"), strict=False):
        attendee.reply = reply
    stored = service.save(meeting)
    dialog = MeetingDialog(workspace, service.meeting(stored.id))
    qtbot.addWidget(dialog)
    roll = dialog.roll_call
    assert [roll.reply_combo(r).currentText() for r in range(3)] == ["참석", "불참", "미정"]
    assert "회신: 참석 1 · 불참 1 · 미정 1" in roll.summary.text()
    last = roll.table.rowCount() - 1
    roll.reply_combo(last).setCurrentText("참석")  # a reply taken on the phone
    assert dialog.save()
    assert service.meeting(stored.id).attendees[last].reply == "참석"


def test_an_unknown_reply_is_refused(workspace):
    service = MeetingService(workspace.db)
    board = next(b[0] for b in service.bodies() if b[1] == "이사회")
    meeting = service.new_meeting(board, "2027-03-10")
    meeting.attendees[0].reply = "글쎄요"
    with pytest.raises(Exception, match="참석 회신"):
        service.save(meeting)


def test_the_letter_is_numbered_from_the_register_and_printed_again_under_its_number(demo_db, tmp_path):
    letters = LetterService(demo_db)
    before = letters.letters()
    meeting_id = demo_db.execute("SELECT id FROM meetings WHERE deleted_at IS NULL ORDER BY date DESC").fetchone()[0]
    first = print_notice(demo_db, meeting_id, tmp_path / "a.pdf")
    again = print_notice(demo_db, meeting_id, tmp_path / "b.pdf")
    year = int(first.sent_on[:4])
    assert first.number == again.number and first.number.endswith(f"제{year}-{len([x for x in before if x.year == year]) + 1:03d}호")
    assert len(letters.letters()) == len(before) + 1
    text = " ".join(pdf_text(tmp_path / "a.pdf").split())
    meeting = MeetingService(demo_db).meeting(meeting_id)
    assert first.number.split()[-1] in text and meeting.display_title in text and "아래와 같이" in text
    assert all(item.title.split()[0] in text for item in meeting.agenda)
    letters.delete(first.id)
    renewed = print_notice(demo_db, meeting_id, tmp_path / "c.pdf")
    assert renewed.number != first.number  # a deleted number is not given again


def test_register_edits_and_exports(demo_db, tmp_path):
    letters = LetterService(demo_db)
    letter = letters.register("협조 요청", "가람시장", "2026-07-01", "요청서")
    changed = letters.update(letter.id, recipient="가람시장 (시민공동체과장)", title="=협조 요청")
    assert changed.number == letter.number and changed.recipient.endswith("과장)")
    with pytest.raises(ValidationError):
        letters.update(letter.id, title="  ")
    out = tmp_path / "register.csv"
    letters.export(out)
    for encoding in ("utf-8-sig",):
        frame = pd.read_csv(out, encoding=encoding, dtype=str)
        row = frame[frame["문서번호"] == letter.number].iloc[0]
        assert row["제목"] == "'=협조 요청"  # a formula-looking title stays text


def test_print_notice_command(demo_path, tmp_path, capsys):
    out = tmp_path / "notice.pdf"
    assert main(["print", "notice", "1", str(out), "--db", str(demo_path)]) == 0
    assert "발송 대장에 기록됨" in capsys.readouterr().out
    assert main(["print", "notice", "99999", str(out), "--db", str(demo_path)]) == 1
    assert "찾을 수 없습니다" in capsys.readouterr().err
