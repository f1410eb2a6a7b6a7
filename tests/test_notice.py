"""Unit tests of core/notice.py, the group-chat meeting notice, kept free of Qt so mutation testing
(tools/mutate.py, which leaves GUI test files out) can use them; tests/test_notices.py covers the
notice dialog, the 공문 PDF and the replies."""

import pytest

from seecodesk.core.meetings import AgendaItem, Meeting
from seecodesk.core.notice import agenda_titles, chat_notice, notice_lines, object_particle, reply_by, time_text


@pytest.mark.parametrize(("word", "particle"), [
    ("이사회", "를"), ("분과 모임", "을"), ("총회 ", "를"), ("가", "를"), ("각", "을"), ("힣", "을"),
    ("워크숍", "을"), ("TF", "을(를)"), ("", "을(를)"), ("   ", "을(를)"),
])
def test_unit_object_particle_follows_the_last_syllable(word, particle):
    assert object_particle(word) == particle


def test_unit_reply_by_is_two_days_before_without_the_year():
    assert reply_by(Meeting(kind="이사회", date="2027-01-02")) == "12. 31.(목)"
    assert reply_by(Meeting(kind="이사회", date="2026-03-05")) == "3. 3.(화)"


def test_unit_time_and_place_lines():
    assert time_text(Meeting(kind="이사회", date="2026-03-05", end_time="20:00")) == "20:00"
    assert time_text(Meeting(kind="이사회", date="2026-03-05")) == ""
    bare = Meeting(kind="이사회", date="2026-03-05")
    assert notice_lines(bare) == [("일시", "2026. 3. 5.(목)"), ("장소", "(추후 안내)")]
    both = Meeting(kind="이사회", date="2026-03-05", start_time="18:30", place="교육장", online=True)
    assert notice_lines(both) == [("일시", "2026. 3. 5.(목) 18:30"), ("장소", "교육장"),
                                  ("온라인", "(접속 주소는 따로 안내드립니다)")]


def test_unit_chat_notice_numbers_only_the_titled_agenda_items():
    meeting = Meeting(kind="이사회", date="2026-03-05", number=1, place="교육장",
                      agenda=[AgendaItem(title="예산"), AgendaItem(title="  "), AgendaItem(title="회비")])
    assert agenda_titles(meeting) == ["예산", "회비"]
    lines = chat_notice(meeting, "가람").splitlines()
    assert lines[0] == "[가람] 2026년 제1차 이사회 안내"
    assert lines[lines.index("■ 안건") + 1:lines.index("■ 안건") + 3] == ["  1. 예산", "  2. 회비"]
    assert lines[-1] == "- 가람 사무국"


def test_unit_notice_paragraphs_times_places_and_latin_words():
    meeting = Meeting(kind="이사회", date="2026-03-05", number=1, start_time="18:30", end_time="20:00", place="교육장",
                      agenda=[AgendaItem(title="예산")])
    assert time_text(meeting) == "18:30~20:00"
    assert notice_lines(meeting) == [("일시", "2026. 3. 5.(목) 18:30~20:00"), ("장소", "교육장")]
    paragraphs = chat_notice(meeting, "가람").split("\n\n")
    assert len(paragraphs) == 5 and all(p.strip() for p in paragraphs)  # title, greeting, details, reply, sender
    assert paragraphs[2].startswith("■ 일시") and paragraphs[4] == "- 가람 사무국"
    assert object_particle("zoom") == "을(를)" and object_particle("회의 zoom") == "을(를)"
