"""【별지 제1호 서식】 피어경영컨설팅 신청서 — the official form, blank or filled, on one A4 page.

The layout follows the form as printed in the 논산 plan (seed-004-notes §2): a title block, the
1. 기업 정보 grid with its merged cells, 2. 기초경영지원 관련 요청사항, the declaration, the date and
signature lines and "<network> 귀하". A long 신청 내용 is set smaller (down to 7pt) and, if it
still does not fit, cut with a visible note, so the form never runs onto a second page.
"""

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from seecodesk.core.consulting import (
    CERTIFICATIONS,
    DECLARATION,
    ORG_FORM_HINT,
    REQUEST_GUIDANCE,
    SUPPORT_CHOICES,
    SUPPORT_CURRENT,
    Application,
)
from seecodesk.reports.base import (
    FONT,
    FONT_BOLD,
    embedded_canvas,
    page_size,
    para,
    set_metadata,
    style,
    write_atomically,
)
from seecodesk.reports.checkbox import CheckList

FORM_HEADING = "【별지 제1호 서식】 피어경영컨설팅 신청서"
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 20 * mm, 16 * mm, 14 * mm
WIDTH = page_size("A4")[0] - 2 * MARGIN_X
LABEL_FILL = colors.HexColor("#EFEFEF")
REQUEST_SIZES = (10, 9.5, 9, 8.5, 8, 7.5, 7)


@dataclass(frozen=True)
class FormContent:
    """What one printed form shows: the network, the field list with ticks, and the answers (or None)."""

    network: str
    fields: list[tuple[str, bool]]
    application: Application | None = None


def _label(text: str) -> Paragraph:
    return para(text, style("label", size=9.5, bold=True, align=1, leading=12))


def _value(text: str, size: float = 10) -> Paragraph:
    return para(text, style("value", size=size, leading=size * 1.3))


def _table_style(extra: list[tuple]) -> TableStyle:
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # empty cells would otherwise ask for the unembedded Helvetica
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        *extra,
    ])


def _support_items(app: Application | None) -> list[tuple[str, bool]]:
    chosen = app.support_status if app else ""
    year = app.support_year if app and app.support_status == SUPPORT_CURRENT else None
    items = []
    for choice in SUPPORT_CHOICES:
        label = choice
        if choice == SUPPORT_CURRENT:
            label = f"{choice} ({year}년차)" if year else (f"{choice} (00년차)" if app is None else f"{choice} (   년차)")
        items.append((label, choice == chosen))
    return items


def company_table(app: Application | None) -> Table:
    """1. 기업 정보: ten rows on a five-column grid, merged as on the paper form."""
    a = app or Application(company_name="")
    certs = CheckList([(c, a.certification == c) for c in CERTIFICATIONS], gap=14)
    org_form = _value(a.org_form) if a.org_form else para(f"({ORG_FORM_HINT})", style("hint", size=9.5))
    rows = [
        [_label("기업명"), "", _value(a.company_name), _label("인증/지정여부"), certs],
        ["", "", "", _label("인증/지정번호"), _value(a.certification_number)],
        [_label("대표자명"), "", _value(a.representative), _label("전화"), _value(a.phone)],
        [_label("주소"), "", _value(a.address), "", ""],
        [_label("이메일"), "", _value(a.email, 9), _label("팩스"), _value(a.fax)],
        [_label("사회적조직형태"), "", org_form, "", ""],
        [_label("(예비)사회적기업\n지원 유무"), "", CheckList(_support_items(app), gap=14, breaks=(2,)), "", ""],
        [_label("과거 참여 내역"), "", _value(a.past_participation, 9), "", ""],
        [_label("총괄책임자"), _label("이름"), _value(a.manager_name), _label("이메일"), _value(a.manager_email, 9)],
        ["", _label("전화"), _value(a.manager_phone), _label("휴대전화"), _value(a.manager_mobile)],
    ]
    widths = [20 * mm, 17 * mm, 48 * mm, 25 * mm, WIDTH - 110 * mm]
    heights = [9 * mm] * 6 + [13 * mm, 13 * mm, 9 * mm, 9 * mm]
    spans = [("SPAN", (0, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)), ("SPAN", (0, 2), (1, 2)), ("SPAN", (0, 3), (1, 3)),
             ("SPAN", (2, 3), (4, 3)), ("SPAN", (0, 4), (1, 4)), ("SPAN", (0, 5), (1, 5)), ("SPAN", (2, 5), (4, 5)),
             ("SPAN", (0, 6), (1, 6)), ("SPAN", (2, 6), (4, 6)), ("SPAN", (0, 7), (1, 7)), ("SPAN", (2, 7), (4, 7)),
             ("SPAN", (0, 8), (0, 9))]
    fills = [("BACKGROUND", (0, 0), (1, -1), LABEL_FILL), ("BACKGROUND", (3, 0), (3, 2), LABEL_FILL),
             ("BACKGROUND", (3, 4), (3, 4), LABEL_FILL), ("BACKGROUND", (3, 8), (3, 9), LABEL_FILL)]
    table = Table(rows, colWidths=widths, rowHeights=heights)
    table.setStyle(_table_style(spans + fills))
    return table


