"""The printed 동료컨설팅 신청서 and 결과보고서: one A4 portrait page, embedded fonts, every label, ☑ where chosen;
answers grow their cells, and what a page cannot hold continues on the 별지 — every word once, nothing overprinted."""

import re
from dataclasses import replace

import pytest

from seecodesk.core.consulting import ResultReport, Session
from seecodesk.reports.consulting_fit import fit_request, fit_text, value_paragraph
from seecodesk.services.consulting import ConsultingService
from seecodesk.services.consulting_print import print_form, print_report
from seecodesk.services.settings import set_setting
from tests.consulting_helpers import add_member, add_mentor, fonts, full_application, pdf_text, pdfinfo
from tests.pdf_layout import line_boxes_overlap, page_count, page_text, print_faults, words

NETWORK = "가람시사회적경제기업협의회"
LABELS = (
    "【별지 제1호 서식】 피어경영컨설팅 신청서", f"{NETWORK} 동료컨설팅 신청서", "1. 기업 정보", "기업명", "인증/지정여부",
    "예비", "인증", "인증/지정번호", "대표자명", "전화", "주소", "이메일", "팩스", "사회적조직형태",
    "(협동조합, 마을기업, 사회적기업, 자활기업 등)", "(예비)사회적기업 지원 유무", "지원받은 적 없음", "현재 참여 (00년차)",
    "지원받았으나, 현재는 지원받고 있지 않음", "종료", "과거 참여 내역", "총괄책임자", "이름", "휴대전화",
    "2. 기초경영지원 관련 요청사항", "신청 분야(예시)", "인사/노무", "회계/세무", "금융", "현장관리",
    "인증/사업계획서 작성", "마케팅", "기타형(", "신청 내용",
    "※ 피어경영컨설팅을 통해 해결하고자 하는 주요 문제 등 애로 사항 및 진행 관련 특이사항 등을 구체적으로 작성 요망",
    "본 (예비)사회적기업은 위와 같이 피어경영컨설팅을 신청합니다.", "20 년 월 일", "신청인(대표)", "(서명 또는 인)",
    f"{NETWORK} 귀하",
)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def service(db):
    set_setting(db, "network_name", NETWORK)
    return ConsultingService(db)


def assert_one_a4_portrait_page_with_embedded_fonts(pdf):
    info = pdfinfo(pdf)
    assert re.search(r"Pages:\s+1\n", info)
    assert "595.276 x 841.89 pts (A4)" in info
    assert fonts(pdf) and all(embedded == "yes" for _name, embedded in fonts(pdf)), fonts(pdf)


def test_blank_form_has_every_label_and_only_empty_boxes(service, tmp_path):
    pdf = tmp_path / "blank.pdf"
    assert print_form(service, pdf) == []
    assert print_faults(pdf) == []
    assert_one_a4_portrait_page_with_embedded_fonts(pdf)
    text = squash(pdf_text(pdf))
    missing = [label for label in LABELS if squash(label) not in text]
    assert missing == []
    assert text.count("☐") == 2 + 4 + 7 and "☑" not in text


def test_filled_form_ticks_the_chosen_boxes_and_prints_the_answers(service, tmp_path):
    app = service.save_application(full_application(service))
    pdf = tmp_path / "filled.pdf"
    print_form(service, pdf, int(app.id))
    assert_one_a4_portrait_page_with_embedded_fonts(pdf)
    text = pdf_text(pdf)
    flat = squash(text)
    for chosen in ("예비", "현재참여(2년차)", "회계/세무", "마케팅", "기타형(식품위생)"):
        assert f"☑{chosen}" in flat, chosen
    for unchosen in ("인증/사업계획서작성", "금융", "인사/노무", "종료", "지원받은적없음"):
        assert f"☐{unchosen}" in flat, unchosen
    assert flat.count("☑") == 5
    for answer in ("(주)늘푸른협동", "2021-예비-077", "한가람", "041-555-0101", "충청남도 가람시 은하면 별길 7",
                   "hello@neulpureun.kr", "041-555-0102", "협동조합, 마을기업", "2020년 창업 컨설팅", "도서연",
                   "seoyeon@neulpureun.kr", "010-2345-6789"):
        assert squash(answer) in flat, answer
    assert "<b>온라인</b> 홍보 & 판로" in text  # user text prints literally
    assert "2022년3월15일" in flat
    assert squash(f"{NETWORK} 귀하") in flat


def test_the_network_name_comes_from_the_database(service, tmp_path):
    set_setting(service.db, "network_name", "논산사회적경제기업협의회")
    pdf = tmp_path / "nonsan.pdf"
    print_form(service, pdf)
    flat = squash(pdf_text(pdf))
    assert "논산사회적경제기업협의회귀하" in flat and "논산사회적경제기업협의회동료컨설팅신청서" in flat
    assert NETWORK not in flat


