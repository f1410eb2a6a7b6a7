"""Meeting rules without a database: quorum arithmetic, safe attachment names, printed dates and phones."""

from pathlib import Path

import pytest

from seecodesk.core.attendance import AttendanceRow, QuorumRule, overall_rate, quorum_result, rates_by
from seecodesk.core.errors import ValidationErrors
from seecodesk.core.filenames import MAX_NAME_BYTES, inside, safe_file_name, unique_name
from seecodesk.core.meetings import (
    ActionItem,
    AgendaItem,
    Attendee,
    Meeting,
    default_title,
    mask_phone,
    validated_meeting,
    when_text,
    where_text,
)


@pytest.mark.parametrize(("rule", "roll", "present", "needed", "met"), [
    (QuorumRule("majority"), 6, 4, 4, True),
    (QuorumRule("majority"), 6, 3, 4, False),  # exactly half is not a majority
    (QuorumRule("majority"), 5, 3, 3, True),
    (QuorumRule("two_thirds"), 6, 4, 4, True),
    (QuorumRule("two_thirds"), 7, 4, 5, False),
    (QuorumRule("fixed", fixed_count=3), 5, 3, 3, True),
    (QuorumRule("none"), 6, 0, 0, True),
    (QuorumRule("majority"), 0, 0, 1, False),  # a body without members can never be 성원
])
def test_quorum_needs_more_than_half_or_the_rule(rule, roll, present, needed, met):
    result = quorum_result(rule, roll, present)
    assert result.needed == needed
    assert result.met is met
    assert ("성원 미달" in result.text) is (not met and rule.rule != "none")


def test_quorum_text_names_roll_present_and_rule():
    text = quorum_result(QuorumRule("majority"), 6, 4).text
    assert text == "재적 6명 중 4명 출석 — 성원 (재적 과반수 출석: 4명 이상)"
    orgs = quorum_result(QuorumRule("majority", "member_organisations"), 27, 13).text
    assert "27곳" in orgs and "성원 미달" in orgs


@pytest.mark.parametrize("name", ["../../x", "..\\..\\x", "/etc/x", "C:\\Windows\\x", "a/../../x"])
def test_path_parts_are_dropped(name, tmp_path):
    safe = safe_file_name(name)
    assert safe == "x"
    assert inside(tmp_path, tmp_path / safe)


@pytest.mark.parametrize(("name", "expected"), [
    ("CON", "_CON"), ("con.txt", "_con.txt"), ("LPT1.pdf", "_LPT1.pdf"), ("nul", "_nul"), ("CON.tar.gz", "_CON.tar.gz"),
    ("a\x00b.pdf", "ab.pdf"), ("..", "첨부파일"), ("", "첨부파일"), ("   ", "첨부파일"), (".hidden", "hidden"),
    ('회의<자료>:"1"|?*.hwp', "회의_자료___1____.hwp"), ("report. ", "report"), ("console.txt", "console.txt"),
])
def test_reserved_and_odd_names_become_plain_names(name, expected):
    assert safe_file_name(name) == expected


def test_long_names_are_cut_in_bytes_keeping_the_extension():
    long_korean = "회의자료" * 75 + ".pdf"  # 300 characters before the extension, 900+ bytes
    safe = safe_file_name(long_korean)
    assert safe.endswith(".pdf")
    assert len(safe.encode("utf-8")) <= MAX_NAME_BYTES
    assert safe.startswith("회의자료")
    ascii_name = "x" * 300
    assert len(safe_file_name(ascii_name)) == MAX_NAME_BYTES


def test_unique_name_never_overwrites(tmp_path: Path):
    (tmp_path / "자료.pdf").write_text("a")
    (tmp_path / "자료 (2).pdf").write_text("b")
    assert unique_name(tmp_path, "자료.pdf") == "자료 (3).pdf"
    assert unique_name(tmp_path, "새 파일") == "새 파일"


def test_unit_odd_separators_exact_lengths_and_dotted_names(tmp_path: Path):
    assert safe_file_name("회의\u2029자료\u2028.pdf") == "회의자료.pdf"  # paragraph and line separators
    assert safe_file_name("a..txt", max_bytes=6) == "a..txt"  # exactly as long as allowed: kept as it is
    assert safe_file_name("X" * 300 + ".pdf") == "X" * (MAX_NAME_BYTES - 4) + ".pdf"
    (tmp_path / "회의.1차.pdf").write_text("a")
    assert unique_name(tmp_path, "회의.1차.pdf") == "회의.1차 (2).pdf"


