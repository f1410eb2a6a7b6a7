"""Photos for print: cropped to the catalog's frame and downscaled to ~200 dpi, cached on disk.

A phone photo is 3–10 MB; printed 4 cm wide it needs about 300 pixels. Downscaled copies are
kept in the user's cache folder keyed by source file, its size and time, and the target size,
so a second build (every preview after the first) reads them straight away.
"""

import hashlib
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from seecodesk.paths import data_dir

PRINT_DPI = 200
JPEG_QUALITY = 76
POINTS_PER_INCH = 72
_ORIENTATION = 0x0112


def default_cache_dir() -> Path:
    folder = data_dir() / "cache" / "catalog-photos"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def target_pixels(width_pt: float, height_pt: float, dpi: int = PRINT_DPI) -> tuple[int, int]:
    """Pixel size of a picture printed `width_pt` × `height_pt` at `dpi`."""
    return (max(1, round(width_pt / POINTS_PER_INCH * dpi)), max(1, round(height_pt / POINTS_PER_INCH * dpi)))


def cache_path(source: Path, size: tuple[int, int], cache_dir: Path) -> Path:
    stat = source.stat()
    key = f"{source.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{size[0]}x{size[1]}|{JPEG_QUALITY}"
    return cache_dir / f"{hashlib.sha1(key.encode('utf-8')).hexdigest()}.jpg"


def prepare_photo(source: Path, size: tuple[int, int], cache_dir: Path, fit: bool = True) -> Path | None:
    """A JPEG of `source` at `size` pixels (cropped to fill when `fit`), or None if unreadable."""
    try:
        target = cache_path(source, size, cache_dir)
        if target.exists():
            return target
        with Image.open(source) as image:
            image.draft("RGB", size)  # JPEG: decode at 1/2–1/8 scale (still ≥ size), much faster
            rotated = image.getexif().get(_ORIENTATION, 1) not in (0, 1)
            picture = _flattened(ImageOps.exif_transpose(image) if rotated else image)
            # Bicubic is plenty for the small reduction left after the JPEG draft, and twice as fast.
            if fit:
                picture = ImageOps.fit(picture, size, Image.Resampling.BICUBIC)
            else:
                picture.thumbnail(size, Image.Resampling.BICUBIC)
            temp = target.with_name(f".{target.name}.{id(picture)}.part")
            picture.save(temp, "JPEG", quality=JPEG_QUALITY, optimize=True)
            temp.replace(target)
        return target
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        return None


def _flattened(image: Image.Image) -> Image.Image:
    """RGB on white (a transparent PNG logo must not turn black)."""
    if image.mode in ("RGBA", "LA", "P"):
        rgba = image.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return image.convert("RGB")


class PhotoPreparer:
    """Downscales photos on two threads while the layout runs (Pillow works without the GIL).

    `submit` returns a Future at once; the page drawing a photo waits for it, by which time it
    is usually done — layout and photos overlap instead of adding up.
    """

    def __init__(self, size: tuple[int, int], cache_dir: Path) -> None:
        self.size, self.cache_dir = size, cache_dir
        cache_dir.mkdir(parents=True, exist_ok=True)
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="catalog-photo")
        self._futures: dict[Path, Future] = {}

    def submit(self, source: Path) -> Future:
        if source not in self._futures:
            self._futures[source] = self._pool.submit(prepare_photo, source, self.size, self.cache_dir)
        return self._futures[source]

    def close(self) -> None:
        """Stop: drop photos not started yet, wait for those under way."""
        self._pool.shutdown(wait=True, cancel_futures=True)


def prepare_print_copies(source: Path, cache_dir: Path | None = None) -> None:
    """Make the catalog's copies of a product photo now (every paper's frame), when the product is saved:
    the first catalog build then finds them ready instead of downscaling 1,200 photos while the user waits."""
    from seecodesk.reports.catalog_entries import GEOMETRIES  # ReportLab: only once a photo is saved

    cache = cache_dir or default_cache_dir()
    for geometry in GEOMETRIES.values():
        prepare_photo(source, target_pixels(geometry.photo_w, geometry.photo_h), cache)
