"""The rules of core/validation.py as a secretary meets them: which numbers are accepted, which are
refused and beside which field the refusal is shown, what text is kept."""

import pytest

from seecodesk.core import validation as v
from seecodesk.core.errors import ValidationError, ValidationErrors
from seecodesk.core.members import Organisation, validated_organisation


@pytest.mark.parametrize("number", ["124-81-00950", "220-81-62540", "109-81-23430"])
def test_a_business_number_whose_check_digit_is_zero_is_accepted(number):
    assert v.normalize_business_number(number) == number


@pytest.mark.parametrize("number", ["124-81-00951", "124-81-00959", "220-81-62541"])
def test_a_wrong_check_digit_next_to_zero_is_refused(number):
    with pytest.raises(ValidationError, match="검증번호"):
        v.normalize_business_number(number)


@pytest.mark.parametrize("number", ["1101110006240", "1101114006246", "1301110006246"])
def test_corporation_numbers_with_their_check_digit(number):
    expected_ok = v.is_valid_corporation_number(number)
    total = sum(int(d) * w for d, w in zip(number[:12], (1, 2) * 6, strict=True))
    assert expected_ok == ((10 - total % 10) % 10 == int(number[12]))


def test_corporation_number_check_digit_zero_and_nine():
    accepted = [n for n in (f"1101110006{d}{e}{c}" for d in "0123456789" for e in "01" for c in "0123456789")
                if v.is_valid_corporation_number(n)]
    assert {n[-1] for n in accepted} == set("0123456789")  # every check digit occurs, 0 included
    assert all(v.normalize_corporation_number(n) == f"{n[:6]}-{n[6:]}" for n in accepted)
    assert not any(v.is_valid_corporation_number(n[:12] + str((int(n[12]) + 1) % 10)) for n in accepted)
    assert not v.is_valid_corporation_number("110111000624") and not v.is_valid_corporation_number("11011100062a0")


@pytest.mark.parametrize(("field", "value", "words"), [
    ("business_number", "124-81-00999", "검증번호"),
    ("business_number", "124-81-009", "10자리"),
    ("business_number", "000-00-00000", "0으로만"),
    ("corporation_number", "110111-0006246", "검증번호"),
    ("corporation_number", "110111-00062", "13자리"),
    ("phone", "12-34", "전화번호"),
    ("fax", "12-34", "전화번호"),
    ("email", "가람@", "이메일"),
    ("homepage", "가람 홈", "홈페이지"),
    ("founded_on", "2024-02-30", "없는 날짜"),
])
def test_a_refusal_is_shown_beside_the_field_that_holds_the_value(field, value, words):
    with pytest.raises(ValidationErrors) as caught:
        validated_organisation(Organisation(name="가람", **{field: value}))
    assert list(caught.value.errors) == [field] and words in caught.value.errors[field]


def test_clean_text_drops_control_characters_and_folds_every_line_break():
    assert v.clean_text("가\x07람\x00\r\n두\r레\n끝\t탭") == "가람\n두\n레\n끝\t탭"
    assert v.clean_text("\ufeff\u200b 가람 ") == "가람"


def test_clean_text_limit_is_exact_and_names_its_field():
    assert v.clean_text("가" * 30, "notes", 30) == "가" * 30
    assert v.clean_text("  " + "가" * 30 + "  ", "notes", 30) == "가" * 30  # spaces around do not count
    with pytest.raises(ValidationError) as caught:
        v.clean_text("가" * 31, "notes", 30)
    assert caught.value.field == "notes" and "31자" in caught.value.message and "30자 이내" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        v.clean_text("주민 900101-1234567", "minutes")
    assert caught.value.field == "minutes"


def test_clean_name_limit_is_two_hundred_characters():
    assert v.clean_name("가" * 200) == "가" * 200
    with pytest.raises(ValidationError) as caught:
        v.clean_name("가" * 201, "representative")
    assert caught.value.field == "representative"


