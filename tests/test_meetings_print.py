"""Printed minutes and sign-in sheets: A4, fonts embedded, every attendee's name in the text, masked phones,
user text literal; the print commands' exit codes and Korean messages."""

import re
import subprocess
import sys

import pytest

from seecodesk.core.meetings import ActionItem, AgendaItem, Attendee
from seecodesk.services.meeting_print import print_minutes, print_signin
from seecodesk.services.meetings import MeetingService
from seecodesk.storage.database import open_database


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "seecodesk", *args], capture_output=True, text=True)


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def assert_a4_with_embedded_fonts(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "595.276 x 841.89 pts (A4)" in info
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts, "the PDF names its fonts"
    assert all(line.split()[-5] == "yes" for line in fonts), fonts


@pytest.fixture
def board_meeting(demo_db):
    """A board meeting of the demo with a guest, tricky text and a vote."""
    service = MeetingService(demo_db)
    board = next(b[0] for b in service.bodies() if b[1] == "이사회")
    meeting = service.new_meeting(board, "2025-03-05")
    meeting.start_time, meeting.end_time, meeting.place = "14:00", "16:00", "교육장 <2층>"
    for index, attendee in enumerate(meeting.attendees):
        attendee.status = ("present", "late", "excused", "present", "absent", "present")[index % 6]
    meeting.attendees.append(Attendee(guest_name="윤하람", guest_organisation="가람대학교 산학협력단",
                                      affiliation="연구진", status="present", guest_phone="010-3141-5926"))
    meeting.agenda = [
        AgendaItem(title="<b>교육</b> & 소통 계획", discussion="첫째 줄\n둘째 줄\n셋째 줄", decision="의결",
                   resolution="원안 승인", votes_for=4, votes_against=0, votes_abstain=1),
        AgendaItem(title="홈페이지 개편", discussion="견적 비교", decision="보류"),
    ]
    meeting.actions = [ActionItem(what="견적 1곳 더 받기", owner_name="사무국", due_on="2025-04-01")]
    return service.save(meeting)


def test_minutes_have_the_korean_layout_and_every_attendee(demo_db, board_meeting, tmp_path):
    out = print_minutes(demo_db, board_meeting.id, tmp_path / "minutes.pdf")
    assert_a4_with_embedded_fonts(out)
    text = pdf_text(out)
    for heading in ("회의록", "회의명", "일시", "장소", "참석자", "불참자", "안건", "논의 내용", "결정 사항",
                    "향후 일정 및 조치 사항", "작성자", "확인자"):
        assert heading in text, heading
    assert "2025. 3. 5.(수) 14:00~16:00" in text
    attended = [a.name for a in board_meeting.attendees if a.attended]
    assert all(name in text for name in attended)
    assert f"총 {len(attended)}명" in text
    absent = [a.name for a in board_meeting.attendees if a.status in ("absent", "excused")]
    assert all(name in text for name in absent)
    assert "<b>교육</b> & 소통 계획" in text
    assert "교육장 <2층>" in text
    assert "찬성 4, 반대 0, 기권 1" in text
    lines = [line.strip() for line in text.splitlines()]
    assert "첫째 줄" in lines and "둘째 줄" in lines  # line breaks kept
    assert "재적 6명 중" in text


def test_signin_sheet_masks_phones_unless_asked(demo_db, board_meeting, tmp_path):
    out = print_signin(demo_db, board_meeting.id, tmp_path / "signin.pdf")
    assert_a4_with_embedded_fonts(out)
    text = pdf_text(out)
    assert "참석자명부" in text.replace(" ", "") and "서명" in text
    assert all(a.name in text for a in board_meeting.attendees)
    consented = [a for a in board_meeting.attendees if a.person_id and a.phone and demo_db.execute(
        "SELECT third_party FROM consents WHERE person_id = ?", [a.person_id]).fetchone()[0]]
    assert consented
    masked = consented[0].phone[:4] + "****" + consented[0].phone[-5:]
    assert masked in text and consented[0].phone not in text
    assert "5926" not in text  # the guest gave no consent on record: no phone at all
    for attendee in board_meeting.attendees:
        if attendee.phone:
            assert attendee.phone not in text
    shown = pdf_text(print_signin(demo_db, board_meeting.id, tmp_path / "shown.pdf", show_phones=True))
    assert consented[0].phone in shown and "010-3141-5926" not in shown


def test_signin_sheet_prints_phones_only_with_third_party_consent(demo_db, board_meeting, tmp_path):
    from seecodesk.services.meeting_print import signin_withheld

    withheld_people = [a for a in board_meeting.attendees if a.phone and not (a.person_id and demo_db.execute(
        "SELECT third_party FROM consents WHERE person_id = ?", [a.person_id]).fetchone()[0])]
    assert len(withheld_people) >= 2  # the guest and a member who agreed to network use only
    shown = pdf_text(print_signin(demo_db, board_meeting.id, tmp_path / "shown.pdf", show_phones=True))
    assert all(a.phone not in shown for a in withheld_people)
    assert signin_withheld(demo_db, board_meeting.id).count == len(withheld_people)


def test_signin_sheet_has_numbered_blank_rows_for_walk_ins(demo_db, board_meeting, tmp_path):
    invited = len(board_meeting.attendees)
    text = pdf_text(print_signin(demo_db, board_meeting.id, tmp_path / "s.pdf", blank_rows=4))
    numbers = {line.split()[0] for line in text.splitlines() if line.split() and line.split()[0].isdigit()}
    assert {str(n) for n in range(1, invited + 5)} <= numbers


def test_a_long_roll_spills_onto_more_pages_with_the_header_repeated(demo_db, tmp_path):
    service = MeetingService(demo_db)
    assembly = next(r for r in service.meetings() if r.kind == "정기총회")
    out = print_signin(demo_db, assembly.id, tmp_path / "assembly.pdf")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 2
    second = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(out), "-"], capture_output=True, text=True).stdout
    assert "성명" in second and "서명" in second


