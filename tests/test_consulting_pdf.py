"""The printed 동료컨설팅 신청서 and 결과보고서: one A4 portrait page, embedded fonts, every label, ☑ where chosen."""

import re
from dataclasses import replace

import pytest

from seecodesk.core.consulting import ResultReport, Session
from seecodesk.reports.consulting_form import fit_request
from seecodesk.services.consulting import ConsultingService
from seecodesk.services.consulting_print import print_form, print_report
from seecodesk.services.settings import set_setting
from tests.consulting_helpers import add_member, add_mentor, fonts, full_application, pdf_text, pdfinfo

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
    assert print_form(service, pdf) is False
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


def test_a_very_long_request_still_prints_on_one_page_with_a_visible_note(service, tmp_path):
    long_text = "\n".join(f"{n}. 판로 개척과 회계 처리에 관한 애로 사항을 자세히 적습니다." for n in range(1, 120))
    app = service.save_application(replace(full_application(service), request=long_text))
    pdf = tmp_path / "long.pdf"
    assert print_form(service, pdf, int(app.id)) is True
    assert_one_a4_portrait_page_with_embedded_fonts(pdf)
    flat = squash(pdf_text(pdf))
    assert "내용이길어일부만인쇄했습니다" in flat and "1.판로개척과" in flat
    assert "119.판로" not in flat
    assert squash(f"{NETWORK} 귀하") in flat  # the closing lines are still there


def test_request_text_shrinks_before_it_is_cut():
    medium = "가나다라마바사 " * 80
    paragraphs, cut = fit_request(medium, 380, 200)
    assert not cut and paragraphs[0].style.fontSize < 10
    short, cut_short = fit_request("짧은 내용", 380, 200)
    assert not cut_short and short[0].style.fontSize == 10


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
