"""Small drawing pieces of the catalog: badges, photo boxes, QR codes and page references.

Page references (contents and index lines) print the page an entry landed on. The index comes
after the entries, so it knows; the contents come first, so each of their numbers is a PDF form
drawn now and defined at the end of the build (`PageForms`) — one pass, and the numbers cannot
disagree with where the entries went.
"""

import functools
import itertools
from concurrent.futures import Future
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from seecodesk.reports.base import FONT, FONT_BOLD
from seecodesk.reports.glyphs import EMOJI_FONT, font_runs

PRIMARY = colors.HexColor("#1E6B5C")
ACCENT = colors.HexColor("#D9702B")
LIGHT = colors.HexColor("#EEF5F2")
MUTED = colors.HexColor("#5A6B66")
RULE = colors.HexColor("#C9D8D2")
BADGE_COLOURS = {
    "사회적기업": "#1E6B5C", "예비사회적기업": "#4E9A86", "마을기업": "#C46A1F", "예비마을기업": "#D99A5B",
    "협동조합": "#2F5E9E", "사회적협동조합": "#6B4FA0", "자활기업": "#A0453A",
    "수의계약": "#D9702B", "인증": "#5B7F3A",
}
OTHER_BADGE = "#7A8580"
_BADGE_FILL = {kind: colors.HexColor(value) for kind, value in BADGE_COLOURS.items()}
_OTHER_FILL = colors.HexColor(OTHER_BADGE)


