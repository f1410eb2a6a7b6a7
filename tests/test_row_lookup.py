"""What the trade and people imports share (exchange/row_lookup.py): the header row found by their own
fields, columns matched once, a cell refused for a 주민등록번호 or a runaway length, an organisation found
by number or name, and the all-or-nothing verdict of a preview (unit tests)."""

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from seecodesk.core.errors import ValidationError
from seecodesk.core.validation import name_key
from seecodesk.exchange.member_rows import ERROR, WARNING, RowProblem
from seecodesk.exchange.reading import SourceRecord, SourceTable
from seecodesk.exchange.row_lookup import OrganisationFinder, RowChecks, cell_problem, match_columns, pick_header

FIELDS = {"구매기관": "buyer", "판매기관": "seller", "금액": "amount"}


def table_of(headers, rows, first_row=2):
    records = [SourceRecord(row=first_row + i, line=first_row + i, cells=cells) for i, cells in enumerate(rows)]
    return SourceTable(path=Path("x.csv"), kind="CSV", encoding="utf-8", headers=headers, header_row=first_row - 1,
                       records=records)


@dataclass
class Row:
    row: int
    problems: list[RowProblem] = field(default_factory=list)


@dataclass
class Checks(RowChecks[Row]):
    table: SourceTable
    rows: list[Row]


@dataclass
class NeedsBuyer(RowChecks[Row]):
    table: SourceTable
    rows: list[Row]

    @property
    def missing_columns(self) -> list[str]:
        return ["구매 기관"]


def numbers_in(text):
    return re.findall(r"\d+(?:,\d{3})*", text)


def test_unit_a_table_whose_header_names_two_fields_is_kept():
    table = table_of(["구매기관", "판매기관", "품목"], [["가", "나", "다"]])
    assert pick_header(table, FIELDS.get) is table and table.notes == []


def test_unit_the_first_record_naming_two_fields_becomes_the_header():
    table = table_of(["2024 실적", "", ""], [["", "", ""], ["구매기관", "x", ""], ["구매기관", "판매 기관", ""],
                                            ["판매기관", "  금액 ", ""], ["가", "나", "1"]])
    picked = pick_header(table, lambda h: FIELDS.get(h.replace(" ", "")))
    assert picked.header_row == 4 and picked.headers == ["구매기관", "판매 기관", "열 3"]
    assert [r.row for r in picked.records] == [5, 6] and (picked.path, picked.kind) == (Path("x.csv"), "CSV")
    assert picked.notes == ["머리글(4행) 위의 제목 줄은 건너뛰었습니다."] and picked.encoding == "utf-8"


def test_unit_the_header_is_looked_for_in_the_first_ten_records_only():
    titles = [[f"제목 {n}", ""] for n in range(9)]
    found = pick_header(table_of(["제목", ""], [*titles, ["구매기관", "판매기관"], ["가", "나"]]), FIELDS.get)
    assert found.header_row == 11 and [r.row for r in found.records] == [12]
    late = table_of(["제목", ""], [*titles, ["제목 9", ""], ["구매기관", "판매기관"], ["가", "나"]])
    assert pick_header(late, FIELDS.get) is late and late.notes == []


def test_unit_a_header_naming_one_field_is_kept_when_no_record_names_two():
    table = table_of(["구매기관", "비고"], [["판매기관", "x"], ["가", "나"]])
    assert pick_header(table, FIELDS.get) is table


def test_unit_the_first_header_of_a_field_wins_and_running_numbers_are_not_reported():
    columns, unknown = match_columns(["순번", "구매기관", "No.", "구매기관 (2)", "판매기관", "구매기관", "색깔"],
                                     lambda h: FIELDS.get(h.split(" ")[0]))
    assert columns == {"buyer": "구매기관", "seller": "판매기관"}
    assert unknown == ["구매기관 (2)", "구매기관", "색깔"]


def test_unit_a_cell_is_refused_for_a_resident_number_or_more_than_a_thousand_characters():
    assert cell_problem("") == "" and cell_problem("x" * 1000) == ""
    assert "1,001" in cell_problem("x" * 1001)
    resident = cell_problem("담당 900101-1234567")
    assert resident and "1," not in resident
    assert "주민등록번호" in cell_problem("900101-1234567" + "x" * 1000)


ORGS = [(1, "가람협동조합", "가람협동조합", "124-81-00998"), (2, "나눔", "나눔", ""), (3, "다온", "다온", ""),
        (4, "다온 ", "다온", "")]


def test_unit_an_organisation_is_found_by_its_business_number_first():
    finder = OrganisationFinder(ORGS)
    assert finder.find("아무 이름", "1248100998", "구매 기관") == (1, "가람협동조합")
    assert finder.find("", "124-81-00998", "구매 기관") == (1, "가람협동조합")
    with pytest.raises(ValidationError) as unknown:
        finder.find("가람협동조합", "220-81-62517", "구매 기관")
    assert unknown.value.field == "구매 기관" and "220-81-62517" in unknown.value.message
    with pytest.raises(ValidationError):
        finder.find("가람협동조합", "123", "구매 기관")


