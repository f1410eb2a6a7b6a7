"""The baseline for bench_catalog: a plain ReportLab document with the catalog's text and images.

Its photos are downscaled beforehand by its own plain Pillow code into its own folder (not the
product's preparation or cache), so the floor is a document whose pictures are ready, like the
catalog's "photos prepared" build.
"""

from pathlib import Path

from PIL import Image, ImageOps
from reportlab import rl_config
from reportlab.platypus import Image as PdfImage
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from seecodesk.core.catalog import Catalog
from seecodesk.core.products import price_text
from seecodesk.reports.base import embedded_canvas, para, style
from seecodesk.reports.catalog_entries import GEOMETRIES
from seecodesk.services.products import resolve_photo

PRINT_DPI = 200


def bare_size() -> tuple[int, int]:
    g = GEOMETRIES["A4"]
    return round(g.photo_w / 72 * PRINT_DPI), round(g.photo_h / 72 * PRINT_DPI)


def prepare_bare_photos(catalog: Catalog, folder: Path) -> None:
    """Plain Pillow: every product photo cropped and downscaled to the A4 frame, saved as JPEG in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for entry in catalog.entries:
        for product in entry.products:
            source = resolve_photo(catalog.photo_root, product.photo)
            target = folder / f"{product.id}.jpg"
            if source and not target.exists():
                with Image.open(source) as image:
                    ImageOps.fit(image.convert("RGB"), bare_size()).save(target, "JPEG", quality=76)


def build_bare(catalog: Catalog, out: Path, photos: Path) -> None:
    """Same names, contact lines, product texts and (downscaled) photos; no layout work."""
    rl_config.useA85 = 0  # as the catalog sets it: compare layout work, not encodings
    body = style("bare", 8.5)
    g = GEOMETRIES["A4"]
    story = []
    for entry in catalog.entries:
        story += [para(entry.name, style("bare_name", 15, bold=True)), para(entry.designations, body),
                  para(f"{entry.representative} {entry.phone} {entry.address} {entry.homepage}", body),
                  para(entry.intro, body)]
        for product in entry.products:
            prepared = photos / f"{product.id}.jpg"
            if prepared.exists():
                story.append(PdfImage(str(prepared), g.photo_w, g.photo_h))
            for value in (product.name, price_text(product), product.season, product.differentiator,
                          product.social_value, product.certifications):
                story.append(Paragraph(value, body))
        story.append(Spacer(1, 17))
    SimpleDocTemplate(str(out)).build(story, canvasmaker=embedded_canvas)
