"""Korean identifiers and contact fields: checking and normalising what a secretary types.

Every `normalize_*` function returns the canonical text or raises `ValidationError` with a
Korean message. Empty input normalises to "" (an optional field left blank).
"""

import re
import unicodedata

from seecodesk.core.errors import ValidationError

MAX_TEXT_LENGTH = 20_000
_BIZNO_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)
_CORPNO_WEIGHTS = (1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2)
_RRN_PATTERN = re.compile(r"(?<!\d)(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\s*-?\s*([1-8])(\d{6})(?!\d)")
_EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SEOUL_AREA = "02"
_NATIONWIDE_PREFIXES = ("15", "16", "18")


def digits_of(text: str) -> str:
    """The ASCII digits in `text`, after folding full-width digits (NFKC)."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text or "") if ch.isascii() and ch.isdigit())


def is_valid_business_number(digits: str) -> bool:
    """사업자등록번호 checksum over 10 digits."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    numbers = [int(d) for d in digits]
    total = sum(n * w for n, w in zip(numbers[:9], _BIZNO_WEIGHTS, strict=False))
    total += numbers[8] * 5 // 10
    return (10 - total % 10) % 10 == numbers[9]


def normalize_business_number(text: str) -> str:
    """XXX-XX-XXXXX, or "" when blank."""
    if not (text or "").strip():
        return ""
    digits = digits_of(text)
    if len(digits) != 10:
        raise ValidationError("business_number", "사업자등록번호는 숫자 10자리여야 합니다.")
    if not is_valid_business_number(digits):
        raise ValidationError("business_number", "사업자등록번호의 검증번호가 맞지 않습니다. 번호를 다시 확인해 주세요.")
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"


def is_valid_corporation_number(digits: str) -> bool:
    """법인등록번호 checksum over 13 digits."""
    if len(digits) != 13 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:12], _CORPNO_WEIGHTS, strict=False))
    return (10 - total % 10) % 10 == int(digits[12])


def normalize_corporation_number(text: str) -> str:
    """XXXXXX-XXXXXXX, or "" when blank."""
    if not (text or "").strip():
        return ""
    digits = digits_of(text)
    if len(digits) != 13:
        raise ValidationError("corporation_number", "법인등록번호는 숫자 13자리여야 합니다.")
    if not is_valid_corporation_number(digits):
        raise ValidationError("corporation_number", "법인등록번호의 검증번호가 맞지 않습니다.")
    return f"{digits[:6]}-{digits[6:]}"


_THREE_DIGIT_PREFIXES = frozenset(
    "031 032 033 041 042 043 044 051 052 053 054 055 061 062 063 064 070 080 011 016 017 018 019".split()
)


def _split_local(prefix: str, rest: str, banned_first: str = "0") -> str | None:
    """prefix-exchange-line with a 3–4 digit exchange that does not start with a banned digit."""
    if len(rest) not in (7, 8) or rest[0] in banned_first:
        return None
    return f"{prefix}-{rest[:-4]}-{rest[-4:]}"


def format_phone_digits(digits: str) -> str | None:
    """Korean phone layout for a digit string, or None when it is no Korean number."""
    n = len(digits)
    if digits.startswith(_NATIONWIDE_PREFIXES):
        return f"{digits[:4]}-{digits[4:]}" if n == 8 else None
    if digits.startswith(_SEOUL_AREA):
        return _split_local("02", digits[2:])
    if digits.startswith("010"):
        return _split_local("010", digits[3:]) if n == 11 else None
    if digits.startswith("050") and n in (11, 12):
        return f"{digits[:4]}-{digits[4:-4]}-{digits[-4:]}"
    if digits[:3] in _THREE_DIGIT_PREFIXES:
        return _split_local(digits[:3], digits[3:], banned_first="" if digits[:3] == "080" else "0")
    return None


