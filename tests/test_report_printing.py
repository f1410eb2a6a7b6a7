"""Wide report presets on paper: never below a legible size, cut into column groups printed one after
another, each repeating the key columns and the header row, marked '(열 1/2)'; narrow ones as always."""

from datetime import date

import openpyxl
import pdfplumber
import pytest

from seecodesk.core.column_groups import group_columns
from seecodesk.core.report_period import ReportPeriod
from seecodesk.exchange import sheet_printing
from seecodesk.exchange.report_export import WriteStyle, write_report
from seecodesk.exchange.sheet_printing import BODY_POINTS, MIN_BODY_POINTS, print_plan, title_row
from seecodesk.services.reports import available_presets, build_report
from seecodesk.services.reports.base import Column, Report, ReportOptions, Table
from tests.test_reports_libreoffice import _convert, needs_libreoffice

THIS_YEAR = date.today().year
WIDE = {"plan", "employment"}


def _headers(sheet):
    return [c.value for c in sheet[3]]


def _groups_of(sheet):
    """The columns (1-based) printed on each group's pages, read back from the file's print settings."""
    count = sheet.max_column
    breaks = sorted(b.id for b in sheet.col_breaks.brk)
    if not breaks:
        return [list(range(1, count + 1))]
    keys = openpyxl.utils.column_index_from_string(sheet.print_title_cols.split(":")[-1].strip("$"))
    edges = [keys, *breaks, count]
    return [[*range(1, keys + 1), *range(start + 1, stop + 1)] for start, stop in zip(edges, edges[1:], strict=False)]


def test_unit_columns_that_fit_stay_one_group_and_wide_ones_fit_the_room_beside_the_keys():
    assert group_columns([10, 10, 10], 40, keys=2).groups == (range(0, 3),)
    wide = group_columns([20, 8, 10, 10, 10, 10, 10, 10], 60, keys=2)
    assert wide.keys == 2 and wide.split
    assert [i for g in wide.groups for i in g] == list(range(2, 8)), "every column once, in order"
    assert all(28 + sum(10 for _ in g) <= 60 for g in wide.groups)
    assert [wide.columns(n)[:2] for n in range(len(wide.groups))] == [[0, 1]] * len(wide.groups)
    assert [wide.label(n) for n in range(len(wide.groups))] == ["(열 1/2)", "(열 2/2)"]


def test_unit_keys_wider_than_half_the_room_shrink_to_the_first_and_a_huge_column_stands_alone():
    groups = group_columns([30, 30, 5, 90, 5], 60, keys=2)
    assert groups.keys == 1
    assert [list(g) for g in groups.groups] == [[1, 2], [3], [4]]
    assert group_columns([], 10).groups == (range(0, 0),)


def test_unit_groups_are_balanced_not_filled_greedily():
    groups = group_columns([5] + [10] * 9, 60, keys=1)
    sizes = [len(g) for g in groups.groups]
    assert len(sizes) == 2 and max(sizes) - min(sizes) <= 1


