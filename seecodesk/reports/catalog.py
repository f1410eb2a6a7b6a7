"""The member catalog (회원사 카탈로그) as a printable PDF: cover, 인사말, contents, entries, index.

Built in one pass: entries record the page they land on (PageAnchor); the index at the back reads
those pages directly, the contents at the front through forms defined at the end (catalog_parts).
Photos are cropped and downscaled to ~200 dpi first (catalog_photos), so the file stays small.
"""

from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from types import SimpleNamespace

from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from seecodesk.core.catalog import Catalog, index_groups
from seecodesk.reports.base import (
    FONT,
    FONT_BOLD,
    embedded_canvas,
    page_size,
    register_fonts,
    style,
    text,
    write_atomically,
)
from seecodesk.reports.catalog_cover import draw_back_cover, draw_cover
from seecodesk.reports.catalog_entries import GEOMETRIES, EntryStyles, Geometry, entry_flowables, section_band
from seecodesk.reports.catalog_parts import (
    ACCENT,
    MUTED,
    PRIMARY,
    RULE,
    PageAnchor,
    PageForms,
    PageRefLine,
    SectionMarker,
    fit_text,
)
from seecodesk.reports.catalog_photos import CopyPlace, PhotoPreparer, default_cache_dir, prepare_photo, target_pixels
from seecodesk.services.products import resolve_photo

Progress = Callable[[int, str], None]


class CatalogDocument(BaseDocTemplate):
    """Cover, body pages and back cover, with running header and page numbers."""

    def __init__(self, filename: str, catalog: Catalog, g: Geometry, logo: Path | None) -> None:
        self.catalog, self.g, self.logo = catalog, g, logo
        self.state: dict[str, str] = {"section": ""}
        size = page_size(g.paper)
        bleed = catalog.options.bleed_mm * mm
        super().__init__(filename, pagesize=size, leftMargin=g.margin, rightMargin=g.margin, topMargin=g.top,
                         bottomMargin=g.bottom, title=catalog.texts.cover_title or "회원사 카탈로그",
                         author=catalog.network, creator="SeeCoDesk", initialFontName=FONT,
                         cropMarks=crop_marks(bleed))
        w, h = size
        body = Frame(g.margin, g.bottom, w - 2 * g.margin, h - g.top - g.bottom, id="body", showBoundary=0)
        self.addPageTemplates([
            PageTemplate("cover", [body], onPage=lambda c, d: draw_cover(c, catalog, logo, bleed)),
            PageTemplate("body", [body], onPageEnd=self._decorate),
            PageTemplate("blank", [body]),
            PageTemplate("back", [body], onPage=lambda c, d: draw_back_cover(c, catalog, logo, bleed)),
        ])

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Running header (the section on this page) and the page number."""
        w, h = self.pagesize
        g = self.g
        canvas.saveState()
        canvas.setFont(FONT_BOLD, g.base)
        canvas.setFillColor(PRIMARY)
        section = fit_text(self.state["section"], FONT_BOLD, g.base, (w - 2 * g.margin) * 0.55)
        canvas.drawString(g.margin, h - g.top + 5 * mm, section)
        canvas.setFont(FONT, g.base * 0.85)
        canvas.setFillColor(MUTED)
        title = fit_text(self.catalog.texts.cover_title, FONT, g.base * 0.85, (w - 2 * g.margin) * 0.42)
        canvas.drawRightString(w - g.margin, h - g.top + 5 * mm, title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(g.margin, h - g.top + 3.2 * mm, w - g.margin, h - g.top + 3.2 * mm)
        canvas.setFillColor(ACCENT)
        canvas.setFont(FONT_BOLD, g.base * 1.05)
        canvas.drawCentredString(w / 2, g.bottom * 0.45, str(canvas.getPageNumber()))
        canvas.restoreState()


def build_catalog_pdf(catalog: Catalog, out_path: str | Path, progress: Progress | None = None,
                      cache_dir: Path | None = None) -> Path:
    """Write the catalog PDF to `out_path` (atomically). `progress(percent, message)` may raise to cancel.
    Print copies of the network's photos are kept in its folder; `cache_dir` holds those of other photos."""
    register_fonts()
    g = GEOMETRIES[catalog.options.paper.upper()]
    report = progress or (lambda percent, message: None)
    place = CopyPlace(cache_dir or default_cache_dir(), catalog.photo_root).writable()
    preparer = PhotoPreparer(target_pixels(g.photo_w, g.photo_h), place)
    try:
        photos = _submit_photos(catalog, preparer)
        logo = prepare_photo(catalog.logo_path, target_pixels(60 * mm, 30 * mm), place, fit=False) if catalog.logo_path else None

        def build(temp: str) -> None:
            doc = CatalogDocument(temp, catalog, g, logo)
            doc.build(catalog_story(catalog, doc, photos, report), canvasmaker=trimmed_canvas(catalog.options.bleed_mm))
            padding = -doc.page % 4 if catalog.options.booklet else 0
            if padding:  # a booklet folds sheets of four pages: blank pages go before the back cover
                doc = CatalogDocument(temp, catalog, g, logo)
                doc.build(catalog_story(catalog, doc, photos, report, padding),
                          canvasmaker=trimmed_canvas(catalog.options.bleed_mm))

        target = write_atomically(out_path, build)
    finally:
        preparer.close()
    report(100, "완료")
    return target


