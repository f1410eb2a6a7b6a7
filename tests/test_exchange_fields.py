"""Which field a source column feeds (exchange/fields.py): the header spellings Korean offices write,
the designations written in a cell, and the field a user names in --map (unit tests)."""

import pytest

from seecodesk.exchange.fields import (
    FIELD_LABELS,
    IGNORE,
    designation_of_name_header,
    field_choices_text,
    field_for_header,
    fold_header,
    is_known_skipped,
    parse_designation,
    resolve_field,
    split_designations,
)

# Header spellings seen in real member lists, written out here (not read from the module's table),
# so a spelling dropped from the table is a column the import would no longer recognise.
HEADERS_SEEN = {
    "name": ["기업명", "기관명", "조직명", "회원사명", "회원사", "마을기업명", "자활기업", "자활기업명", "사회적기업명",
             "예비사회적기업명", "협동조합명", "사회적협동조합명", "단체명", "업체명", "상호", "상호명", "법인명",
             "회사명", "기업체명", "명칭", "조직", "기업"],
    "representative": ["대표자", "대표자명", "대표", "대표자 성명", "대표이사", "대표자 이름"],
    "phone": ["전화", "전화번호", "연락처", "대표전화", "대표번호", "대표 연락처", "사무실 전화", "TEL", "Telephone"],
    "fax": ["팩스", "팩스번호", "FAX"],
    "email": ["이메일", "이메일 주소", "전자우편", "메일", "E-mail", "전자메일"],
    "homepage": ["홈페이지", "홈페이지 주소", "웹사이트", "누리집", "URL", "Website"],
    "address": ["주소", "소재지", "도로명주소", "사업장 주소", "사업장 소재지", "소재지 주소", "지번주소", "본점소재지",
                "본사주소", "소재지(도로명주소)", "소재지 도로명주소"],
    "district": ["읍면동", "읍·면·동명", "행정동", "법정동"],
    "business_number": ["사업자등록번호", "사업자번호", "사업자등록", "사업자등록번호 (-포함 작성)", "사업자등록번호10자리"],
    "corporation_number": ["법인등록번호", "법인번호"],
    "legal_form": ["법인형태", "조직형태", "법인구분", "법인격", "기업형태"],
    "designations": ["인증·지정", "인증구분", "인증유형", "지정구분", "인증종류", "사회적경제 유형", "사회적경제기업 유형",
                     "기업유형", "인증여부"],
    "industry": ["업종", "주 업종", "업태", "업종구분", "주요업종"],
    "service_field": ["주 사업분야", "사업분야", "주요사업분야"],
    "founded_on": ["설립일", "설립일자", "설립연월일", "설립년월일", "창립일", "개업일"],
    "joined_on": ["가입일", "가입일자", "회원가입일", "가입연월일"],
    "left_on": ["탈퇴일", "탈퇴일자"],
    "is_support_body": ["지원기관", "지원기관 여부"],
    "news": ["요즘 소식", "소식", "근황"],
    "notes": ["메모", "비고", "참고", "특이사항"],
}


@pytest.mark.parametrize(("field", "header"), [(f, h) for f, hs in HEADERS_SEEN.items() for h in hs])
def test_a_header_offices_write_finds_its_field(field, header):
    assert field_for_header(header) == field


@pytest.mark.parametrize("header", ["", "색깔", "사업자", "등록번호", "번호", "순번"])
def test_a_header_no_office_uses_for_a_field_finds_none(header):
    assert field_for_header(header) is None


@pytest.mark.parametrize("header", ["순번", "연번", "번호", "No", "No.", "일련번호", "회원상태", "상태", "최근 회비 연도",
                                    "최근회비원", "최근 회비"])
def test_running_numbers_and_derived_columns_are_skipped_quietly(header):
    assert is_known_skipped(header)


@pytest.mark.parametrize("header", ["기업명", "색깔", ""])
def test_other_columns_are_not_skipped_quietly(header):
    assert not is_known_skipped(header)


@pytest.mark.parametrize(("header", "folded"), [
    ("사업자등록번호 (-포함 작성)", "사업자등록번호"), ("E-mail", "email"), ("주 업종", "주업종"), ("읍·면ㆍ동", "읍면동"),
    ("a.b,c-d_e/f*g:h\ti", "abcdefghi"), ("(비고)메모(추가)", "메모"), ("ＴＥＬ", "tel"), ("", ""),
])
def test_headers_are_compared_without_spaces_punctuation_remarks_or_case(header, folded):
    assert fold_header(header) == folded


@pytest.mark.parametrize(("header", "kind"), [
    ("마을기업명", "마을기업"), ("자활기업", "자활기업"), ("사회적기업명", "사회적기업"), ("예비사회적기업명", "예비사회적기업"),
    ("예비 마을기업명", "예비마을기업"), ("소셜벤처명", "소셜벤처"), ("지역공동체기업명", "지역공동체기업"),
    ("협동조합명", ""), ("사회적협동조합명", ""), ("지원기관명", ""), ("기업명", ""),
])
def test_a_name_header_implies_the_designation_of_the_whole_file(header, kind):
    assert designation_of_name_header(header) == kind


@pytest.mark.parametrize(("token", "parsed"), [
    ("인증 사회적기업(일자리제공형)", ("사회적기업", "일자리제공형")), ("사회적기업 혼합형", ("사회적기업", "혼합형")),
    ("예비사회적기업(부처형)", ("예비사회적기업", "부처형")), ("예비 사회적기업", ("예비사회적기업", "")),
    ("예비 마을기업", ("예비마을기업", "")), ("마을기업", ("마을기업", "")), ("사회적협동조합", ("사회적협동조합", "")),
    ("협동조합(소비자협동조합)", ("협동조합", "소비자협동조합")), ("예비 협동조합", ("협동조합", "")),
    ("사회적기업(예비)", ("예비사회적기업", "")), ("마을기업 예비", ("예비마을기업", "")), ("( )", None), ("", None), ("무슨기업", None),
])
def test_a_written_designation_is_read_with_its_subtype(token, parsed):
    assert parse_designation(token) == parsed


@pytest.mark.parametrize(("text", "tokens"), [
    ("사회적기업, 마을기업", ["사회적기업", "마을기업"]), ("가/나·다ㆍ라;마\n바+사", ["가", "나", "다", "라", "마", "바", "사"]),
    ("사회적기업 및 마을기업", ["사회적기업", "마을기업"]), ("소비및생산", ["소비및생산"]), (" , ,", []), ("", []),
])
def test_a_cell_of_designations_is_split_where_people_separate_them(text, tokens):
    assert split_designations(text) == tokens


@pytest.mark.parametrize(("text", "field"), [
    ("name", "name"), (" phone ", "phone"), ("기업명", "name"), ("주 사업분야", "service_field"), ("연락처", "phone"),
    ("무시", IGNORE), ("가져오지 않음", IGNORE), ("건너뜀", IGNORE), ("skip", IGNORE), ("None", IGNORE), ("", IGNORE),
    ("ignore", IGNORE), ("색깔", None),
])
def test_a_field_named_in_map_is_found_by_key_label_or_header_spelling(text, field):
    assert resolve_field(text) == field


def test_the_map_help_lists_every_field_with_its_label():
    text = field_choices_text()
    assert all(f"{label}({key})" in text for key, label in FIELD_LABELS.items())
    assert text.startswith("기업명(name), 대표자(representative)") and text.count(", ") == len(FIELD_LABELS) - 1