def test_inside_refuses_a_path_outside(tmp_path: Path):
    assert not inside(tmp_path / "a", tmp_path / "a" / ".." / "b")


def test_dates_print_with_korean_weekday():
    meeting = Meeting(kind="이사회", date="2025-03-05", start_time="14:00", end_time="16:00")
    assert when_text(meeting) == "2025. 3. 5.(수) 14:00~16:00"
    assert default_title("이사회", "2026-06-10", 2) == "2026년 제2차 이사회"
    assert default_title("워크숍", "2026-06-10", 3) == "워크숍 3회차"


def test_online_place_shows_the_link():
    meeting = Meeting(kind="워크숍", date="2026-07-02", online=True, link="https://meet.example/abc")
    assert where_text(meeting) == "온라인 (https://meet.example/abc)"
    assert where_text(Meeting(kind="기타", date="2026-07-02", place="교육장")) == "교육장"


@pytest.mark.parametrize(("phone", "masked"), [
    ("010-1234-5678", "010-****-5678"), ("041-730-1234", "041-***-1234"), ("01012345678", "010-****-5678"), ("", ""),
])
def test_phone_middle_digits_are_masked(phone, masked):
    assert mask_phone(phone) == masked


def test_validation_names_every_bad_field_in_korean():
    meeting = Meeting(kind="회식", date="2026-13-40", start_time="25:00", end_time="", number=0,
                      attendees=[Attendee(guest_name="")], agenda=[AgendaItem(title="  ", votes_for=-1)])
    with pytest.raises(ValidationErrors) as caught:
        validated_meeting(meeting)
    errors = caught.value.errors
    assert set(errors) >= {"kind", "date", "start_time", "number", "attendees", "agenda"}
    assert "외부 참석자의 이름" in errors["attendees"]


def test_valid_meeting_is_cleaned():
    meeting = Meeting(kind="이사회", date="2026.3.11", start_time="1830", end_time="20:30",
                      agenda=[AgendaItem(title="회비\n독려", discussion="줄1\r\n줄2")])
    clean = validated_meeting(meeting)
    assert (clean.date, clean.start_time) == ("2026-03-11", "18:30")
    assert clean.agenda[0].title == "회비 독려"
    assert clean.agenda[0].discussion == "줄1\n줄2"


def test_rates_per_person_and_organisation():
    rows = [AttendanceRow("p1", "가", "햇살", "회원사", True), AttendanceRow("p1", "가", "햇살", "회원사", False),
            AttendanceRow("p2", "나", "햇살", "회원사", True), AttendanceRow("p3", "다", "", "시청", True)]
    people = {r.label: r for r in rates_by(rows, "person")}
    assert (people["가"].invited, people["가"].attended, people["가"].rate) == (2, 1, 0.5)
    assert not people["가"].meets(0.7) and people["나"].meets(0.7)
    orgs = {r.label: r for r in rates_by(rows, "organisation")}
    assert orgs["햇살"].rate == pytest.approx(2 / 3)
    assert orgs["시청"].invited == 1
    assert overall_rate(rows).rate == 0.75


def test_a_row_can_stand_for_several_alike_invitations():
    grouped = [AttendanceRow("p1", "가", "햇살", "회원사", True, times=3), AttendanceRow("p1", "가", "햇살", "회원사", False),
               AttendanceRow("p2", "나", "", "시청", False, times=2)]
    one_by_one = [AttendanceRow(r.key, r.name, r.organisation, r.affiliation, r.attended)
                  for r in grouped for _ in range(r.times)]
    for per in ("person", "organisation"):
        assert rates_by(grouped, per) == rates_by(one_by_one, per)
    assert (overall_rate(grouped).invited, overall_rate(grouped).attended) == (6, 3)


def test_the_same_person_cannot_be_on_the_roll_twice():
    meeting = Meeting(kind="이사회", date="2026-03-11", attendees=[Attendee(person_id=1, name="한도윤"),
                                                                  Attendee(person_id=1, name="한도윤")])
    with pytest.raises(ValidationErrors, match="두 번"):
        validated_meeting(meeting)