def fit_text(value: str, font: str, size: float, width: float) -> str:
    """`value` cut with '…' so that it fits `width` on one line."""
    if stringWidth(value, font, size) <= width:
        return value
    low, high = 0, len(value)  # the longest prefix that fits with '…': a binary search, for 10,000 characters
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(value[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return value[:low] + "…"


class Line(Flowable):
    """Runs of literal text on one line, drawn directly; wraps as a Paragraph only when it must.

    Most catalog lines (a name, a price, '판매 시기 연중') fit one line; drawing them straight
    skips ReportLab's markup parser and line breaker, the bulk of a big catalog's build time.
    """

    def __init__(self, runs: list[tuple[str, str, float, colors.Color]], leading: float, space_before: float = 0) -> None:
        super().__init__()
        self.runs = [(part, EMOJI_FONT if emoji else font, size, colour)
                     for value, font, size, colour in runs for part, emoji in font_runs(value) if part]
        self.leading, self.spaceBefore = leading, space_before
        self._wrapped: tuple[float, float] | None = None
        self._para: Paragraph | None = None

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        if self._wrapped is None or self._wrapped[0] != aw:
            if sum(stringWidth(t, f, s) for t, f, s, _ in self.runs) <= aw:
                self._para, height = None, self.leading
            else:
                self._para = Paragraph("".join(
                    f'<font name="{f}" size="{s:.2f}" color="{c.hexval()}">{escape(t)}</font>' for t, f, s, c in self.runs),
                    ParagraphStyle("line", fontName=FONT, fontSize=self.runs[0][2], leading=self.leading))
                height = self._para.wrap(aw, ah)[1]
            self._wrapped = (aw, height)
        self.width, self.height = self._wrapped
        return self._wrapped

    def draw(self) -> None:
        self.draw_at(self.canv, 0, 0)

    def draw_at(self, canv: Canvas, x: float, y: float) -> None:
        """Draw with the lower-left corner at (x, y), without a coordinate transform of its own."""
        if self._para is not None:
            self._para.drawOn(canv, x, y)
            return
        size = max(s for _, _, s, _ in self.runs) if self.runs else 0
        line = canv.beginText(x, y + (self.leading - size) / 2 + size * 0.22)
        for value, font, run_size, colour in self.runs:
            line.setFont(font, run_size)
            line.setFillColor(colour)
            line.textOut(value)
        canv.drawText(line)


class PageAnchor(Flowable):
    """Zero-size marker: records the page it lands on under `key` (and tells `on_place`)."""

    def __init__(self, key: str, registry: dict[str, int], on_place=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.key, self.registry, self.on_place = key, registry, on_place
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.registry[self.key] = self.canv.getPageNumber()
        if self.on_place:
            self.on_place(self.key)


class SectionMarker(Flowable):
    """Zero-size marker: from here on, the running header names `title`."""

    def __init__(self, title: str, state: dict[str, str]) -> None:
        super().__init__()
        self.title, self.state = title, state

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.state["section"] = self.title


class PageRefLine(Flowable):
    """'label ······ 12' on one line of fixed height (so pagination never depends on the numbers)."""

    def __init__(self, label: str, key: str, registry: dict[str, int], pending: set[str],
                 size: float = 9, bold: bool = False, indent: float = 0, leading: float | None = None) -> None:
        super().__init__()
        self.label, self.key, self.registry, self.pending = label, key, registry, pending
        self.size, self.bold, self.indent = size, bold, indent
        self.leading = leading or size * 1.7

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        return aw, self.leading

    def draw(self) -> None:
        canv, font = self.canv, FONT_BOLD if self.bold else FONT
        number_room = stringWidth("0000", FONT, self.size)
        label = fit_text(self.label, font, self.size, self.width - self.indent - number_room - 12)
        y = (self.leading - self.size) / 2 + 1
        canv.setFont(font, self.size)
        canv.setFillColor(PRIMARY if self.bold else colors.black)
        canv.drawString(self.indent, y, label)
        start = self.indent + stringWidth(label, font, self.size) + 4
        end = self.width - number_room
        if end > start:  # a dotted leader drawn as a line, so copied text reads "name 12"
            canv.saveState()
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.8)
            canv.setDash(0.8, 2.4)
            canv.line(start, y + 1, end, y + 1)
            canv.restoreState()
        canv.setFillColor(colors.black)
        if self.key in self.registry:
            canv.setFont(FONT, self.size)
            canv.drawRightString(self.width, y, str(self.registry[self.key]))
        else:
            self.pending.add(self.key)
            canv.saveState()
            canv.translate(self.width, y)
            canv.doForm(page_form_name(self.key))
            canv.restoreState()


def page_form_name(key: str) -> str:
    return f"PageRef_{key}"


class PageForms(Flowable):
    """Zero-size, last in the story: defines the page-number forms the contents referred to."""

    def __init__(self, registry: dict[str, int], pending: set[str], size: float = 9) -> None:
        super().__init__()
        self.registry, self.pending, self.size = registry, pending, size

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canv = self.canv
        for key in sorted(self.pending):
            canv.beginForm(page_form_name(key), lowerx=-80, lowery=-10, upperx=10, uppery=30)
            canv.setFont(FONT, self.size)
            canv.setFillColor(colors.black)
            canv.drawRightString(0, 0, str(self.registry.get(key, "–")))
            canv.endForm()
        self.pending.clear()


def round_rect_path(x: float, y: float, w: float, h: float, r: float) -> str:
    """PDF path operators of a rounded rectangle (formatted here: ReportLab's number formatting is slow)."""
    k = r * 0.4477  # control-point offset of a quarter circle (1 - 0.5523)
    x1, y1 = x + w, y + h
    return (f"{x + r:.2f} {y:.2f} m {x1 - r:.2f} {y:.2f} l {x1 - k:.2f} {y:.2f} {x1:.2f} {y + k:.2f} {x1:.2f} {y + r:.2f} c "
            f"{x1:.2f} {y1 - r:.2f} l {x1:.2f} {y1 - k:.2f} {x1 - k:.2f} {y1:.2f} {x1 - r:.2f} {y1:.2f} c "
            f"{x + r:.2f} {y1:.2f} l {x + k:.2f} {y1:.2f} {x:.2f} {y1 - k:.2f} {x:.2f} {y1 - r:.2f} c "
            f"{x:.2f} {y + r:.2f} l {x:.2f} {y + k:.2f} {x + k:.2f} {y:.2f} {x + r:.2f} {y:.2f} c h")


class BadgeRow(Flowable):
    """Designation badges as rounded coloured labels, wrapping onto more lines when needed."""

    def __init__(self, kinds: list[tuple[str, str]], size: float = 7.5) -> None:
        super().__init__()
        self.kinds, self.size = kinds, size  # (kind, label)
        self.pad, self.gap, self.row = size * 0.6, size * 0.5, size * 2.0
        self._placed: list[tuple[float, int, str, str]] = []

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        x, line, self._placed = 0.0, 0, []
        for kind, label in self.kinds:
            w = stringWidth(label, FONT_BOLD, self.size) + 2 * self.pad
            if x and x + w > aw:
                x, line = 0.0, line + 1
            self._placed.append((x, line, kind, label))
            x += w + self.gap
        self.width = aw
        self.height = (line + 1) * self.row if self.kinds else 0
        return aw, self.height

    def draw(self) -> None:
        canv = self.canv
        for x, line, kind, label in self._placed:
            w = stringWidth(label, FONT_BOLD, self.size) + 2 * self.pad
            y = self.height - (line + 1) * self.row + self.size * 0.25
            canv.setFillColor(_BADGE_FILL.get(kind, _OTHER_FILL))
            canv.addLiteral(round_rect_path(x, y, w, self.size * 1.55, self.size * 0.4) + " f")
            canv.setFillColor(colors.white)
            canv.setFont(FONT_BOLD, self.size)
            canv.drawString(x + self.pad, y + self.size * 0.42, label)


class PhotoBox(Flowable):
    """A product photo at a fixed size, or a soft placeholder with the product's first letter."""

    def __init__(self, path: "Path | Future[Path | None] | None", width: float, height: float, initial: str,
                 note: str) -> None:
        super().__init__()
        self.path, self.width, self.height = path, width, height
        self.initial, self.note = initial, note

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        path = self.path.result() if isinstance(self.path, Future) else self.path
        if path is not None:
            canv.drawImage(str(path), 0, 0, self.width, self.height)
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.5)
            canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
            return
        canv.setFillColor(LIGHT)
        canv.setStrokeColor(RULE)
        canv.roundRect(0, 0, self.width, self.height, 4, stroke=1, fill=1)
        canv.setFillColor(RULE)
        canv.setFont(FONT_BOLD, self.height * 0.42)
        canv.drawCentredString(self.width / 2, self.height * 0.38, self.initial)
        canv.setFillColor(MUTED)
        canv.setFont(FONT, min(7, self.height * 0.12))
        canv.drawCentredString(self.width / 2, self.height * 0.12, self.note)


@functools.lru_cache(maxsize=2048)
def qr_modules(url: str) -> tuple[tuple[bool, ...], ...]:
    """The dark/light modules of a QR code (cached: every preview rebuild draws the same codes)."""
    code = QrCodeWidget(url).qr
    code.version = code.version or code.calculate_version()
    # Any of the 8 masks reads fine; trying all of them (ReportLab's make) costs 80 % of the time.
    code.makeImpl(False, 0)
    return tuple(tuple(map(bool, row)) for row in code.modules)


class QrCode(Flowable):
    """A scannable QR code of `url`, `size` points square, on white (drawn directly: no stray fonts)."""

    def __init__(self, url: str, size: float, border: int = 2) -> None:
        super().__init__()
        self.url, self.width, self.height, self.border = url, size, size, border
        self.modules = qr_modules(url)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv, count = self.canv, len(self.modules)
        box = self.width / (count + 2 * self.border)
        canv.setFillColor(colors.white)
        canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canv.setFillColor(colors.black)
        canv.saveState()
        canv.transform(box, 0, 0, box, 0, 0)  # draw in module units: whole numbers, one cached path
        canv.addLiteral(qr_path(self.modules, self.border))
        canv.restoreState()


@functools.lru_cache(maxsize=2048)
def qr_path(modules: tuple[tuple[bool, ...], ...], border: int) -> str:
    """The dark modules as one filled PDF path, in module units, runs of a row merged."""
    count, parts = len(modules), []
    for r, row in enumerate(modules):
        y = count + border - r - 1
        c = 0
        for dark, run in itertools.groupby(row):
            length = len(list(run))
            if dark:
                parts.append(f"{c + border} {y} {length} 1 re")
            c += length
    return " ".join(parts) + " f"
