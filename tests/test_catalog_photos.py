"""The catalog's print copies of photos: ready copies found at once, missing ones made in worker processes."""

from PIL import Image

from seecodesk.reports import catalog_photos
from seecodesk.reports.catalog_photos import CopyPlace, PhotoPreparer, cache_path, prepare_photo
from tests.catalog_helpers import photo

SIZE = (120, 90)


def cache(folder):
    """Copies of photos outside any network's folder, in the user's cache `folder`."""
    return CopyPlace(folder)


def test_a_copy_already_prepared_is_handed_over_without_any_worker(tmp_path):
    source = photo(tmp_path / "a.jpg")
    (tmp_path / "cache").mkdir()
    ready = prepare_photo(source, SIZE, cache(tmp_path / "cache"))
    assert ready is not None
    preparer = PhotoPreparer(SIZE, cache(tmp_path / "cache"))
    futures = preparer.submit_all([source])
    assert futures[source].result(timeout=0) == ready  # already settled: no waiting
    assert preparer._pool is None
    preparer.close()


def test_many_missing_copies_are_made_in_processes_in_order_and_unreadable_ones_give_none(tmp_path, monkeypatch):
    monkeypatch.setattr(catalog_photos, "BATCH", 2)
    monkeypatch.setattr(catalog_photos, "PROCESS_THRESHOLD", 3)
    sources = [photo(tmp_path / f"p{n}.jpg", size=(800, 600), colour=(40 * n, 90, 60)) for n in range(4)]
    broken = tmp_path / "broken.jpg"
    broken.write_text("not a picture")
    preparer = PhotoPreparer(SIZE, cache(tmp_path / "cache"))
    futures = preparer.submit_all([*sources, broken, sources[0]])
    assert type(preparer._pool).__name__ == "ProcessPoolExecutor"
    for source in sources:
        made = futures[source].result(timeout=120)
        assert made == cache_path(source, SIZE, cache(tmp_path / "cache"))
        with Image.open(made) as image:
            assert image.size == SIZE and image.mode == "RGB"
    assert futures[broken].result(timeout=120) is None
    preparer.close()


def test_a_few_missing_copies_are_made_on_a_thread(tmp_path):
    source = photo(tmp_path / "a.jpg")
    preparer = PhotoPreparer(SIZE, cache(tmp_path / "cache"))
    assert preparer.submit_all([source])[source].result(timeout=60) is not None
    assert type(preparer._pool).__name__ == "ThreadPoolExecutor"
    preparer.close()


def test_the_demo_network_is_made_with_its_photos_ready_for_print(tmp_path, isolated_home):
    from seecodesk.demo import write_demo_database
    from seecodesk.reports.catalog_entries import GEOMETRIES

    write_demo_database(tmp_path / "demo.seecodesk")
    photos = sorted((tmp_path / "demo_files" / "photos").glob("demo_*.jpg"))
    place = CopyPlace(tmp_path / "no-cache", tmp_path / "demo_files")
    sizes = {catalog_photos.target_pixels(g.photo_w, g.photo_h) for g in GEOMETRIES.values()}
    assert len(photos) >= 50
    missing = [p.name for p in photos for size in sizes if not cache_path(p, size, place).exists()]
    assert missing == [], "the first catalog of the demo would prepare these while the secretary waits"


def test_copies_for_every_paper_come_from_one_decode_and_match_one_by_one_copies(tmp_path, monkeypatch):
    source = photo(tmp_path / "a.jpg", size=(1600, 1200))
    sizes = [(315, 236), (236, 177)]
    for folder in ("single0", "single1", "both"):
        (tmp_path / folder).mkdir()
    singles = [prepare_photo(source, size, cache(tmp_path / f"single{n}")) for n, size in enumerate(sizes)]
    opened = []
    real_open = catalog_photos.Image.open
    monkeypatch.setattr(catalog_photos.Image, "open", lambda path: opened.append(path) or real_open(path))
    both = catalog_photos.prepare_copies(source, sizes, cache(tmp_path / "both"))
    assert opened == [source]
    for single, copy, size in zip(singles, both, sizes, strict=True):
        assert copy == cache_path(source, size, cache(tmp_path / "both"))
        with Image.open(single) as one, Image.open(copy) as other:
            assert other.size == size and one.tobytes() == other.tobytes()
    opened.clear()
    assert catalog_photos.prepare_copies(source, sizes, cache(tmp_path / "both")) == both and opened == []  # cached
    broken = tmp_path / "broken.jpg"
    broken.write_text("not a picture")
    assert catalog_photos.prepare_copies(broken, sizes, cache(tmp_path / "both")) == [None, None]
