"""One catalog entry: the organisation's header (name, badges, contact, QR) and its product cards."""

import re
from concurrent.futures import Future
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from seecodesk.core.catalog import DESIGNATION_ORDER, CatalogEntry, badge_label
from seecodesk.core.products import Product, price_text
from seecodesk.reports.base import FONT, FONT_BOLD, style, text
from seecodesk.reports.catalog_parts import (
    ACCENT,
    LIGHT,
    MUTED,
    PRIMARY,
    RULE,
    BadgeRow,
    Line,
    PageAnchor,
    PhotoBox,
    QrCode,
)

MAX_INTRO, MAX_FIELD, MAX_NAME = 300, 220, 80
MAX_FIELD_A5 = 120  # A5's narrower column: five fields of 220 Hangul made a card taller than the page


QR_MAX_BYTES = 300  # a longer address makes a code too dense to scan at the catalog's size (or none at all)


@dataclass(frozen=True)
class Geometry:
    """Sizes that depend on the paper."""

    paper: str
    margin: float
    top: float
    bottom: float
    photo_w: float
    photo_h: float
    qr: float
    base: float
    name: float


GEOMETRIES = {
    "A4": Geometry("A4", 16 * mm, 20 * mm, 17 * mm, 40 * mm, 30 * mm, 22 * mm, 8.5, 15),
    "A5": Geometry("A5", 11 * mm, 15 * mm, 13 * mm, 30 * mm, 22.5 * mm, 17 * mm, 9.0, 12),  # A5 prints at 8.5 pt and up
}


def shorten(value: str, limit: int) -> str:
    """Text cut at `limit` characters with '…' (a catalog entry stays within its space)."""
    value = re.sub(r"[ \t]+", " ", (value or "").strip())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


class EntryStyles:
    """Paragraph styles of entries (only text that may run over several lines), scaled to the paper."""

    def __init__(self, g: Geometry) -> None:
        self.intro = style("entry_intro", g.base, leading=g.base * 1.5, textColor=MUTED, spaceBefore=2)


def _runs(pairs: list[tuple[str, str]], size: float) -> list[tuple[str, str, float, colors.Color]]:
    """'label  value · label  value' as text runs: labels muted, values black."""
    runs: list[tuple[str, str, float, colors.Color]] = []
    for label, value in pairs:
        if runs:
            runs.append(("  ·  ", FONT, size, MUTED))
        runs += [(f"{label}  ", FONT, size, MUTED), (value, FONT, size, colors.black)]
    return runs


def _stack(items: list[Flowable], width: float) -> list[tuple[Flowable, float, float]]:
    """Wrap each item once: (item, space before, height)."""
    return [(f, f.getSpaceBefore(), f.wrap(width, 100_000)[1]) for f in items]


def _draw_stack(canv: Canvas, stack: list[tuple[Flowable, float, float]], x: float, top: float) -> None:
    for item, before, height in stack:
        top -= before + height
        if isinstance(item, Line):
            item.draw_at(canv, x, top)  # no save/translate/restore per line: thousands fewer operators
        else:
            item.drawOn(canv, x, top)


class OrgHeader(Flowable):
    """Name, designation badges, contact lines and introduction on a tinted panel, QR code on the right.

    A plain flowable rather than a Table: it wraps its paragraphs once, which keeps a 300-entry
    catalog fast.
    """

    def __init__(self, items: list[Flowable], qr: "QrCode | None", caption_size: float) -> None:
        super().__init__()
        self.items, self.qr, self.caption_size = items, qr, caption_size
        self.pad_x, self.pad_y = 9.0, 7.0
        self._wrapped: tuple[float, float] | None = None

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        if self._wrapped is None or self._wrapped[0] != aw:
            qr_col = self.qr.width + 10 if self.qr else 0
            self._stack = _stack(self.items, aw - 2 * self.pad_x - qr_col)
            text_h = sum(b + h for _, b, h in self._stack)
            qr_h = self.qr.height + self.caption_size * 1.6 if self.qr else 0
            self._wrapped = (aw, max(text_h, qr_h) + 2 * self.pad_y)
        self.width, self.height = self._wrapped
        return self._wrapped

    def draw(self) -> None:
        canv = self.canv
        canv.setFillColor(LIGHT)
        canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canv.setFillColor(PRIMARY)
        canv.rect(0, 0, 3, self.height, stroke=0, fill=1)
        _draw_stack(canv, self._stack, self.pad_x, self.height - self.pad_y)
        if self.qr:
            x = self.width - self.pad_x + 3 - self.qr.width
            self.qr.drawOn(canv, x, self.height - self.pad_y - self.qr.height)
            canv.setFillColor(MUTED)
            canv.setFont(FONT, self.caption_size)
            canv.drawCentredString(x + self.qr.width / 2, self.height - self.pad_y - self.qr.height - self.caption_size * 1.2,
                                   "홈페이지")


