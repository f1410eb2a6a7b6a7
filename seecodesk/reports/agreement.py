"""업무협약서: the agreement as the parties sign it — title, parties, articles (목적, 협력 내용, 기간, 기타),
date and place, and a signature block (서명 또는 인) for every party.

Laid out to fit one A4 page: the text size steps down until it does (two parties fit at full size,
ten parties at a smaller one); only an agreement too long even at the smallest size runs on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from seecodesk.core.dates import paper_date
from seecodesk.core.josa import josa
from seecodesk.core.trade import Agreement
from seecodesk.reports.base import (
    FONT,
    FONT_BOLD,
    capped_para,
    embedded_canvas,
    flowables_height,
    page_size,
    style,
    text,
    write_atomically,
)
from seecodesk.reports.catalog_parts import fit_text

PARTY_MARKS = ("갑", "을", "병", "정", "무", "기", "경", "신", "임", "계")
MARGIN = 18 * mm
SIZES = (11.0, 10.0, 9.0, 8.0, 7.2)
NBSP = "\u00a0"


@dataclass(frozen=True)
class AgreementContent:
    """What the 업무협약서 prints."""

    network: str
    agreement: Agreement
    products: list[str]


def mark(index: int) -> str:
    """갑, 을, 병 … for the parties in order (party 11 onward by number)."""
    return PARTY_MARKS[index] if index < len(PARTY_MARKS) else f"당사자{index + 1}"


def korean_date(iso: str) -> str:
    """'2021-10-05' → '2021. 10. 5.(화)' (the one date style, core.dates); blank stays a blank to fill in."""
    if not iso:
        return f"{NBSP * 6}년{NBSP * 4}월{NBSP * 4}일"
    return paper_date(iso)


def articles(content: AgreementContent) -> list[tuple[str, str]]:
    """(heading, body) of each article, filled from the agreement (sensible wording where it is silent)."""
    a = content.agreement
    names = ", ".join(f"{p.label}(이하 '{mark(i)}')" for i, p in enumerate(a.parties))
    purpose = a.purpose or "이 협약은 당사자 간 신뢰를 바탕으로 서로의 제품과 서비스를 이용하고 협력하여 함께 성장하는 것을 목적으로 한다."
    scope = [a.scope or "당사자는 서로의 제품·서비스를 우선 이용하고, 필요한 사항은 협의하여 정한다."]
    if content.products:
        scope.append("대상 제품·서비스: " + ", ".join(content.products))
    if a.discount:
        scope.append(f"공급 조건: {a.discount}")
    if a.priority_purchase:
        scope.append("당사자는 같은 조건이면 서로의 제품·서비스를 우선 구매한다.")
    start, end = a.starts_on or a.signed_on, a.ends_on
    period = f"이 협약의 기간은 {korean_date(start)}부터 {korean_date(end)}까지로 한다." if end else \
        f"이 협약은 {korean_date(start)}부터 효력이 있으며, 어느 한쪽이 해지를 알릴 때까지 유지한다."
    if a.auto_renew:
        period += " 기간이 끝나기 1개월 전까지 어느 당사자도 이의가 없으면 같은 조건으로 연장한 것으로 본다."
    if a.renewal_on:
        period += f" 갱신 여부는 {korean_date(a.renewal_on)}까지 협의한다."
    other = a.other_terms or "이 협약에 정하지 않은 사항은 당사자가 서로 협의하여 정한다."
    other += f" 이 협약을 증명하기 위하여 협약서 {len(a.parties)}부를 작성하여 당사자가 서명 또는 날인한 뒤 각 1부씩 보관한다."
    signed = "상생협약" if a.kind == "상생협약" else "업무협약"
    return [("전문", f"{names}{josa(names, '은')} 상호 신뢰를 바탕으로 다음과 같이 {signed}{josa(signed, '을')} 체결한다."),
            ("제1조 (목적)", purpose), ("제2조 (협력 내용)", "\n".join(scope)),
            ("제3조 (협약 기간)", period), ("제4조 (기타)", other)]


def _story(content: AgreementContent, size: float, width: float) -> list[Flowable]:
    a = content.agreement
    heading = {"상호거래 협약": "상호거래 업무협약서", "상생협약": "상생협약서"}.get(a.kind, "업무협약서")
    story: list[Flowable] = [
        Paragraph(text(heading), style("title", size * 2, bold=True, align=1)),
        Spacer(1, size * 0.4),
        Paragraph(text(a.title), style("subtitle", size * 1.1, align=1, textColor=colors.HexColor("#333333"))),
        Spacer(1, size * 1.2),
        _parties_table(a, size, width),
        Spacer(1, size * 1.0),
    ]
    body = style("body", size, leading=size * 1.6)
    for title, words in articles(content):
        if title != "전문":
            story.append(Paragraph(text(title), style("article", size, bold=True, spaceBefore=size * 0.5)))
        story.append(Paragraph(text(words), body))
        story.append(Spacer(1, size * 0.3))
    place = f" · {a.place}" if a.place else ""
    story.append(Spacer(1, size * 0.8))
    story.append(Paragraph(text(korean_date(a.signed_on) + place), style("date", size * 1.1, align=1)))
    story.append(Spacer(1, size * 1.0))
    story.append(_signature_table(a, size, width))
    return story


def _grid_style(size: float) -> list[tuple]:
    return [("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), size),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), size * 0.3), ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.3)]


def _parties_table(a: Agreement, size: float, width: float) -> Table:
    cell = style("cell", size * 0.95)
    head = style("head", size * 0.95, bold=True, align=1)
    rows: list[list] = [[Paragraph(h, head) for h in ("구분", "기관명", "대표자", "주소")]]
    for index, party in enumerate(a.parties):
        rows.append([Paragraph(mark(index), style("mark", size * 0.95, align=1)), capped_para(party.label, cell),
                     capped_para(party.representative, cell), capped_para(party.address, cell)])
    table = Table(rows, colWidths=[width * 0.08, width * 0.32, width * 0.16, width * 0.44], repeatRows=1)
    table.setStyle(TableStyle([*_grid_style(size), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EFEFEF"))]))
    return table


def _signature_table(a: Agreement, size: float, width: float) -> Table:
    """One box per party — mark, name, representative and room for 서명 또는 인 — two to a row."""
    cell = style("sign", size, leading=size * 1.7)
    columns = 1 if len(a.parties) == 1 else 2
    room = width / columns - 2 * size - stringWidth("(가) (서명 또는 인)", FONT_BOLD, size)  # each name on one line
    boxes = []
    for index, party in enumerate(a.parties):
        who = f"대표 {party.representative}" if party.representative else f"대표{NBSP * 12}"
        label, who = fit_text(party.label, FONT_BOLD, size, room), fit_text(who, FONT_BOLD, size, room)
        markup = (f"<b>({mark(index)})</b> " + text(label) + "<br/>" + text(who) + NBSP * 4
                  + "<font color='#666666'>(서명 또는 인)</font>")  # only the user's words, escaped by text()
        boxes.append(Paragraph(markup, cell))
    rows = [boxes[i:i + columns] + [""] * (columns - len(boxes[i:i + columns])) for i in range(0, len(boxes), columns)]
    table = Table(rows, colWidths=[width / columns] * columns, rowHeights=[size * 5.6] * len(rows))
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_BOLD), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                               ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("LEFTPADDING", (0, 0), (-1, -1), size)]))
    return table


def write_agreement(path: str | Path, content: AgreementContent) -> Path:
    """Write the 업무협약서 PDF; returns the path."""
    width, height = page_size("A4")
    frame_width, frame_height = width - 2 * MARGIN, height - 2 * MARGIN
    size = SIZES[-1]
    for candidate in SIZES:
        if flowables_height(_story(content, candidate, frame_width), frame_width) <= frame_height * 0.97:
            size = candidate
            break

    def build(target: str) -> None:
        document = SimpleDocTemplate(target, pagesize=(width, height), leftMargin=MARGIN, rightMargin=MARGIN,
                                     topMargin=MARGIN, bottomMargin=MARGIN, title=content.agreement.title,
                                     author=content.network, creator="SeeCoDesk")
        document.build(_story(content, size, frame_width), canvasmaker=embedded_canvas)

    return write_atomically(path, build)
