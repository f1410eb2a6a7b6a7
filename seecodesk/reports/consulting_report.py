"""동료컨설팅 결과보고서 of one match: who coached whom in what, the session log, and the four report parts."""

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from seecodesk.core.consulting import SESSION_FEE, SESSIONS_BUDGETED, Application, Match, ResultReport, Session
from seecodesk.core.dates import paper_date
from seecodesk.reports.base import (
    FONT,
    capped_para,
    footer_drawer,
    numbered_canvas,
    page_size,
    para,
    paragraph_pieces,
    style,
    won,
    write_atomically,
)

LABEL_FILL = colors.HexColor("#EFEFEF")
NBSP = "\u00a0"  # a Paragraph folds ordinary spaces, so blanks left for handwriting use no-break spaces
BLANK_DATE = f"{NBSP * 8}년{NBSP * 4}월{NBSP * 4}일"
WRITING_SPACE = 32 * mm  # room left under a part not yet written, to fill in by hand
PARTS = (("problem", "1. 해결하고자 한 문제"), ("actions", "2. 진행 내용"), ("outcome", "3. 성과"),
         ("follow_up", "4. 후속 계획"))


@dataclass(frozen=True)
class ReportContent:
    """Everything the result report prints."""

    network: str
    match: Match
    application: Application
    fields: list[str]
    sessions: list[Session]
    report: ResultReport


def _grid(rows: list[list], widths: list[float], extra: list[tuple] | None = None, repeat: int = 0) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=repeat)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4), *(extra or []),
    ]))
    return table


def _boxed(value: Paragraph | None, width: float) -> Table:
    """One boxed text; a text longer than a page continues overleaf in unruled rows of the same box.
    No text: an empty box with room to write in by hand."""
    pieces: list[Flowable] = paragraph_pieces(value, width - 12) if value is not None else [Spacer(1, WRITING_SPACE)]
    table = Table([[piece] for piece in pieces], colWidths=[width])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("BOX", (0, 0), (-1, -1), 1.0, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 4), ("BOTTOMPADDING", (0, -1), (-1, -1), 4),
    ]))
    return table


def _label(text: str, size: float = 9.5) -> Flowable:
    return para(text, style(f"label-{size}", size=size, bold=True, align=1))


def summary_table(content: ReportContent, width: float) -> Table:
    """멘티, 멘토, 분야, 매칭일, 기간 and the budget line."""
    m, app, sessions = content.match, content.application, content.sessions
    period = (f"{paper_date(sessions[0].held_on)} ~ {paper_date(sessions[-1].held_on)}" if sessions
              else "상담 기록 없음")
    fees = sum(s.fee for s in sessions)
    budget = (f"{len(sessions)}회 / 계획 {SESSIONS_BUDGETED}회 · 컨설팅비 {won(fees)}원 / "
              f"예산 {won(SESSIONS_BUDGETED * SESSION_FEE)}원")
    other = [f"기타({app.other_field})"] if app.other_checked and app.other_field else []
    rows = [
        [_label("멘티 기업"), capped_para(app.company_name), _label("접수번호"), capped_para(app.receipt_number)],
        [_label("멘토"), capped_para(m.mentor_label), _label("매칭일"), capped_para(paper_date(m.confirmed_on))],
        [_label("신청 분야"), capped_para(", ".join(content.fields + other)), "", ""],
        [_label("상담 기간"), capped_para(period), _label("상태"), capped_para(app.status)],
        [_label("횟수·비용"), capped_para(budget), "", ""],
    ]
    widths = [28 * mm, width - 28 * mm - 58 * mm, 22 * mm, 36 * mm]
    spans = [("SPAN", (1, 2), (3, 2)), ("SPAN", (1, 4), (3, 4)),
             ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL), ("BACKGROUND", (2, 0), (2, 1), LABEL_FILL),
             ("BACKGROUND", (2, 3), (2, 3), LABEL_FILL)]
    return _grid(rows, widths, spans)


