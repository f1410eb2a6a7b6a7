"""The drawn lines of the 동료컨설팅 신청서 around its tables: the headings, and the declaration, date, signature and
addressee at its foot (reports.consulting_form lays the page out)."""

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from seecodesk.core.consulting import DECLARATION, Application
from seecodesk.reports.base import FONT, FONT_BOLD, page_size
from seecodesk.reports.glyphs import EMOJI_FONT, font_runs

FORM_HEADING = "【별지 제1호 서식】 피어경영컨설팅 신청서"
MARGIN_X = 20 * mm
WIDTH = page_size("A4")[0] - 2 * MARGIN_X


def _date_line(app: Application | None) -> str:
    if app and app.applied_on:
        year, month, day = app.applied_on.split("-")
        return f"{year} 년    {int(month)} 월    {int(day)} 일"
    return "20      년        월        일"


def draw_title(canvas: Canvas, network: str, top: float) -> None:
    """The form's number line and '<network> 동료컨설팅 신청서', from `top` down."""
    canvas.setFont(FONT, 9.5)
    canvas.drawString(MARGIN_X, top - 9.5, FORM_HEADING)
    title = f"{network} 동료컨설팅 신청서"
    size = 18.0
    while size > 11 and stringWidth(title, FONT_BOLD, size) > WIDTH:
        size -= 0.5
    canvas.setFont(FONT_BOLD, size)
    canvas.drawCentredString(MARGIN_X + WIDTH / 2, top - 9.5 - 14 * mm, title)


def draw_section(canvas: Canvas, label: str, top: float) -> None:
    """A section heading ('1. 기업 정보') whose top is at `top`."""
    canvas.setFont(FONT_BOLD, 12)
    canvas.drawString(MARGIN_X, top - 12, label)


def _signer(canvas: Canvas, name: str, left: float, right: float, baseline: float) -> None:
    """The representative's name on the signature line, smaller when long; left for handwriting when it will not fit."""
    runs = [(part, EMOJI_FONT if emoji else FONT) for part, emoji in font_runs(name)]
    for size in (11, 10, 9, 8):
        if sum(stringWidth(part, font, size) for part, font in runs) <= right - left:
            for part, font in runs:
                canvas.setFont(font, size)
                canvas.drawString(left, baseline, part)
                left += stringWidth(part, font, size)
            return


def draw_closing(canvas: Canvas, network: str, app: Application | None, y: float) -> None:
    """Declaration, date, applicant and '<network> 귀하', from `y` down."""
    centre = MARGIN_X + WIDTH / 2
    canvas.setFont(FONT, 11)
    canvas.drawCentredString(centre, y - 9 * mm, DECLARATION)
    canvas.drawCentredString(centre, y - 19 * mm, _date_line(app))
    right = MARGIN_X + WIDTH
    canvas.drawRightString(right, y - 30 * mm, "(서명 또는 인)")
    sign_left = right - stringWidth("(서명 또는 인)", FONT, 11) - 60 * mm
    canvas.drawString(sign_left, y - 30 * mm, "신청인(대표)")
    if app and app.representative:
        name_left = sign_left + stringWidth("신청인(대표)", FONT, 11) + 6 * mm
        _signer(canvas, app.representative, name_left, right - stringWidth("(서명 또는 인)", FONT, 11) - 3 * mm, y - 30 * mm)
    canvas.setFont(FONT_BOLD, 14)
    canvas.drawString(MARGIN_X, y - 43 * mm, f"{network} 귀하")
