"""Korean identifiers and contact fields as a secretary types them."""

import pytest

from seecodesk.core import validation as v
from seecodesk.core.errors import ValidationError


@pytest.mark.parametrize("typed, kept", [
    ("1248100998", "124-81-00998"),
    ("124-81-00998", "124-81-00998"),
    ("１２４－８１－００９９８", "124-81-00998"),
    (" 124 81 00998 ", "124-81-00998"),
    ("", ""),
])
def test_business_number_is_normalised(typed, kept):
    assert v.normalize_business_number(typed) == kept


@pytest.mark.parametrize("typed", ["1248100999", "123-45-678", "abc"])
def test_bad_business_numbers_are_refused_in_korean(typed):
    with pytest.raises(ValidationError) as caught:
        v.normalize_business_number(typed)
    assert "사업자등록번호" in caught.value.message


def test_business_number_checksum_uses_the_ninth_digit_carry():
    # 220-81-62517 is a real-shaped number whose ninth digit (7) contributes floor(7*5/10) = 3.
    assert v.is_valid_business_number("2208162517")
    assert not v.is_valid_business_number("2208162516")


def test_corporation_number_checksum():
    assert v.normalize_corporation_number("1101110006240") == "110111-0006240"
    with pytest.raises(ValidationError):
        v.normalize_corporation_number("110111-0006246")


@pytest.mark.parametrize("typed, kept", [
    ("01012345678", "010-1234-5678"),
    ("010 1234 5678", "010-1234-5678"),
    ("021234567", "02-123-4567"),
    ("0212345678", "02-1234-5678"),
    ("041-123-4567", "041-123-4567"),
    ("15881234", "1588-1234"),
    ("０１０-１２３４-５６７８", "010-1234-5678"),
    ("+82 10-1234-5678", "010-1234-5678"),
    ("+82 (0)41 730 1234", "041-730-1234"),
    ("070-4321-1234", "070-4321-1234"),
    ("0505-123-4567", "0505-123-4567"),
    ("080-123-4567", "080-123-4567"),
])
def test_phone_numbers_are_normalised(typed, kept):
    assert v.normalize_phone(typed) == kept


@pytest.mark.parametrize("typed", ["12345", "123", "010-12-34", "+44 20 7946 0958", "02-0234-5678",
                                   "010-1234-567", "010-0234-5678", "041-023-4567", "1588-12345"])
def test_unknown_phone_shapes_are_refused(typed):
    with pytest.raises(ValidationError) as caught:
        v.normalize_phone(typed)
    assert "전화번호" in caught.value.message


@pytest.mark.parametrize("text", ["900101-1234567", "주민번호 9001011234567 입니다", "850315 - 2345678"])
def test_resident_numbers_are_refused_anywhere(text):
    with pytest.raises(ValidationError) as caught:
        v.clean_text(text, "notes")
    assert "주민등록번호" in caught.value.message


def test_phone_numbers_are_not_mistaken_for_resident_numbers():
    assert not v.contains_resident_number("010-1234-5678")
    assert not v.contains_resident_number("124-81-00998")


@pytest.mark.parametrize("raw, clean", [
    ("㈜햇살\n두레", "(주)햇살 두레"),
    ("( 주 )  바른청소 ", "(주)바른청소"),
    ("(사)푸른손", "(사)푸른손"),
])
def test_names_are_cleaned_consistently(raw, clean):
    assert v.clean_name(raw) == clean


def test_name_key_ignores_legal_form_and_spacing():
    assert v.name_key("㈜ 햇살 두레푸드") == v.name_key("햇살두레푸드 주식회사")


def test_overlong_text_is_refused():
    with pytest.raises(ValidationError) as caught:
        v.clean_text("가" * 20_001, "news")
    assert "너무 깁니다" in caught.value.message


def test_markup_and_emoji_are_kept_literally():
    assert v.clean_text("<b>교육</b> & =SUM(A1) 🌱", "notes") == "<b>교육</b> & =SUM(A1) 🌱"


@pytest.mark.parametrize("blank", ["", "   ", None])
def test_a_blank_number_phone_or_email_is_stored_blank_not_refused(blank):
    assert v.normalize_corporation_number(blank) == ""
    assert v.normalize_phone(blank) == "" and v.normalize_email(blank) == ""
    assert not v.contains_resident_number(blank)
    v.refuse_resident_number("notes", blank)  # a blank field is never taken for a 주민등록번호