def normalize_phone(text: str, field: str = "phone") -> str:
    """010-1234-5678, 02-123-4567, 041-123-4567, 1588-1234; "" when blank. +82 numbers become domestic."""
    if not (text or "").strip():
        return ""
    digits = digits_of(text)
    folded = unicodedata.normalize("NFKC", text).strip()
    if folded.startswith("+82") or folded.startswith("0082"):
        digits = "0" + digits[(2 if folded.startswith("+") else 4):].lstrip("0")
    formatted = format_phone_digits(digits)
    if formatted is None:
        raise ValidationError(field, f"전화번호 '{text.strip()[:30]}'의 형식을 알 수 없습니다. 예: 010-1234-5678, 041-123-4567")
    return formatted


def normalize_email(text: str, field: str = "email") -> str:
    """Trimmed e-mail address, or "" when blank."""
    value = unicodedata.normalize("NFKC", text or "").strip()
    if not value:
        return ""
    if not _EMAIL_PATTERN.match(value):
        raise ValidationError(field, f"이메일 주소 '{value[:40]}'의 형식이 올바르지 않습니다.")
    return value


def normalize_homepage(text: str) -> str:
    """A web address with scheme; "" when blank."""
    value = (text or "").strip()
    if not value:
        return ""
    if " " in value or "." not in value:
        raise ValidationError("homepage", "홈페이지 주소의 형식이 올바르지 않습니다.")
    if not re.match(r"^https?://", value, re.IGNORECASE):
        value = "http://" + value
    return value


def contains_resident_number(text: str) -> bool:
    """True when `text` holds something shaped like a 주민등록번호 (birth date + 7 digits)."""
    if not text:
        return False
    folded = unicodedata.normalize("NFKC", text)
    return _RRN_PATTERN.search(folded) is not None


def mask_resident_numbers(text: str) -> str:
    """`text` with anything shaped like a 주민등록번호 replaced by ******-*******, for showing safely."""
    if not text:
        return text or ""
    return _RRN_PATTERN.sub("******-*******", unicodedata.normalize("NFKC", text)) if contains_resident_number(text) else text


def refuse_resident_number(field: str, text: str) -> None:
    """Raise when a 주민등록번호 was typed or pasted into `field`: it is never stored."""
    if contains_resident_number(text):
        raise ValidationError(field, "주민등록번호로 보이는 숫자가 들어 있습니다. 주민등록번호는 저장하지 않습니다.")


def clean_text(text: str | None, field: str = "text", max_length: int = MAX_TEXT_LENGTH) -> str:
    """Free text as kept: trimmed, CRLF folded to LF, control characters dropped, length checked."""
    value = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    value = "".join(ch for ch in value if ch in "\n\t" or unicodedata.category(ch) != "Cc").strip()
    if len(value) > max_length:
        raise ValidationError(field, f"내용이 너무 깁니다 ({len(value):,}자). {max_length:,}자 이내로 줄여 주세요.")
    refuse_resident_number(field, value)
    return value


def clean_name(text: str | None, field: str = "name", max_length: int = 200) -> str:
    """A one-line name: line breaks and runs of spaces folded, ㈜/( 주 ) spelled (주)."""
    value = (text or "").replace("\r", " ").replace("\n", " ").replace("\u00a0", " ")
    value = value.replace("㈜", "(주)").replace("㈔", "(사)")
    value = re.sub(r"[(（]\s*주\s*[)）]", "(주)", value)
    value = re.sub(r"[(（]\s*사\s*[)）]", "(사)", value)
    value = re.sub(r"\s+", " ", value).strip()
    value = re.sub(r"^\((주|사)\) ", r"(\1)", value)
    return clean_text(value, field, max_length)


def name_key(name: str) -> str:
    """What two spellings of one organisation share: no spaces, no legal-form prefix, lower case."""
    value = clean_name(name, max_length=MAX_TEXT_LENGTH)
    value = re.sub(r"\((주|사|유|재)\)|주식회사|사단법인|유한회사|재단법인", "", value)
    return re.sub(r"[\s·ㆍ.\-_]", "", value).lower()
