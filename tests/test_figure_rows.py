"""One year's figures from a survey sheet (exchange/figure_import.py), row by row: the organisation each
row matches, the numbers stored (천원·백만원 scaled), every problem with its row and column, all or
nothing (unit tests)."""

import re
import sqlite3
from pathlib import Path

import pytest

from seecodesk.core.errors import ImportFileError
from seecodesk.core.members import Organisation
from seecodesk.exchange.figure_import import _number, build_preview, commit_import, match_columns
from seecodesk.exchange.member_rows import ERROR, WARNING
from seecodesk.exchange.reading import SourceRecord, SourceTable
from seecodesk.storage import figures as figure_store
from seecodesk.storage import organisations as org_store

HEADERS = ["기업명", "사업자등록번호", "유급근로자 수", "취약계층(명)", "매출액(천원)", "공공구매 매출(백만원)", "비고"]


@pytest.fixture
def orgs(db):
    made = {}
    for name, number in (("가람협동조합", "012-34-56782"), ("나눔", ""), ("다온", ""), ("다온 ", ""), ("라온", "")):
        made.setdefault(name.strip(), org_store.insert_organisation(db, Organisation(name=name, business_number=number)))
    return made


def table_of(rows, headers=HEADERS):
    records = [SourceRecord(row=i + 2, line=i + 2, cells=cells) for i, cells in enumerate(rows)]
    return SourceTable(path=Path("s.csv"), kind="CSV", encoding="utf-8", headers=headers, header_row=1, records=records)


def problems_at(preview, row):
    found = [p for p in preview.problems() if p.row == row]
    assert all(p.message for p in found)  # every problem says what is wrong
    return [(p.column, p.severity) for p in found]


def test_unit_survey_headers_find_their_fields_first_one_winning():
    assert match_columns(["기업 명", "유급근로자 수(명)", "취약계층", "매출액(천원)", "매출", "사회공헌(%)", "색깔"]) == {
        "name": "기업 명", "paid_workers": "유급근로자 수(명)", "vulnerable_workers": "취약계층",
        "revenue": "매출액(천원)", "contribution": "사회공헌(%)"}
    assert match_columns(["유급근로자(명)", "상호"]) == {"paid_workers": "유급근로자(명)", "name": "상호"}


@pytest.mark.parametrize(("text", "header", "money", "value"), [
    ("1,234", "", False, 1234), (" 1 2 명", "", False, 12), ("12인", "", False, 12), ("3,500,000원", "", True, 3_500_000),
    ("", "", True, None), ("-", "", False, None), ("–", "", True, None), ("1.5", "매출액(천원)", True, 1500),
    ("2", "매출액(백만원)", True, 2_000_000), ("2", "매출액", True, 2), ("7", "근로자(천원)", False, 7),
    ("2.4", "매출액", True, 2), ("2.6", "매출액", True, 3), ("1억", "매출액", True, 100_000_000),
    ("120만원", "매출액", True, 1_200_000), ("1억", "매출액(천원)", True, 100_000_000), ("3.0", "", False, 3),
])
def test_unit_a_cell_becomes_a_number_in_won_or_people(text, header, money, value):
    assert _number(text, header, money) == value


@pytest.mark.parametrize(("text", "money"), [("1.5", False), ("abc", True), ("1,2a", False), ("원", True), ("1.", True)])
def test_unit_a_cell_that_is_no_number_is_refused(text, money):
    with pytest.raises(ValueError):
        _number(text, "", money)


def test_unit_rows_match_by_number_even_without_its_leading_zero_then_by_name(db, orgs):
    preview = build_preview(table_of([["아무개", "123456782", "10", "3", "1,250", "1", "=HYPERLINK(1)"],
                                      ["㈜ 나눔", "", "4명", "", "", "", ""],
                                      ["나눔", "220-81-62517", "5", "", "", "", ""]]), db, 2026)
    first, second, third = preview.rows
    assert (first.organisation, first.figures.organisation_id) == ("가람협동조합", orgs["가람협동조합"])
    assert (first.figures.paid_workers, first.figures.vulnerable_workers) == (10, 3)
    assert (first.figures.revenue, first.figures.public_revenue, first.figures.note) == (1_250_000, 1_000_000,
                                                                                        "=HYPERLINK(1)")
    assert second.figures.organisation_id == orgs["나눔"] and second.figures.revenue is None
    assert third.figures is not None and problems_at(preview, 4) == [("", ERROR)]  # 나눔 twice
    assert preview.problems()[0].message.startswith("3행")  # the row 나눔 came first
    assert not preview.can_commit


