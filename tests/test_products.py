"""Unit tests of core/products.py: prices read as typed, how a price prints in the catalog, which
products can be stored (each refusal beside the right field) and photo file stems."""

import pytest

from seecodesk.core.errors import ValidationError, ValidationErrors
from seecodesk.core.products import MAX_PRICE, Product, parse_price, price_text, safe_file_stem, validated_product


@pytest.mark.parametrize(("typed", "price"), [
    ("12,000원", 12000), ("12000", 12000), ("１２,０００", 12000), (" 1 200 원 ", 1200), ("0", 0), ("", None),
    ("  ", None), ("원", None), (None, None), (3500, 3500),
])
def test_unit_prices_are_read_as_typed(typed, price):
    assert parse_price(typed) == price


@pytest.mark.parametrize("typed", ["문의", "12,000원~15,000원", "-500", "12.5", "원12000", "1만원"])
def test_unit_what_is_no_price_is_refused_beside_the_price(typed):
    with pytest.raises(ValidationError) as caught:
        parse_price(typed)
    assert caught.value.field == "price"


def test_unit_price_text_in_the_catalog():
    assert price_text(Product(1, "쌀", price=12000, unit="1kg")) == "12,000원 / 1kg"
    assert price_text(Product(1, "쌀", price=0)) == "0원"
    assert price_text(Product(1, "쌀", price=1234567, price_note="10개 이상 할인")) == "1,234,567원 · 10개 이상 할인"
    assert price_text(Product(1, "쌀", price_note="견적 후 결정")) == "견적 후 결정"
    assert price_text(Product(1, "쌀")) == "가격 문의"


def test_unit_a_valid_product_is_kept_cleaned():
    product = Product(1, " 유기농  쌀 ", category=" 농산물 ", kind="서비스", price="12,000원", unit=" 1kg ",
                      description=" 설명 ", procurement_eligible=1, on_catalog=0, photo=" a.jpg ")
    kept = validated_product(product)
    assert (kept.name, kept.category, kept.kind, kept.price, kept.unit, kept.description, kept.photo) == (
        "유기농 쌀", "농산물", "서비스", 12000, "1kg", "설명", "a.jpg")
    assert kept.procurement_eligible is True and kept.on_catalog is False
    assert product.name == " 유기농  쌀 "  # the form's own copy is left as typed
    assert validated_product(Product(1, "쌀", price=MAX_PRICE, category="가" * 200)).price == MAX_PRICE


@pytest.mark.parametrize(("changes", "fields"), [
    ({"name": " "}, {"name"}), ({"name": "가" * 201}, {"name"}), ({"kind": "물건"}, {"kind"}),
    ({"price": "문의"}, {"price"}), ({"price": MAX_PRICE + 1}, {"price"}), ({"price": -1}, {"price"}),
    ({"category": "가" * 201}, {"category"}), ({"unit": "가" * 201}, {"unit"}),
    ({"price_note": "가" * 201}, {"price_note"}), ({"season": "가" * 201}, {"season"}),
    ({"description": "가" * 5001}, {"description"}), ({"differentiator": "가" * 5001}, {"differentiator"}),
    ({"social_value": "가" * 5001}, {"social_value"}), ({"certifications": "가" * 5001}, {"certifications"}),
    ({"photo": "가" * 5001}, {"photo"}), ({"name": "", "kind": "x", "price": "x"}, {"name", "kind", "price"}),
])
def test_unit_a_wrong_product_is_refused_beside_the_right_field(changes, fields):
    with pytest.raises(ValidationErrors) as caught:
        validated_product(Product(**{"organisation_id": 1, "name": "쌀", **changes}))
    assert set(caught.value.errors) == fields


@pytest.mark.parametrize(("name", "stem"), [
    ("유기농 쌀 (10kg)", "유기농_쌀_10kg"), ("__a-b__", "a-b"), ("...", "photo"), ("", "photo"), (None, "photo"),
    ("\u1112\u1161\u11ab", "한"), ("가" * 50, "가" * 40), ("a.b", "a_b"),
    ("ABC 쌀", "ABC_쌀"), ("X쌀X", "X쌀X"),
])
def test_unit_photo_file_stems(name, stem):
    assert safe_file_stem(name) == stem


def test_unit_a_free_product_on_the_catalog_is_kept_as_it_is():
    product = validated_product(Product(1, "나눔 도시락", price=0, on_catalog=True))
    assert product.price == 0 and product.on_catalog is True