def fit_request(text_value: str, width: float, height: float) -> tuple[list[Paragraph], bool]:
    """The 신청 내용 set as large as fits (10pt … 7pt); cut with a visible note when even 7pt is too big."""
    for size in REQUEST_SIZES:
        paragraph = para(text_value, style("request", size=size, leading=size * 1.4))
        if paragraph.wrap(width, height)[1] <= height:
            return [paragraph], False
    size = REQUEST_SIZES[-1]
    note = para(f"※ 내용이 길어 일부만 인쇄했습니다 (전체 {len(text_value):,}자). 전체 내용은 별지로 붙여 주세요.",
                style("cut", size=7.5, bold=True, leading=10))
    room = height - note.wrap(width, height)[1] - 2
    low, high = 0, len(text_value)
    while low < high:  # the longest prefix that still fits
        middle = (low + high + 1) // 2
        if para(text_value[:middle] + " …", style("request", size=size, leading=size * 1.4)).wrap(width, room)[1] <= room:
            low = middle
        else:
            high = middle - 1
    return [para(text_value[:low] + " …", style("request", size=size, leading=size * 1.4)), note], True


def request_table(content: FormContent, request_height: float) -> tuple[Table, bool]:
    """2. 기초경영지원 관련 요청사항: 신청 분야 with check boxes, and the 신청 내용 box."""
    app = content.application
    other = f"기타형({app.other_field})" if app and app.other_field else "기타형(            )"
    items = [*content.fields, (other, bool(app and app.other_checked))]
    breaks = (4,) if len(content.fields) == 6 else ()
    value_width = WIDTH - 37 * mm - 8
    guidance = para(REQUEST_GUIDANCE, style("guide", size=8.5, leading=11, spaceAfter=4,
                                            textColor=colors.HexColor("#333333")))
    guide_height = guidance.wrap(value_width, 100)[1] + 4
    body, cut = fit_request(app.request if app else "", value_width, request_height - guide_height - 10)
    rows = [[_label("신청 분야(예시)"), CheckList(items, gap=12, breaks=breaks)],
            [_label("신청 내용"), [guidance, *body]]]
    check_height = CheckList(items, gap=12, breaks=breaks).wrap(value_width, 100)[1] + 10
    table = Table(rows, colWidths=[37 * mm, WIDTH - 37 * mm], rowHeights=[max(check_height, 15 * mm), request_height])
    table.setStyle(_table_style([("BACKGROUND", (0, 0), (0, -1), LABEL_FILL), ("VALIGN", (1, 1), (1, 1), "TOP"),
                                 ("TOPPADDING", (1, 1), (1, 1), 5)]))
    return table, cut