@pytest.mark.parametrize(("kind", "number", "body", "title"), [
    ("워크숍", 3, "교육소통분과", "교육소통분과 워크숍 3회차"),
    ("워크숍", None, "", "워크숍"),
    ("분과모임", 5, "교육소통분과", "2026년 교육소통분과 제5차 모임"),
    ("분과모임", None, "교육소통분과", "2026년 교육소통분과 모임"),
    ("분과모임", 2, "", "2026년 제2차 분과모임"),
    ("이사회", None, "", "2026년 이사회"),
    ("정기총회", 1, "", "2026년 제1차 정기총회"),
    ("임시총회", 2, "", "2026년 제2차 임시총회"),
    ("월례회", 7, "", "2026년 제7차 월례회"),
    ("기타", None, "", "2026년 기타"),
    # the board and the assemblies are bodies themselves: their body's name is not repeated
    ("이사회", 2, "이사회", "2026년 제2차 이사회"), ("정기총회", 1, "총회", "2026년 제1차 정기총회"),
    ("임시총회", None, "총회", "2026년 임시총회"), ("월례회", 3, "운영위원회", "2026년 제3차 월례회"),
    ("간담회", 4, "공공구매TF", "2026년 공공구매TF 제4차 간담회"),
])
def test_unit_default_meeting_title_of_each_kind(kind, number, body, title):
    from seecodesk.core.meeting_titles import default_title as title_of
    from seecodesk.core.meeting_titles import korean_date

    assert title_of(kind, "2026-06-10", number, body) == title
    assert korean_date("2026-06-10") == "2026. 6. 10.(수)"


def test_unit_minutes_problems_count_people_votes_and_agenda_numbers():
    from datetime import date

    from seecodesk.core.minutes_checks import minutes_problems, not_yet_held

    today = date(2025, 6, 1)
    two = [Attendee(guest_name="가", status="present"), Attendee(guest_name="나", status="present"),
           Attendee(guest_name="다", status="absent")]
    met, short = quorum_result(QuorumRule(), roll=3, present=2), quorum_result(QuorumRule(), roll=6, present=2)
    agenda = [AgendaItem(title="보고"), AgendaItem(title="예산", decision="의결"),
              AgendaItem(title="회비", votes_for=2, votes_against=None)]
    held_today = Meeting(kind="이사회", date="2025-06-01", attendees=two, agenda=agenda)
    assert not not_yet_held(held_today, today) and not_yet_held(held_today, date(2025, 5, 31))
    assert minutes_problems(held_today, met, today) == []  # 2 votes from 2 present: consistent
    assert minutes_problems(held_today, None, today) == []  # no quorum rule to break
    [problem] = minutes_problems(held_today, short, today)
    assert "안건 2, 3" in problem
    too_many = [AgendaItem(title="보고"), AgendaItem(title="회비", votes_for=1, votes_against=1, votes_abstain=1)]
    [problem] = minutes_problems(Meeting(kind="이사회", date="2025-05-01", attendees=two, agenda=too_many), met, today)
    assert "안건 2" in problem and "3표" in problem and "2명" in problem
    future = Meeting(kind="이사회", date="2025-06-02", attendees=two, agenda=agenda)
    problems = minutes_problems(future, short, today)
    assert len(problems) == 2 and "2명" in problems[0] and "안건 2, 3" in problems[1]
    empty_future = Meeting(kind="이사회", date="2025-06-02", attendees=[two[2]], agenda=[AgendaItem(title="보고")])
    assert minutes_problems(empty_future, short, today) == []


def test_unit_meeting_dated_long_ago_is_held_by_today():
    from seecodesk.core.minutes_checks import not_yet_held

    assert not not_yet_held(Meeting(kind="이사회", date="2000-01-01"))
    assert not_yet_held(Meeting(kind="이사회", date="2999-01-01"))


@pytest.mark.parametrize(("name", "expected"), [
    ("회의\u200b자료\u2028.pdf", "회의자료.pdf"),  # zero-width and line-separator characters vanish
    ("회의   자료\t 1.pdf", "회의 자료 1.pdf"),
    ("...자료...", "자료"),
    (" . 자료 . ", "자료"),
    ("PRN .txt", "_PRN .txt"),
    ("aux", "_aux"),
    ("COM9.log", "_COM9.log"),
    ("conin$", "_conin$"),
    ("LPT", "LPT"),
    ("\u1112\u1161\u11ab.txt", "한.txt"),  # NFD Hangul from a Mac is stored composed
    (None, "첨부파일"),
])
def test_unit_safe_file_name_of_odd_names(name, expected):
    assert safe_file_name(name) == expected


