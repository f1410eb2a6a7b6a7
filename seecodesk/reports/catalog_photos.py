"""Photos for print: cropped to the catalog's frame and downscaled to ~200 dpi, kept on disk.

A phone photo is 3–10 MB; printed 4 cm wide it needs about 300 pixels. The downscaled copies of the
network's photos are kept beside them, in `<db stem>_files/print-copies/`, named by the photo's name
relative to that folder, its byte size, the pixel size and the JPEG quality: nothing that changes when
the folder is copied to another computer, so the copies travel with the network and its first catalog
there decodes no photo. A photo outside the network's folder (an unsaved network keeps absolute paths)
has its copies in the user's cache, keyed by its absolute path, size and time.
"""

import functools
import glob
import hashlib
import multiprocessing
import os
import unicodedata
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

from PIL import Image, ImageOps, UnidentifiedImageError

from seecodesk.paths import data_dir

PRINT_DPI = 200
JPEG_QUALITY = 76
POINTS_PER_INCH = 72
_ORIENTATION = 0x0112
BATCH = 16  # photos per task for a worker process: fewer round trips through the busy parent
PROCESS_THRESHOLD = 2 * BATCH  # fewer missing photos than this are made on one thread (no processes started)
PRINT_COPY_DIR = "print-copies"  # inside the network's data folder, beside photos/
_DIGEST = 16  # hex digits of the key in a copy's name: ample for one network's photos


def default_cache_dir() -> Path:
    """The user's cache of print copies, for photos outside a network's folder."""
    folder = data_dir() / "cache" / "catalog-photos"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class CopyPlace(NamedTuple):
    """Where print copies are kept: the network's data folder (`<db stem>_files`, copies in its
    print-copies folder) for its own photos, the user's `cache` for any other photo."""

    cache: Path
    network: Path | None = None

    def writable(self) -> "CopyPlace":
        """This place, or the user's cache alone when the network's folder cannot be written (a read-only
        share): a copy that cannot be saved must not cost the photo its place on the page."""
        if self.network is None:
            return self
        folder = self.network / PRINT_COPY_DIR
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return CopyPlace(self.cache)
        return self if os.access(folder, os.W_OK) else CopyPlace(self.cache)


def network_place(network: Path | None) -> CopyPlace:
    """The copies of a network whose data folder is `network` (None: an unsaved network, the user's cache)."""
    return CopyPlace(default_cache_dir(), network).writable()


def target_pixels(width_pt: float, height_pt: float, dpi: int = PRINT_DPI) -> tuple[int, int]:
    """Pixel size of a picture printed `width_pt` × `height_pt` at `dpi`."""
    return (max(1, round(width_pt / POINTS_PER_INCH * dpi)), max(1, round(height_pt / POINTS_PER_INCH * dpi)))


def cache_path(source: Path, size: tuple[int, int], place: CopyPlace, fit: bool = True) -> Path:
    """Where the copy of `source` at `size` pixels is kept (whether made yet or not)."""
    stat = source.stat()
    shape = f"{size[0]}x{size[1]}|{JPEG_QUALITY}" + ("" if fit else "|whole")
    relative = _relative_name(source, place.network)
    if relative is None or place.network is None:
        key = f"{source.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{shape}"
        return place.cache / f"{hashlib.sha1(key.encode('utf-8')).hexdigest()}.jpg"
    digest = hashlib.sha1(f"{relative}|{stat.st_size}|{shape}".encode()).hexdigest()[:_DIGEST]
    return place.network / PRINT_COPY_DIR / f"{source.name}.{digest}.jpg"


def _relative_name(source: Path, network: Path | None) -> str | None:
    """`source`'s name inside the network's folder ('photos/두부.jpg', NFC: a Mac may hand back NFD), or None."""
    if network is None:
        return None
    try:
        relative = source.relative_to(network)
    except ValueError:
        return None
    return None if ".." in relative.parts else unicodedata.normalize("NFC", relative.as_posix())


def remove_print_copies(source: Path, network: Path) -> int:
    """Delete every print copy of the network's photo `source` (all sizes); returns how many went.
    The photo itself is not touched: copies are remade from it whenever they are needed again. A photo
    outside the network's folder has its copies in the user's cache, named by a key only: they stay."""
    if _relative_name(source, network) is None:
        return 0
    pattern = f"{glob.escape(source.name)}.{'[0-9a-f]' * _DIGEST}.jpg"
    removed = 0
    for copy in (network / PRINT_COPY_DIR).glob(pattern):
        try:
            copy.unlink(missing_ok=True)
        except OSError:  # open in another program (Windows): left behind, it is only a copy
            continue
        removed += 1
    return removed


def prepare_photo(source: Path, size: tuple[int, int], place: CopyPlace, fit: bool = True) -> Path | None:
    """A JPEG of `source` at `size` pixels (cropped to fill when `fit`), or None if unreadable."""
    return prepare_copies(source, [size], place, fit)[0]


def prepare_copies(source: Path, sizes: list[tuple[int, int]], place: CopyPlace, fit: bool = True) -> list[Path | None]:
    """`prepare_photo` for several sizes of one photo, decoding it once for all of them."""
    try:
        targets = [cache_path(source, size, place, fit) for size in sizes]
        missing = [(size, target) for size, target in zip(sizes, targets, strict=True) if not target.exists()]
        if missing:
            missing[0][1].parent.mkdir(parents=True, exist_ok=True)
            with Image.open(source) as image:
                picture = _decoded(image, (max(s[0] for s, _ in missing), max(s[1] for s, _ in missing)))
                for size, target in missing:
                    _save_copy(picture, size, target, fit)
        return list(targets)
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        return [None] * len(sizes)


