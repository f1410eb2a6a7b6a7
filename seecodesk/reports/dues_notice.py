"""회비 납부 안내: one page per organisation (mail-merged), all in one PDF for the post or e-mail.

A notice is one page whatever was typed: each field of user text has a most number of lines (then
'…'), chosen so that all of them at their longest fit, and the gaps between the parts narrow when
they would not otherwise (tests/test_dues_notice_page.py prints every field at its longest)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle

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


# The most lines each field of user text takes, past which it ends in '…': with every field at its
# longest (a 200-character network name at the head and the foot, 200-character names, account and
# contact, the 1,000-character greeting) the parts take 573 of the page's 711 points.
HEAD_LINES, TO_LINES, VALUE_LINES, CONTACT_LINES, SIGN_LINES = 2, 2, 2, 2, 2
ACCOUNT_LINES = 3  # the account number is what the member needs most: it keeps a line more
GREETING_HEIGHT = 35 * mm  # the greeting (up to 1,000 characters) is cut at five lines
FRAME_PADDING = 6  # a SimpleDocTemplate frame's padding on each side


def notice_story(notice: DuesNotice, line: DuesLine, width: float, height: float) -> list[Flowable]:
    """The flowables of one organisation's page, for a frame of `width` x `height` points (padding
    included): the gaps between its parts narrow evenly when the parts alone would overflow it."""
    inner_width, inner_height = width - 2 * FRAME_PADDING, height - 2 * FRAME_PADDING - 1  # a point for rounding
    parts = _parts(notice, line, inner_width)
    content = sum(part.wrap(inner_width, inner_height)[1] for part in parts if isinstance(part, Flowable))
    gaps = sum(part for part in parts if not isinstance(part, Flowable))
    scale = min(1.0, max(0.0, (inner_height - content) / gaps)) if gaps else 1.0
    return [part if isinstance(part, Flowable) else Spacer(1, part * scale) for part in parts]


def _parts(notice: DuesNotice, line: DuesLine, width: float) -> list[Flowable | float]:
    """The page from top to bottom: paragraphs and the table, with the gaps between them in points."""
    body = style("body", 11, leading=18)
    sender, sign = style("sender", 12, bold=True, align=1), style("sign", 15, bold=True, align=1, leading=20)
    addressee = f"{line.name} 대표 {line.representative} 귀하" if line.representative else f"{line.name} 귀하"
    greeting = notice.text.replace("{year}", str(notice.year))
    parts: list[Flowable | float] = [
        capped_para(notice.network, sender, HEAD_LINES * sender.leading), 6 * mm,
        para(f"{notice.year}년 회비 납부 안내", style("title", 20, bold=True, align=1, leading=26)), 10 * mm,
        capped_para(f"수신: {addressee}", style("to", 12, leading=18), TO_LINES * 18), 6 * mm,
        capped_para(greeting, body, GREETING_HEIGHT), 8 * mm, _amounts(notice, line, width), 8 * mm]
    if line.balance <= 0:
        parts.append(para("이 회원사는 올해 회비를 모두 납부했습니다. 감사합니다.", body))
    else:
        parts.append(para("입금하실 때 보내는 분 이름을 회원사 이름으로 적어 주시면 확인이 빠릅니다. "
                          "영수증이 필요하시면 사무국에 말씀해 주세요.", body))
    if notice.contact:
        parts += [3 * mm, capped_para(f"문의: {notice.contact}", body, CONTACT_LINES * body.leading)]
    return parts + [18 * mm, para(paper_date(notice.printed_on), style("date", 12, align=1)), 8 * mm,
                    capped_para(notice.network, sign, SIGN_LINES * sign.leading)]


def _amounts(notice: DuesNotice, line: DuesLine, width: float) -> Table:
    """The table of what is owed and where to pay it; a long value ends in '…'."""
    due_on = due_date(notice.year, notice.due_day)
    rows = [("회원사", line.name, VALUE_LINES), ("구분", line.category, VALUE_LINES),
            (f"{notice.year}년 회비", f"{won(line.due)}원", 1), ("납부한 금액", f"{won(line.paid)}원" if line.paid else "-", 1),
            ("납부할 금액", f"{won(line.balance)}원", 1), ("납부 기한", paper_date(due_on), 1),
            ("입금 계좌", notice.bank_account or "(사무국에 문의해 주세요)", ACCOUNT_LINES)]
    cell, head = style("cell", 11, leading=16), style("head", 11, bold=True, leading=16)
    table = Table([[para(k, head), capped_para(v, cell, lines * cell.leading)] for k, v, lines in rows],
                  colWidths=[38 * mm, width - 38 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, GRID), ("BACKGROUND", (0, 0), (0, -1), HEAD_FILL),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return table


def build_dues_notice(path: str, notice: DuesNotice) -> None:
    """Write one A4 page per organisation to `path`."""
    doc = SimpleDocTemplate(path, pagesize=page_size("A4"), leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title=f"{notice.year}년 회비 납부 안내",
                            author=notice.network, creator="SeeCoDesk")
    story: list[Flowable] = []
    for index, line in enumerate(notice.lines):
        if index:
            story.append(PageBreak())
        story += notice_story(notice, line, doc.width, doc.height)
    doc.build(story)


def write_dues_notice(out_path: str, notice: DuesNotice) -> None:
    write_atomically(out_path, lambda temp: build_dues_notice(temp, notice))
