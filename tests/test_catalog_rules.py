"""The printed catalog's rules (core/catalog): the 가나다 index heading of each name, the section of an
organisation whose products span categories, the short introduction — pure functions, no drawing."""

from seecodesk.core.catalog import CatalogEntry, arrange, index_initial, primary_category, product_intro
from seecodesk.core.products import Product

ORDER = ["식품·먹거리", "체험학습", "생활용품·공예"]


def products(*categories):
    return [Product(1, f"품목{i}", category) for i, category in enumerate(categories)]


def test_names_are_indexed_under_their_first_consonant_and_other_names_under_one_heading():
    assert index_initial("(주)까치공방") == "ㄱ" and index_initial("쌈지") == "ㅅ" and index_initial("햇살") == "ㅎ"
    assert {index_initial(n) for n in ("Aroma", "aroma", "1004 나눔", "")} == {"A–Z·0–9"}


def test_an_organisation_is_placed_in_the_category_most_of_its_products_share_ties_by_the_printed_order():
    assert primary_category(products("체험학습", "생활용품·공예", "생활용품·공예"), ORDER) == "생활용품·공예"
    assert primary_category(products("생활용품·공예", "체험학습"), ORDER) == "체험학습"
    assert primary_category(products("교육", "체험학습"), ORDER) == "체험학습"  # a listed one before an unlisted one
    assert primary_category(products("다과", "나물"), ORDER) == "나물"
    assert primary_category([], ORDER) == "기타"


def test_an_organisation_in_an_unlisted_category_is_printed_under_other_not_left_out():
    entries = [CatalogEntry(1, "가람", products=products("교육")), CatalogEntry(2, "나눔", products=products("체험학습"))]
    sections = arrange(entries, "category", ORDER)
    assert [(s.title, [e.name for e in s.entries]) for s in sections] == [("체험학습", ["나눔"]), ("기타", ["가람"])]
    assert arrange([], "name", ORDER) == []


def test_the_short_introduction_names_the_first_four_products_and_nothing_without_products():
    entry = CatalogEntry(1, "가람", products=[Product(1, name) for name in ("두부", "두유", "콩물", "비지", "메주")])
    assert product_intro(entry) == "주요 품목: 두부, 두유, 콩물, 비지"
    assert product_intro(CatalogEntry(2, "나눔")) == ""
