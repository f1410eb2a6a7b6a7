"""The member catalog's use cases: its stored texts, and the catalog data for given options."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.core.catalog import (
    Catalog,
    CatalogEntry,
    CatalogOptions,
    CatalogTexts,
    arrange,
    product_intro,
    select_entries,
)
from seecodesk.core.consent import Item, Use
from seecodesk.core.contact_release import Withheld, organisation_value
from seecodesk.core.errors import ValidationErrors
from seecodesk.core.validation import LINE_LENGTH, clean_text, collect
from seecodesk.services.products import resolve_photo
from seecodesk.services.settings import get_setting, network_name, set_setting
from seecodesk.storage import catalog as catalog_store
from seecodesk.storage import products as product_store
from seecodesk.storage.personal_data import contact_owners

if TYPE_CHECKING:
    import sqlite_utils

_TEXT_KEYS = ("cover_title", "subtitle", "greeting", "logo", "contact", "back_cover")
# What each text may hold: a line on the cover or the back, a greeting of a page at most, a file path.
_TEXT_LIMITS = {"cover_title": LINE_LENGTH, "subtitle": LINE_LENGTH, "greeting": 2_000, "logo": 1_000,
                "contact": LINE_LENGTH, "back_cover": 1_000}


def default_texts(db: sqlite_utils.Database) -> CatalogTexts:
    """What a first catalog says before the secretary writes anything."""
    name = network_name(db)
    phone = get_setting(db, "network_phone")
    email = get_setting(db, "network_email")
    contact = " · ".join(x for x in (name, f"전화 {phone}" if phone else "", email) if x)
    return CatalogTexts(
        cover_title=f"{name} 회원사 카탈로그",
        subtitle="지역과 함께 일하는 사회적경제기업의 제품과 서비스",
        greeting=(f"{name}의 회원사들이 만드는 제품과 서비스를 한데 모았습니다.\n"
                  "이 카탈로그의 모든 구매는 취약계층 일자리와 지역 공동체를 살리는 데 쓰입니다. "
                  "공공기관은 수의계약 가능 표시가 있는 품목을 우선구매 제도로 바로 구매할 수 있습니다."),
        contact=contact,
        back_cover="사회적경제기업 제품 구매가 지역을 바꿉니다.\n구매·견적 문의는 각 회원사 또는 협의회 사무국으로 연락해 주세요.",
    )


def load_texts(db: sqlite_utils.Database) -> CatalogTexts:
    """The catalog texts as last saved, defaults for anything never saved."""
    defaults = default_texts(db)
    return CatalogTexts(**{k: get_setting(db, f"catalog.{k}", getattr(defaults, k)) for k in _TEXT_KEYS})


def save_texts(db: sqlite_utils.Database, texts: CatalogTexts) -> None:
    """Keep the catalog texts in the database for next time; `ValidationErrors` (nothing kept) naming each
    text that is too long for its place on the page or holds a 주민등록번호."""
    errors: dict[str, str] = {}
    cleaned = {key: collect(errors, key, clean_text, getattr(texts, key), key, limit)
               for key, limit in _TEXT_LIMITS.items()}
    if errors:
        raise ValidationErrors(errors)
    with db.atomic():
        for key, value in cleaned.items():
            set_setting(db, f"catalog.{key}", value)


def all_entries(db: sqlite_utils.Database) -> list[CatalogEntry]:
    """Every live organisation with its catalog products (maybe none)."""
    products: dict[int, list] = {}
    for product in product_store.catalog_products(db):
        products.setdefault(product.organisation_id, []).append(product)
    entries = catalog_store.catalog_organisations(db)
    for entry in entries:
        entry.products = products.get(entry.id, [])
        entry.intro = entry.intro or product_intro(entry)
    return entries


def load_catalog(db: sqlite_utils.Database, options: CatalogOptions, texts: CatalogTexts | None = None,
                 data_folder: Path | None = None) -> Catalog:
    """The catalog for `options`, as plain data a background thread can print."""
    category_order = product_store.categories(db)
    chosen, withheld = released_contacts(db, select_entries(all_entries(db), options))
    texts = texts or load_texts(db)
    return Catalog(
        network=network_name(db), texts=texts, options=options,
        sections=arrange(chosen, options.order, category_order),
        photo_root=data_folder, logo_path=resolve_photo(data_folder, texts.logo) if texts.logo else None,
        withheld=withheld.count,
    )


def released_contacts(db: sqlite_utils.Database, entries: list[CatalogEntry]) -> tuple[list[CatalogEntry], Withheld]:
    """The entries with any phone or e-mail that is a person's own left blank unless they agreed to 제3자 제공.

    A printed catalog is handed to the public, so it is a use outside the network.
    """
    owners = contact_owners(db)
    withheld = Withheld()
    released = [replace(e, phone=organisation_value(e.phone, owners.get(e.id, []), Item.PHONE, Use.THIRD_PARTY, withheld),
                        email=organisation_value(e.email, owners.get(e.id, []), Item.EMAIL, Use.THIRD_PARTY, withheld))
                for e in entries]
    return released, withheld


def default_options(year: int | None = None) -> CatalogOptions:
    return CatalogOptions(year=year or date.today().year)
