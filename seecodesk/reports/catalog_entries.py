"""One catalog entry: the organisation's header (name, badges, contact, QR) and its product cards."""

import re
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from seecodesk.core.catalog import DESIGNATION_ORDER, CatalogEntry, badge_label
from seecodesk.core.products import Product, price_text
from seecodesk.reports.base import FONT, style, text
from seecodesk.reports.catalog_parts import (
    ACCENT, LIGHT, MUTED, PRIMARY, RULE, BadgeRow, PageAnchor, PhotoBox, QrCode,
)

MAX_INTRO, MAX_FIELD, MAX_NAME = 300, 220, 80


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
    "A4": Geometry("A4", 16 * mm, 20 * mm, 17 * mm, 42 * mm, 31.5 * mm, 22 * mm, 8.5, 15),
    "A5": Geometry("A5", 11 * mm, 15 * mm, 13 * mm, 30 * mm, 22.5 * mm, 17 * mm, 7.2, 12),
}


def shorten(value: str, limit: int) -> str:
    """Text cut at `limit` characters with '…' (a catalog entry stays within its space)."""
    value = re.sub(r"[ \t]+", " ", (value or "").strip())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


class EntryStyles:
    """Paragraph styles of entries, scaled to the paper."""

    def __init__(self, g: Geometry) -> None:
        b = g.base
        self.name = style("entry_name", g.name, bold=True, textColor=PRIMARY, leading=g.name * 1.25)
        self.info = style("entry_info", b, leading=b * 1.45)
        self.intro = style("entry_intro", b, leading=b * 1.5, textColor=MUTED, spaceBefore=2)
        self.product = style("product_name", b * 1.25, bold=True, leading=b * 1.6)
        self.price = style("product_price", b * 1.1, bold=True, textColor=ACCENT, leading=b * 1.5)
        self.field = style("product_field", b * 0.95, leading=b * 1.35)
        self.caption = style("qr_caption", b * 0.75, align=1, textColor=MUTED, leading=b)


def _label(name: str, value: str) -> str:
    return f'<font color="#5A6B66">{name}</font>&nbsp;&nbsp;{text(value)}'


def org_header(entry: CatalogEntry, g: Geometry, st: EntryStyles, width: float) -> Table:
    """Name, designation badges, contact lines and introduction, with a QR code on the right."""
    ranked = sorted(entry.designations, key=lambda k: DESIGNATION_ORDER.index(k) if k in DESIGNATION_ORDER else 99)
    badges = [(k, badge_label(k)) for k in ranked]
    left: list[Flowable] = [Paragraph(text(shorten(entry.name, MAX_NAME)), st.name)]
    if badges:
        left.append(BadgeRow(badges, g.base * 0.85))
    contact = [("대표", entry.representative), ("전화", entry.phone)]
    line1 = " &nbsp;·&nbsp; ".join(_label(k, v) for k, v in contact if v)
    for line in (line1, _label("주소", entry.address) if entry.address else "",
                 " &nbsp;·&nbsp; ".join(_label(k, v) for k, v in (("홈페이지", entry.homepage), ("이메일", entry.email)) if v)):
        if line:
            left.append(Paragraph(line, st.info))
    if entry.intro:
        left.append(Paragraph(text(shorten(entry.intro, MAX_INTRO)), st.intro))
    right: list[Flowable] | str = ""
    qr_col = 0.0
    if entry.homepage:
        right = [QrCode(entry.homepage, g.qr), Paragraph("홈페이지", st.caption)]
        qr_col = g.qr + 8
    table = Table([[left, right]], colWidths=[width - qr_col, qr_col] if qr_col else [width, 0.01])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # a Table's default would be the unembedded Helvetica
        ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("LINEBEFORE", (0, 0), (0, 0), 3, PRIMARY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, 0), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return table


def product_card(product: Product, photo: Path | None, g: Geometry, st: EntryStyles, width: float) -> Table:
    """Photo on the left; name, price, season, difference, social value and marks on the right."""
    note = "서비스" if product.kind == "서비스" else "사진 준비 중"
    box = PhotoBox(photo, g.photo_w, g.photo_h, product.name[:1], note)
    kind = f' <font size="{g.base * 0.8:.1f}" color="#5A6B66">{text(product.kind)}</font>' if product.kind else ""
    cell: list[Flowable] = [Paragraph(text(shorten(product.name, MAX_NAME)) + kind, st.product),
                            Paragraph(text(price_text(product)), st.price)]
    for label, value in (("소개", product.description), ("판매 시기", product.season),
                         ("차별점", product.differentiator), ("사회적 가치", product.social_value)):
        if value:
            cell.append(Paragraph(_label(label, shorten(value, MAX_FIELD)), st.field))
    marks = [("수의계약", "수의계약 가능")] if product.procurement_eligible else []
    marks += [("인증", shorten(c, 30)) for c in re.split(r"[,·\n/]+", product.certifications) if c.strip()][:4]
    if marks:
        cell.append(Spacer(1, 2))
        cell.append(BadgeRow(marks, g.base * 0.8))
    photo_col = g.photo_w + 10
    table = Table([[box, cell]], colWidths=[photo_col, width - photo_col])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # a Table's default would be the unembedded Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, 0), 0), ("LEFTPADDING", (1, 0), (1, 0), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
    ]))
    return table


def entry_flowables(entry: CatalogEntry, photos: dict[int, Path | None], g: Geometry, st: EntryStyles,
                    width: float, registry: dict[str, int], on_place=None) -> list[Flowable]:  # type: ignore[no-untyped-def]
    """The entry as flowables; its header never stays alone at a page's foot (kept with a product)."""
    cards = [product_card(p, photos.get(p.id or 0), g, st, width) for p in entry.products]
    head: list[Flowable] = [PageAnchor(entry.key, registry, on_place), org_header(entry, g, st, width)]
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
