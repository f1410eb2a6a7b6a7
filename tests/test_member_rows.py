"""One source row turned into an organisation (exchange/member_rows.py): every field lands where the
secretary expects, every problem names the column it is in, a refused value is never kept."""

import pytest

from seecodesk.exchange.fields import FIELD_LABELS
from seecodesk.exchange.member_mapping import ColumnMapping
from seecodesk.exchange.member_rows import ERROR, WARNING, convert_record, unneutralise
from seecodesk.exchange.reading import SourceRecord

EVERY_FIELD = {
    "상호": ("name", "가람두레협동조합"),
    "대표": ("representative", "김하나"),
    "연락처": ("phone", "041-730-1111"),
    "팩스번호": ("fax", "041-730-1112"),
    "메일": ("email", "a@garam.kr"),
    "누리집": ("homepage", "garam.kr"),
    "소재지": ("address", "가람시 바다로 1"),
    "동": ("district", "중앙동"),
    "사업자": ("business_number", "124-81-00998"),
    "법인번호": ("corporation_number", "110111-0006240"),
    "형태": ("legal_form", "협동조합"),
    "인증": ("designations", "사회적기업(일자리제공형), 마을기업"),
    "업종명": ("industry", "제조업"),
    "분야": ("service_field", "교육"),
    "설립": ("founded_on", "2019. 3. 5."),
    "가입": ("joined_on", "2021.1.2"),
    "탈퇴": ("left_on", "20231231"),
    "지원": ("is_support_body", "예"),
    "소식": ("news", "새 매장"),
    "비고": ("notes", "메모"),
}
HEADERS = list(EVERY_FIELD)


def convert(values: dict[str, str], fields: dict[str, str], file_designation: str = "", row: int = 2, extra=()):
    headers = list(fields)
    record = SourceRecord(row=row, line=row + 3, cells=[values.get(h, "") for h in headers] + list(extra))
    return convert_record(record, headers, ColumnMapping(fields=fields, file_designation=file_designation))


def full_row(**changes):
    values = {h: v for h, (_k, v) in EVERY_FIELD.items()}
    values.update(changes)
    return convert(values, {h: k for h, (k, _v) in EVERY_FIELD.items()})


def test_every_field_lands_in_its_place():
    row = full_row()
    org = row.organisation
    assert row.problems == [] and row.name == "가람두레협동조합" and row.key == "가람두레협동조합"
    assert (org.name, org.representative, org.phone, org.fax, org.email, org.homepage) == (
        "가람두레협동조합", "김하나", "041-730-1111", "041-730-1112", "a@garam.kr", "http://garam.kr")
    assert (org.address, org.district, org.business_number, org.corporation_number, org.legal_form) == (
        "가람시 바다로 1", "중앙동", "124-81-00998", "110111-0006240", "협동조합")
    assert (org.industry, org.service_field, org.founded_on, org.is_support_body, org.news, org.notes) == (
        "제조업", "교육", "2019-03-05", True, "새 매장", "메모")
    assert [(d.kind, d.subtype) for d in org.designations] == [("사회적기업", "일자리제공형"), ("마을기업", "")]
    assert [(p.joined_on, p.left_on) for p in org.memberships] == [("2021-01-02", "2023-12-31")]


@pytest.mark.parametrize(("header", "value", "words"), [
    ("사업자", "124-81-00999", "검증번호"), ("법인번호", "110111-0006245", "검증번호"), ("연락처", "12-34", "전화번호"),
    ("팩스번호", "99", "전화번호"), ("메일", "garam", "이메일"), ("누리집", "가람 홈", "홈페이지"),
    ("설립", "2019-02-30", "없는 날짜"), ("가입", "2021-13-01", "날짜"), ("탈퇴", "어제", "날짜"),
    ("대표", "가" * 201, "200자"), ("소재지", "가" * 201, "200자"),
])
def test_a_bad_cell_is_an_error_in_its_own_column_and_nothing_is_kept(header, value, words):
    row = full_row(**{header: value})
    errors = [p for p in row.problems if p.severity == ERROR]
    assert [(p.row, p.column) for p in errors] == [(2, header)] and words in errors[0].message
    assert row.organisation is None and row.has_errors


def test_a_left_date_without_a_joined_date_is_named_in_the_left_column():
    row = full_row(가입="")
    assert [(p.row, p.column, p.message) for p in row.problems] == [(2, "탈퇴", "탈퇴일만 있고 가입일이 없습니다.")]


def test_left_before_joined_is_named_in_the_joined_column():
    row = full_row(가입="2024-01-01", 탈퇴="2023-01-01")
    assert [p.column for p in row.problems] == ["가입"] and "빠릅니다" in row.problems[0].message