def test_unit_long_names_keep_a_short_extension_only():
    assert safe_file_name("가" * 10 + ".pdf", max_bytes=16) == "가" * 4 + ".pdf"
    assert safe_file_name("가" * 10 + ".pdf", max_bytes=34) == "가" * 10 + ".pdf"  # exactly fits
    assert safe_file_name("가" * 10 + ".pdf", max_bytes=33) == "가" * 9 + ".pdf"
    ten = "abcdefghij"
    assert safe_file_name("x" * 20 + "." + ten, max_bytes=15) == "xxxx." + ten
    assert safe_file_name("x" * 20 + "." + ten + "k", max_bytes=15) == "x" * 15  # an 11-letter "extension" is cut too
    assert safe_file_name("x" * 20, max_bytes=15) == "x" * 15
    assert safe_file_name("ab. cdefgh.pdf", max_bytes=7) == "ab.pdf"  # the cut never ends in ' .'
    assert safe_file_name("가나다.pdf", max_bytes=6) == "첨부파일.pdf"


def test_unit_unique_name_numbers_names_without_extension(tmp_path: Path):
    (tmp_path / "새 파일").write_text("a")
    (tmp_path / "새 파일 (2)").write_text("b")
    assert unique_name(tmp_path, "새 파일") == "새 파일 (3)"
    assert unique_name(tmp_path, "다른 파일.hwp") == "다른 파일.hwp"
    (tmp_path / "표.xlsx").write_text("c")
    assert unique_name(tmp_path, "표.xlsx") == "표 (2).xlsx"
    assert inside(tmp_path, tmp_path / "a" / ".." / "b")


@pytest.mark.parametrize(("rule", "roll", "present", "needed", "met"), [
    (QuorumRule("two_thirds"), 6, 3, 4, False),
    (QuorumRule("two_thirds"), 9, 6, 6, True),  # exactly two thirds is enough
    (QuorumRule("two_thirds"), 10, 7, 7, True),  # 6.67 rounds up to 7
    (QuorumRule("fixed", fixed_count=5), 0, 5, 5, True),  # a fixed count needs no roll
    (QuorumRule("fixed", fixed_count=5), 10, 4, 5, False),
    (QuorumRule("fixed", fixed_count=-2), 4, 0, 0, True),
    (QuorumRule("none"), 0, 0, 0, True),
    (QuorumRule("unknown"), 4, 1, 0, True),
    (QuorumRule("majority"), 1, 1, 1, True),
    (QuorumRule("majority"), 4, 9, 3, True),  # present is capped at the roll
])
def test_unit_quorum_needed_and_met_at_the_edges(rule, roll, present, needed, met):
    result = quorum_result(rule, roll, present)
    assert (result.needed, result.met) == (needed, met)
    assert result.present == (min(present, roll) if roll else present)


def test_unit_quorum_text_shows_the_numbers_and_the_unit():
    assert QuorumRule("fixed", fixed_count=3).label == "3명 이상 출석"
    assert QuorumRule("two_thirds").label == "재적 3분의 2 이상 출석"
    assert QuorumRule("odd").label == "odd 출석"
    orgs = QuorumRule("majority", "member_organisations")
    assert quorum_result(orgs, 10, 6).text == "재적 10곳 중 6곳 출석 — 성원 (재적 과반수 출석: 6곳 이상)"
    assert quorum_result(QuorumRule("none"), 7, 2).text == "재적 7명 중 2명 출석 (정족수 없음)"
    assert quorum_result(QuorumRule("none", "member_organisations"), 7, 2).text == "재적 7곳 중 2곳 출석 (정족수 없음)"
    assert quorum_result(QuorumRule(), 6, 3).text == "재적 6명 중 3명 출석 — 성원 미달 (재적 과반수 출석: 4명 이상)"


