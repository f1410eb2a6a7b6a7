"""The catalog's front and back covers, drawn straight on the canvas."""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from seecodesk.core.catalog import Catalog
from seecodesk.reports.base import style, text
from seecodesk.reports.catalog_parts import ACCENT, MUTED, PRIMARY

SOFT = colors.HexColor("#2C8574")
WARM = colors.HexColor("#F4B98A")


READABLE = 8.5  # the smallest size a reader is asked to read, on A5 as on A4

def _paragraph(canvas: Canvas, value: str, x: float, top: float, width: float, size: float, bold: bool = False,
               colour: colors.Color = colors.white, align: int = 0, lines: str = "") -> float:
    """Draw wrapped user text with its top at `top`; returns the height used."""
    para = Paragraph(lines or text(value), style("cover", size, bold=bold, textColor=colour, align=align,
                                                  leading=size * 1.35))
    _, height = para.wrap(width, 10_000)
    para.drawOn(canvas, x, top - height)
    return height


def _logo(canvas: Canvas, logo: Path | None, centre_x: float, y: float, max_w: float, max_h: float) -> float:
    """Draw the logo centred, bottom at `y`; returns its height (0 without one)."""
    if logo is None:
        return 0
    reader = ImageReader(str(logo))
    iw, ih = reader.getSize()
    scale = min(max_w / iw, max_h / ih)
    w, h = iw * scale, ih * scale
    canvas.drawImage(reader, centre_x - w / 2, y, w, h)
    return h


def _circles(canvas: Canvas, w: float, h: float, base_y: float) -> None:
    canvas.saveState()
    canvas.setFillColor(SOFT)
    for cx, cy, r in ((0.86, 0.93, 0.30), (0.66, 0.70, 0.12), (1.0, 0.55, 0.16), (0.1, 0.47, 0.07)):
        canvas.circle(w * cx, base_y + (h - base_y) * (cy - 0.38) / 0.62, w * r, stroke=0, fill=1)
    canvas.restoreState()


def draw_cover(canvas: Canvas, catalog: Catalog, logo: Path | None, bleed: float = 0.0) -> None:
    """Front cover: coloured top with year, title and subtitle; network, logo and contact below.
    The colour runs `bleed` points past the trimmed edge, for the print shop's cut."""
    w, h = canvas._pagesize
    margin = w * 0.1
    band = h * 0.36
    canvas.saveState()
    canvas.setFillColor(PRIMARY)
    canvas.rect(-bleed, band, w + 2 * bleed, h - band + bleed, stroke=0, fill=1)
    _circles(canvas, w, h, band)
    canvas.setFillColor(ACCENT)
    canvas.rect(-bleed, band - 2.5 * mm, w + 2 * bleed, 2.5 * mm, stroke=0, fill=1)
    scale = w / 595
    _paragraph(canvas, str(catalog.options.year), margin, h - margin * 1.1, w - 2 * margin, 44 * scale, True, WARM)
    top = h * 0.62
    top -= _paragraph(canvas, catalog.texts.cover_title, margin, top, w - 2 * margin, 30 * scale, True)
    top -= 6 * mm * scale
    _paragraph(canvas, catalog.texts.subtitle, margin, top, w - 2 * margin, 13 * scale, colour=colors.HexColor("#DCEBE5"))
    entries = catalog.entries
    count = f"회원사 {len(entries)}곳 · 제품·서비스 {sum(len(e.products) for e in entries)}개"
    _paragraph(canvas, count, margin, band + 14 * mm * scale, w - 2 * margin, max(READABLE, 10 * scale), colour=WARM)
    logo_h = _logo(canvas, logo, w / 2, band * 0.42, w * 0.4, band * 0.32)
    y = band * 0.42 - 6 * mm * scale if logo_h else band * 0.62
    y -= _paragraph(canvas, catalog.network, margin, y, w - 2 * margin, 15 * scale, True, PRIMARY, align=1)
    _paragraph(canvas, catalog.texts.contact, margin, y - 2 * mm, w - 2 * margin, max(READABLE, 9 * scale),
               colour=MUTED, align=1)
    canvas.restoreState()


def draw_back_cover(canvas: Canvas, catalog: Catalog, logo: Path | None, bleed: float = 0.0) -> None:
    """Back cover: the back-cover text on colour (past the trimmed edge by `bleed`), the network and
    contact on a white card."""
    w, h = canvas._pagesize
    margin = w * 0.12
    scale = w / 595
    canvas.saveState()
    canvas.setFillColor(PRIMARY)
    canvas.rect(-bleed, -bleed, w + 2 * bleed, h + 2 * bleed, stroke=0, fill=1)
    _circles(canvas, w, h, h * 0.38)
    _paragraph(canvas, catalog.texts.back_cover, margin, h * 0.62, w - 2 * margin, 14 * scale, True, align=1)
    card_h = h * 0.2
    canvas.setFillColor(colors.white)
    canvas.roundRect(margin, h * 0.1, w - 2 * margin, card_h, 8, stroke=0, fill=1)
    logo_h = _logo(canvas, logo, w / 2, h * 0.1 + card_h * 0.55, w * 0.3, card_h * 0.35)
    y = h * 0.1 + card_h * (0.5 if logo_h else 0.72)
    y -= _paragraph(canvas, catalog.network, margin, y, w - 2 * margin, 13 * scale, True, PRIMARY, align=1)
    _paragraph(canvas, catalog.texts.contact, margin + 6 * mm, y - 2 * mm, w - 2 * margin - 12 * mm,
               max(READABLE, 9 * scale), colour=MUTED, align=1)
    canvas.restoreState()
