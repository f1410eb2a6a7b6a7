"""What every printed page shares: embedded Hangul fonts, escaped text, and a footer with page x / y.

Fonts are the bundled NanumGothic TrueType files, registered once and embedded as subsets, so a
PDF looks the same on every computer and at the print shop.
"""

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A3, A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from seecodesk.core.atomic_files import replaced_atomically
from seecodesk.core.dates import paper_date
from seecodesk.paths import font_file
from seecodesk.reports.glyphs import collecting_missing, markup, remember_missing

FONT = "NanumGothic"
FONT_BOLD = "NanumGothicBold"
PAPER_SIZES = {"A4": A4, "A3": A3, "A5": A5}
_registered = False


def register_fonts() -> None:
    """Register the bundled Korean fonts with ReportLab (idempotent)."""
    global _registered
    if _registered:
        return
    pdfmetrics.registerFont(TTFont(FONT, str(font_file("NanumGothic.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(font_file("NanumGothicBold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    rl_config.canvas_basefontname = FONT  # a canvas's first font would otherwise be the unembedded Helvetica
    rl_config.useA85 = 0  # binary streams: ASCII85 is ~25 % bigger and slow pure-Python work on every font and photo
    _registered = True


def page_size(paper: str = "A4", landscape_page: bool = False) -> tuple[float, float]:
    """Exact ISO paper size in points."""
    size = PAPER_SIZES[paper.upper()]
    return landscape(size) if landscape_page else size


def text(value: object) -> str:
    """User text made safe for Paragraph markup; line breaks kept as <br/>; emoji drawn with the bundled
    emoji font and characters no bundled font has shown as a visible mark (reports.glyphs)."""
    return markup(str(value if value is not None else "")).replace("\n", "<br/>")


def style(name: str = "body", size: float = 9.5, bold: bool = False, leading: float | None = None,
          align: int = 0, **extra: object) -> ParagraphStyle:
    """A paragraph style in the bundled Korean font (align: 0 left, 1 centre, 2 right)."""
    register_fonts()
    return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT, fontSize=size,
                          leading=leading or size * 1.35, alignment=align, **extra)


def para(value: object, paragraph_style: ParagraphStyle | None = None) -> Paragraph:
    """A Paragraph of user text, printed literally."""
    return Paragraph(text(value), paragraph_style or style())


def won(amount: int | float | None) -> str:
    """An amount in 원 with thousands separators (blank for None)."""
    return "" if amount is None else f"{int(amount):,}"


def footer_drawer(network: str, printed_on: date | None = None, margin: float = 12 * mm) -> Callable[[Canvas, int, int], None]:
    """A function drawing '네트워크 · 출력일' left and 'x / y' right at the foot of a page."""
    printed = paper_date(printed_on or date.today())

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        width, _ = canvas._pagesize
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawString(margin, margin * 0.6, f"{network} · 출력일 {printed}")
        canvas.drawRightString(width - margin, margin * 0.6, f"{page} / {pages}")
        canvas.restoreState()

    return draw


def numbered_canvas(draw_footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A Canvas class that knows the page count when it draws each footer (two-pass free)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            register_fonts()
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._saved_pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def embedded_canvas(*args: object, **kwargs: object) -> Canvas:
    """A plain Canvas whose default font is the embedded Korean one (no stray Helvetica)."""
    register_fonts()
    kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
    return Canvas(*args, **kwargs)  # type: ignore[arg-type]


def set_metadata(canvas: Canvas, title: str, author: str) -> None:
    """PDF title/author, so a print shop and a file manager show what the file is."""
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator("SeeCoDesk")


def write_atomically(path: str | Path, build: Callable[[str], None]) -> Path:
    """Run `build(temp_path)` and move the result over `path` only when it finished (core/atomic_files); the
    characters no bundled font has are remembered for the file (reports.glyphs.missing_for), for a preview to warn."""
    target = Path(path)
    with replaced_atomically(target) as temp, collecting_missing() as missing:
        build(str(temp))
    remember_missing(target, missing)
    return target


def flowables_height(items: Sequence[Flowable], width: float) -> float:
    """Total height the flowables take at `width` (for keep-together decisions)."""
    return sum(item.wrap(width, 10_000)[1] for item in items)


def paragraph_pieces(value: Paragraph, width: float, height: float = 60 * mm) -> list[Paragraph]:
    """A table cell's text as paragraphs of about `height`, one per row, so a cell taller than a page
    can continue overleaf. Grouped at its own line breaks; only a line taller than `height` is split
    (Paragraph.split at a <br/> would start the next part with an empty line)."""
    groups: list[list[str]] = [[]]
    for line in value.text.split("<br/>"):
        if groups[-1] and Paragraph("<br/>".join([*groups[-1], line]), value.style).wrap(width, 10_000)[1] > height:
            groups.append([])
        groups[-1].append(line)
    pieces: list[Paragraph] = []
    for group in groups:
        rest = Paragraph("<br/>".join(group), value.style)
        while rest.wrap(width, 10_000)[1] > height and len(parts := rest.split(width, height)) == 2:
            pieces.append(parts[0])
            rest = parts[1]
        pieces.append(rest)
    return pieces


CELL_CAP = 110 * mm  # the most one table cell of user text takes: a row must fit on a page, which a cell cannot span


class CappedParagraph(Paragraph):
    """User text in a table cell, cut with '…' where it would grow past `max_height` at the width it is given.

    A cell cannot continue on the next page: a 10,000-character name, address or agenda title in one made
    ReportLab give up on the whole PDF (LayoutError). A reader of a printed list or form expects a long entry
    shortened, so the cell keeps what fits and ends in '…'."""

    def __init__(self, value: str, paragraph_style: ParagraphStyle, max_height: float = CELL_CAP) -> None:
        self.full_text, self.max_height = value, max_height
        self._cut_for: float | None = None
        super().__init__(text(value), paragraph_style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's names
        size = super().wrap(availWidth, availHeight)
        if size[1] <= self.max_height or self._cut_for == availWidth:
            return size
        kept = self._longest_fitting(availWidth)
        self._cut_for = availWidth
        Paragraph.__init__(self, text(self.full_text[:kept].rstrip() + "…"), self.style)
        return super().wrap(availWidth, availHeight)

    def _longest_fitting(self, width: float) -> int:
        """How many characters of the text, with '…' after them, fit within the height (binary search)."""
        lines = self.max_height / max(self.style.leading, 1)
        low, high = 0, min(len(self.full_text), int(lines * width / (self.style.fontSize * 0.2)) + 1)
        while low < high:
            middle = (low + high + 1) // 2
            trial = Paragraph(text(self.full_text[:middle].rstrip() + "…"), self.style)
            if trial.wrap(width, 10_000)[1] <= self.max_height:
                low = middle
            else:
                high = middle - 1
        return low


def capped_para(value: object, paragraph_style: ParagraphStyle | None = None,
                max_height: float = CELL_CAP) -> Paragraph:
    """A Paragraph of user text for a table cell: printed literally, cut with '…' past `max_height`."""
    return CappedParagraph(str(value if value is not None else ""), paragraph_style or style(), max_height)