def test_print_commands_write_pdfs(demo_path, tmp_path):
    db = open_database(demo_path)
    meeting_id = MeetingService(db).meetings()[3].id
    db.close()
    minutes = run_cli("print", "minutes", str(meeting_id), str(tmp_path / "m.pdf"), "--db", str(demo_path))
    assert minutes.returncode == 0, minutes.stderr
    assert (tmp_path / "m.pdf").stat().st_size > 1000
    signin = run_cli("print", "signin", str(meeting_id), str(tmp_path / "s.pdf"), "--db", str(demo_path),
                     "--show-phones")
    assert signin.returncode == 0, signin.stderr
    assert "010-****" not in pdf_text(tmp_path / "s.pdf")


@pytest.mark.parametrize("command", ["minutes", "signin"])
def test_unknown_meeting_is_one_korean_line_and_exit_1(demo_path, tmp_path, command):
    result = run_cli("print", command, "99999", str(tmp_path / "x.pdf"), "--db", str(demo_path))
    assert result.returncode == 1
    assert result.stderr.startswith("오류: 회의 번호 99999번을 찾을 수 없습니다")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_bad_meeting_number_and_missing_database(tmp_path):
    usage = run_cli("print", "minutes", "abc", str(tmp_path / "x.pdf"), "--db", str(tmp_path / "none.seecodesk"))
    assert usage.returncode == 2
    missing = run_cli("print", "signin", "1", str(tmp_path / "x.pdf"), "--db", str(tmp_path / "none.seecodesk"))
    assert missing.returncode == 1 and missing.stderr.startswith("오류: ")
    assert not (tmp_path / "none.seecodesk").exists()


def test_every_report_writes_binary_streams_not_ascii85(demo_db, board_meeting, tmp_path):
    """Not only the catalog: the shared font setup turns ASCII85 off, so minutes stay small for e-mail."""
    out = print_minutes(demo_db, board_meeting.id, tmp_path / "minutes.pdf")
    assert b"/ASCII85Decode" not in out.read_bytes()


def test_minutes_print_every_date_with_its_weekday(demo_db, board_meeting, tmp_path):
    """Due dates in the action table and the origin of a carried-over item read like a Korean secretary writes them."""
    service = MeetingService(demo_db)
    later = service.new_meeting(board_meeting.body_id, "2025-06-11")
    later = service.save(service.carry_over(later, service.carry_over_candidates(later)))
    text = pdf_text(print_minutes(demo_db, later.id, tmp_path / "later.pdf"))
    assert "2025. 3. 5.(수)" in text and "기한: 2025. 4. 1.(화)" in text
    assert "2025-" not in text
    assert "2025. 4. 1.(화)" in pdf_text(print_minutes(demo_db, board_meeting.id, tmp_path / "minutes.pdf"))


