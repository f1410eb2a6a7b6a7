"""Products and the catalog's selection and ordering, without drawing anything."""

import pytest

from seecodesk.core.catalog import CatalogOptions, index_groups, sort_name
from seecodesk.core.errors import DuplicateError, ValidationError, ValidationErrors
from seecodesk.core.products import Product, parse_price, price_text
from seecodesk.services.catalog import load_catalog, load_texts, save_texts
from seecodesk.services.products import ProductService
from tests.catalog_helpers import add_org, photo


def sections(db, **options):
    catalog = load_catalog(db, CatalogOptions(**options))
    return [(s.title, [e.name for e in s.entries]) for s in catalog.sections]


@pytest.fixture
def network(db):
    add_org(db, "(주)햇살푸드", ("사회적기업",), products=[("두부", "식품·먹거리", 4500), ("두유", "식품·먹거리", 2000)])
    add_org(db, "가람청소", ("자활기업",), member=False, products=[("청소 용역", "청소·방역·세탁", None)])
    add_org(db, "나눔공방협동조합", ("협동조합", "마을기업"),
            products=[("천연염색 체험", "체험학습", 25000), ("스카프", "생활용품·공예", 38000),
                      ("손수건", "생활용품·공예", 7000)])
    add_org(db, "다온마을", ("마을기업",), products=[])
    return db


def test_prices_read_the_way_people_type_them():
    assert parse_price("12,000원") == 12000
    assert parse_price(" １２０００ ") == 12000
    assert parse_price("") is None
    with pytest.raises(ValidationError):
        parse_price("문의")
    assert price_text(Product(1, "두부", price=4500, unit="500g")) == "4,500원 / 500g"
    assert price_text(Product(1, "용역", price_note="현장 방문 후 견적")) == "현장 방문 후 견적"
    assert price_text(Product(1, "용역")) == "가격 문의"


def test_a_product_needs_a_name_and_a_sane_price(db):
    org = add_org(db, "가람")
    service = ProductService(db)
    with pytest.raises(ValidationErrors) as caught:
        service.save_product(Product(org.id, " ", price="많이"))
    assert set(caught.value.errors) == {"name", "price"}


def test_by_category_follows_the_category_list_and_puts_each_organisation_once(network):
    assert sections(network) == [
        ("식품·먹거리", ["(주)햇살푸드"]), ("생활용품·공예", ["나눔공방협동조합"]), ("청소·방역·세탁", ["가람청소"])]


def test_filters_category_designation_members_only(network):
    assert sections(network, categories=("체험학습",)) == [("체험학습", ["나눔공방협동조합"])]
    assert sections(network, designations=("자활기업",)) == [("청소·방역·세탁", ["가람청소"])]
    assert [n for _, names in sections(network, members_only=True) for n in names] == ["(주)햇살푸드", "나눔공방협동조합"]
    catalog = load_catalog(network, CatalogOptions(categories=("체험학습",)))
    assert [p.name for p in catalog.entries[0].products] == ["천연염색 체험"]


def test_by_designation_and_by_name(network):
    assert sections(network, order="designation") == [
        ("인증사회적기업", ["(주)햇살푸드"]), ("마을기업", ["나눔공방협동조합"]), ("자활기업", ["가람청소"])]
    assert sections(network, order="name") == [("회원사 (가나다순)", ["가람청소", "나눔공방협동조합", "(주)햇살푸드"])]


def test_chosen_organisations_only_and_none_without_products(network):
    ids = {e.name: e.id for e in load_catalog(network, CatalogOptions()).entries}
    assert "다온마을" not in ids
    assert sections(network, organisation_ids=(ids["가람청소"],)) == [("청소·방역·세탁", ["가람청소"])]


def test_index_is_in_ganada_order_without_legal_prefix(network):
    catalog = load_catalog(network, CatalogOptions())
    groups = index_groups(catalog.entries)
    assert [(letter, [e.name for e in entries]) for letter, entries in groups] == [
        ("ㄱ", ["가람청소"]), ("ㄴ", ["나눔공방협동조합"]), ("ㅎ", ["(주)햇살푸드"])]
    assert sort_name("(주) 햇살 푸드") == "햇살푸드"


def test_photo_is_copied_under_a_safe_name_into_the_data_folder(db, tmp_path):
    org = add_org(db, "가람")
    source = photo(tmp_path / "원본 사진 (1).JPG")
    service = ProductService(db, tmp_path / "net_files")
    first = service.save_product(Product(org.id, "두부/콩물 <세트>"), photo_source=source)
    second = service.save_product(Product(org.id, "두부/콩물 <세트>"), photo_source=source)
    assert first.photo == f"photos/{org.id}_두부_콩물_세트.jpg"
    assert second.photo == f"photos/{org.id}_두부_콩물_세트_2.jpg"
    assert (tmp_path / "net_files" / first.photo).is_file()
    not_image = tmp_path / "x.jpg"
    not_image.write_text("hello")
    with pytest.raises(ValidationError):
        service.save_product(Product(org.id, "빵"), photo_source=not_image)


def test_delete_undo_and_reorder(db):
    org = add_org(db, "가람", products=[("가", "기타", 1), ("나", "기타", 2), ("다", "기타", 3)])
    service = ProductService(db)
    names = lambda: [p.name for p in service.products_of(org.id)]  # noqa: E731
    third = service.products_of(org.id)[2]
    service.move(third.id, -1)
    assert names() == ["가", "다", "나"]
    service.delete_product(service.products_of(org.id)[0].id)
    assert names() == ["다", "나"]
    service.undo_delete()
    assert sorted(names()) == ["가", "나", "다"]


def test_categories_are_editable_and_renaming_moves_products(db):
    org = add_org(db, "가람", products=[("두부", "식품·먹거리", 1)])
    service = ProductService(db)
    assert len(service.categories()) == 11
    service.rename_category("식품·먹거리", "먹을거리")
    assert service.products_of(org.id)[0].category == "먹을거리"
    service.add_category("문구용품")
    assert service.categories()[-1] == "문구용품"
    with pytest.raises(DuplicateError):
        service.add_category("문구용품")
    service.set_category_order(["문구용품", *service.categories()[:-1]])
    assert service.categories()[0] == "문구용품"


def test_catalog_texts_are_kept(db):
    texts = load_texts(db)
    assert "회원사 카탈로그" in texts.cover_title
    texts.greeting = "안녕하세요\n<b>반갑습니다</b>"
    save_texts(db, texts)
    assert load_texts(db).greeting == "안녕하세요\n<b>반갑습니다</b>"


def test_saving_a_photo_prepares_its_print_copies_so_the_first_catalog_waits_for_none(db, tmp_path):
    from seecodesk.reports.catalog_entries import GEOMETRIES
    from seecodesk.reports.catalog_photos import CopyPlace, cache_path, target_pixels

    org = add_org(db, "가람두부")
    service = ProductService(db, data_folder=tmp_path / "files")
    saved = service.save_product(Product(org.id, "두부"), photo_source=photo(tmp_path / "tofu.jpg"))
    stored = service.photo_path(saved)
    assert stored is not None
    place = CopyPlace(tmp_path / "no-cache", tmp_path / "files")
    for geometry in GEOMETRIES.values():  # A4 and A5 frames, beside the network's photos where the build reads them
        copy = cache_path(stored, target_pixels(geometry.photo_w, geometry.photo_h), place)
        assert copy.is_file() and copy.parent == tmp_path / "files" / "print-copies"
