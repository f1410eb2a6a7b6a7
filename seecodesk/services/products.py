"""Product/service use cases: save with photo import, delete with undo, order, item categories.

Photos are copied into the network's data folder (`<db stem>_files/photos/`) under sanitised
names and stored as paths relative to that folder, so the database and its folder move together.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, UnidentifiedImageError

from seecodesk.core.errors import ValidationError
from seecodesk.core.products import Product, safe_file_stem, validated_product
from seecodesk.core.validation import clean_name
from seecodesk.services.history import HistoryService
from seecodesk.storage import products as store

if TYPE_CHECKING:
    import sqlite_utils

PHOTO_DIR = "photos"
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff")


def resolve_photo(data_folder: Path | None, relative: str) -> Path | None:
    """The file a stored photo path names, or None when there is no such file."""
    path = Path(relative)
    if not relative or (data_folder is None and not path.is_absolute()):
        return None  # an unsaved network keeps its photos by absolute path
    path = path if path.is_absolute() or data_folder is None else data_folder / path
    return path if path.is_file() else None


def import_photo(data_folder: Path, source: str | Path, name_hint: str) -> str:
    """Copy an image into `data_folder/photos/` under a safe, unused name; returns the relative path."""
    source = Path(source)
    suffix = source.suffix.lower()
    if suffix not in PHOTO_SUFFIXES:
        raise ValidationError("photo", "사진은 JPG, PNG, WEBP, GIF, BMP, TIFF 파일만 쓸 수 있습니다.")
    try:
        with Image.open(source) as image:
            image.verify()
    except (OSError, UnidentifiedImageError) as error:
        raise ValidationError("photo", f"'{source.name}' 파일을 그림으로 읽을 수 없습니다.") from error
    folder = data_folder / PHOTO_DIR
    folder.mkdir(parents=True, exist_ok=True)
    stem = safe_file_stem(name_hint)
    target = folder / f"{stem}{suffix}"
    counter = 2
    while target.exists():
        target = folder / f"{stem}_{counter}{suffix}"
        counter += 1
    shutil.copyfile(source, target)
    return f"{PHOTO_DIR}/{target.name}"


class ProductService:
    """The products and services of one network database."""

    def __init__(self, db: sqlite_utils.Database, data_folder: Path | None = None) -> None:
        self.db = db
        self.data_folder = data_folder
        self.last_deleted: Product | None = None

    def products_of(self, org_id: int) -> list[Product]:
        return store.products_of(self.db, org_id)

    def product(self, product_id: int) -> Product:
        return store.get_product(self.db, product_id)

    def product_counts(self) -> dict[int, int]:
        return store.product_counts(self.db)

    def save_product(self, product: Product, photo_source: str | Path | None = None) -> Product:
        """Validate and store (insert when `product.id` is None), importing `photo_source` first."""
        clean = validated_product(product)
        before = store.photo_of(self.db, clean.id) if photo_source and clean.id is not None else ""
        if photo_source:
            if self.data_folder is None:
                raise ValidationError("photo", "메모리 데이터베이스에는 사진을 저장할 수 없습니다.")
            clean.photo = import_photo(self.data_folder, photo_source, f"{clean.organisation_id}_{clean.name}")
        with HistoryService(self.db).operation(f"제품 {'추가' if clean.id is None else '수정'} ({clean.name})"):
            if clean.id is None:
                clean.id = store.insert_product(self.db, clean)
            else:
                store.update_product(self.db, clean)
        if photo_source:
            self._drop_print_copies(before)
            self._prepare_for_print(clean.photo)
        return store.get_product(self.db, clean.id)

    def _prepare_for_print(self, photo: str) -> None:
        from seecodesk.reports.catalog_photos import prepare_print_copies

        source = resolve_photo(self.data_folder, photo)
        if source is not None:
            prepare_print_copies(source, self.data_folder)

    def _drop_print_copies(self, photo: str) -> None:
        """Delete the print copies of a photo no product shows any more (they are remade if it comes back)."""
        from seecodesk.reports.catalog_photos import remove_print_copies

        source = resolve_photo(self.data_folder, photo)
        if source is not None and self.data_folder is not None and not store.photo_in_use(self.db, photo):
            remove_print_copies(source, self.data_folder)

    def delete_product(self, product_id: int) -> Product:
        """Delete a product and its photo's print copies (the photo file stays); `undo_delete` brings it back."""
        product = store.get_product(self.db, product_id)
        with HistoryService(self.db).operation(f"제품 삭제 ({product.name})"):
            store.delete_product(self.db, product_id)
        self.last_deleted = product
        self._drop_print_copies(product.photo)
        return product

    def undo_delete(self) -> Product | None:
        """Restore the last deleted product; None when there is nothing to undo."""
        product, self.last_deleted = self.last_deleted, None
        if product is None:
            return None
        product.id = None
        with self.db.atomic():
            product.id = store.insert_product(self.db, product)
        self._prepare_for_print(product.photo)
        return product

    def move(self, product_id: int, delta: int) -> None:
        """Move a product up (-1) or down (+1) in its organisation's list."""
        product = store.get_product(self.db, product_id)
        ids = [p.id for p in store.products_of(self.db, product.organisation_id)]
        index = ids.index(product_id)
        target = max(0, min(len(ids) - 1, index + delta))
        ids.insert(target, ids.pop(index))
        with self.db.atomic():
            store.set_sort_orders(self.db, [i for i in ids if i is not None])

    def photo_path(self, product: Product) -> Path | None:
        return resolve_photo(self.data_folder, product.photo)

    def categories(self) -> list[str]:
        return store.categories(self.db)

    def add_category(self, name: str) -> None:
        with self.db.atomic():
            store.add_category(self.db, self._category_name(name))

    def rename_category(self, old: str, new: str) -> None:
        with self.db.atomic():
            store.rename_category(self.db, old, self._category_name(new))

    def delete_category(self, name: str) -> int:
        with self.db.atomic():
            return store.delete_category(self.db, name)

    def set_category_order(self, names: list[str]) -> None:
        with self.db.atomic():
            store.set_category_order(self.db, names)

    @staticmethod
    def _category_name(name: str) -> str:
        value = clean_name(name, "category", 60)
        if not value:
            raise ValidationError("category", "분류 이름을 적어 주세요.")
        return value
