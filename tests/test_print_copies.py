"""Unit tests: print copies of photos live beside the network's photos and travel with its folder."""

import os
import shutil
import subprocess

import pytest

from seecodesk.core.catalog import CatalogOptions
from seecodesk.core.products import Product
from seecodesk.reports import catalog_photos
from seecodesk.reports.catalog import build_catalog_pdf
from seecodesk.reports.catalog_entries import GEOMETRIES
from seecodesk.reports.catalog_photos import PRINT_COPY_DIR, CopyPlace, cache_path, prepare_photo, target_pixels
from seecodesk.services.catalog import load_catalog
from seecodesk.services.products import ProductService
from seecodesk.storage.database import open_database
from tests.catalog_helpers import add_org, photo

SIZES = [target_pixels(g.photo_w, g.photo_h) for g in GEOMETRIES.values()]


def network_with_photos(folder, count=3):
    """A saved network `folder/net.seecodesk` whose products were saved with photos, as the secretary saves them."""
    folder.mkdir(parents=True, exist_ok=True)
    db = open_database(folder / "net.seecodesk")
    org = add_org(db, "가람두부협동조합")
    service = ProductService(db, folder / "net_files")
    for n in range(count):
        source = photo(folder / "camera" / f"p{n}.jpg", size=(800, 600), colour=(60 * n, 120, 90))
        service.save_product(Product(org.id, f"두부 {n}"), photo_source=source)
    db.close()
    return folder / "net.seecodesk"


def copies(files):
    return sorted(p.name for p in (files / PRINT_COPY_DIR).iterdir())


def test_unit_a_network_copied_to_another_computer_builds_its_catalog_without_decoding_a_photo(
        tmp_path, monkeypatch):
    original = network_with_photos(tmp_path / "here")
    assert len(copies(tmp_path / "here" / "net_files")) == 3 * len(SIZES)
    there = tmp_path / "there" / "moved"
    there.mkdir(parents=True)
    shutil.copy2(original, there / "copied.seecodesk")  # renamed too: the copies are named inside the folder
    shutil.copytree(tmp_path / "here" / "net_files", there / "copied_files")
    shutil.rmtree(tmp_path / "here")
    monkeypatch.setenv("SEECODESK_HOME", str(tmp_path / "fresh-home"))  # another computer: an empty user cache
    opened = []
    real_open = catalog_photos.Image.open
    monkeypatch.setattr(catalog_photos.Image, "open", lambda path: opened.append(path) or real_open(path))
    monkeypatch.setattr(catalog_photos.PhotoPreparer, "_start", lambda self, missing: pytest.fail(f"made {missing}"))
    db = open_database(there / "copied.seecodesk", create=False)
    catalog = load_catalog(db, CatalogOptions(), data_folder=there / "copied_files")
    db.close()
    pdf = build_catalog_pdf(catalog, tmp_path / "c.pdf")
    assert opened == []
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert len(images.splitlines()[2:]) == 3  # every photo printed, from the copies that came with the folder
    assert not (tmp_path / "fresh-home" / "cache" / "catalog-photos").exists() or not any(
        (tmp_path / "fresh-home" / "cache" / "catalog-photos").iterdir())


def test_unit_a_changed_photo_gets_a_new_copy_and_the_old_one_is_not_used(tmp_path):
    files = tmp_path / "net_files"
    source = photo(files / "photos" / "두부.jpg", size=(800, 600), colour=(200, 30, 30))
    place = CopyPlace(tmp_path / "cache", files)
    first = prepare_photo(source, SIZES[0], place)
    photo(source, size=(900, 700), colour=(30, 30, 200))  # replaced by a different picture (another byte size)
    second = prepare_photo(source, SIZES[0], place)
    assert first is not None and second is not None and first != second
    assert first.parent == second.parent == files / PRINT_COPY_DIR
    with catalog_photos.Image.open(second) as image:
        assert image.getpixel((5, 5))[2] > 150  # the new picture's blue, not the old red
    assert not (tmp_path / "cache").exists()  # the network's photos never use the user's cache