def _decoded(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    """The picture upright, in RGB, decoded no larger than needed for `size`."""
    image.draft("RGB", size)  # JPEG: decode at 1/2–1/8 scale straight from the DCT (still ≥ size), much faster
    rotated = image.getexif().get(_ORIENTATION, 1) not in (0, 1)
    return _flattened(ImageOps.exif_transpose(image) if rotated else image)


def _save_copy(picture: Image.Image, size: tuple[int, int], target: Path, fit: bool) -> None:
    # Bicubic is plenty for the small reduction left after the JPEG draft, and twice as fast as Lanczos.
    if fit:
        copy = ImageOps.fit(picture, size, Image.Resampling.BICUBIC)
    else:
        copy = picture.copy()
        copy.thumbnail(size, Image.Resampling.BICUBIC)
    temp = target.with_name(f".{target.name}.{id(copy)}.part")
    # No optimize=True: its second Huffman pass cost a tenth of a photo's time for files ~5% smaller.
    copy.save(temp, "JPEG", quality=JPEG_QUALITY)
    temp.replace(target)


def _flattened(image: Image.Image) -> Image.Image:
    """RGB on white (a transparent PNG logo must not turn black)."""
    if image.mode in ("RGBA", "LA", "P"):
        rgba = image.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return image if image.mode == "RGB" else image.convert("RGB")  # RGB already: no copy


class PhotoPreparer:
    """The print copies of a catalog's photos: ready ones at once, missing ones made beside the layout.

    `submit_all` returns a Future per photo; the page drawing a photo waits for it. A copy already made
    (when its product was saved, even on another computer) is found here without any worker. Many missing
    copies (the print-copies folder deleted) are made in worker processes, in batches in catalog order:
    processes, not threads, because the layout holds the GIL and a thread waiting for it at every
    step of a photo ran 4-6 times slower than the same work in a process of its own.
    """

    def __init__(self, size: tuple[int, int], place: CopyPlace) -> None:
        self.size, self.place = size, place
        place.cache.mkdir(parents=True, exist_ok=True)
        self._futures: dict[Path, Future] = {}
        self._pool: Executor | None = None

    def submit_all(self, sources: list[Path]) -> dict[Path, Future]:
        """A Future for each of `sources` (a print copy's path, or None if unreadable)."""
        missing: list[Path] = []
        for source in dict.fromkeys(sources):
            if source in self._futures:
                continue
            future: Future = Future()
            self._futures[source] = future
            target = _cached(source, self.size, self.place)
            if target is None:
                missing.append(source)
            else:
                future.set_result(target)
        if missing:
            self._start(missing)
        return {source: self._futures[source] for source in sources}

    def _start(self, missing: list[Path]) -> None:
        if len(missing) < PROCESS_THRESHOLD:
            self._pool = self._pool or ThreadPoolExecutor(max_workers=1, thread_name_prefix="catalog-photo")
        else:
            workers = max(1, min(os.cpu_count() or 1, len(missing) // BATCH))
            self._pool = self._pool or ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
        for start in range(0, len(missing), BATCH):
            batch = missing[start:start + BATCH]
            done = self._pool.submit(prepare_batch, batch, self.size, self.place)
            done.add_done_callback(functools.partial(self._settle, batch))

    def _settle(self, batch: list[Path], finished: Future) -> None:
        """Hand each photo of a finished batch to its Future (made here if the worker failed)."""
        if finished.cancelled():
            results: list[Path | None] = [None] * len(batch)
        elif finished.exception() is not None:  # a worker process died: make them here instead
            results = prepare_batch(batch, self.size, self.place)
        else:
            results = finished.result()
        for source, target in zip(batch, results, strict=True):
            if not self._futures[source].done():
                self._futures[source].set_result(target)

    def close(self) -> None:
        """Stop: drop batches not started yet, wait for those under way."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        for future in self._futures.values():
            if not future.done():
                future.set_result(None)


def _cached(source: Path, size: tuple[int, int], place: CopyPlace) -> Path | None:
    try:
        target = cache_path(source, size, place)
    except OSError:
        return None
    return target if target.exists() else None


def prepare_batch(sources: list[Path], size: tuple[int, int], place: CopyPlace) -> list[Path | None]:
    """`prepare_photo` for each of `sources`, in order (one task for a worker process)."""
    return [prepare_photo(source, size, place) for source in sources]


def prepare_print_copies(source: Path, network: Path | None) -> None:
    """Make the catalog's copies of a product photo now (every paper's frame), when the product is saved:
    the first catalog build then finds them ready instead of downscaling 1,200 photos while the user waits.
    `network` is the network's data folder the photo lives in (None: the photo is kept by absolute path)."""
    from seecodesk.reports.catalog_entries import GEOMETRIES  # ReportLab: only once a photo is saved

    sizes = [target_pixels(geometry.photo_w, geometry.photo_h) for geometry in GEOMETRIES.values()]
    prepare_copies(source, sizes, network_place(network))