def test_unit_attendance_rates_group_sort_and_meet_targets():
    rows = [AttendanceRow("p1", "다", "햇살", "회원사", True), AttendanceRow("p2", "가", "", "시청", True),
            AttendanceRow("p3", "나", "", "시청", False), AttendanceRow("p4", "라", "달빛", "회원사", True),
            AttendanceRow("p4", "라", "달빛", "회원사", True), AttendanceRow("p5", "마", "별", "회원사", False)]
    people = rates_by(rows, "person")
    assert [(r.label, r.group, r.invited, r.attended) for r in people] == [
        ("라", "달빛", 2, 2), ("가", "시청", 1, 1), ("다", "햇살", 1, 1), ("나", "시청", 1, 0), ("마", "별", 1, 0)]
    orgs = rates_by(rows, "organisation")
    assert [(r.label, r.group, r.invited, r.attended) for r in orgs] == [
        ("달빛", "회원사", 2, 2), ("햇살", "회원사", 1, 1), ("시청", "시청", 2, 1), ("별", "회원사", 1, 0)]
    total = overall_rate(rows)
    assert (total.label, total.invited, total.attended) == ("전체", 6, 4)
    assert overall_rate([]).rate == 0.0 and not overall_rate([]).meets(0.0)
    seven_of_ten = rates_by([AttendanceRow("p", "가", "", "", i < 7) for i in range(10)], "person")[0]
    assert seven_of_ten.meets(0.7) and not seven_of_ten.meets(0.71)


def _meeting_refused(**changes):
    """The fields a meeting with `changes` is refused beside (empty when it is kept)."""
    try:
        validated_meeting(Meeting(**{"kind": "이사회", "date": "2026-03-11", **changes}))
    except ValidationErrors as caught:
        return set(caught.errors)
    return set()


@pytest.mark.parametrize(("changes", "fields"), [
    ({}, set()), ({"kind": "회식"}, {"kind"}), ({"date": ""}, {"date"}), ({"date": "2026-02-30"}, {"date"}),
    ({"start_time": "24:00"}, {"start_time"}), ({"end_time": "9:60"}, {"end_time"}),
    ({"start_time": "14:00", "end_time": "13:59"}, {"end_time"}), ({"start_time": "14:00", "end_time": "14:00"}, set()),
    ({"number": 0}, {"number"}), ({"number": 1}, set()), ({"number": 9_999}, set()), ({"number": 10_000}, {"number"}),
    ({"place": "가" * 200}, set()), ({"place": "가" * 201}, {"place"}), ({"title": "가" * 201}, {"title"}),
    ({"link": "가" * 20_001}, {"link"}), ({"notes": "가" * 20_001}, {"notes"}),
    ({"attendees": [Attendee(person_id=1), Attendee(person_id=2)]}, set()),
    ({"attendees": [Attendee(guest_name="손님", status="late", affiliation="시청", reply="불참")]}, set()),
    ({"attendees": [Attendee(guest_name="손님", status="asleep")]}, {"attendees"}),
    ({"attendees": [Attendee(guest_name="손님", affiliation="동네")]}, {"attendees"}),
    ({"attendees": [Attendee(guest_name="손님", reply="글쎄")]}, {"attendees"}),
    ({"attendees": [Attendee(guest_name="손님", guest_title="가" * 100)]}, set()),
    ({"attendees": [Attendee(guest_name="손님", guest_title="가" * 101)]}, {"attendees"}),
    ({"attendees": [Attendee(guest_name="손님", guest_phone="12")]}, {"attendees"}),
    ({"attendees": [Attendee(guest_name="손님", guest_organisation="가" * 201)]}, {"attendees"}),
    ({"attendees": [Attendee(guest_name="손님", note="가" * 20_001)]}, {"attendees"}),
    ({"agenda": [AgendaItem(title="가" * 500, votes_for=0, votes_against=0, votes_abstain=0, decision="보류")]}, set()),
    ({"agenda": [AgendaItem(title="가" * 501)]}, {"agenda"}), ({"agenda": [AgendaItem(title="예산", decision="x")]}, {"agenda"}),
    ({"agenda": [AgendaItem(title="예산", votes_against=-1)]}, {"agenda"}),
    ({"agenda": [AgendaItem(title="예산", votes_abstain=-1)]}, {"agenda"}),
    ({"agenda": [AgendaItem(title="예산", presenter_name="가" * 201)]}, {"agenda"}),
    ({"agenda": [AgendaItem(title="예산", discussion="가" * 20_001)]}, {"agenda"}),
    ({"agenda": [AgendaItem(title="예산", resolution="가" * 20_001)]}, {"agenda"}),
    ({"actions": [ActionItem(what="가" * 1_000, status="완료", due_on="2026.3.20", done_on="2026.3.19")]}, set()),
    ({"actions": [ActionItem(what=" ")]}, {"actions"}), ({"actions": [ActionItem(what="가" * 1_001)]}, {"actions"}),
    ({"actions": [ActionItem(what="회비", status="보류")]}, {"actions"}),
    ({"actions": [ActionItem(what="회비", due_on="2026-02-30")]}, {"actions"}),
    ({"actions": [ActionItem(what="회비", done_on="언젠가")]}, {"actions"}),
    ({"actions": [ActionItem(what="회비", owner_name="가" * 201)]}, {"actions"}),
    ({"actions": [ActionItem(what="회비", note="가" * 20_001)]}, {"actions"}),
])
def test_unit_a_meeting_is_refused_beside_each_wrong_part(changes, fields):
    assert _meeting_refused(**changes) == fields


