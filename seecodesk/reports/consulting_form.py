"""【별지 제1호 서식】 피어경영컨설팅 신청서 — the official form, blank or filled, on one A4 page.

The layout follows the form as printed in the 논산 plan (seed-004-notes §2): a title block, the
1. 기업 정보 grid with its merged cells, 2. 기초경영지원 관련 요청사항, the declaration, the date and
signature lines and "<network> 귀하". Filled in, each cell grows with its answer and the 신청 내용 box takes
the rest of the page; an answer too long for the page starts in its cell and continues on the 별지
("신청서 계속", reports.form_continuation), so nothing is cut and nothing prints over the form's rules.
"""

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from seecodesk.core.consulting import (
    CERTIFICATIONS,
    ORG_FORM_HINT,
    REQUEST_GUIDANCE,
    SUPPORT_CHOICES,
    SUPPORT_CURRENT,
    Application,
)
from seecodesk.core.dates import paper_date
from seecodesk.reports.base import FONT, numbered_canvas, page_size, para, register_fonts, style, write_atomically
from seecodesk.reports.checkbox import CheckList
from seecodesk.reports.consulting_fit import (
    CELL_PAD_X,
    Cell,
    FittedGrid,
    Overflow,
    fit_grid,
    fit_grid_within,
    fit_request,
)
from seecodesk.reports.consulting_form_parts import MARGIN_X, WIDTH, draw_closing, draw_section, draw_title
from seecodesk.reports.form_continuation import continuation_story, sheet_footer, sheet_template

MARGIN_TOP, MARGIN_BOTTOM = 16 * mm, 14 * mm
LABEL_FILL = colors.HexColor("#EFEFEF")
COLUMNS = [20 * mm, 17 * mm, 48 * mm, 25 * mm, WIDTH - 110 * mm]
MIN_HEIGHTS = [9 * mm] * 6 + [13 * mm, 13 * mm, 9 * mm, 9 * mm]  # the paper form's rows
LABEL_WIDTH = 37 * mm
REQUEST_MIN = 40 * mm  # the 신청 내용 box never shrinks below this to make room for the grid
CLOSING_HEIGHT = 47 * mm
SECTION_HEIGHT = 12 + 3 * mm
OTHER_MOVED = "기타형(별지에 적음)"


@dataclass(frozen=True)
class FormContent:
    """What one printed form shows: the network, the field list with ticks, and the answers (or None)."""

    network: str
    fields: list[tuple[str, bool]]
    application: Application | None = None


@dataclass(frozen=True)
class FormLayout:
    """The filled page worked out before drawing: the grid, the 신청 분야 and 신청 내용, and what goes to the 별지."""

    content: FormContent
    grid: FittedGrid
    field_items: list[tuple[str, bool]]
    request: list[Flowable]
    request_height: float
    overflows: list[Overflow]


def _label(text: str) -> Paragraph:
    return para(text, style("label", size=9.5, bold=True, align=1, leading=12))


def _table_style(extra: list[tuple]) -> TableStyle:
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # empty cells would otherwise ask for the unembedded Helvetica
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
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


def company_cells(app: Application) -> list[Cell]:
    """The grid's answer cells, with the width each prints at (merged cells span several columns)."""
    narrow, right, wide = COLUMNS[2], COLUMNS[4], WIDTH - COLUMNS[0] - COLUMNS[1]
    cells = [
        Cell(0, 2, "기업명", app.company_name, narrow, rows=2), Cell(1, 4, "인증/지정번호", app.certification_number, right),
        Cell(2, 2, "대표자명", app.representative, narrow), Cell(2, 4, "전화", app.phone, right),
        Cell(3, 2, "주소", app.address, wide),
        Cell(4, 2, "이메일", app.email, narrow, size=9), Cell(4, 4, "팩스", app.fax, right),
        *([Cell(5, 2, "사회적조직형태", app.org_form, wide)] if app.org_form else []),
        Cell(7, 2, "과거 참여 내역", app.past_participation, wide, size=9, weight=2),
        Cell(8, 2, "총괄책임자 이름", app.manager_name, narrow), Cell(8, 4, "총괄책임자 이메일", app.manager_email, right, size=9),
        Cell(9, 2, "총괄책임자 전화", app.manager_phone, narrow), Cell(9, 4, "총괄책임자 휴대전화", app.manager_mobile, right),
    ]
    return cells