FOUR_LINES = ("2019년 사회적기업가 육성사업 (3기, 창업팀)\n2020년 예비사회적기업 지정 및 재정지원 1년차\n"
              "2021년 충남 사회적경제 판로지원 컨설팅 (회계·마케팅)\n2022년 논산시 공공구매 상담회 참가")


def test_a_four_line_past_participation_grows_its_row_and_the_form_stays_one_page(service, tmp_path):
    app = service.save_application(replace(full_application(service), past_participation=FOUR_LINES,
                                           address="충청남도 가람시 은하면 별길 7, 가람 사회적경제 혁신타운 2층 203호 (우편물은 1층 안내실)"))
    pdf = tmp_path / "ordinary.pdf"
    assert print_form(service, pdf, int(app.id)) == []
    assert_one_a4_portrait_page_with_embedded_fonts(pdf)
    assert print_faults(pdf) == [] and line_boxes_overlap(pdf) == []
    flat = squash(pdf_text(pdf))
    assert squash(FOUR_LINES) in flat and "우편물은1층안내실" in flat and "별지에" not in flat


def numbered(prefix: str, lines: int, per_line: int = 6) -> str:
    """Text of `lines` lines whose every word is distinct (가람0 가람1 …), to count each word on paper."""
    return "\n".join(" ".join(f"{prefix}{n * per_line + k}" for k in range(per_line)) for n in range(lines))


LONG_ANSWERS = {"company_name": "농업회사법인 가람들녘 " + numbered("기업", 3), "certification_number": numbered("번호", 3),
                "address": numbered("주소", 4), "org_form": numbered("형태", 5), "past_participation": numbered("내역", 30),
                "other_field": numbered("기타", 3), "request": numbered("요청", 120), "manager_email": "a" * 60 + "@example.kr"}


def test_long_answers_continue_on_the_continuation_sheet_every_word_once_nothing_overprinted(service, tmp_path):
    app = service.save_application(replace(full_application(service), **LONG_ANSWERS))
    pdf = tmp_path / "long.pdf"
    continued = print_form(service, pdf, int(app.id))
    assert continued == ["기업명", "인증/지정번호", "주소", "사회적조직형태", "과거 참여 내역", "총괄책임자 이메일",
                         "신청 분야 — 기타형", "신청 내용"]
    assert page_count(pdf) > 1 and print_faults(pdf) == [] and line_boxes_overlap(pdf) == []
    printed = words(pdf)
    expected = [word for answer in LONG_ANSWERS.values() for word in answer.split()]
    assert {word: printed[word] for word in expected if printed[word] != 1} == {}
    first_page = squash(page_text(pdf, 1))
    assert squash(f"{NETWORK} 귀하") in first_page and "별지에계속" in first_page and "기타형(별지에적음)" in first_page
    sheets = squash(page_text(pdf, 2))
    assert "신청서계속(별지)" in sheets and "과거참여내역(앞쪽칸에서이어짐)" in squash(pdf_text(pdf))
    assert "접수번호" in sheets and "별지1/" in sheets


def test_a_very_long_request_starts_in_its_box_and_continues_overleaf(service, tmp_path):
    long_text = "\n".join(f"{n}. 판로 개척과 회계 처리에 관한 애로 사항을 자세히 적습니다." for n in range(1, 120))
    app = service.save_application(replace(full_application(service), request=long_text))
    pdf = tmp_path / "long.pdf"
    assert print_form(service, pdf, int(app.id)) == ["신청 내용"]
    assert print_faults(pdf) == []
    first = squash(page_text(pdf, 1))
    assert "1.판로개척과" in first and "119.판로" not in first and squash(f"{NETWORK} 귀하") in first
    printed = words(pdf)
    # each line once, none lost ("1." to "3." also number the form's sections and the sheets' date)
    assert [n for n in range(4, 120) if printed[f"{n}."] != 1] == []


def test_request_text_shrinks_before_it_continues():
    medium = "가나다라마바사 " * 80
    paragraphs, rest = fit_request(medium, 380, 200)
    assert rest is None and paragraphs[0].style.fontSize < 10
    short, rest_short = fit_request("짧은 내용", 380, 200)
    assert rest_short is None and short[0].style.fontSize == 10
    _cell, rest_long = fit_request("가나다라마바사 " * 400, 380, 200)
    assert rest_long and ("가나다라마바사 " * 400).split() == (" ".join(p.text for p in _cell[:1]) + " " + rest_long).split()


