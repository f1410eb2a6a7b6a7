"""Korean identifiers and contact fields: checking and normalising what a secretary types.

Every `normalize_*` function returns the canonical text or raises `ValidationError` with a
Korean message. Empty input normalises to "" (an optional field left blank).
"""

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any

from seecodesk.core.errors import ValidationError
from seecodesk.core.josa import josa

MAX_TEXT_LENGTH = 20_000  # free text: notes, minutes, consulting reports
NAME_LENGTH = 200  # a name of a person or an organisation, wherever it is typed or imported
LINE_LENGTH = 200  # any other one-line text: title, address, 업종, place
NOTE_LENGTH = 1_000  # a remark typed in a one-line field (비고, 메모 beside a record, a web link)
_BIZNO_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)
_CORPNO_WEIGHTS = (1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2)
# Birth date, then any run of separators people type or paste (hyphens and dashes of every width,
# dots, underscores, slashes, spaces, nothing), then the 7 digits; digits are folded by NFKC first.
_RRN_SEPARATORS = "\\s\\-\u2010-\u2015\u2212\ufe58\ufe63._/·"
_RRN_PATTERN = re.compile(
    rf"(?<!\d)(\d{{2}})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[{_RRN_SEPARATORS}]*([1-8])(\d{{6}})(?!\d)", re.ASCII)
_RRN_MASK = "******-*******"
# Characters that are invisible in a name but break search and duplicate checks are dropped, and
# the one-character legal forms spelled out, in one pass (str.translate) rather than one per kind.
_INVISIBLE = [*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2065), 0xFEFF, 0x00AD]
_NAME_TABLE = {**dict.fromkeys(_INVISIBLE), ord("㈜"): "(주)", ord("㈔"): "(사)"}
_SPACED_LEGAL_FORM = re.compile(r"[(（]\s*([주사])\s*[)）]")
_KEY_LEGAL_FORMS = re.compile(r"\((주|사|유|재)\)|주식회사|사단법인|유한회사|재단법인")
_KEY_PUNCTUATION = re.compile(r"[\s·ㆍ.\-_]")
# Control characters (Unicode category Cc: U+0000–U+001F, U+007F–U+009F) but line feed and tab,
# a stray BOM and the zero-width space: dropped from free text.
_DROPPED_IN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\u200b]")
_NOT_ASCII_DIGIT = re.compile("[^0-9]+")
_DATE_PATTERN = re.compile(r"^(\d{4})(?:([-./])(\d{1,2})\2(\d{1,2})|(\d{2})(\d{2}))$", re.ASCII)
_EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SEOUL_AREA = "02"
_NATIONWIDE_PREFIXES = ("15", "16", "18")


def digits_of(text: str) -> str:
    """The ASCII digits in `text`, after folding full-width digits (NFKC)."""
    if not text:
        return ""
    if text.isascii():  # NFKC leaves ASCII as it is (and the export calls this 100,000 times)
        plain = text.replace("-", "")  # 010-1234-5678, as numbers are stored: 5x quicker than the pattern
        return plain if plain.isdigit() else _NOT_ASCII_DIGIT.sub("", text)
    return _NOT_ASCII_DIGIT.sub("", unicodedata.normalize("NFKC", text))


