"""제품·서비스 as stored: read back field by field (yes/no marks included), in each organisation's catalog
order, renumbered when dragged, counted per organisation; the item categories added, renamed, reordered."""

import pytest

from seecodesk.core.errors import DuplicateError, NotFoundError
from seecodesk.core.products import Product
from seecodesk.storage import products as store


def _org(db, name, deleted=None):
    db.execute("INSERT INTO organisations (name, name_key, deleted_at) VALUES (?, ?, ?)", [name, name, deleted])
    return db.execute("SELECT max(id) FROM organisations").fetchone()[0]


def _full(org_id, name="도시락", **changes):
    values = dict(category="식품·먹거리", kind="서비스", description="설명", price=8_000, unit="개", price_note="부가세 포함",
                  season="연중", differentiator="유기농", social_value="고용", photo="a.jpg", procurement_eligible=True,
                  certifications="HACCP", sort_order=0, on_catalog=False)
    return Product(org_id, name, **{**values, **changes})  # type: ignore[arg-type]


def test_a_product_is_read_back_as_stored_and_replaced_whole(db):
    org = _org(db, "가람")
    first = store.insert_product(db, _full(org))
    second = store.insert_product(db, Product(org, "빵"))
    got = store.get_product(db, first)
    assert got == _full(org, sort_order=1, id=first)
    assert got.procurement_eligible is True and got.on_catalog is False
    plain = store.get_product(db, second)
    assert (plain.sort_order, plain.procurement_eligible, plain.on_catalog) == (2, False, True)
    store.update_product(db, Product(org, "새 빵", price=None, on_catalog=False, sort_order=5, id=second))
    assert store.get_product(db, second) == Product(org, "새 빵", on_catalog=False, sort_order=5, id=second)
    assert store.get_product(db, first) == got
    with pytest.raises(NotFoundError):
        store.update_product(db, Product(org, "없음", id=999))
    store.delete_product(db, first)
    with pytest.raises(NotFoundError):
        store.get_product(db, first)


def test_products_keep_their_catalog_order_and_only_marked_ones_of_live_members_are_printed(db):
    org, other, gone = _org(db, "나루"), _org(db, "가람"), _org(db, "사라진", "2025-01-01")
    a, b, c = (store.insert_product(db, Product(org, name)) for name in ("가", "나", "다"))
    hidden = store.insert_product(db, Product(org, "숨김", on_catalog=False))
    placed = store.insert_product(db, Product(other, "미리", sort_order=7))
    store.insert_product(db, Product(gone, "지운곳"))
    assert store.next_sort_order(db, other) == 8 and store.next_sort_order(db, 999) == 1
    store.set_sort_orders(db, [c, a, b])
    assert [p.id for p in store.products_of(db, org)] == [c, a, b, hidden]
    assert [p.sort_order for p in store.products_of(db, org)] == [1, 2, 3, 4]
    assert [p.id for p in store.catalog_products(db)] == [c, a, b, placed]
    assert store.product_counts(db) == {org: 3, other: 1, gone: 1}


def test_categories_are_added_at_the_end_renamed_with_their_products_and_reordered(db):
    org = _org(db, "가람")
    start = store.categories(db)
    store.add_category(db, "새 분류")
    assert store.categories(db) == [*start, "새 분류"]
    with pytest.raises(DuplicateError):
        store.add_category(db, start[0])
    product = store.insert_product(db, Product(org, "빵", category=start[0]))
    with pytest.raises(DuplicateError):
        store.rename_category(db, start[0], "새 분류")
    store.rename_category(db, start[0], start[0])
    store.rename_category(db, start[0], "먹거리")
    assert store.categories(db)[0] == "먹거리" and store.get_product(db, product).category == "먹거리"
    store.set_category_order(db, ["새 분류", "먹거리"])
    assert store.categories(db)[:2] == ["새 분류", "먹거리"]
    assert store.delete_category(db, "먹거리") == 1 and store.delete_category(db, "새 분류") == 0
    assert "먹거리" not in store.categories(db) and store.get_product(db, product).category == "먹거리"


def _says_in_korean(error: pytest.ExceptionInfo[Exception]) -> bool:
    return any("가" <= ch <= "힣" for ch in str(error.value))


def test_a_missing_product_or_a_taken_category_name_is_told_in_korean(db):
    org = _org(db, "가람")
    with pytest.raises(NotFoundError) as missing:
        store.get_product(db, 4242)
    assert _says_in_korean(missing)
    with pytest.raises(NotFoundError) as gone:
        store.update_product(db, Product(org, "없음", id=4242))
    assert _says_in_korean(gone)
    store.add_category(db, "새 분류")
    with pytest.raises(DuplicateError) as taken:
        store.add_category(db, "새 분류")
    assert _says_in_korean(taken)
    store.add_category(db, "다른 분류")
    with pytest.raises(DuplicateError) as renamed:
        store.rename_category(db, "다른 분류", "새 분류")
    assert _says_in_korean(renamed)


def test_changing_a_product_marks_when_it_was_last_changed(db):
    org = _org(db, "가람")
    product = store.insert_product(db, Product(org, "빵"))
    db.execute("UPDATE products SET updated_at = '2020-01-01 00:00:00' WHERE id = ?", [product])
    store.update_product(db, Product(org, "새 빵", id=product))
    changed = db.execute("SELECT updated_at FROM products WHERE id = ?", [product]).fetchone()[0]
    assert changed > "2026-01-01"