def test_a_resident_number_is_refused_in_its_column_and_never_kept_or_shown():
    row = full_row(비고="주민 900101-1234567")
    assert [(p.row, p.column, p.severity) for p in row.problems] == [(2, "비고", ERROR)]
    assert row.organisation is None and "1234567" not in row.cells["비고"] and "1234567" not in row.problems[0].text()


def test_an_overlong_cell_is_refused_in_its_column_except_in_long_text_fields():
    row = full_row(대표="가" * 1_001)
    assert [(p.column, "1,001자" in p.message) for p in row.problems] == [("대표", True)]
    assert row.organisation is None
    long_note = full_row(비고="가" * 1_500, 소식="나" * 1_500)
    assert long_note.problems == [] and long_note.organisation.notes == "가" * 1_500


def test_an_overlong_name_is_still_shown_cut_to_nothing_rather_than_garbage():
    row = full_row(상호="가" * 1_001)
    assert row.name == "" and row.organisation is None and [p.column for p in row.problems] == ["상호"]


def test_a_missing_name_is_named_in_the_name_column():
    row = full_row(상호="  ")
    assert [(p.column, p.message) for p in row.problems] == [("상호", "기업명이 비어 있습니다.")]


def test_a_row_with_too_many_or_too_few_cells_says_which_line_of_the_file():
    fields = {"상호": "name", "대표": "representative"}
    extra = convert({"상호": "가람", "대표": "김"}, fields, extra=["남는 칸"])
    assert extra.has_errors and "3개로 머리글(2개)보다 많습니다" in extra.problems[0].message
    assert "파일 5번째 줄" in extra.problems[0].message and extra.problems[0].column == ""
    blank_extra = convert({"상호": "가람", "대표": "김"}, fields, extra=["", ""])
    assert blank_extra.problems == [] and blank_extra.organisation.name == "가람"
    headers = list(fields)
    short = convert_record(SourceRecord(row=7, line=9, cells=["가람"]), headers, ColumnMapping(fields=fields))
    assert short.has_errors and "1개로 머리글(2개)보다 적습니다" in short.problems[0].message
    assert "파일 9번째 줄" in short.problems[0].message and short.problems[0].text().startswith("7행 오류")
    assert short.problems[0].column == "" and short.cells == {"상호": "가람", "대표": ""}


def test_excel_dropped_leading_zero_is_put_back_with_a_warning_in_its_column():
    row = full_row(연락처="10-2345-6789", 팩스번호="417301112")
    assert row.organisation.phone == "010-2345-6789" and row.organisation.fax == "041-730-1112"
    assert [(p.column, p.severity) for p in row.problems] == [("연락처", WARNING), ("팩스번호", WARNING)]
    assert not row.has_errors and row.has_warnings


def test_numbers_that_cannot_be_repaired_stay_errors():
    row = full_row(연락처="12")
    assert [(p.column, p.severity) for p in row.problems] == [("연락처", ERROR)]


def test_designations_unknown_words_are_skipped_with_a_warning_and_none_repeats():
    row = full_row(인증="사회적기업, 인증 사회적기업, 무슨기업, 마을기업, 뭔기업")
    assert row.organisation.designation_kinds == ["사회적기업", "마을기업"]
    assert [(p.row, p.column, p.severity, "무슨기업, 뭔기업" in p.message) for p in row.problems] == [
        (2, "인증", WARNING, True)]


def test_the_file_designation_is_added_once_to_every_row():
    fields = {"상호": "name", "인증": "designations"}
    both = convert({"상호": "가람", "인증": "자활기업, 마을기업"}, fields, file_designation="자활기업")
    assert both.organisation.designation_kinds == ["자활기업", "마을기업"]
    only_file = convert({"상호": "나래"}, {"상호": "name"}, file_designation="자활기업")
    assert only_file.organisation.designation_kinds == ["자활기업"]


def test_a_field_without_a_column_is_named_by_its_label():
    row = convert({"상호": "가람", "탈퇴": "2023-01-01"}, {"상호": "name", "탈퇴": "left_on"})
    assert [p.column for p in row.problems] == ["탈퇴"]
    no_name = convert({"대표": "김"}, {"대표": "representative"})
    assert [p.column for p in no_name.problems] == [FIELD_LABELS["name"]]


def test_notes_from_several_columns_are_labelled():
    fields = {"상호": "name", "비고": "notes", "특이사항": "notes", "빈칸": "notes"}
    row = convert({"상호": "가람", "비고": "하나", "특이사항": "둘"}, fields)
    assert row.organisation.notes == "비고: 하나\n특이사항: 둘"


@pytest.mark.parametrize(("cell", "kept"), [("'=1+1", "=1+1"), ("'+82", "+82"), ("'-5", "-5"), ("'@x", "@x"),
                                            ("'가람", "'가람"), ("''=x", "''=x")])
def test_our_export_apostrophe_is_taken_off(cell, kept):
    assert unneutralise(cell) == kept


