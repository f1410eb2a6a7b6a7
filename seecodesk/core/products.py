"""Products and services of member organisations (제품·서비스·품목), with the checks that make them valid.

Shared by the catalog and by mutual trade: one record per item an organisation sells or offers.
"""

import re
import unicodedata
from dataclasses import dataclass, replace

from seecodesk.core import validation as v
from seecodesk.core.errors import ValidationError, ValidationErrors

PRODUCT_KINDS = ("상품", "서비스")
MAX_PRICE = 10_000_000_000
PRICE_ON_REQUEST = "가격 문의"


@dataclass
class Product:
    """One product or service as the catalog prints it."""

    organisation_id: int
    name: str
    category: str = ""
    kind: str = "상품"
    description: str = ""
    price: int | None = None
    unit: str = ""
    price_note: str = ""
    season: str = ""
    differentiator: str = ""
    social_value: str = ""
    photo: str = ""
    procurement_eligible: bool = False
    certifications: str = ""
    sort_order: int = 0
    on_catalog: bool = True
    id: int | None = None


def parse_price(text: str | int | None) -> int | None:
    """'12,000원', '12000', '１２,０００' → 12000; blank → None. Raises ValidationError otherwise."""
    if text is None or isinstance(text, int):
        return text
    v.refuse_resident_number("price", str(text))
    value = unicodedata.normalize("NFKC", str(text)).strip()
    value = re.sub(r"[,\s]|원$", "", value)
    if not value:
        return None
    if not value.isdigit():
        raise ValidationError("price", "가격은 숫자로 적어 주세요 (예: 12,000). '문의'나 여러 가격은 가격 메모에 적습니다.")
    return int(value)


def price_text(product: Product) -> str:
    """How the price reads in print: '12,000원 / 1kg', the note, or '가격 문의'."""
    parts = []
    if product.price is not None:
        amount = f"{product.price:,}원"
        parts.append(f"{amount} / {product.unit}" if product.unit else amount)
    if product.price_note:
        parts.append(product.price_note)
    return " · ".join(parts) if parts else PRICE_ON_REQUEST


def validated_product(product: Product) -> Product:
    """A cleaned copy of `product`; raises ValidationErrors naming every bad field."""
    errors: dict[str, str] = {}
    clean = replace(product)
    try:
        clean.name = v.clean_name(product.name, "name")
        if not clean.name:
            errors["name"] = "제품·서비스 이름을 적어 주세요."
    except ValidationError as error:
        errors[error.field] = error.message
    for field_name in ("category", "unit", "price_note", "season"):
        _clean_into(clean, field_name, errors, 200)
    for field_name in ("description", "differentiator", "social_value", "certifications", "photo"):
        _clean_into(clean, field_name, errors, 5_000)
    if clean.kind not in PRODUCT_KINDS:
        errors["kind"] = "구분은 '상품' 또는 '서비스'여야 합니다."
    try:
        clean.price = parse_price(product.price)
        if clean.price is not None and not 0 <= clean.price <= MAX_PRICE:
            errors["price"] = "가격이 너무 큽니다. 단위를 확인해 주세요."
    except ValidationError as error:
        errors["price"] = error.message
    clean.procurement_eligible = bool(product.procurement_eligible)
    clean.on_catalog = bool(product.on_catalog)
    if errors:
        raise ValidationErrors(errors)
    return clean


def _clean_into(product: Product, field_name: str, errors: dict[str, str], max_length: int) -> None:
    try:
        setattr(product, field_name, v.clean_text(getattr(product, field_name), field_name, max_length))
    except ValidationError as error:
        errors[error.field] = error.message


def safe_file_stem(text: str, max_length: int = 40) -> str:
    """A file-name-safe stem from a product name: Hangul and ASCII letters/digits kept, the rest '_'."""
    value = unicodedata.normalize("NFC", text or "")
    value = re.sub(r"[^0-9A-Za-z가-힣_-]+", "_", value).strip("_.-")
    return value[:max_length] or "photo"