def test_unit_a_kept_meeting_carries_every_cleaned_part():
    meeting = Meeting(kind="분과모임", date="2026.3.11", start_time=" 9:05 ", end_time="1830", place=" 교육장 ",
                      link=" https://meet.example ", notes=" 메모 ", title=" 제목 ",
                      attendees=[Attendee(guest_name=" 손님 ", guest_organisation=" 시청 ", guest_title=" 주무관 ",
                                          guest_phone="01012345678", note=" 늦음 ")],
                      agenda=[AgendaItem(title="예산", presenter_name=" 발표 ", resolution=" 원안 ")],
                      actions=[ActionItem(what=" 회비 ", owner_name=" 담당 ", due_on="2026.3.20", note=" 꼭 ")])
    kept = validated_meeting(meeting)
    assert (kept.date, kept.start_time, kept.end_time, kept.place, kept.link, kept.notes, kept.title) == (
        "2026-03-11", "09:05", "18:30", "교육장", "https://meet.example", "메모", "제목")
    [guest] = kept.attendees
    assert (guest.guest_name, guest.guest_organisation, guest.guest_title, guest.guest_phone, guest.note) == (
        "손님", "시청", "주무관", "010-1234-5678", "늦음")
    assert (kept.agenda[0].presenter_name, kept.agenda[0].resolution) == ("발표", "원안")
    [action] = kept.actions
    assert (action.what, action.owner_name, action.due_on, action.note) == ("회비", "담당", "2026-03-20", "꼭")


def test_unit_an_action_alone_is_refused_or_kept():
    from seecodesk.core.errors import ValidationError
    from seecodesk.core.meetings import validated_action

    with pytest.raises(ValidationErrors) as caught:
        validated_action(ActionItem(what=""))
    assert set(caught.value.errors) == {"actions"}
    errors: dict[str, str] = {}
    assert validated_action(ActionItem(what="", status="x"), errors).what == "" and set(errors) == {"actions"}
    assert validated_action(ActionItem(what="회비", done_on="2026.1.2")).done_on == "2026-01-02"
    assert not issubclass(ValidationErrors, ValidationError)


def test_unit_the_same_person_twice_is_named_when_known():
    twice = [Attendee(person_id=3, name="한도윤"), Attendee(person_id=4), Attendee(person_id=3, name="한도윤")]
    with pytest.raises(ValidationErrors) as caught:
        validated_meeting(Meeting(kind="이사회", date="2026-03-11", attendees=twice))
    assert "한도윤" in caught.value.errors["attendees"]
    unnamed = [Attendee(person_id=3), Attendee(person_id=3)]
    with pytest.raises(ValidationErrors) as caught:
        validated_meeting(Meeting(kind="이사회", date="2026-03-11", attendees=unnamed))
    assert ":" not in caught.value.errors["attendees"]


@pytest.mark.parametrize(("text", "kept"), [
    ("14:00", "14:00"), ("1400", "14:00"), ("9:05", "09:05"), ("0905", "09:05"), (" 23:59 ", "23:59"), ("", ""),
    ("  ", ""), (None, ""), ("00:00", "00:00"),
])
def test_unit_times_as_typed(text, kept):
    from seecodesk.core.meetings import normalize_time

    assert normalize_time(text, "start_time") == kept


