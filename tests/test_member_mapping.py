"""Which column of a member list feeds which directory field (exchange/member_mapping.py): suggested from
headers and values, corrected with --map or by hand, carried over when the file is read again (unit tests)."""

from pathlib import Path

import pytest

from seecodesk.core.errors import ImportFileError
from seecodesk.exchange.fields import IGNORE
from seecodesk.exchange.member_mapping import ColumnMapping, apply_overrides, carry_over, set_field, suggest_mapping
from seecodesk.exchange.reading import SourceRecord, SourceTable


def table_of(headers, rows):
    records = [SourceRecord(row=i + 2, line=i + 2, cells=cells) for i, cells in enumerate(rows)]
    return SourceTable(path=Path("x.csv"), kind="CSV", encoding="utf-8", headers=headers, header_row=1, records=records)


def column(values):
    return [[f"기업{n}", value] for n, value in enumerate(values)]


def test_unit_headers_suggest_fields_and_a_repeated_single_field_is_left_out():
    mapping = suggest_mapping(table_of(["순번", "기업명", "상호", "전화", "메모", "비고", "색깔"], []))
    assert mapping.fields == {"순번": IGNORE, "기업명": "name", "상호": IGNORE, "전화": "phone", "메모": "notes",
                              "비고": "notes", "색깔": IGNORE}
    assert mapping.unknown_columns() == ["상호", "색깔"] and mapping.conflicts() == []
    assert mapping.first_columns() == {IGNORE: "순번", "name": "기업명", "phone": "전화", "notes": "메모"}
    assert mapping.columns_for("notes") == ["메모", "비고"] and mapping.file_designation == ""


@pytest.mark.parametrize(("values", "expected"), [
    (["사회적기업", "마을기업", "자활기업/협동조합", "일반식품", "제조"], "designations"),  # 3 of 5 = 60 %
    (["사회적기업", "마을기업", "자활기업/식품", "일반식품", "제조"], IGNORE),  # 2 of 5
    (["사회적기업", "", "", "", "제조"], IGNORE),  # 1 of 2 filled
    (["", ""], IGNORE),
])
def test_unit_an_unknown_column_of_mostly_designations_feeds_the_designations(values, expected):
    assert suggest_mapping(table_of(["기업명", "유형"], column(values))).fields["유형"] == expected


def test_unit_short_rows_are_not_read_past_their_end():
    table = table_of(["기업명", "유형"], [["가람"], ["나눔", "마을기업"], ["다온"]])
    assert suggest_mapping(table).fields["유형"] == "designations"


def test_unit_only_the_first_three_hundred_values_decide():
    values = ["사회적기업"] * 180 + ["제조"] * 120 + ["제조"] * 400
    assert suggest_mapping(table_of(["기업명", "유형"], column(values))).fields["유형"] == "designations"


def test_unit_a_designations_column_is_taken_once_and_a_legal_form_column_also_feeds_it():
    both = suggest_mapping(table_of(["기업명", "유형", "구분"], column(["마을기업", "자활기업"])))
    assert (both.fields["유형"], both.fields["구분"]) == ("designations", IGNORE)
    legal = suggest_mapping(table_of(["기업명", "조직형태"], column(["협동조합", "사회적협동조합"])))
    assert legal.fields["조직형태"] == "legal_form" and legal.designation_sources == {"조직형태"}
    plain = suggest_mapping(table_of(["기업명", "조직형태"], column(["주식회사", "사단법인"])))
    assert plain.designation_sources == set()
    real = suggest_mapping(table_of(["기업명", "조직형태", "인증구분"],
                                    [["가", "협동조합", "마을기업"], ["나", "협동조합", "사회적기업"]]))
    assert real.fields["인증구분"] == "designations" and real.designation_sources == set()


def test_unit_a_name_header_such_as_maeul_implies_the_file_s_designation():
    assert suggest_mapping(table_of(["마을기업명", "전화"], [])).file_designation == "마을기업"
    assert suggest_mapping(table_of(["전화", "주소"], [])).file_designation == ""


