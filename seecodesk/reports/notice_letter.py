"""회의 개최 안내 공문: a one-page official letter with the document number from the 발송 대장.

The usual shape of a Korean 공문: the sender's name at the head, 수신 / 제목, numbered paragraphs with
the details under "- 아 래 -", 붙임 and 끝., the sender and head at the foot (직인 생략), and a line
with 문서번호, 시행일자 and the contact details.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, SimpleDocTemplate, Spacer, Table, TableStyle

from seecodesk.reports.base import FONT, capped_para, page_size, para, style, write_atomically


@dataclass
class NoticeLetter:
    """Everything the letter prints."""

    network: str
    number: str
    sent_on: str
    recipient: str
    title: str
    meeting_phrase: str  # the meeting's name with its particle: '2026년 제4차 이사회를'
    details: list[tuple[str, str]]  # 일시, 장소, 온라인
    agenda: list[str]
    reply_by: str
    attachment: str
    head: str  # 회장 이름
    address: str
    phone: str
    email: str


def _korean_day(iso: str) -> str:
    return f"{int(iso[:4])}. {int(iso[5:7])}. {int(iso[8:10])}."


def letter_story(letter: NoticeLetter, width: float) -> list:  # type: ignore[type-arg]
    body = style("body", 11.5, leading=19)
    indent = style("indent", 11.5, leading=19, leftIndent=10 * mm)
    indent2 = style("indent2", 11.5, leading=19, leftIndent=16 * mm)
    story = [para(letter.network, style("head", 22, bold=True, align=1, leading=28)), Spacer(1, 2 * mm),
             HRFlowable(width="100%", thickness=1.6, color=colors.black), Spacer(1, 5 * mm),
             para(f"수신  {letter.recipient}", body), para("(경유)", body),
             para(f"제목  {letter.title}", style("subject", 11.5, bold=True, leading=19)),
             HRFlowable(width="100%", thickness=0.6, color=colors.black), Spacer(1, 4 * mm),
             para("1. 귀 기관(회원사)의 무궁한 발전을 기원합니다.", body),
             para(f"2. {letter.meeting_phrase} 아래와 같이 개최하오니 참석하여 주시기 바랍니다.", body),
             Spacer(1, 2 * mm), para("- 아    래 -", style("center", 11.5, align=1, leading=19)), Spacer(1, 2 * mm)]
    marks = "가나다라마바사"
    rows = [*letter.details]
    for index, (label, value) in enumerate(rows):
        story.append(para(f"{marks[index]}. {label}: {value}", indent))
    if letter.agenda:
        story.append(para(f"{marks[len(rows)]}. 안건", indent))
        story += [para(f"{n}) {title}", indent2) for n, title in enumerate(letter.agenda, start=1)]
    story += [Spacer(1, 3 * mm),
              para(f"3. 참석 여부를 {letter.reply_by}까지 사무국으로 회신하여 주시기 바랍니다.", body), Spacer(1, 4 * mm)]
    attachment = f"붙임  {letter.attachment}  1부.  끝." if letter.attachment else "끝."
    story += [para(attachment, body), Spacer(1, 22 * mm),
              para(letter.network + (f" 회장 {letter.head}" if letter.head else ""),
                        style("sender", 17, bold=True, align=1, leading=22)),
              para("(직인 생략)", style("seal", 10, align=1)), Spacer(1, 16 * mm),
              HRFlowable(width="100%", thickness=0.6, color=colors.black)]
    small = style("small", 9, leading=13)
    footer = Table([[capped_para(f"문서번호  {letter.number}    시행일자  {_korean_day(letter.sent_on)}", small)],
                    [capped_para(f"주소  {letter.address}", small, 40 * mm)],
                    [capped_para(f"전화  {letter.phone}    이메일  {letter.email}", small, 40 * mm)]], colWidths=[width])
    footer.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(footer)
    return story


def build_notice_letter(path: str, letter: NoticeLetter) -> None:
    doc = SimpleDocTemplate(path, pagesize=page_size("A4"), leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title=letter.title, author=letter.network,
                            creator="SeeCoDesk")
    doc.build(letter_story(letter, doc.width))


def write_notice_letter(out_path: str, letter: NoticeLetter) -> None:
    write_atomically(out_path, lambda temp: build_notice_letter(temp, letter))