@pytest.mark.parametrize("word", ["예", "Y", "yes", "O", "○", "1", "true", "지원기관"])
def test_support_body_words(word):
    assert full_row(지원=word).organisation.is_support_body


@pytest.mark.parametrize("word", ["", "아니오", "N", "0", "x"])
def test_not_a_support_body(word):
    assert not full_row(지원=word).organisation.is_support_body


def test_an_ignored_column_is_not_checked_but_is_shown_masked():
    row = convert({"상호": "가람", "메모칸": "900101-1234567"}, {"상호": "name", "메모칸": "ignore"})
    assert row.problems == [] and row.organisation.notes == "" and "1234567" not in row.cells["메모칸"]


def test_a_long_one_line_value_is_refused_for_the_field_not_as_a_broken_row():
    row = full_row(소재지="가" * 1_000)
    assert [p.column for p in row.problems] == ["소재지"] and "최대 1,000자" not in row.problems[0].message


def test_a_name_too_long_to_keep_is_still_shown_in_the_preview():
    row = full_row(상호="가" * 300)
    assert row.name == "가" * 300 and row.organisation is None and [p.column for p in row.problems] == ["상호"]


def test_a_legal_form_column_of_designations_keeps_their_subtype():
    fields = {"상호": "name", "조직형태": "legal_form"}
    mapping = ColumnMapping(fields=fields, designation_sources={"조직형태"})
    record = SourceRecord(row=2, line=2, cells=["가람", "사회적기업(사회서비스제공형)"])
    org = convert_record(record, list(fields), mapping).organisation
    assert [(d.kind, d.subtype) for d in org.designations] == [("사회적기업", "사회서비스제공형")] and org.legal_form == ""


def test_a_problem_is_placed_at_its_row_and_column_and_says_something():
    overlong = full_row(대표="가" * 1_001)
    resident = full_row(지원="900101-1234567")
    no_name = full_row(상호="")
    repaired = full_row(연락처="10-2345-6789")
    extra = convert({"상호": "가람"}, {"상호": "name"}, extra=["남는 칸"])
    for row, column in ((overlong, "대표"), (resident, "지원"), (no_name, "상호"), (repaired, "연락처"), (extra, "")):
        [problem] = row.problems
        assert (problem.row, problem.column) == (2, column) and problem.message
        assert problem.text().startswith(f"2행 [{column}] " if column else "2행 오류")
    assert (resident.row, resident.line) == (2, 5)


def test_a_resident_number_is_refused_in_any_column_even_one_the_directory_does_not_check():
    ignored_first = {"메모칸": "ignore", "빈칸": "notes", "상호": "name", "지원": "is_support_body"}
    row = convert({"메모칸": "x", "상호": "가람", "지원": "900101-1234567"}, ignored_first)
    assert [(p.column, p.severity) for p in row.problems] == [("지원", ERROR)] and row.organisation is None
    assert row.cells["지원"] == "******-*******"


def test_a_resident_number_in_the_name_is_never_shown_as_the_row_name():
    row = full_row(상호="가람 900101-1234567")
    assert [p.column for p in row.problems] == ["상호"] and row.name == ""
    assert row.cells["상호"] == "가람 ******-*******"


# 110111-4123454: a 법인등록번호 whose 7th digit makes it look like a 주민등록번호; its check digit holds.
def test_a_corporation_number_shaped_like_a_resident_number_is_kept_in_its_own_column():
    row = full_row(법인번호="110111-4123454")
    assert row.problems == [] and row.organisation.corporation_number == "110111-4123454"


def test_the_same_digits_are_refused_outside_the_corporation_column_or_with_a_wrong_check_digit():
    for header in ("비고", "지원"):
        elsewhere = full_row(**{header: "110111-4123454"})
        assert [(p.column, p.severity) for p in elsewhere.problems] == [(header, ERROR)]
    wrong = full_row(법인번호="110111-4123455")
    assert [(p.column, p.severity) for p in wrong.problems] == [("법인번호", ERROR)]
    assert "4123455" not in wrong.cells["법인번호"] and wrong.organisation is None


def test_a_legal_form_column_keeps_a_form_that_is_also_a_designation_or_mixes_in_an_unknown_word():
    fields = {"상호": "name", "조직형태": "legal_form"}
    mapping = ColumnMapping(fields=fields, designation_sources={"조직형태"})
    both = convert_record(SourceRecord(row=2, line=2, cells=["가람", "협동조합"]), list(fields), mapping).organisation
    assert (both.legal_form, both.designation_kinds) == ("협동조합", ["협동조합"])
    mixed = convert_record(SourceRecord(row=2, line=2, cells=["가람", "주식회사, 사회적기업"]), list(fields), mapping)
    assert (mixed.organisation.legal_form, mixed.organisation.designation_kinds) == ("주식회사, 사회적기업", ["사회적기업"])