@pytest.mark.parametrize("year", [THIS_YEAR - 1, THIS_YEAR])
def test_unit_every_preset_prints_at_a_legible_size_with_every_header_and_the_keys_on_each_page(demo_db, tmp_path,
                                                                                                year):
    for info in available_presets(demo_db):
        report = build_report(demo_db, info.key, ReportOptions(ReportPeriod.year(year)))
        path = tmp_path / f"{info.key}.xlsx"
        write_report(report, path)
        for table, sheet in zip(report.tables, openpyxl.load_workbook(path).worksheets, strict=True):
            widths = [sheet.column_dimensions[openpyxl.utils.get_column_letter(i)].width
                      for i in range(1, len(table.columns) + 1)]
            plan = print_plan(widths, table.key_count)
            assert plan.body_points >= MIN_BODY_POINTS, (info.key, table.title)
            groups = _groups_of(sheet)
            headers = _headers(sheet)
            assert {h for g in groups for h in (headers[i - 1] for i in g)} == set(headers), "a header never printed"
            if len(groups) == 1:
                assert (info.key, table is report.main) not in {(k, True) for k in WIDE}, f"{info.key} not split"
                assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
                continue
            assert info.key in WIDE and table is report.main
            keys = list(range(1, table.key_count + 1))
            assert all(g[: len(keys)] == keys for g in groups), "the key columns on every group's pages"
            assert int(sheet.page_setup.scale) == plan.scale and not sheet.sheet_properties.pageSetUpPr.fitToPage
            markers = [c.value for c in sheet[1] if c.value and str(c.value).startswith("(열")]
            assert markers == [f"(열 {n}/{len(groups)})" for n in range(1, len(groups) + 1)]
            assert [sheet.cell(1, g[-1]).value for g in groups] == markers, "each mark above its group's last column"
            own = sorted(c for g in groups for c in g[len(keys):])
            assert own == list(range(len(keys) + 1, len(headers) + 1)), "every other column on exactly one group"
            footer = sheet.oddFooter.right
            assert "&P" in footer.text and "&N" in footer.text and footer.size == BODY_POINTS, "page x / y"


def test_unit_narrow_presets_print_exactly_as_before(demo_db, tmp_path):
    report = build_report(demo_db, "procurement", ReportOptions(ReportPeriod.year(THIS_YEAR - 1)))
    write_report(report, tmp_path / "p.xlsx")
    for sheet in openpyxl.load_workbook(tmp_path / "p.xlsx").worksheets:
        setup = sheet.page_setup
        assert (setup.orientation, int(setup.paperSize), setup.fitToWidth, setup.fitToHeight) == ("landscape", 9, 1, 0)
        assert sheet.print_title_rows == "$3:$3" and sheet.print_title_cols is None and not sheet.col_breaks.brk
        assert [c.value for c in sheet[1]][1:] == [None] * (sheet.max_column - 1), "no group marks on the title row"
        assert not sheet.oddFooter.right.text