def test_unit_two_columns_on_one_single_value_field_are_a_conflict():
    mapping = ColumnMapping({"기업명": "name", "상호": "name", "메모": "notes", "비고": "notes", "a": IGNORE,
                             "b": IGNORE})
    conflicts = mapping.conflicts()
    assert len(conflicts) == 1 and "2" in conflicts[0] and "기업명, 상호" in conflicts[0]


def test_unit_map_texts_point_a_column_at_a_field():
    headers = ["상 호", "전화", "비고"]
    mapping = suggest_mapping(table_of(headers, []))
    apply_overrides(mapping, headers, ["  상  호 = 기업명 ", "전화=무시"])
    assert mapping.fields == {"상 호": "name", "전화": IGNORE, "비고": "notes"}
    assert mapping.explicit == {"상 호", "전화"} and mapping.unknown_columns() == []


@pytest.mark.parametrize(("text", "named"), [("상호", "상호"), ("=기업명", "=기업명"), (" =기업명", "=기업명"),
                                           ("없는열=기업명", "없는열"), ("상호=색깔", "색깔")])
def test_unit_a_wrong_map_text_is_refused_naming_it_and_changes_nothing(text, named):
    mapping = suggest_mapping(table_of(["상호", "전화"], []))
    before = dict(mapping.fields)
    with pytest.raises(ImportFileError) as refused:
        apply_overrides(mapping, ["상호", "전화"], [text])
    assert named in str(refused.value)
    assert mapping.fields == before and mapping.explicit == set()


def test_unit_a_column_whose_name_holds_an_equals_sign_can_be_mapped():
    mapping = suggest_mapping(table_of(["a=b", "전화"], []))
    apply_overrides(mapping, ["a=b", "전화"], ["a=b=기업명"])
    assert mapping.fields["a=b"] == "name"


def test_unit_a_single_field_chosen_by_hand_leaves_its_old_column():
    mapping = ColumnMapping({"기업명": "name", "상호": IGNORE, "메모": "notes", "비고": IGNORE, "x": IGNORE})
    set_field(mapping, "상호", "name")
    set_field(mapping, "비고", "notes")
    set_field(mapping, "x", IGNORE)
    assert mapping.fields == {"기업명": IGNORE, "상호": "name", "메모": "notes", "비고": "notes", "x": IGNORE}
    set_field(mapping, "상호", "name")
    assert mapping.fields["상호"] == "name"


def test_unit_choosing_a_name_column_by_hand_sets_the_file_designation_once():
    mapping = ColumnMapping({"자활기업명": IGNORE, "마을기업명": IGNORE})
    set_field(mapping, "자활기업명", "name")
    assert mapping.file_designation == "자활기업"
    set_field(mapping, "마을기업명", "name")
    assert mapping.file_designation == "자활기업"


def test_unit_a_legal_form_column_feeds_designations_only_while_no_designations_column_does():
    mapping = ColumnMapping({"조직형태": "legal_form", "유형": IGNORE}, designation_sources={"조직형태"})
    set_field(mapping, "조직형태", "legal_form")
    assert mapping.designation_sources == {"조직형태"}
    set_field(mapping, "유형", "designations")
    set_field(mapping, "조직형태", "legal_form")
    assert mapping.designation_sources == set()
    moved = ColumnMapping({"조직형태": "legal_form"}, designation_sources={"조직형태"})
    set_field(moved, "조직형태", "notes")
    assert moved.designation_sources == set()


def test_unit_choices_made_by_hand_survive_reading_the_file_again():
    previous = ColumnMapping({"상호": "name", "전화": "phone", "옛열": "notes"}, file_designation="마을기업",
                             explicit={"상호", "옛열"})
    fresh = ColumnMapping({"상호": IGNORE, "전화": "phone", "기업명": "name"})
    carried = carry_over(previous, fresh)
    assert carried.fields == {"상호": "name", "전화": "phone", "기업명": IGNORE}
    assert carried.file_designation == "마을기업" and carried.explicit == {"상호"}
    kept = carry_over(ColumnMapping({}), ColumnMapping({"기업명": "name"}, file_designation="자활기업"))
    assert kept.file_designation == "자활기업"