def is_valid_business_number(digits: str) -> bool:
    """사업자등록번호 checksum over 10 digits."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    numbers = [int(d) for d in digits]
    total = sum(n * w for n, w in zip(numbers[:9], _BIZNO_WEIGHTS, strict=False))
    total += numbers[8] * 5 // 10
    return (10 - total % 10) % 10 == numbers[9]


def is_placeholder_business_number(digits: str) -> bool:
    """True when a part is all zeros (000-00-00000, 124-00-…, …-00000): a stand-in, never issued,
    even where the checksum happens to fit."""
    return digits[:3] == "000" or digits[3:5] == "00" or digits[5:9] == "0000"


def normalize_business_number(text: str) -> str:
    """XXX-XX-XXXXX, or "" when blank."""
    if not (text or "").strip():
        return ""
    digits = digits_of(text)
    if len(digits) != 10:
        raise ValidationError("business_number", "사업자등록번호는 숫자 10자리여야 합니다.")
    if is_placeholder_business_number(digits):
        raise ValidationError("business_number", "사업자등록번호에 0으로만 된 자리가 있습니다. 실제 번호를 입력하거나 비워 두세요.")
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
        raise ValidationError(field, f"전화번호 '{shown(text.strip())}'의 형식을 알 수 없습니다. "
                                     "예: 010-1234-5678, 041-123-4567")
    return formatted


def normalize_email(text: str, field: str = "email") -> str:
    """Trimmed e-mail address, or "" when blank."""
    value = unicodedata.normalize("NFKC", text or "").strip()
    if not value:
        return ""
    if not _EMAIL_PATTERN.match(value):
        raise ValidationError(field, f"이메일 주소 '{shown(value, 40)}'의 형식이 올바르지 않습니다.")
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


def resident_number_span(text: str) -> tuple[int, int] | None:
    """Where in `text` the first 주민등록번호 stands (start, end), to put the cursor on it; None when there is
    none, or when folding the text (full-width digits) moved characters so the place cannot be told."""
    folded = unicodedata.normalize("NFKC", text or "")
    match = _RRN_PATTERN.search(folded)
    return match.span() if match is not None and len(folded) == len(text) else None


def mask_resident_numbers(text: str) -> str:
    """`text` with anything shaped like a 주민등록번호 replaced by ******-*******, for showing safely."""
    if not text:
        return text or ""
    return _RRN_PATTERN.sub(_RRN_MASK, unicodedata.normalize("NFKC", text)) if contains_resident_number(text) else text


def shown(text: str, limit: int = 30) -> str:
    """`text` as it may appear inside a message: 주민등록번호 masked first, then cut to `limit` characters."""
    return mask_resident_numbers(text)[:limit]


RESIDENT_NUMBER_MESSAGE = "주민등록번호로 보이는 숫자가 들어 있습니다. 주민등록번호는 저장하지 않습니다."


def refuse_resident_number(field: str, text: str) -> None:
    """Raise when a 주민등록번호 was typed or pasted into `field`: it is never stored."""
    if contains_resident_number(text):
        raise ValidationError(field, RESIDENT_NUMBER_MESSAGE)


def clean_text(text: str | None, field: str = "text", max_length: int = MAX_TEXT_LENGTH) -> str:
    """Free text as kept: NFC (a Mac's NFD paste equals the same text typed on Windows), trimmed, CRLF
    folded to LF, control characters and a stray BOM or zero-width space dropped, length checked."""
    if not text:
        return ""
    value = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    value = _DROPPED_IN_TEXT.sub("", value).strip()
    if len(value) > max_length:
        raise ValidationError(field, f"내용이 너무 깁니다 ({len(value):,}자). {max_length:,}자 이내로 줄여 주세요.")
    refuse_resident_number(field, value)
    return value


def clean_name(text: str | None, field: str = "name", max_length: int = NAME_LENGTH) -> str:
    """A one-line name in NFC: line breaks, tabs and runs of spaces folded, invisible characters
    (zero-width, direction marks, soft hyphen) dropped, ㈜/( 주 ) spelled (주)."""
    value = unicodedata.normalize("NFC", text or "").translate(_NAME_TABLE)
    if "(" in value or "（" in value:
        value = _SPACED_LEGAL_FORM.sub(r"(\1)", value)
    value = " ".join(value.split())  # folds every run of whitespace (CR, LF, tab, NBSP …) into one space
    if value.startswith(("(주) ", "(사) ")):
        value = value[:3] + value[4:]
    return clean_text(value, field, max_length)


@lru_cache(maxsize=1 << 16)  # an import asks for the key of one name several times (matching, duplicates, storing)
def name_key(name: str) -> str:
    """What two spellings of one organisation share: no spaces, no legal-form prefix, lower case."""
    value = clean_name(name, max_length=MAX_TEXT_LENGTH)
    return _KEY_PUNCTUATION.sub("", _KEY_LEGAL_FORMS.sub("", value)).lower()


def clean_line(text: str | None, field: str = "text", max_length: int = LINE_LENGTH) -> str:
    """One-line text other than a name (title, address, 업종): as `clean_text`, with a line's limit."""
    return clean_text(text, field, max_length)


def collect(errors: dict[str, str], field: str, check: Callable[..., str], *args: Any) -> str:
    """`check(*args)`, or "" with its Korean message kept in `errors[field]` (the first per field), so a
    form can name every wrong field at once instead of stopping at the first."""
    try:
        return check(*args)
    except ValidationError as error:
        errors.setdefault(field, error.message)
        return ""


def parse_date(text: str | None, field: str = "date") -> str:
    """YYYY-MM-DD from the ways Korean offices write a day, or "" when blank.

    2024-03-05, 2024.3.5, 2024. 3. 5., 2024/03/05, 20240305 and 2024년 3월 5일 all give 2024-03-05;
    a day that does not exist (2024-02-30) is refused in Korean.
    """
    typed = unicodedata.normalize("NFKC", text or "").strip()
    if not typed:
        return ""
    value = typed.replace("년", ".").replace("월", ".").replace("일", "")
    value = "".join(value.split()).rstrip(".-/")
    match = _DATE_PATTERN.match(value)
    if match is None:
        raise ValidationError(field, f"날짜 '{shown(typed)}'{josa(shown(typed), '을')} 알 수 없습니다. 예: 2024-03-05, 2024.3.5, 20240305")
    year, _sep, month_typed, day_typed, month_digits, day_digits = match.groups()
    year, month, day = int(year), int(month_typed or month_digits), int(day_typed or day_digits)
    try:
        day_read = date(year, month, day)
    except ValueError:
        raise ValidationError(field, f"{year}년 {month}월 {day}일은 없는 날짜입니다. 날짜를 다시 확인해 주세요.") from None
    if not 1900 <= year <= 2100:
        raise ValidationError(field, f"날짜 '{shown(typed)}'의 연도가 올바르지 않습니다. 예: 2024-03-05")
    return day_read.isoformat()