@pytest.mark.parametrize(("raw", "kept"), [
    ("가람\r두레", "가람 두레"), ("가람\n두레", "가람 두레"), ("가람\u00a0두레", "가람 두레"), ("가람\t\t두레", "가람 두레"),
    ("가람\r\n\r\n두레", "가람 두레"), ("㈔ 푸른손", "(사)푸른손"), ("(사) 푸른손", "(사)푸른손"), ("（주）햇살", "(주)햇살"),
    ("가\u200d람\u2060", "가람"), ("\u202e가람", "가람"),
])
def test_clean_name_folds_breaks_and_spaces_and_drops_invisible_characters(raw, kept):
    assert v.clean_name(raw) == kept


@pytest.mark.parametrize(("typed", "kept"), [
    ("0082-10-1234-5678", "010-1234-5678"),
    ("0082 41 730 1234", "041-730-1234"),
    ("+82-2-123-4567", "02-123-4567"),
    ("080-023-4567", "080-023-4567"),  # 080 numbers may have an exchange starting with 0
    ("0505-1234-5678", "0505-1234-5678"),  # 12-digit 050 numbers
    ("0501-234-5678", "0501-234-5678"),
    ("1644-1234", "1644-1234"),
    ("1800-1234", "1800-1234"),
    ("02-1234-5678", "02-1234-5678"),
    ("031-1234-5678", "031-1234-5678"),
])
def test_phone_shapes_korean_offices_use(typed, kept):
    assert v.normalize_phone(typed) == kept


@pytest.mark.parametrize("typed", ["041-023-4567", "02-023-4567", "0505-123-45678901", "1588-123", "010-123-4567",
                                   "0108-1234-5678", "099-123-4567"])
def test_phone_shapes_that_are_no_korean_number(typed):
    with pytest.raises(ValidationError) as caught:
        v.normalize_phone(typed, "mobile")
    assert caught.value.field == "mobile"


@pytest.mark.parametrize(("typed", "kept"), [
    ("www.garam.kr", "http://www.garam.kr"), ("https://garam.kr", "https://garam.kr"),
    ("HTTP://Garam.kr/소개", "HTTP://Garam.kr/소개"), ("  garam.kr  ", "http://garam.kr"), ("", ""),
])
def test_homepage_gets_a_scheme(typed, kept):
    assert v.normalize_homepage(typed) == kept


@pytest.mark.parametrize("typed", ["garam kr.com", "가람홈페이지", "localhost", "http://가람 홈.kr"])
def test_homepage_refusals(typed):
    with pytest.raises(ValidationError) as caught:
        v.normalize_homepage(typed)
    assert caught.value.field == "homepage"


def test_email_is_trimmed_and_named_in_its_field():
    assert v.normalize_email(" ｇａｒａｍ@garam.kr ") == "garam@garam.kr"
    with pytest.raises(ValidationError) as caught:
        v.normalize_email("garam.kr", "manager_email")
    assert caught.value.field == "manager_email"


def test_masking_keeps_the_text_around_and_hides_only_the_number():
    assert v.mask_resident_numbers("주민 900101-1234567 끝") == "주민 ******-******* 끝"
    assert v.mask_resident_numbers("전화 010-1234-5678") == "전화 010-1234-5678"
    assert v.mask_resident_numbers("") == "" and v.shown("가" * 40) == "가" * 30
    assert v.shown("메모 " + "가" * 40 + " 900101-1234567", 80).endswith("******-*******")


@pytest.mark.parametrize("text", ["991231-1234567", "000229-3234567", "850315-5234567", "850315-8234567"])
def test_resident_numbers_of_every_century_and_foreigners_are_refused(text):
    with pytest.raises(ValidationError):
        v.refuse_resident_number("notes", text)


@pytest.mark.parametrize("text", ["901301-1234567", "900132-1234567", "900100-1234567", "900101-9234567",
                                  "900101-0234567", "1900101-1234567", "900101-12345678", "2024-0305-1234567"])
def test_digits_that_are_no_resident_number_pass(text):
    v.refuse_resident_number("notes", text)


def test_name_key_ignores_legal_forms_dots_and_case():
    keys = {v.name_key(n) for n in ["(주)가람 두레", "주식회사 가람·두레", "가람-두레", "가람.두레", "가람_두레", "(사)가람두레",
                                   "사단법인 가람두레", "(유)가람두레", "유한회사 가람두레", "(재)가람두레", "재단법인가람두레"]}
    assert keys == {"가람두레"}
    assert v.name_key("GARAM Coop") == "garamcoop"