class ProductCard(Flowable):
    """Photo on the left, the product's texts on the right, a rule below; never split."""

    def __init__(self, photo: PhotoBox, items: list[Flowable], gap: float = 10, pad: float = 7,
                 continued: Line | None = None) -> None:
        super().__init__()
        self.photo, self.items, self.gap, self.pad = photo, items, gap, pad
        self.continued = continued  # "회사명 (계속)", shown when this card opens a page of an entry begun earlier
        self._wrapped: tuple[float, float] | None = None
        self._label_height = 0.0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        if self._wrapped is None or self._wrapped[0] != aw:
            self._stack = _stack(self.items, aw - self.photo.width - self.gap)
            text_h = sum(b + h for _, b, h in self._stack)
            self._wrapped = (aw, max(text_h, self.photo.height) + 2 * self.pad)
        at_top = bool(getattr(getattr(self, "_frame", None), "_atTop", False))
        self._label_height = self.continued.wrap(aw, ah)[1] + 2 if self.continued is not None and at_top else 0.0
        self.width, self.height = self._wrapped[0], self._wrapped[1] + self._label_height
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        if self._label_height and self.continued is not None:
            self.continued.draw_at(canv, 0, self.height - self.continued.height)
        top = self.height - self._label_height - self.pad
        self.photo.drawOn(canv, 0, top - self.photo.height)
        _draw_stack(canv, self._stack, self.photo.width + self.gap, top)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(0, 0, self.width, 0)


def org_header(entry: CatalogEntry, g: Geometry, st: EntryStyles) -> OrgHeader:
    """The organisation's panel at the head of its entry."""
    ranked = sorted(entry.designations, key=lambda k: DESIGNATION_ORDER.index(k) if k in DESIGNATION_ORDER else 99)
    badges = [(k, badge_label(k)) for k in ranked]
    items: list[Flowable] = [Line([(shorten(entry.name, MAX_NAME), FONT_BOLD, g.name, PRIMARY)], g.name * 1.3)]
    if badges:
        items.append(BadgeRow(badges, g.base * 0.85))
    lines = ([(k, v) for k, v in (("대표", entry.representative), ("전화", entry.phone)) if v],
             [("주소", entry.address)] if entry.address else [],
             [(k, v) for k, v in (("홈페이지", entry.homepage), ("이메일", entry.email)) if v])
    items += [Line(_runs([(k, shorten(v, MAX_FIELD)) for k, v in pairs], g.base), g.base * 1.45)
              for pairs in lines if pairs]
    if entry.intro:
        items.append(Paragraph(text(shorten(entry.intro, MAX_INTRO)), st.intro))
    scannable = entry.homepage and len(entry.homepage.encode()) <= QR_MAX_BYTES
    return OrgHeader(items, QrCode(entry.homepage, g.qr) if scannable else None, max(7.0, g.base * 0.75))


def product_card(product: Product, photo: "Future | None", g: Geometry, st: EntryStyles) -> ProductCard:
    """Photo on the left; name, price, season, difference, social value and marks on the right."""
    note = "서비스" if product.kind == "서비스" else "사진 준비 중"
    box = PhotoBox(photo, g.photo_w, g.photo_h, product.name[:1], note)
    limit = MAX_FIELD if g.paper == "A4" else MAX_FIELD_A5
    name_runs = [(shorten(product.name, MAX_NAME), FONT_BOLD, g.base * 1.25, colors.black),
                 (f"  {product.kind}", FONT, g.base * 0.8, MUTED)]
    items: list[Flowable] = [Line(name_runs, g.base * 1.6),
                             Line([(shorten(price_text(product), limit), FONT_BOLD, g.base * 1.1, ACCENT)], g.base * 1.5)]
    for label, value in (("소개", product.description), ("판매 시기", product.season),
                         ("차별점", product.differentiator), ("사회적 가치", product.social_value)):
        if value:
            items.append(Line(_runs([(label, shorten(value, limit))], g.base * 0.95), g.base * 1.35))
    marks = [("수의계약", "수의계약 가능")] if product.procurement_eligible else []
    marks += [("인증", shorten(c, 30)) for c in re.split(r"[,·\n/]+", product.certifications) if c.strip()][:4]
    if marks:
        items.append(Spacer(1, 2))
        items.append(BadgeRow(marks, g.base * 0.8))
    return ProductCard(box, items)


def entry_flowables(entry: CatalogEntry, photos: dict[int, Future], g: Geometry, st: EntryStyles,
                    width: float, registry: dict[str, int], on_place=None) -> list[Flowable]:  # type: ignore[no-untyped-def]
    """The entry as flowables; its header never stays alone at a page's foot (kept with a product)."""
    cards = [product_card(p, photos.get(p.id or 0), g, st) for p in entry.products]
    for card in cards[1:]:
        card.continued = Line([(f"{shorten(entry.name, MAX_NAME)} (계속)", FONT_BOLD, g.base * 1.1, PRIMARY)],
                              g.base * 1.5)
    head: list[Flowable] = [PageAnchor(entry.key, registry, on_place), org_header(entry, g, st)]
    return [KeepTogether(head + cards[:1]), *cards[1:], Spacer(1, g.base * 2.2)]


def section_band(title: str, detail: str, g: Geometry, width: float) -> Table:
    """The coloured band that opens a category."""
    title_style = style("section_title", g.name * 1.45, bold=True, textColor=colors.white, leading=g.name * 1.8)
    detail_style = style("section_detail", g.base, textColor=colors.HexColor("#DCEBE5"))
    table = Table([[[Paragraph(text(title), title_style), Paragraph(text(detail), detail_style)]]], colWidths=[width])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # a Table's default would be the unembedded Helvetica
        ("BACKGROUND", (0, 0), (-1, -1), PRIMARY),
        ("LINEBELOW", (0, 0), (-1, -1), 3, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 12), ("TOPPADDING", (0, 0), (-1, -1), 12),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
    ]))
    return table