@pytest.mark.parametrize("count", [1, 15, 16, 17, 40, 300])
def test_unit_a_cut_keeps_the_most_words_that_fit(count):
    text_value = " ".join(f"단어{n}" + "가" * (n % 7) for n in range(count))
    cell, rest = fit_text(text_value, 120, 60)
    words_in_cell = len(cell[0].text.split()) if rest is not None and len(cell) == 2 else 0
    if rest is None:
        assert cell[0].text == text_value
        return
    room = 60 - cell[-1].wrap(120, 1e6)[1]
    def fits(n):
        return value_paragraph(" ".join(text_value.split()[:n])).wrap(120, 1e6)[1] <= room
    assert (words_in_cell == 0 or fits(words_in_cell)) and not fits(words_in_cell + 1)
    assert " ".join([*text_value.split()[:words_in_cell], rest]).split() == text_value.split()


def test_inactive_field_still_prints_on_an_old_application(service, tmp_path):
    app = service.save_application(full_application(service))
    marketing = next(f for f in service.fields() if f.name == "마케팅")
    service.save_field(replace(marketing, active=False))
    blank, filled = tmp_path / "b.pdf", tmp_path / "f.pdf"
    print_form(service, blank)
    print_form(service, filled, int(app.id))
    assert "마케팅" not in pdf_text(blank)
    assert "☑마케팅" in squash(pdf_text(filled))


def test_result_report_prints_sessions_budget_and_the_four_parts(service, tmp_path):
    offer = add_mentor(service, add_member(service, "은빛인쇄(주)", representative="표상진"), ("회계/세무",))
    app = service.save_application(full_application(service))
    match_id = int(service.work.confirm(int(app.id), offer, "2022-04-01").id)
    for day in ("2022-04-10", "2022-05-10"):
        service.work.save_session(Session(match_id=match_id, held_on=day, topics="급여 <회계> 처리", paid_on=day,
                                          mentor_signed=True))
    service.work.save_report(ResultReport(match_id=match_id, problem="급여 처리 문제", actions="함께 장부 정리",
                                          outcome="4대보험 신고 정상화", follow_up="분기별 점검",
                                          written_on="2022-06-01", author="표상진"))
    pdf = tmp_path / "report.pdf"
    print_report(service, match_id, pdf)
    info = pdfinfo(pdf)
    assert "595.276 x 841.89 pts (A4)" in info
    assert all(embedded == "yes" for _name, embedded in fonts(pdf))
    flat = squash(pdf_text(pdf))
    for expected in ("동료컨설팅결과보고서", "(주)늘푸른협동", "은빛인쇄(주)", "2회/계획5회", "200,000원/예산500,000원",
                     "급여<회계>처리", "1.해결하고자한문제", "급여처리문제", "2.진행내용", "함께장부정리", "3.성과",
                     "4대보험신고정상화", "4.후속계획", "분기별점검", "작성자표상진", f"{NETWORK}귀하"):
        assert expected in flat, expected


def test_report_without_a_write_up_leaves_room_to_write_and_keeps_headers_whole(service, tmp_path):
    offer = add_mentor(service, add_member(service, "은빛인쇄(주)"), ("회계/세무",))
    app = service.save_application(full_application(service))
    match_id = int(service.work.confirm(int(app.id), offer, "2022-04-01").id)
    service.work.save_session(Session(match_id=match_id, held_on="2022-04-10", topics="장부 정리"))
    pdf = tmp_path / "report.pdf"
    print_report(service, match_id, pdf)
    text = pdf_text(pdf, layout=True)
    assert re.search(r"작성일\s{3,}년\s{2,}월\s{2,}일", text), "blank date keeps room for handwriting"
    assert re.search(r"작성자\s{6,}\(서명\)", text), "blank author keeps room for a name"
    assert "작성하지 않음" not in text, "an unwritten part is blank writing space, not a one-line note"
    header = next(line for line in text.splitlines() if "다룬 내용" in line)
    for heading in ("회차", "멘토", "멘티"):
        assert heading in header, f"{heading} breaks across lines"


def test_a_report_part_longer_than_a_page_continues_overleaf(service, tmp_path):
    offer = add_mentor(service, add_member(service, "은빛인쇄(주)"), ("회계/세무",))
    app = service.save_application(full_application(service))
    match_id = int(service.work.confirm(int(app.id), offer, "2022-04-01").id)
    outcome = "\n".join(f"{n}번째 성과: 장부 정리와 급여 처리를 함께 점검했습니다. " * 3 for n in range(70))
    service.work.save_report(ResultReport(match_id=match_id, problem="급여", actions="장부", outcome=outcome,
                                          follow_up="분기별 점검 마지막 줄"))
    pdf = tmp_path / "report.pdf"
    print_report(service, match_id, pdf)
    assert int(re.search(r"Pages:\s+(\d+)", pdfinfo(pdf)).group(1)) > 1
    flat = squash(pdf_text(pdf))
    assert "69번째성과" in flat and "분기별점검마지막줄" in flat