def company_table(app: Application | None, grid: FittedGrid | None = None) -> Table:
    """1. 기업 정보: ten rows on a five-column grid, merged as on the paper form, each row as tall as its answers."""
    a = app or Application(company_name="")
    grid = grid or fit_grid(company_cells(a), MIN_HEIGHTS, None)
    rows: list[list] = [
        [_label("기업명"), "", "", _label("인증/지정여부"), CheckList([(c, a.certification == c) for c in CERTIFICATIONS], gap=14)],
        ["", "", "", _label("인증/지정번호"), ""],
        [_label("대표자명"), "", "", _label("전화"), ""],
        [_label("주소"), "", "", "", ""],
        [_label("이메일"), "", "", _label("팩스"), ""],
        [_label("사회적조직형태"), "", para(f"({ORG_FORM_HINT})", style("hint", size=9.5)), "", ""],
        [_label("(예비)사회적기업\n지원 유무"), "", CheckList(_support_items(app), gap=14, breaks=(2,)), "", ""],
        [_label("과거 참여 내역"), "", "", "", ""],
        [_label("총괄책임자"), _label("이름"), "", _label("이메일"), ""],
        ["", _label("전화"), "", _label("휴대전화"), ""],
    ]
    for (row, column), flowables in grid.contents.items():
        rows[row][column] = flowables
    spans = [("SPAN", (0, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)), ("SPAN", (0, 2), (1, 2)), ("SPAN", (0, 3), (1, 3)),
             ("SPAN", (2, 3), (4, 3)), ("SPAN", (0, 4), (1, 4)), ("SPAN", (0, 5), (1, 5)), ("SPAN", (2, 5), (4, 5)),
             ("SPAN", (0, 6), (1, 6)), ("SPAN", (2, 6), (4, 6)), ("SPAN", (0, 7), (1, 7)), ("SPAN", (2, 7), (4, 7)),
             ("SPAN", (0, 8), (0, 9))]
    fills = [("BACKGROUND", (0, 0), (1, -1), LABEL_FILL), ("BACKGROUND", (3, 0), (3, 2), LABEL_FILL),
             ("BACKGROUND", (3, 4), (3, 4), LABEL_FILL), ("BACKGROUND", (3, 8), (3, 9), LABEL_FILL)]
    table = Table(rows, colWidths=COLUMNS, rowHeights=grid.heights)
    table.setStyle(_table_style(spans + fills))
    return table


def _field_items(content: FormContent, width: float) -> tuple[list[tuple[str, bool]], Overflow | None]:
    """신청 분야 with its check boxes; a 기타형 too long for a line goes to the 별지."""
    app = content.application
    other = f"기타형({app.other_field})" if app and app.other_field else "기타형(            )"
    moved = None
    if app and app.other_field and ("\n" in app.other_field or stringWidth(other, FONT, 9.5) > width - 20):
        moved = Overflow("신청 분야 — 기타형", app.other_field, whole=True)
        other = OTHER_MOVED
    return [*content.fields, (other, bool(app and app.other_checked))], moved


def _breaks(content: FormContent) -> tuple[int, ...]:
    return (4,) if len(content.fields) == 6 else ()


def _guidance() -> Paragraph:
    return para(REQUEST_GUIDANCE, style("guide", size=8.5, leading=11, spaceAfter=4, textColor=colors.HexColor("#333333")))


def request_table(layout: FormLayout) -> Table:
    """2. 기초경영지원 관련 요청사항: 신청 분야 with check boxes, and the 신청 내용 box."""
    items = CheckList(layout.field_items, gap=12, breaks=_breaks(layout.content))
    rows = [[_label("신청 분야(예시)"), items], [_label("신청 내용"), [_guidance(), *layout.request]]]
    table = Table(rows, colWidths=[LABEL_WIDTH, WIDTH - LABEL_WIDTH],
                  rowHeights=[_fields_height(layout.field_items, layout.content), layout.request_height])
    table.setStyle(_table_style([("BACKGROUND", (0, 0), (0, -1), LABEL_FILL), ("VALIGN", (1, 1), (1, 1), "TOP"),
                                 ("TOPPADDING", (1, 1), (1, 1), 5)]))
    return table