@pytest.mark.parametrize("name", ["", "없는곳", "다온", "가" * 300])
def test_unit_an_unmatched_row_is_an_error_beside_the_name_column(db, orgs, name):
    preview = build_preview(table_of([[name, "", "1", "", "", "", ""]]), db, 2026)
    assert problems_at(preview, 2) == [("기업명", ERROR)] and preview.rows[0].figures is None


def test_unit_a_resident_number_or_a_runaway_cell_is_an_error_in_its_own_column(db, orgs):
    preview = build_preview(table_of([["나눔", "", "1", "", "", "", "담당 900101-1234567"],
                                      ["가람협동조합", "", "1", "", "", "", "x" * 2001],
                                      ["라온", "", "1", "", "", "", "x" * 2000]]), db, 2026)
    assert problems_at(preview, 2) == [("비고", ERROR)] and problems_at(preview, 3) == [("비고", ERROR)]
    assert problems_at(preview, 4) == [] and preview.rows[0].figures is None


def test_unit_a_bad_number_or_rule_is_an_error_in_its_column_and_nothing_is_stored(db, orgs):
    preview = build_preview(table_of([["나눔", "", "열", "", "", "", ""],
                                      ["가람협동조합", "", "2", "5", "", "", ""],
                                      ["라온", "", "", "", "10", "1", ""]], headers=HEADERS), db, 2026)
    assert problems_at(preview, 2) == [("유급근로자 수", ERROR)]
    assert problems_at(preview, 3) == [("취약계층(명)", ERROR)]
    assert problems_at(preview, 4) == [("공공구매 매출(백만원)", ERROR)]
    assert [p.message for p in preview.rows[0].problems] == ["'열'은 숫자로 읽을 수 없습니다."]
    with pytest.raises(ImportFileError):
        commit_import(db, preview)
    assert figure_store.figures_for_year(db, 2026) == {}


def test_unit_a_row_wider_than_the_header_is_an_error(db, orgs):
    preview = build_preview(table_of([["나눔", "", "1", "", "", "", "", "밀림"], ["가람협동조합", "", "1", "", "", "", "", ""]]),
                            db, 2026)
    assert problems_at(preview, 2) == [("", ERROR)] and problems_at(preview, 3) == []


def test_unit_figures_already_stored_are_replaced_with_a_warning(db, orgs):
    good = table_of([["나눔", "", "3", "1", "", "", ""], [""] * 7, ["가람협동조합", "", "2", "", "", "", ""]])
    preview = build_preview(good, db, 2026)
    assert preview.can_commit and [r.row for r in preview.rows] == [2, 4] and preview.problems() == []
    assert commit_import(db, preview) == 2
    stored = figure_store.figures_for_year(db, 2026)
    assert (stored[orgs["나눔"]].paid_workers, stored[orgs["나눔"]].vulnerable_workers) == (3, 1)
    again = build_preview(table_of([["나눔", "", "7", "", "", "", ""]]), db, 2026)
    assert problems_at(again, 2) == [("", WARNING)] and again.can_commit
    assert "주의 1건" in again.summary() and "오류 0행" in again.summary()
    commit_import(db, again)
    assert figure_store.figures_for_year(db, 2026)[orgs["나눔"]].paid_workers == 7
    assert build_preview(table_of([["나눔", "", "7", "", "", "", ""]]), db, 2025).problems() == []


@pytest.mark.parametrize("year", [1899, 3000])
def test_unit_a_year_outside_four_digits_is_refused(db, orgs, year):
    with pytest.raises(ImportFileError) as refused:
        build_preview(table_of([["나눔", "", "1", "", "", "", ""]]), db, year)
    assert str(year) in str(refused.value)


@pytest.mark.parametrize("year", [1900, 2999])
def test_unit_the_first_and_last_four_digit_years_are_taken(db, orgs, year):
    assert build_preview(table_of([["나눔", "", "1", "", "", "", ""]]), db, year).can_commit


