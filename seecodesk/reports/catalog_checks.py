"""What a print shop would catch in the catalog's photos, found before the file is saved.

A photo with fewer pixels than 150 dpi at its printed size prints soft; a photo whose file is gone prints as
the "사진 준비 중" placeholder. Neither is fixed behind the secretary's back: each is named, with its product
and organisation, beside the preview and by the command line.
"""

import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from seecodesk.core.catalog import Catalog
from seecodesk.reports.catalog_entries import GEOMETRIES
from seecodesk.reports.catalog_photos import POINTS_PER_INCH
from seecodesk.services.products import resolve_photo

MIN_DPI = 150
_ORIENTATION = 0x0112
_TURNED = (5, 6, 7, 8)  # EXIF orientations that swap width and height


@dataclass(frozen=True)
class PhotoProblem:
    """One product whose photo will not print as it should."""

    organisation: str
    product: str
    kind: str  # "missing" (no such file), "unreadable" (not a picture), "low" (below MIN_DPI)
    dpi: int = 0
    pixels: tuple[int, int] = (0, 0)
    needed: tuple[int, int] = (0, 0)

    @property
    def message(self) -> str:
        """One Korean line naming the product and what is wrong."""
        who = f"'{self.product}' ({self.organisation})"
        if self.kind == "missing":
            return f"{who}: 사진 파일이 없습니다 — 사진 자리에 '사진 준비 중'이 인쇄됩니다."
        if self.kind == "unreadable":
            return f"{who}: 사진 파일을 그림으로 읽을 수 없습니다 — 사진 자리에 '사진 준비 중'이 인쇄됩니다."
        return (f"{who}: 사진 해상도가 낮습니다 — 인쇄 크기에서 {self.dpi} dpi "
                f"({self.pixels[0]}×{self.pixels[1]} 픽셀, {MIN_DPI} dpi에는 {self.needed[0]}×{self.needed[1]} 픽셀 이상 필요). "
                "흐리게 인쇄됩니다.")


def photo_dpi(path: Path, width_pt: float, height_pt: float) -> tuple[float, tuple[int, int]] | None:
    """The resolution a photo prints at when cropped to fill width × height points, with its pixel size
    (turned as the camera meant); None when the file is not a picture. Reads the header only."""
    try:
        with Image.open(path) as image:
            width, height = image.size
            if image.getexif().get(_ORIENTATION, 1) in _TURNED:
                width, height = height, width
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        return None
    dpi = min(width * POINTS_PER_INCH / width_pt, height * POINTS_PER_INCH / height_pt)
    return dpi, (width, height)


def photo_problems(catalog: Catalog) -> list[PhotoProblem]:
    """Every product of the catalog whose photo is missing, unreadable or below MIN_DPI, in catalog order."""
    g = GEOMETRIES[catalog.options.paper.upper()]
    needed = (math.ceil(g.photo_w / POINTS_PER_INCH * MIN_DPI), math.ceil(g.photo_h / POINTS_PER_INCH * MIN_DPI))
    problems = []
    for entry in catalog.entries:
        for product in entry.products:
            if not product.photo:
                continue
            source = resolve_photo(catalog.photo_root, product.photo)
            measured = photo_dpi(source, g.photo_w, g.photo_h) if source is not None else None
            if source is None or measured is None:
                kind = "missing" if source is None else "unreadable"
                problems.append(PhotoProblem(entry.name, product.name, kind))
            elif measured[0] < MIN_DPI:
                problems.append(PhotoProblem(entry.name, product.name, "low", round(measured[0]), measured[1], needed))
    return problems


def problems_summary(problems: Iterable[PhotoProblem], limit: int = 6) -> str:
    """The problems as lines for the screen: the first `limit`, then how many more."""
    items = list(problems)
    lines = [problem.message for problem in items[:limit]]
    if len(items) > limit:
        lines.append(f"… 그 밖에 {len(items) - limit}개 제품")
    return "\n".join(lines)