def session_table(sessions: list[Session], width: float) -> Table:
    """The session log: 회차, 일자, 시간, 장소, 내용, 컨설팅비, 지급일, 멘토·멘티 확인."""
    small = style("cell", size=8.5)
    head = ["회차", "일자", "시간", "장소", "다룬 내용", "컨설팅비", "지급일", "멘토", "멘티"]
    rows: list[list] = [[_label(h, 8.5) for h in head]]
    for number, s in enumerate(sessions, start=1):
        place = f"{s.place} (온라인)" if s.online and "온라인" not in s.place else s.place
        rows.append([str(number), paper_date(s.held_on, weekday=False), f"{s.hours:g}시간", capped_para(place, small),
                     capped_para(s.topics, small), won(s.fee), paper_date(s.paid_on, weekday=False) or "미지급", "확인" if s.mentor_signed else "-",
                     "확인" if s.mentee_signed else "-"])
    if not sessions:
        rows.append(["", "", "", "", para("기록된 상담이 없습니다.", small), "", "", "", ""])
    rows.append(["", "", "", "", _label("합계"), won(sum(s.fee for s in sessions)), "", "", ""])
    fixed = [11, 20, 13, 24, 0, 18, 20, 11, 11]  # 11 mm: a two-syllable header (회차, 멘토) on one line
    widths = [w * mm for w in fixed]
    widths[4] = width - sum(widths)
    return _grid(rows, widths, [("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL), ("FONTSIZE", (0, 1), (-1, -1), 8.5),
                                ("ALIGN", (5, 1), (5, -1), "RIGHT"), ("ALIGN", (0, 1), (2, -1), "CENTER"),
                                ("ALIGN", (7, 1), (8, -1), "CENTER")], repeat=1)


def report_story(content: ReportContent, width: float) -> list[Flowable]:
    """The report as flowables: title, summary, session log, the four parts, signature."""
    r = content.report
    story: list[Flowable] = [
        para(content.network, style("net", size=10, align=1)),
        para("동료컨설팅 결과보고서", style("title", size=18, bold=True, align=1, spaceBefore=4, spaceAfter=10)),
        summary_table(content, width), Spacer(1, 6 * mm),
        para("상담 기록", style("h", size=12, bold=True, spaceAfter=4)), session_table(content.sessions, width),
        Spacer(1, 6 * mm),
    ]
    for attribute, heading in PARTS:
        body = getattr(r, attribute)
        # An unwritten part is left as room to write in by hand, not as a one-line "(작성하지 않음)" box.
        content_flowable = para(body, style("body", size=10, leading=15)) if body else None
        story += [para(heading, style("h", size=12, bold=True, spaceBefore=4, spaceAfter=3, keepWithNext=1)),
                  _boxed(content_flowable, width), Spacer(1, 3 * mm)]
    # The signature lines and the addressee stay together: never a lone "귀하" on a page of its own.
    story += [Spacer(1, 6 * mm), KeepTogether([
        para(f"작성일 {paper_date(r.written_on) or BLANK_DATE}", style("sign", size=10.5, align=2)),
        para(f"작성자 {r.author or NBSP * 16}{NBSP * 3}(서명)", style("sign", size=10.5, align=2, spaceBefore=6)),
        Spacer(1, 8 * mm), para(f"{content.network} 귀하", style("to", size=13, bold=True))])]
    return story


def write_report(path: str | Path, content: ReportContent) -> Path:
    """Write the result report as an A4 PDF (page x / y in the footer)."""
    def build(temp: str) -> None:
        doc = SimpleDocTemplate(temp, pagesize=page_size("A4"), leftMargin=18 * mm, rightMargin=18 * mm,
                                topMargin=16 * mm, bottomMargin=18 * mm,
                                title=f"동료컨설팅 결과보고서 — {content.application.company_name}",
                                author=content.network, creator="SeeCoDesk")
        doc.build(report_story(content, doc.width), canvasmaker=numbered_canvas(footer_drawer(content.network)))

    return write_atomically(path, build)