def word_heights(path, words):
    """Height of each word's box in the PDF (pdftotext -bbox), i.e. the size it is printed at."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    boxes = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</word>', html)
    return {word: round(float(y2) - float(y1), 1) for y1, y2, word in boxes if word in words}


def test_signin_rows_print_in_one_type_size(demo_db, board_meeting, tmp_path):
    out = print_signin(demo_db, board_meeting.id, tmp_path / "signin.pdf")
    attendee = next(a for a in board_meeting.attendees if a.title and a.organisation)
    heights = word_heights(out, {attendee.name, attendee.title})
    assert len(heights) == 2 and len(set(heights.values())) == 1, heights


def test_a_roll_and_agenda_taller_than_a_page_continue_overleaf(demo_db, tmp_path):
    """A big 총회: 180 names and 70 agenda items no longer stop the minutes with a layout error."""
    service = MeetingService(demo_db)
    assembly = next(b[0] for b in service.bodies() if b[1] == "총회")
    meeting = service.new_meeting(assembly, "2026-02-26", kind="정기총회")
    meeting.attendees = [Attendee(guest_name=f"참석{n:03d}", guest_organisation=f"가람시 아주 긴 이름의 협동조합 {n}",
                                  affiliation="기타", status="present") for n in range(180)]
    meeting.agenda = [AgendaItem(title=f"안건 제목 {n:02d}") for n in range(70)]
    out = print_minutes(demo_db, service.save(meeting).id, tmp_path / "assembly.pdf")
    flat = re.sub(r"\s+", "", pdf_text(out))
    assert all(f"참석{n:03d}" in flat for n in range(180))
    assert all(f"{n + 1}.안건제목{n:02d}" in flat for n in range(70))


def test_a_section_heading_never_ends_a_page_alone(demo_db, tmp_path):
    """However long the roll pushes it, '논의 내용' (and the other headings) start a page together with what follows."""
    service = MeetingService(demo_db)
    board = next(b[0] for b in service.bodies() if b[1] == "이사회")
    headings = ("논의 내용", "결정 사항", "향후 일정 및 조치 사항")
    for guests in range(96, 132, 3):
        meeting = service.new_meeting(board, "2025-03-05")
        meeting.attendees += [Attendee(guest_name=f"손님{i}", status="present", affiliation="기타") for i in range(guests)]
        meeting.agenda = [AgendaItem(title="첫 안건", discussion="\n".join(f"{n}번째 줄입니다." for n in range(25)),
                                     decision="의결", resolution="그대로 한다")]
        pdf = print_minutes(demo_db, service.save(meeting).id, tmp_path / f"m{guests}.pdf")
        for page in pdf_text(pdf).split("\f")[:-1]:
            lines = [line.strip() for line in page.splitlines() if line.strip()]
            assert lines[-2] not in headings, f"{guests} guests: '{lines[-2]}' ends a page alone"


def test_minutes_of_a_meeting_not_yet_held_say_so_instead_of_zero_present(demo_db, tmp_path):
    service = MeetingService(demo_db)
    board = next(b[0] for b in service.bodies() if b[1] == "이사회")
    upcoming = service.save(service.new_meeting(board, "2099-03-05"))
    text = pdf_text(print_minutes(demo_db, upcoming.id, tmp_path / "before.pdf"))
    assert "(회의 전)" in text
    assert "성원 미달" not in text and "0명" not in text


def test_unit_minutes_problems_name_each_contradiction():
    from datetime import date

    from seecodesk.core.attendance import QuorumRule, quorum_result
    from seecodesk.core.meetings import Meeting
    from seecodesk.core.minutes_checks import minutes_problems

    today = date(2025, 6, 1)
    present = [Attendee(guest_name=f"위원{i}", status="present") for i in range(2)]
    decided = AgendaItem(title="예산", decision="의결", votes_for=3, votes_against=0, votes_abstain=0)
    meeting = Meeting(kind="이사회", date="2025-05-01", attendees=present, agenda=[decided])
    short = quorum_result(QuorumRule(), roll=6, present=2)
    problems = minutes_problems(meeting, short, today)
    assert any("성원 미달" in p and "안건 1" in p for p in problems)
    assert any("3표" in p and "2명" in p for p in problems)
    enough = quorum_result(QuorumRule(), roll=3, present=2)
    consistent = Meeting(kind="이사회", date="2025-05-01", attendees=present,
                         agenda=[AgendaItem(title="예산", decision="의결", votes_for=2, votes_against=0)])
    assert minutes_problems(consistent, enough, today) == []
    future = Meeting(kind="이사회", date="2025-07-01", attendees=present, agenda=[decided])
    assert any("아직 열리지 않은" in p for p in minutes_problems(future, enough, today))
