"""The 별지 ("신청서 계속"): the answers a form's cells could not hold, continued on sheets after the form.

Each continued field is headed by its label and says whether it carries on from the cell or was moved here
whole; every sheet is headed so that a loose page still says which application it belongs to, and counted
'별지 n / N' at its foot.
"""

from collections.abc import Callable, Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from seecodesk.reports.base import FONT, FONT_BOLD, para, style
from seecodesk.reports.consulting_fit import Overflow, value_paragraph

SHEET_TITLE = "신청서 계속 (별지)"
HEAD_FILL = colors.HexColor("#EFEFEF")
HEADER_HEIGHT = 16 * mm


def _field_heading(overflow: Overflow, width: float) -> Table:
    how = "앞 쪽 칸에 다 들어가지 않아 여기에 적음" if overflow.whole else "앞 쪽 칸에서 이어짐"
    heading = para(f"{overflow.label}  ({how})", style("sheet-field", size=10, bold=True, leading=13))
    table = Table([[heading]], colWidths=[width])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), HEAD_FILL), ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    return table


def continuation_story(overflows: Sequence[Overflow], width: float) -> list[Flowable]:
    """The continued fields in the form's order, each under its label."""
    story: list[Flowable] = []
    for overflow in overflows:  # a label never ends a page: it starts a new one unless three lines follow it
        story += [CondPageBreak(20 * mm), _field_heading(overflow, width), Spacer(1, 2 * mm),
                  value_paragraph(overflow.rest, 10, 1.45), Spacer(1, 6 * mm)]
    return story


def sheet_template(doc: BaseDocTemplate, title: str, subtitle: str) -> PageTemplate:
    """The page template of the sheets: a header naming the application, then one frame of text."""
    def header(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        left, right, top = doc.leftMargin, doc.leftMargin + doc.width, doc.bottomMargin + doc.height
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 13)
        canvas.drawString(left, top - 13, title)
        canvas.setFont(FONT, 9)
        canvas.drawRightString(right, top - 12, SHEET_TITLE)
        if subtitle:
            canvas.drawString(left, top - 28, subtitle)
        canvas.setLineWidth(0.8)
        canvas.line(left, top - 34, right, top - 34)
        canvas.restoreState()

    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height - HEADER_HEIGHT, id="sheet",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return PageTemplate("sheet", [frame], onPage=header)


def sheet_footer(first: int) -> Callable[[Canvas, int, int], None]:
    """A footer that counts the sheets '별지 n / N' from page `first` on and leaves the form's page bare."""
    def draw(canvas: Canvas, page: int, pages: int) -> None:
        if page < first:
            return
        width, _ = canvas._pagesize
        canvas.saveState()
        canvas.setFont(FONT, 8.5)
        canvas.drawCentredString(width / 2, 9 * mm, f"별지 {page - first + 1} / {pages - first + 1}")
        canvas.restoreState()

    return draw