def test_unit_the_key_is_the_name_inside_the_folder_not_where_the_folder_is(tmp_path):
    one = photo(tmp_path / "a_files" / "photos" / "x.jpg")
    shutil.copytree(tmp_path / "a_files", tmp_path / "b" / "b_files")
    two = tmp_path / "b" / "b_files" / "photos" / "x.jpg"
    os.utime(two, (1, 1))  # a copy may not keep the time
    here = cache_path(one, SIZES[0], CopyPlace(tmp_path / "cache", tmp_path / "a_files"))
    there = cache_path(two, SIZES[0], CopyPlace(tmp_path / "cache", tmp_path / "b" / "b_files"))
    assert here.name == there.name and here.name.startswith("x.jpg.")


def test_unit_a_photo_outside_the_network_folder_keeps_its_copy_in_the_user_cache(tmp_path):
    outside = photo(tmp_path / "elsewhere" / "y.jpg")
    made = prepare_photo(outside, SIZES[0], CopyPlace(tmp_path / "cache", tmp_path / "net_files"))
    assert made is not None and made.parent == tmp_path / "cache"
    assert not (tmp_path / "net_files").exists()
    same_name = prepare_photo(photo(tmp_path / "net_files" / "photos" / "y.jpg"), SIZES[0],
                              CopyPlace(tmp_path / "cache", tmp_path / "net_files"))
    assert catalog_photos.remove_print_copies(outside, tmp_path / "net_files") == 0
    assert same_name is not None and same_name.is_file()  # the network's own y.jpg keeps its copy
    assert catalog_photos.remove_print_copies(same_name.parent.parent / "photos" / "y.jpg", tmp_path / "net_files") == 1


def test_unit_a_deleted_product_takes_its_print_copies_with_it_and_undo_brings_them_back(db, tmp_path):
    org = add_org(db, "가람두부")
    files = tmp_path / "files"
    service = ProductService(db, files)
    kept = service.save_product(Product(org.id, "두부"), photo_source=photo(tmp_path / "tofu.jpg"))
    gone = service.save_product(Product(org.id, "콩물"), photo_source=photo(tmp_path / "milk.jpg", colour=(9, 9, 9)))
    kept_copies = [n for n in copies(files) if n.startswith(kept.photo.split("/")[-1])]
    assert len(kept_copies) == len(SIZES) and len(copies(files)) == 2 * len(SIZES)
    service.delete_product(gone.id)
    assert copies(files) == kept_copies
    assert (files / gone.photo).is_file()  # the photo itself stays, for undo
    service.undo_delete()
    assert len(copies(files)) == 2 * len(SIZES)


def test_unit_a_replaced_photo_takes_its_old_copies_with_it(db, tmp_path):
    org = add_org(db, "가람두부")
    files = tmp_path / "files"
    service = ProductService(db, files)
    saved = service.save_product(Product(org.id, "두부"), photo_source=photo(tmp_path / "old.jpg"))
    changed = service.save_product(saved, photo_source=photo(tmp_path / "new.jpg", colour=(1, 2, 3)))
    new_name = changed.photo.split("/")[-1]
    assert changed.photo != saved.photo
    assert len(copies(files)) == len(SIZES) and all(n.startswith(new_name + ".") for n in copies(files))


def test_unit_a_network_folder_that_cannot_be_written_keeps_copies_in_the_user_cache(tmp_path, monkeypatch):
    files = tmp_path / "net_files"
    source = photo(files / "photos" / "x.jpg")
    monkeypatch.setattr(catalog_photos.os, "access", lambda path, mode: False)  # a read-only share
    made = prepare_photo(source, SIZES[0], CopyPlace(tmp_path / "cache", files).writable())
    assert made is not None and made.parent == tmp_path / "cache"