def test_digits_of_folds_full_width_and_drops_the_rest():
    assert v.digits_of("１２３-٤5a") == "1235"


@pytest.mark.parametrize(("text", "digits"), [
    ("", ""), ("010-1234-5678", "01012345678"), ("01012345678", "01012345678"), ("tel. 010 1234 5678", "01012345678"),
    ("(041) 731-2201", "0417312201"), ("-", ""), ("내선 없음", ""),
])
def test_digits_of_keeps_only_the_digits_of_plain_text_too(text, digits):
    assert v.digits_of(text) == digits


@pytest.mark.parametrize("number", ["000-81-00998", "124-00-00998", "124-81-00000", "124-81-00004"])
def test_each_all_zero_part_of_a_business_number_is_refused_as_such(number):
    with pytest.raises(ValidationError, match="0으로만") as caught:
        v.normalize_business_number(number)
    assert caught.value.field == "business_number"


@pytest.mark.parametrize("number", ["100-01-00019", "124-81-00950", "001-81-00019"])
def test_zeros_inside_a_part_are_fine(number):
    digits = v.digits_of(number)
    assert not v.is_placeholder_business_number(digits)


@pytest.mark.parametrize("digits", ["124810099", "12481009980", "", "12481a0998"])
def test_a_business_number_of_the_wrong_length_or_with_letters_is_never_valid(digits):
    assert not v.is_valid_business_number(digits)


@pytest.mark.parametrize(("typed", "kept"), [("1900-01-01", "1900-01-01"), ("2100-12-31", "2100-12-31")])
def test_the_years_a_date_may_have(typed, kept):
    assert v.parse_date(typed) == kept


@pytest.mark.parametrize("typed", ["1899-12-31", "2101-01-01", "2024-03-05X", "2024-3/5", "24.3.5", "2024030"])
def test_dates_that_are_refused_name_their_field_and_what_was_typed(typed):
    with pytest.raises(ValidationError) as caught:
        v.parse_date(typed, "founded_on")
    assert caught.value.field == "founded_on" and typed in caught.value.message
    with pytest.raises(ValidationError) as default:
        v.parse_date(typed)
    assert default.value.field == "date"


def test_default_fields_and_limits_of_text_and_names():
    with pytest.raises(ValidationError) as caught:
        v.clean_text("가" * (v.MAX_TEXT_LENGTH + 1))
    assert caught.value.field == "text"
    assert v.clean_text("가" * v.MAX_TEXT_LENGTH) == "가" * v.MAX_TEXT_LENGTH
    with pytest.raises(ValidationError) as caught:
        v.clean_name("가" * (v.NAME_LENGTH + 1))
    assert caught.value.field == "name"
    assert v.clean_line("가" * v.LINE_LENGTH) == "가" * v.LINE_LENGTH
    with pytest.raises(ValidationError) as caught:
        v.clean_line("가" * (v.LINE_LENGTH + 1))
    assert caught.value.field == "text"


def test_a_spaced_sa_is_spelled_like_the_others():
    assert v.clean_name("( 사 ) 푸른손") == "(사)푸른손" and v.clean_name("（사）푸른손") == "(사)푸른손"


def test_masking_leaves_text_without_a_resident_number_exactly_as_typed():
    assert v.mask_resident_numbers("전화 ０１０-１２３４") == "전화 ０１０-１２３４"


def test_name_key_of_a_long_name():
    assert v.name_key("가" * 300) == "가" * 300


def test_phone_refusal_names_the_phone_field_by_default():
    with pytest.raises(ValidationError) as caught:
        v.normalize_phone("12")
    assert caught.value.field == "phone" and "'12'" in caught.value.message


def test_email_refusal_shows_what_was_typed_cut_at_forty_characters():
    typed = "abcdefghij" * 4 + "KLMNO"
    with pytest.raises(ValidationError) as caught:
        v.normalize_email(typed)
    assert f"'{typed[:40]}'" in caught.value.message and caught.value.field == "email"