def test_unit_a_sheet_without_a_name_or_figure_column_or_rows_is_refused(db, orgs):
    nameless = build_preview(table_of([["x", "1", "2"]], headers=["주소", "유급근로자 수", "매출액"]), db, 2026)
    assert len(nameless.file_problems) == 1 and not nameless.can_commit
    by_number = build_preview(table_of([["123456782", "1"]], headers=["사업자번호", "유급근로자 수"]), db, 2026)
    assert by_number.file_problems == [] and by_number.can_commit
    bare = build_preview(table_of([["나눔"]], headers=["기업명"]), db, 2026)
    assert len(bare.file_problems) == 1
    empty = build_preview(table_of([], headers=["기업명", "매출액"]), db, 2026)
    assert len(empty.file_problems) == 1
    with pytest.raises(ImportFileError):
        commit_import(db, empty)


def test_unit_a_row_shows_its_name_or_number_and_blank_texts_stay_blank(db, orgs):
    preview = build_preview(table_of([["나눔", "1"], ["", "1"]], headers=["기업명", "유급근로자 수"]), db, 2026)
    assert [r.name for r in preview.rows] == ["나눔", ""]
    figures = preview.rows[0].figures
    assert (figures.vulnerable_types, figures.social_purpose, figures.contribution, figures.contribution_category,
            figures.beneficiaries, figures.note) == ("", "", "", "", "", "")
    by_number = build_preview(table_of([["123456782", "1"], ["220-81-62517", "2"]], headers=["사업자번호", "근로자수"]),
                              db, 2026)
    assert [r.name for r in by_number.rows] == ["123456782", "220-81-62517"]
    assert problems_at(by_number, 3) == [("", ERROR)] and by_number.rows[0].organisation == "가람협동조합"


def test_unit_a_short_row_reads_its_missing_cells_as_blank(db, orgs):
    preview = build_preview(table_of([["나눔", "", "3"]]), db, 2026)
    figures = preview.rows[0].figures
    assert preview.problems() == [] and (figures.paid_workers, figures.revenue, figures.note) == (3, None, "")


def test_unit_a_resident_number_in_the_name_is_refused_without_matching(db, orgs):
    preview = build_preview(table_of([["담당 900101-1234567", "", "1", "", "", "", ""]]), db, 2026)
    assert problems_at(preview, 2) == [("기업명", ERROR), ("기업명", ERROR)] and preview.rows[0].figures is None


def test_unit_the_summary_counts_rows_errors_and_warnings(db, orgs):
    preview = build_preview(table_of([["없는곳", "", "1", "", "", "", ""], ["나눔", "", "1", "", "", "", ""]]), db, 2026)
    assert "2026" in preview.summary() and "읽은 행 2" in preview.summary() and "오류 1행" in preview.summary()


def test_unit_a_refused_commit_says_why_and_how_many_rows(db, orgs):
    bad = build_preview(table_of([["없는곳", "", "1", "", "", "", ""], ["나눔", "", "1", "", "", "", ""]]), db, 2026)
    with pytest.raises(ImportFileError) as refused:
        commit_import(db, bad)
    assert re.findall(r"\d+", str(refused.value)) == ["1"]
    nameless = build_preview(table_of([["x", "1", "2"]], headers=["주소", "유급근로자 수", "매출액"]), db, 2026)
    with pytest.raises(ImportFileError) as refused:
        commit_import(db, nameless)
    assert str(refused.value).startswith(nameless.file_problems[0])


def test_unit_a_failure_while_storing_stores_nothing_and_says_why(db, orgs, monkeypatch):
    preview = build_preview(table_of([["나눔", "", "1", "", "", "", ""], ["가람협동조합", "", "2", "", "", "", ""]]), db, 2026)
    upsert = figure_store.upsert_figures

    def failing(db, figures):
        if figures.paid_workers == 2:
            raise sqlite3.OperationalError("disk I/O error")
        upsert(db, figures)

    monkeypatch.setattr(figure_store, "upsert_figures", failing)
    with pytest.raises(ImportFileError) as refused:
        commit_import(db, preview)
    assert "disk I/O error" in str(refused.value) and figure_store.figures_for_year(db, 2026) == {}
