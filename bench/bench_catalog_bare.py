"""The baselines for bench_catalog: a plain ReportLab document with the catalog's text and images, and
plain Pillow making the print copies of every photo in parallel processes.

The document's photos are downscaled beforehand by its own plain Pillow code into its own folder (not
the product's preparation or cache), so that floor is a document whose pictures are ready, like the
catalog's "photos prepared" build. `copies_in_processes` is the equal work of a build whose print
copies are gone: every photo decoded at draft scale, cropped to the frame and saved, spread over
every core, with none of the product's code.
"""

import os
from concurrent.futures import ProcessPoolExecutor
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


def catalog_photos(catalog: Catalog) -> list[Path]:
    """Every product photo file of the catalog, in catalog order."""
    found = (resolve_photo(catalog.photo_root, p.photo) for e in catalog.entries for p in e.products)
    return [source for source in found if source is not None]


def _copies(jobs: list[tuple[str, str]], size: tuple[int, int]) -> None:
    for source, target in jobs:
        with Image.open(source) as image:
            image.draft("RGB", size)  # JPEG: decoded straight at 1/2–1/8 scale, as the catalog does
            ImageOps.fit(image.convert("RGB"), size, Image.Resampling.BICUBIC).save(target, "JPEG", quality=76)


def copies_in_processes(sources: list[Path], folder: Path, workers: int | None = None) -> None:
    """Plain Pillow: each of `sources` cropped and downscaled to the A4 frame into `folder`, in `workers`
    processes (every core by default), the photos dealt out evenly in advance."""
    workers = workers or os.cpu_count() or 1
    folder.mkdir(parents=True, exist_ok=True)
    jobs = [(str(source), str(folder / f"{n}.jpg")) for n, source in enumerate(sources)]
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_copies, [jobs[i::workers] for i in range(workers)], [bare_size()] * workers))


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