@pytest.mark.parametrize("text", ["24:00", "14:60", "1460", "2pm", "14:0", "x14:00", "14:00x"])
def test_unit_impossible_times_are_refused_beside_their_box(text):
    from seecodesk.core.errors import ValidationError
    from seecodesk.core.meetings import normalize_time

    with pytest.raises(ValidationError) as caught:
        normalize_time(text, "end_time")
    assert caught.value.field == "end_time"


def test_unit_printed_when_where_and_phones():
    assert when_text(Meeting(kind="이사회", date="2025-03-05", start_time="14:00")) == "2025. 3. 5.(수) 14:00"
    assert when_text(Meeting(kind="이사회", date="2025-03-05", end_time="16:00")) == "2025. 3. 5.(수) 16:00"
    assert when_text(Meeting(kind="이사회", date="2025-03-05")) == "2025. 3. 5.(수)"
    online = Meeting(kind="워크숍", date="2026-07-02", online=True)
    assert where_text(online) == "온라인"
    assert where_text(Meeting(kind="워크숍", date="2026-07-02", online=True, place="교육장")) == "교육장 · 온라인"
    assert where_text(Meeting(kind="워크숍", date="2026-07-02", online=True, place="온라인(줌)")) == "온라인(줌)"
    assert where_text(Meeting(kind="워크숍", date="2026-07-02", online=True, place="교육장", link="https://x.kr")) == (
        "교육장 · 온라인 (https://x.kr)")
    assert [mask_phone(p) for p in ("010-123-4567", "041 730 1234", "0417301234", "12345678", "1588-1234")] == [
        "010-***-4567", "041-****-1234", "041-****-1234", "12345678", "1588-1234"]


def test_unit_what_an_invitee_item_and_action_say_of_themselves():
    from datetime import date

    from seecodesk.core.meetings import ActionItem as Action

    assert [Attendee(status=s).attended for s in ("present", "late", "excused", "absent", "invited")] == [
        True, True, False, False, False]
    assert AgendaItem(title="예산", votes_against=0).voted and AgendaItem(title="예산", votes_abstain=0).voted
    assert not AgendaItem(title="예산").voted
    today = date(2026, 3, 11)
    assert Action(what="회비", due_on="2026-03-10").overdue_on(today)
    assert Action(what="회비", due_on="2026-03-10", status="진행중").overdue_on(today)
    assert not Action(what="회비", due_on="2026-03-11").overdue_on(today)  # due today is not late yet
    assert not Action(what="회비", due_on="2026-03-10", status="완료").overdue_on(today)
    assert not Action(what="회비", due_on="2026-03-10", status="취소").overdue_on(today)
    assert not Action(what="회비").overdue_on(today)
    assert Meeting(kind="이사회", date="2026-03-11", number=2).display_title == "2026년 제2차 이사회"
    assert Meeting(kind="이사회", date="2026-03-11", title="봄 이사회").display_title == "봄 이사회"
    assert Meeting(kind="분과모임", date="2026-03-11", body_name="교육분과").display_title == "2026년 교육분과 모임"


def test_unit_every_wrong_part_is_named_at_once_and_only_where_it_is_wrong():
    bad_action = [ActionItem(what="")]
    assert _meeting_refused(kind="회식", actions=bad_action) == {"kind", "actions"}
    assert _meeting_refused(start_time="25:00", end_time="14:00") == {"start_time"}
    assert _meeting_refused(start_time="14:00", end_time="25:00") == {"end_time"}
    assert _meeting_refused(attendees=[Attendee(person_id=1, guest_name="가" * 201)]) == {"attendees"}
    assert _meeting_refused(attendees=[Attendee(guest_name="가" * 201)]) == {"attendees"}


def test_unit_the_middle_of_a_nine_digit_number_is_hidden_too():
    assert "123" not in mask_phone("02 123 4567") and mask_phone("02 123 4567").endswith("4567")


def test_unit_a_title_with_a_slash_keeps_every_part_in_its_file_name():
    from seecodesk.core.filenames import name_for_file

    assert name_for_file("2025/2026 계획") == "2025_2026 계획"
    assert name_for_file("논산\\계룡: 협의회?") == "논산_계룡_ 협의회_"
    assert name_for_file("") == "첨부파일"
