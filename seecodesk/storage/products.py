"""SQL for products/services and the editable item categories."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import TYPE_CHECKING, Any

from seecodesk.core.errors import DuplicateError, NotFoundError
from seecodesk.core.products import Product
from seecodesk.storage.rows import insert_row, update_row

if TYPE_CHECKING:
    import sqlite_utils

_COLUMNS = tuple(f.name for f in fields(Product) if f.name != "id")


def _row(product: Product) -> dict[str, Any]:
    row = {k: v for k, v in asdict(product).items() if k != "id"}
    row["procurement_eligible"] = int(bool(product.procurement_eligible))
    row["on_catalog"] = int(bool(product.on_catalog))
    return row


def _product(row: dict[str, Any]) -> Product:
    values = {k: row[k] for k in ("id", *_COLUMNS)}
    values["procurement_eligible"] = bool(values["procurement_eligible"])
    values["on_catalog"] = bool(values["on_catalog"])
    return Product(**values)


def insert_product(db: sqlite_utils.Database, product: Product) -> int:
    """Store a new product at the end of its organisation's list; returns its id."""
    row = _row(product)
    if not product.sort_order:
        row["sort_order"] = next_sort_order(db, product.organisation_id)
    return insert_row(db, "products", row)


def update_product(db: sqlite_utils.Database, product: Product) -> None:
    """Replace the stored product `product.id`."""
    if update_row(db, "products", product.id, _row(product), stamp=True) == 0:
        raise NotFoundError("수정하려는 제품·서비스를 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.")


def delete_product(db: sqlite_utils.Database, product_id: int) -> None:
    """Remove one product for good (the service keeps a copy for undo)."""
    db.execute("DELETE FROM products WHERE id = ?", [product_id])


def photo_of(db: sqlite_utils.Database, product_id: int) -> str:
    """The stored photo of product `product_id` ('' when it has none or is gone)."""
    row = db.execute("SELECT photo FROM products WHERE id = ?", [product_id]).fetchone()
    return str(row[0]) if row else ""


def photo_in_use(db: sqlite_utils.Database, photo: str) -> bool:
    """Whether any product still shows the stored photo `photo`."""
    return db.execute("SELECT 1 FROM products WHERE photo = ? LIMIT 1", [photo]).fetchone() is not None


def get_product(db: sqlite_utils.Database, product_id: int) -> Product:
    """The product with id `product_id`."""
    rows = list(db.query("SELECT * FROM products WHERE id = ?", [product_id]))
    if not rows:
        raise NotFoundError("제품·서비스를 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.")
    return _product(rows[0])


def products_of(db: sqlite_utils.Database, org_id: int) -> list[Product]:
    """An organisation's products in their catalog order."""
    return [_product(r) for r in db.query(
        "SELECT * FROM products WHERE organisation_id = ? ORDER BY sort_order, id", [org_id])]


def catalog_products(db: sqlite_utils.Database) -> list[Product]:
    """Every product marked for the catalog, of live organisations, in catalog order."""
    return [_product(r) for r in db.query(
        "SELECT p.* FROM products p JOIN organisations o ON o.id = p.organisation_id "
        "WHERE p.on_catalog = 1 AND o.deleted_at IS NULL ORDER BY p.organisation_id, p.sort_order, p.id")]


def next_sort_order(db: sqlite_utils.Database, org_id: int) -> int:
    row = db.execute("SELECT coalesce(max(sort_order), 0) + 1 FROM products WHERE organisation_id = ?",
                     [org_id]).fetchone()
    return int(row[0])


def set_sort_orders(db: sqlite_utils.Database, product_ids: list[int]) -> None:
    """Number the given products 1, 2, 3 … in the order given."""
    with db.atomic():
        for order, product_id in enumerate(product_ids, start=1):
            db.execute("UPDATE products SET sort_order = ? WHERE id = ?", [order, product_id])


def product_counts(db: sqlite_utils.Database) -> dict[int, int]:
    """organisation id → number of products marked for the catalog."""
    return {r[0]: r[1] for r in db.execute(
        "SELECT organisation_id, count(*) FROM products WHERE on_catalog = 1 GROUP BY organisation_id")}


def categories(db: sqlite_utils.Database) -> list[str]:
    """The item categories in their print order."""
    return [r[0] for r in db.execute("SELECT name FROM product_categories ORDER BY sort_order, id")]


def add_category(db: sqlite_utils.Database, name: str) -> None:
    if name in categories(db):
        raise DuplicateError(f"'{name}' 분류가 이미 있습니다.")
    db.execute("INSERT INTO product_categories(name, sort_order) "
               "VALUES (?, (SELECT coalesce(max(sort_order), 0) + 1 FROM product_categories))", [name])


def rename_category(db: sqlite_utils.Database, old: str, new: str) -> None:
    """Rename a category and move its products along."""
    if new != old and new in categories(db):
        raise DuplicateError(f"'{new}' 분류가 이미 있습니다.")
    with db.atomic():
        db.execute("UPDATE product_categories SET name = ? WHERE name = ?", [new, old])
        db.execute("UPDATE products SET category = ? WHERE category = ?", [new, old])


def delete_category(db: sqlite_utils.Database, name: str) -> int:
    """Remove a category; returns how many products used it (they keep the text)."""
    used = db.execute("SELECT count(*) FROM products WHERE category = ?", [name]).fetchone()[0]
    db.execute("DELETE FROM product_categories WHERE name = ?", [name])
    return int(used)


def set_category_order(db: sqlite_utils.Database, names: list[str]) -> None:
    with db.atomic():
        for order, name in enumerate(names):
            db.execute("UPDATE product_categories SET sort_order = ? WHERE name = ?", [order, name])
