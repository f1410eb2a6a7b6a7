"""The baseline for bench_catalog: a plain ReportLab document with the catalog's text and images."""

from pathlib import Path

from reportlab import rl_config
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer

from seecodesk.core.catalog import Catalog
from seecodesk.core.products import price_text
from seecodesk.reports.base import embedded_canvas, para, style
from seecodesk.reports.catalog_entries import GEOMETRIES
from seecodesk.reports.catalog_photos import prepare_photo, target_pixels
from seecodesk.services.products import resolve_photo


def build_bare(catalog: Catalog, out: Path, cache: Path) -> None:
    """Same names, contact lines, product texts and (downscaled) photos; no layout work."""
    rl_config.useA85 = 0  # as the catalog sets it: compare layout work, not encodings
    body = style("bare", 8.5)
    g = GEOMETRIES["A4"]
    size = target_pixels(g.photo_w, g.photo_h)
    story = []
    for entry in catalog.entries:
        story += [para(entry.name, style("bare_name", 15, bold=True)), para(entry.designations, body),
                  para(f"{entry.representative} {entry.phone} {entry.address} {entry.homepage}", body),
                  para(entry.intro, body)]
        for product in entry.products:
            source = resolve_photo(catalog.photo_root, product.photo)
            prepared = prepare_photo(source, size, cache) if source else None
            if prepared:
                story.append(Image(str(prepared), g.photo_w, g.photo_h))
            for value in (product.name, price_text(product), product.season, product.differentiator,
                          product.social_value, product.certifications):
                story.append(Paragraph(value, body))
        story.append(Spacer(1, 17))
    SimpleDocTemplate(str(out)).build(story, canvasmaker=embedded_canvas)