def test_unit_members_with_contacts_ticked_split_with_the_name_repeated(demo_db, tmp_path):
    options = ReportOptions(ReportPeriod.year(THIS_YEAR - 1), include_phone=True, include_email=True)
    report = build_report(demo_db, "members", options)
    write_report(report, tmp_path / "m.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "m.xlsx").worksheets[0]
    assert sheet.print_title_cols == "$A:$A" and _headers(sheet)[0] == "기업명"
    assert len(_groups_of(sheet)) >= 2


def _wide_report(cell):
    columns = [Column("name", "기업명", names_row=True, width=20)] + [
        Column(f"c{i}", f"항목 {i} <&>", "money" if i % 2 else "text", width=18) for i in range(16)]
    rows = [[cell] + [1234567 if i % 2 else cell for i in range(16)] for _ in range(3)]
    return Report("t", "시험 😀 <b>", "가람 & 네트워크", ReportPeriod.year(2026),
                  [Table("표", columns, rows, ["합계"] + [3703701 if i % 2 else "" for i in range(16)])])


@pytest.mark.parametrize("cell", ["가" * 10_000, "<b>&amp; 😀 =1+1", ""])
def test_unit_bad_cells_in_a_wide_report_still_make_a_split_sheet(tmp_path, cell):
    write_report(_wide_report(cell), tmp_path / "w.xlsx", style=WriteStyle())
    sheet = openpyxl.load_workbook(tmp_path / "w.xlsx").worksheets[0]
    assert sheet["A4"].value == (cell or None) and len(_groups_of(sheet)) >= 2
    assert print_plan([18.0] * 17, 1).body_points >= MIN_BODY_POINTS


@needs_libreoffice
def test_libreoffice_prints_the_plan_in_column_groups_a_reader_can_join(demo_path, tmp_path):
    from seecodesk.storage.database import open_database

    db = open_database(demo_path)
    report = build_report(db, "plan", ReportOptions(ReportPeriod.year(THIS_YEAR)))
    db.close()
    report.tables = report.tables[:1]
    write_report(report, tmp_path / "plan.xlsx")
    pdf = _convert(tmp_path, tmp_path / "plan.xlsx")
    headers = [WriteStyle().header(c, False) for c in report.main.columns]
    with pdfplumber.open(pdf) as document:
        pages = [(page.extract_text() or "").replace(" ", "") for page in document.pages]
        sizes = [round(c["size"], 1) for page in document.pages for c in page.chars]
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert "실행과제" in text and "합계" in text and f"(열{number}/{len(pages)})" in text
    assert all(h.replace(" ", "") in "".join(pages) for h in headers), "a column never printed"
    assert min(sizes) >= MIN_BODY_POINTS - 0.05



def test_unit_a_table_that_cannot_be_cut_usefully_stays_whole():
    for widths, keys in (([100], 1), ([40, 80], 1), ([10, 10, 50], 2)):
        groups = group_columns(widths, 60, keys)
        assert not groups.split and groups.keys == 0 and groups.columns(0) == list(range(len(widths)))
        assert groups.label(0) == ""
    assert group_columns([20, 20, 20], 60).groups == (range(0, 3),), "exactly the room still fits"


def test_unit_keys_are_the_first_column_unless_asked_and_never_every_column():
    assert group_columns([10, 10, 20, 20, 20], 50).keys == 1
    assert group_columns([10, 10, 20, 20, 20], 50, keys=2).keys == 2
    assert group_columns([10, 15, 20, 20, 20], 50, keys=2).keys == 2, "keys filling exactly half the room stay"
    many = group_columns([5, 5, 30, 30], 50, keys=9)
    assert many.keys == 1, "keys asked for beyond the columns, over half the room: the first alone"
    assert [i for g in many.groups for i in g] == list(range(many.keys, 4))


def test_unit_groups_filled_exactly_to_the_room_are_not_cut_again():
    groups = group_columns([10, 10, 10, 10, 10], 30, keys=1)
    assert [list(g) for g in groups.groups] == [[1, 2], [3, 4]]


def test_unit_six_equal_columns_split_three_and_three_not_five_and_one():
    groups = group_columns([5] + [10] * 6, 60, keys=1)
    assert [len(g) for g in groups.groups] == [3, 3]


def test_unit_the_widest_group_is_as_narrow_as_the_number_of_groups_allows():
    widths = [3, 14, 10, 8, 12, 5, 2, 5, 8]
    groups = group_columns(widths, 28, keys=1)
    assert len(groups.groups) == 3 and groups.widest(widths) == 3 + 24, "the pages print at the largest scale"


def test_unit_a_sheet_prints_at_the_largest_whole_scale_that_fits_never_enlarged():
    room = sheet_printing._ROOM
    assert print_plan([170.0], 1).scale == int(100 * room / (170 * 6.0)), "the 회원사 현황 width, as Excel fits it"
    assert print_plan([50.0, 20.0], 1).scale == 100
    at_limit = room * BODY_POINTS / MIN_BODY_POINTS / 6.0
    assert not print_plan([at_limit / 2, at_limit / 2], 1).groups.split, "exactly at the legible limit: one page wide"
    widths = [8.0] + [15.0] * 16
    plan = print_plan(widths, 1)
    fits = room * 0.96 / 7.0  # the widest a group may be at 100 %, measured as wide as any program does
    widest = plan.groups.widest(widths)
    assert plan.groups.split and widest * plan.scale / 100 <= fits < widest * (plan.scale + 1) / 100
    roomy = print_plan([30.0] + [60.0] * 4, 1)
    assert roomy.groups.split and roomy.scale == 100, "groups narrower than the page are not enlarged"


def test_unit_the_title_row_holds_a_cell_per_column_only_when_split():
    plan = print_plan([8.0] + [15.0] * 16, 1)
    row = title_row("제목", plan, 17, lambda text: text)
    assert len(row) == 17 and row[0] == "제목" and row[-1] == plan.groups.label(len(plan.groups.groups) - 1)
    assert title_row("제목", print_plan([10.0], 1), 1, str) == ["제목"]