def _submit_photos(catalog: Catalog, preparer: PhotoPreparer) -> dict[int, Future]:
    """product id → the print copy of its photo, being made (products without a photo file left out)."""
    sources = {}
    for entry in catalog.entries:
        for product in entry.products:
            source = resolve_photo(catalog.photo_root, product.photo)
            if source is not None and product.id is not None:
                sources[product.id] = source
    futures = preparer.submit_all(list(sources.values()))
    return {product_id: futures[source] for product_id, source in sources.items()}


def catalog_story(catalog: Catalog, doc: CatalogDocument, photos: dict[int, Future], report: Progress,
                  blank_pages: int = 0) -> list[Flowable]:
    """Every flowable of the catalog, in order (with `blank_pages` left empty before the back cover)."""
    g, width = doc.g, doc.width
    registry: dict[str, int] = {}
    pending: set[str] = set()
    total = max(1, len(catalog.entries))
    placed = [0]

    def on_place(key: str) -> None:
        placed[0] += 1
        report(placed[0] * 99 // total, f"{placed[0]}/{total}곳")

    story: list[Flowable] = [SectionMarker("", doc.state), NextPageTemplate("body"), PageBreak()]
    story += _greeting(catalog, doc)
    story += _contents(catalog, doc, registry, pending)
    st = EntryStyles(g)
    for number, section in enumerate(catalog.sections):
        products = sum(len(e.products) for e in section.entries)
        story += [NextPageTemplate("body"), PageBreak(), SectionMarker(section.title, doc.state),
                  PageAnchor(f"sec{number}", registry),
                  section_band(section.title, f"회원사 {len(section.entries)}곳 · 제품·서비스 {products}개", g, width),
                  Spacer(1, g.base * 2)]
        for entry in section.entries:
            story += entry_flowables(entry, photos, g, st, width, registry, on_place)
    story += _index(catalog, doc, registry, pending)
    for _ in range(blank_pages):
        story += [NextPageTemplate("blank"), PageBreak(), Spacer(1, 1)]
    story += [NextPageTemplate("back"), PageBreak(), PageForms(registry, pending, _ref_size(g))]
    return story


MARKS_MM = 6.0  # the white border outside the bleed that holds the crop marks


def crop_marks(bleed: float) -> SimpleNamespace | None:
    """ReportLab's crop-mark settings for a page with `bleed` points of bleed (None: no marks).
    bleedWidth stays 0: ReportLab would scale every page up to fill the bleed, moving the text."""
    if bleed <= 0:
        return None
    return SimpleNamespace(borderWidth=bleed + MARKS_MM * mm, markLength=(MARKS_MM - 1) * mm, markWidth=0.25,
                           markColor=black, markLast=1, bleedWidth=0)


def trimmed_canvas(bleed_mm: float) -> Callable[..., Canvas]:
    """A canvas maker that marks each page's TrimBox and BleedBox when the catalog has a bleed."""
    def make(*args: object, **kwargs: object) -> Canvas:
        canvas = embedded_canvas(*args, **kwargs)
        if bleed_mm > 0:
            border, bleed = (bleed_mm + MARKS_MM) * mm, bleed_mm * mm
            w, h = canvas._pagesize
            canvas.setTrimBox((border, border, border + w, border + h))
            canvas.setBleedBox((border - bleed, border - bleed, border + w + bleed, border + h + bleed))
        return canvas

    return make


def _ref_size(g: Geometry) -> float:
    return g.base * 1.05


def _heading(title: str, g: Geometry) -> Paragraph:
    return Paragraph(text(title), style("catalog_heading", g.name * 1.5, bold=True, textColor=PRIMARY,
                                        leading=g.name * 2, spaceAfter=g.base * 1.5))


def _greeting(catalog: Catalog, doc: CatalogDocument) -> list[Flowable]:
    g = doc.g
    body = style("greeting", g.base * 1.25, leading=g.base * 2.3, spaceAfter=g.base)
    sign = style("greeting_sign", g.base * 1.25, bold=True, align=2, leading=g.base * 2, spaceBefore=g.base * 2)
    items: list[Flowable] = [SectionMarker("인사말", doc.state), Spacer(1, 12 * mm), _heading("인사말", g)]
    for block in (catalog.texts.greeting or "").split("\n\n"):
        if block.strip():
            items.append(Paragraph(text(block.strip()), body))
    items.append(Paragraph(text(f"{catalog.options.year}년") + "<br/>" + text(catalog.network), sign))
    return items


def _contents(catalog: Catalog, doc: CatalogDocument, registry: dict[str, int], pending: set[str]) -> list[Flowable]:
    """차례: each section and its organisations, with the pages they start on."""
    g, size = doc.g, _ref_size(doc.g)
    # One column even for a long list: its numbers are forms, and two columns of them would not
    # extract in reading order.
    items: list[Flowable] = [PageBreak(), SectionMarker("차례", doc.state), _heading("차례", g)]
    for number, section in enumerate(catalog.sections):
        items.append(Spacer(1, size * 0.6))
        lines = [PageRefLine(section.title, f"sec{number}", registry, pending, size * 1.1, bold=True)]
        lines += [PageRefLine(e.name, e.key, registry, pending, size, indent=6 * mm) for e in section.entries]
        items.append(KeepTogether(lines[:2]))
        items += lines[2:]
    items.append(Spacer(1, size))
    items.append(PageRefLine("찾아보기 (가나다순)", "index", registry, pending, size * 1.1, bold=True))
    return items


def _index(catalog: Catalog, doc: CatalogDocument, registry: dict[str, int], pending: set[str]) -> list[Flowable]:
    """찾아보기: every organisation in 가나다 order, grouped by initial consonant."""
    g, size = doc.g, _ref_size(doc.g)
    initial = style("index_initial", size * 1.3, bold=True, textColor=ACCENT, leading=size * 2.2)
    # One column: two columns of 'name ···· page' lines do not extract in reading order (pdftotext
    # pairs the lines across the columns).
    items: list[Flowable] = [PageBreak(), SectionMarker("찾아보기", doc.state),
                             PageAnchor("index", registry), _heading("찾아보기", g)]
    for letter, entries in index_groups(catalog.entries):
        lines = [PageRefLine(e.name, e.key, registry, pending, size) for e in entries]
        items.append(KeepTogether([Paragraph(text(letter), initial), *lines[:2]]))
        items += lines[2:]
    return items