def test_unit_an_organisation_is_found_by_its_name_once_spelling_is_folded():
    finder = OrganisationFinder(ORGS)
    assert finder.find("㈜ 가람 협동조합", "", "판매 기관") == (1, "가람협동조합")
    assert finder.find("나눔", "", "판매 기관") == (2, "나눔")
    assert finder.by_number == {"124-81-00998": (1, "가람협동조합")}


@pytest.mark.parametrize("name", ["", "없는곳", "다온"])
def test_unit_a_blank_unknown_or_ambiguous_name_is_refused_beside_its_column(name):
    with pytest.raises(ValidationError) as refused:
        OrganisationFinder(ORGS).find(name, "", "판매 기관")
    assert refused.value.field == "판매 기관"
    assert ("2" in numbers_in(refused.value.message)) == (name == "다온")


def test_unit_the_not_found_message_ends_with_the_import_s_hint_and_shows_forty_characters():
    long = "가" * 40 + "나"
    with pytest.raises(ValidationError) as hinted:
        OrganisationFinder(ORGS).find(long, "", "소속 기관", "소속 구분 칸에 적어 주세요.")
    assert hinted.value.message.endswith("소속 구분 칸에 적어 주세요.") and "가" * 40 + "'" in hinted.value.message
    with pytest.raises(ValidationError) as plain:
        OrganisationFinder(ORGS).find("없는곳", "", "소속 기관")
    assert "사업자등록번호" in plain.value.message and "소속 구분" not in plain.value.message


def test_unit_the_finder_of_a_database_knows_its_live_organisations(db):
    db.execute("INSERT INTO organisations (name, name_key, business_number) VALUES ('가람', '가람', '124-81-00998')")
    finder = OrganisationFinder.of(db)
    assert finder.find("", "1248100998", "x")[1] == "가람" and finder.find("가람", "", "x")[1] == "가람"


def test_unit_a_preview_blocks_on_errors_not_warnings():
    warned, failed = Row(2, [RowProblem(2, "금액", "주의", WARNING)]), Row(3, [RowProblem(3, "금액", "오류", ERROR)])
    checks = Checks(table_of(["구매기관"], []), [warned, Row(4), failed])
    assert checks.file_problems == [] and checks.blocking_rows == [failed] and not checks.can_commit
    assert checks.problems() == warned.problems + failed.problems
    assert checks.problems(ERROR) == failed.problems and checks.problems(WARNING) == warned.problems
    assert numbers_in(checks.refusal()) == ["1", "3"]
    assert Checks(table_of(["구매기관"], []), [warned, Row(4)]).can_commit


def test_unit_the_refusal_names_the_first_ten_error_rows():
    rows = [Row(n, [RowProblem(n, "", "오류")]) for n in range(2, 13)]
    refusal = Checks(table_of(["구매기관"], []), rows).refusal()
    assert numbers_in(refusal) == ["11", *map(str, range(2, 12))] and "등" in refusal
    ten = Checks(table_of(["구매기관"], []), rows[:10]).refusal()
    assert numbers_in(ten) == ["10", *map(str, range(2, 12))] and "등" not in ten


def test_unit_a_missing_column_or_no_rows_refuses_the_file_first():
    table = table_of(["판매기관", "금액"], [])
    empty = Checks(table, [])
    assert len(empty.file_problems) == 1 and not empty.can_commit
    missing = NeedsBuyer(table, [Row(2)])
    assert len(missing.file_problems) == 1 and "구매 기관" in missing.file_problems[0]
    assert "판매기관, 금액" in missing.file_problems[0] and not missing.can_commit
    assert missing.refusal().startswith(missing.file_problems[0])
    assert len(NeedsBuyer(table, []).file_problems) == 2


def test_unit_a_header_naming_one_field_gives_way_to_a_record_naming_two():
    table = table_of(["구매기관", "비고"], [["구매기관", "판매기관"], ["가", "나"]])
    assert pick_header(table, FIELDS.get).header_row == 2


def test_unit_a_header_naming_two_fields_is_kept_even_when_a_record_repeats_it():
    table = table_of(["구매기관", "판매기관"], [["구매기관", "판매기관"], ["가", "나"]])
    assert pick_header(table, FIELDS.get) is table and len(table.records) == 2


def test_unit_an_ambiguous_long_name_is_shown_to_forty_characters():
    long = "가" * 40 + "나"
    finder = OrganisationFinder([(1, long, name_key(long), ""), (2, long, name_key(long), "")])
    with pytest.raises(ValidationError) as refused:
        finder.find(long, "", "판매 기관")
    assert "가" * 40 + "'" in refused.value.message