def _fields_height(items: list[tuple[str, bool]], content: FormContent) -> float:
    return max(CheckList(items, gap=12, breaks=_breaks(content)).wrap(WIDTH - LABEL_WIDTH - 2 * CELL_PAD_X, 100)[1] + 10,
               15 * mm)


def _grid_top() -> float:
    return page_size("A4")[1] - MARGIN_TOP - 9.5 - 24 * mm - SECTION_HEIGHT


def layout_form(content: FormContent) -> FormLayout:
    """Work out the page: grid rows grown to their answers, the 신청 내용 box in the room left, the rest to the 별지."""
    register_fonts()
    app = content.application or Application(company_name="")
    value_width = WIDTH - LABEL_WIDTH - 2 * CELL_PAD_X
    items, moved_other = _field_items(content, value_width)
    room = _grid_top() - 6 * mm - SECTION_HEIGHT - _fields_height(items, content) - CLOSING_HEIGHT - MARGIN_BOTTOM
    grid = fit_grid_within(company_cells(app), MIN_HEIGHTS, room - REQUEST_MIN)
    request_height = room - grid.height
    guide_height = _guidance().wrap(value_width, 1e6)[1] + 4
    request, rest = fit_request(app.request, value_width, request_height - guide_height - 5 - 3 - 2)
    overflows = [*grid.overflows, *([moved_other] if moved_other else []),
                 *([Overflow("신청 내용", rest, whole=len(request) == 1)] if rest is not None else [])]
    return FormLayout(content, grid, items, request, request_height, overflows)


def draw_form(canvas: Canvas, layout: FormLayout) -> None:
    """Draw the whole form on the canvas's current page."""
    content = layout.content
    top = page_size("A4")[1] - MARGIN_TOP
    draw_title(canvas, content.network, top)
    y = _grid_top()
    draw_section(canvas, "1. 기업 정보", y + SECTION_HEIGHT)
    company = company_table(content.application, layout.grid)
    height = company.wrapOn(canvas, WIDTH, y)[1]
    company.drawOn(canvas, MARGIN_X, y - height)
    y -= height + 6 * mm
    draw_section(canvas, "2. 기초경영지원 관련 요청사항", y)
    y -= SECTION_HEIGHT
    table = request_table(layout)
    height = table.wrapOn(canvas, WIDTH, y)[1]
    table.drawOn(canvas, MARGIN_X, y - height)
    draw_closing(canvas, content.network, content.application, y - height)


def _sheet_subtitle(content: FormContent) -> str:
    app = content.application
    if app is None:
        return ""
    parts = [f"접수번호 {app.receipt_number}" if app.receipt_number else "",
             f"신청일 {paper_date(app.applied_on)}" if app.applied_on else ""]
    return "  ·  ".join(p for p in parts if p)


def write_form(path: str | Path, content: FormContent) -> list[str]:
    """Write the form as an A4 PDF at `path`: one page, and 별지 pages after it for answers too long for their
    cells. Returns the labels of the fields continued on the 별지 ([] when the form holds everything)."""
    continued: list[str] = []

    def build(temp: str) -> None:
        layout = layout_form(content)  # inside the build: the characters its text lacks are counted for the file
        continued[:] = [overflow.label for overflow in layout.overflows]
        name = content.application.company_name if content.application else "빈 서식"
        doc = BaseDocTemplate(temp, pagesize=page_size("A4"), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                              topMargin=MARGIN_TOP, bottomMargin=18 * mm, title=f"동료컨설팅 신청서 — {name}",
                              author=content.network, creator="SeeCoDesk")
        form_frame = Frame(0, 0, 2, 2, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="form")
        form_page = PageTemplate("form", [form_frame], onPage=lambda canvas, _doc: draw_form(canvas, layout))
        doc.addPageTemplates([form_page, sheet_template(doc, f"{content.network} 동료컨설팅 신청서", _sheet_subtitle(content))])
        story: list[Flowable] = [Spacer(1, 1)]
        if layout.overflows:
            story += [NextPageTemplate("sheet"), PageBreak(), *continuation_story(layout.overflows, doc.width)]
        doc.build(story, canvasmaker=numbered_canvas(sheet_footer(2)))

    write_atomically(path, build)
    return continued
