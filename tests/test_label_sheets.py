"""A4 label sheets (core/label_sheets): where each label is printed, which layouts fit the page and
how a typed sheet name is found — pure functions, in millimetres."""

import pytest

from seecodesk.core.errors import NotFoundError
from seecodesk.core.label_sheets import LabelSheet, sheet_named


def test_labels_run_across_then_down_and_a_second_page_starts_at_the_top_left():
    sheet = sheet_named("2x8")
    assert sheet.cell(0) == pytest.approx((4.65, 12.9, 99.1, 33.9))
    assert sheet.cell(1) == pytest.approx((4.65 + 99.1 + 2.5, 12.9, 99.1, 33.9))
    assert sheet.cell(2) == pytest.approx((4.65, 12.9 + 33.9, 99.1, 33.9))
    assert sheet.cell(15) == pytest.approx((4.65 + 99.1 + 2.5, 12.9 + 7 * 33.9, 99.1, 33.9))
    assert sheet.cell(16) == sheet.cell(0) and sheet.cell(19) == sheet.cell(3)


def test_the_gaps_between_rows_and_columns_move_every_later_label():
    sheet = LabelSheet("t", "시험", 3, 4, 50.0, 40.0, left=10.0, top=20.0, column_gap=3.0, row_gap=2.0)
    assert sheet.per_page == 12
    assert sheet.cell(5) == pytest.approx((10.0 + 2 * 53.0, 20.0 + 42.0, 50.0, 40.0))
    assert sheet.cell(11) == pytest.approx((10.0 + 2 * 53.0, 20.0 + 3 * 42.0, 50.0, 40.0))


@pytest.mark.parametrize(("sheet", "fits"), [
    (LabelSheet("a", "꼭 맞음", 2, 3, 100.0, 99.0, left=10.0, top=0.0, column_gap=0.0), True),
    (LabelSheet("b", "오른쪽 0.1 mm 넘침", 2, 3, 100.0, 99.0, left=10.1, top=0.0), False),
    (LabelSheet("c", "아래 0.1 mm 넘침", 2, 3, 100.0, 99.0, left=0.0, top=0.1), False),
    (LabelSheet("d", "열 간격으로 넘침", 2, 3, 100.0, 90.0, left=0.0, top=0.0, column_gap=10.1), False),
    (LabelSheet("e", "줄 간격으로 넘침", 2, 3, 100.0, 90.0, left=0.0, top=0.0, row_gap=13.6), False),
    (LabelSheet("f", "간격 포함 꼭 맞음", 2, 3, 100.0, 90.0, left=0.0, top=0.0, column_gap=10.0, row_gap=13.5), True),
])
def test_a_layout_fits_a4_only_when_its_last_label_ends_on_the_page(sheet, fits):
    assert sheet.fits_a4() is fits


@pytest.mark.parametrize("typed", ["3x7", " 3X7 ", "3 × 7", "3×7", "3 x 7"])
def test_a_sheet_is_found_however_its_name_is_typed(typed):
    assert sheet_named(typed).per_page == 21


def test_an_unknown_sheet_is_refused_with_the_sheets_there_are():
    with pytest.raises(NotFoundError) as refused:
        sheet_named("4x4")
    assert all(name in str(refused.value) for name in ("2x8", "3x7", "2x7", "4x4"))