def _date_line(app: Application | None) -> str:
    if app and app.applied_on:
        year, month, day = app.applied_on.split("-")
        return f"{year} 년    {int(month)} 월    {int(day)} 일"
    return "20      년        월        일"


def _title(canvas: Canvas, network: str, top: float) -> float:
    canvas.setFont(FONT, 9.5)
    canvas.drawString(MARGIN_X, top - 9.5, FORM_HEADING)
    title = f"{network} 동료컨설팅 신청서"
    size = 18.0
    while size > 11 and stringWidth(title, FONT_BOLD, size) > WIDTH:
        size -= 0.5
    canvas.setFont(FONT_BOLD, size)
    canvas.drawCentredString(MARGIN_X + WIDTH / 2, top - 9.5 - 14 * mm, title)
    return top - 9.5 - 14 * mm - 10 * mm


def _section(canvas: Canvas, label: str, y: float) -> float:
    canvas.setFont(FONT_BOLD, 12)
    canvas.drawString(MARGIN_X, y - 12, label)
    return y - 12 - 3 * mm


def _closing(canvas: Canvas, content: FormContent, y: float) -> None:
    """Declaration, date, applicant and '<network> 귀하', from `y` down."""
    app, centre = content.application, MARGIN_X + WIDTH / 2
    canvas.setFont(FONT, 11)
    canvas.drawCentredString(centre, y - 9 * mm, DECLARATION)
    canvas.drawCentredString(centre, y - 19 * mm, _date_line(app))
    right = MARGIN_X + WIDTH
    canvas.drawRightString(right, y - 30 * mm, "(서명 또는 인)")
    sign_left = right - stringWidth("(서명 또는 인)", FONT, 11) - 60 * mm
    canvas.drawString(sign_left, y - 30 * mm, "신청인(대표)")
    if app and app.representative:
        canvas.drawString(sign_left + stringWidth("신청인(대표)", FONT, 11) + 6 * mm, y - 30 * mm, app.representative)
    canvas.setFont(FONT_BOLD, 14)
    canvas.drawString(MARGIN_X, y - 43 * mm, f"{content.network} 귀하")


CLOSING_HEIGHT = 47 * mm


def draw_form(canvas: Canvas, content: FormContent) -> bool:
    """Draw the whole form on the canvas's current page; True when 신청 내용 had to be cut."""
    _, page_height = page_size("A4")
    y = _title(canvas, content.network, page_height - MARGIN_TOP)
    y = _section(canvas, "1. 기업 정보", y)
    company = company_table(content.application)
    height = company.wrapOn(canvas, WIDTH, y)[1]
    company.drawOn(canvas, MARGIN_X, y - height)
    y = _section(canvas, "2. 기초경영지원 관련 요청사항", y - height - 6 * mm)
    probe, _ = request_table(content, 60 * mm)
    fields_height = probe.wrapOn(canvas, WIDTH, y)[1] - 60 * mm
    request_height = y - MARGIN_BOTTOM - CLOSING_HEIGHT - fields_height
    table, cut = request_table(content, request_height)
    table.wrapOn(canvas, WIDTH, y)
    table.drawOn(canvas, MARGIN_X, y - fields_height - request_height)
    _closing(canvas, content, y - fields_height - request_height)
    return cut


def write_form(path: str | Path, content: FormContent) -> bool:
    """Write the form as a one-page A4 PDF at `path`; True when 신청 내용 was cut to fit."""
    result = {"cut": False}

    def build(temp: str) -> None:
        canvas = embedded_canvas(temp, pagesize=page_size("A4"))
        name = content.application.company_name if content.application else "빈 서식"
        set_metadata(canvas, f"동료컨설팅 신청서 — {name}", content.network)
        result["cut"] = draw_form(canvas, content)
        canvas.showPage()
        canvas.save()

    write_atomically(path, build)
    return result["cut"]
