"""회비 납부 안내: one page per organisation (mail-merged), all in one PDF for the post or e-mail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle

from seecodesk.core.dates import paper_date
from seecodesk.core.dues import DuesLine, due_date
from seecodesk.reports.base import FONT, capped_para, page_size, para, style, won, write_atomically

GRID = colors.HexColor("#444444")
HEAD_FILL = colors.HexColor("#EEF1F5")


@dataclass
class DuesNotice:
    """What the notices print: the network, its settings and one line per organisation."""

    network: str
    year: int
    lines: list[DuesLine]
    due_day: str
    bank_account: str
    contact: str
    text: str
    printed_on: date


def notice_story(notice: DuesNotice, line: DuesLine, width: float) -> list:  # type: ignore[type-arg]
    """The flowables of one organisation's page."""
    body = style("body", 11, leading=18)
    due_on = due_date(notice.year, notice.due_day)
    addressee = f"{line.name} 대표 {line.representative} 귀하" if line.representative else f"{line.name} 귀하"
    rows = [("회원사", line.name), ("구분", line.category), (f"{notice.year}년 회비", f"{won(line.due)}원"),
            ("납부한 금액", f"{won(line.paid)}원" if line.paid else "-"), ("납부할 금액", f"{won(line.balance)}원"),
            ("납부 기한", paper_date(due_on)), ("입금 계좌", notice.bank_account or "(사무국에 문의해 주세요)")]
    cell, head = style("cell", 11, leading=16), style("head", 11, bold=True, leading=16)
    # a value is cut with '…' past 3 lines: the page stays one page a member
    table = Table([[para(k, head), capped_para(v, cell, 3 * cell.leading)] for k, v in rows],
                  colWidths=[38 * mm, width - 38 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, GRID), ("BACKGROUND", (0, 0), (0, -1), HEAD_FILL),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story = [para(notice.network, style("sender", 12, bold=True, align=1)), Spacer(1, 6 * mm),
             para(f"{notice.year}년 회비 납부 안내", style("title", 20, bold=True, align=1, leading=26)),
             Spacer(1, 10 * mm), capped_para(f"수신: {addressee}", style("to", 12, leading=18), 3 * 18), Spacer(1, 6 * mm),
             capped_para(notice.text.replace("{year}", str(notice.year)), body, 35 * mm),  # one page a member
             Spacer(1, 8 * mm), table, Spacer(1, 8 * mm)]
    if line.balance <= 0:
        story.append(para("이 회원사는 올해 회비를 모두 납부했습니다. 감사합니다.", body))
    else:
        story.append(para("입금하실 때 보내는 분 이름을 회원사 이름으로 적어 주시면 확인이 빠릅니다. "
                          "영수증이 필요하시면 사무국에 말씀해 주세요.", body))
    if notice.contact:
        story += [Spacer(1, 3 * mm), capped_para(f"문의: {notice.contact}", body, 2 * body.leading)]
    story += [Spacer(1, 18 * mm), para(paper_date(notice.printed_on),
                                       style("date", 12, align=1)),
              Spacer(1, 8 * mm), para(notice.network, style("sign", 15, bold=True, align=1, leading=20))]
    return story


def build_dues_notice(path: str, notice: DuesNotice) -> None:
    """Write one A4 page per organisation to `path`."""
    doc = SimpleDocTemplate(path, pagesize=page_size("A4"), leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title=f"{notice.year}년 회비 납부 안내",
                            author=notice.network, creator="SeeCoDesk")
    story: list = []  # type: ignore[type-arg]
    for index, line in enumerate(notice.lines):
        if index:
            story.append(PageBreak())
        story += notice_story(notice, line, doc.width)
    doc.build(story)


def write_dues_notice(out_path: str, notice: DuesNotice) -> None:
    write_atomically(out_path, lambda temp: build_dues_notice(temp, notice))
