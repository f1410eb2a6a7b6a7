"""The 공공구매 tab (상호거래 section) as a secretary uses it: enter a record by clicking and typing, see it
listed, counted toward the goal and in the 공공구매 실적 preset; bad input is explained; a deleted record
comes back with Ctrl+Z; the goal is set from its own form."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from seecodesk.gui.trade.procurement_dialog import GoalDialog, ProcurementDialog
from seecodesk.services.procurement import ProcurementService
from tests.gui_helpers import YES, answer, click, database_fingerprint, open_tab, type_into, when_shown

YEAR = date.today().year


def _window(qtbot, workspace):
    return open_tab(qtbot, workspace, "trade", "공공구매")


def _rows(tab):
    return [[tab.table.item(r, c).text() for c in range(tab.table.columnCount())] for r in range(tab.table.rowCount())]


def _preview_rows(window):
    """The 공공구매 실적 preset's preview on the 내보내기 page, this year: its main table's rows and its notes."""
    page = window.show_section("export")
    titles = [page.presets.item(i).text() for i in range(page.presets.count())]
    page.presets.setCurrentRow(titles.index("공공구매 실적"))
    page.panel.year.setValue(YEAR)
    table = page.panel.tabs.widget(0)
    rows = [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]
    return rows, page.panel.notes.text()


def _fill(qtbot, dialog, amount="120만"):
    type_into(qtbot, dialog.institution.lineEdit(), "가람보건소")
    type_into(qtbot, dialog.department.lineEdit(), "건강증진과")
    type_into(qtbot, dialog.supplier.lineEdit(), "들꽃공방협동조합")
    type_into(qtbot, dialog.item, "건강 도시락")
    type_into(qtbot, dialog.method.lineEdit(), "수의계약")
    type_into(qtbot, dialog.amount, amount)


def test_a_record_entered_by_typing_is_listed_counted_and_in_the_preset(qtbot, workspace):
    window, tab = _window(qtbot, workspace)
    rows_before, notes_before = _preview_rows(window)
    window.show_section("trade")
    goal_before = tab.goal_text.text()
    count_before = len(_rows(tab))
    failures: list = []

    def fill(dialog):
        assert dialog.year.value() == YEAR
        _fill(qtbot, dialog)
        box = dialog.local  # a firm outside the city: untick 관내 on its box
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        click(qtbot, dialog, "저장")

    when_shown(ProcurementDialog, fill, failures)
    click(qtbot, tab, "새 실적")
    assert not failures, failures
    rows = _rows(tab)
    assert len(rows) == count_before + 1
    added = next(r for r in rows if r[1] == "가람보건소")
    assert added[2:] == ["건강증진과", "들꽃공방협동조합", "건강 도시락", "수의계약", "1,200,000", "관외"]
    assert "저장했습니다" in tab.message.text() and tab.goal_text.text() != goal_before
    stored = next(r for r in ProcurementService(workspace.db).records(YEAR) if r.institution == "가람보건소")
    assert stored.organisation_id is not None and stored.amount == 1_200_000 and not stored.is_local
    rows_after, notes_after = _preview_rows(window)
    assert len(rows_after) == len(rows_before) + 1
    assert any("가람보건소" in row and "건강 도시락" in row for row in rows_after)
    assert notes_after != notes_before


def test_bad_input_is_explained_in_korean_and_nothing_is_stored(qtbot, workspace):
    _window_, tab = _window(qtbot, workspace)
    before = database_fingerprint(workspace.db)
    seen: dict = {}
    failures: list = []

    def fill(dialog):
        _fill(qtbot, dialog, amount="십만원쯤")
        click(qtbot, dialog, "저장")
        seen["amount"] = dialog.error.text()
        type_into(qtbot, dialog.amount, "500000")
        type_into(qtbot, dialog.institution.lineEdit(), "")
        type_into(qtbot, dialog.note, "대표 900101-1234567")
        click(qtbot, dialog, "저장")
        seen["institution"] = dialog.error.text()
        seen["open"] = dialog.isVisible()
        answer(qtbot, YES)
        click(qtbot, dialog, "취소")

    when_shown(ProcurementDialog, fill, failures)
    click(qtbot, tab, "새 실적")
    assert not failures, failures
    assert "금액 '십만원쯤'" in seen["amount"]
    assert "구매 기관을 적어 주세요" in seen["institution"] and "주민등록번호" in seen["institution"]
    assert seen["open"] and database_fingerprint(workspace.db) == before


def test_a_deleted_record_comes_back_with_ctrl_z(qtbot, workspace):
    window, tab = _window(qtbot, workspace)
    count = tab.table.rowCount()
    first = _rows(tab)[0]
    rect = tab.table.visualRect(tab.table.model().index(0, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    questions = answer(qtbot, YES)
    click(qtbot, tab, "삭제")
    assert questions and "실행 취소" in questions[0]
    assert tab.table.rowCount() == count - 1 and "지웠습니다" in tab.message.text()
    window.refresh_undo_labels()
    assert window.undo_action.text().startswith("실행 취소: 공공구매 삭제 (")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.table.rowCount() == count and _rows(tab)[0] == first


def test_the_goal_is_set_from_its_form_and_progress_shown(qtbot, workspace):
    _window_, tab = _window(qtbot, workspace)
    failures: list = []

    def fill(dialog):
        type_into(qtbot, dialog.amount, "0")
        click(qtbot, dialog, "저장")
        assert "목표 금액을 적어 주세요" in dialog.error.text()
        type_into(qtbot, dialog.amount, "2,000,000,000")
        type_into(qtbot, dialog.start, str(YEAR))
        type_into(qtbot, dialog.years, "4")
        click(qtbot, dialog, "저장")

    when_shown(GoalDialog, fill, failures)
    click(qtbot, tab, "목표 설정…")
    assert not failures, failures
    achieved = sum(r.amount for r in ProcurementService(tab.service.db).records(YEAR))
    assert f"{YEAR}–{YEAR + 3}년 목표 2,000,000,000원 중 {achieved:,}원" in tab.goal_text.text()
    assert tab.goal_bar.value() == round(achieved / 2_000_000_000 * 1000)


def test_institution_totals_typed_into_their_table_feed_b_over_a(qtbot, workspace):
    from seecodesk.gui.trade.procurement_dialog import TotalsDialog
    from seecodesk.services.reports import build_report
    from seecodesk.services.reports.base import ReportOptions
    from tests.gui_helpers import type_in_cell

    _window_, tab = _window(qtbot, workspace)
    failures: list = []
    seen: dict = {}

    def fill(dialog):
        row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "가람시청")
        type_in_cell(qtbot, dialog.table, row, 1, "많이")
        click(qtbot, dialog, "저장")
        seen["error"] = dialog.error.text()
        type_in_cell(qtbot, dialog.table, row, 1, "120억")
        click(qtbot, dialog, "저장")

    when_shown(TotalsDialog, fill, failures)
    click(qtbot, tab, "기관별 총구매액")
    assert not failures, failures
    assert seen["error"].startswith("가람시청: 금액 '많이'")
    assert "A 12,000,000,000원" in tab.totals.text() and "총구매액(A)을 저장했습니다" in tab.message.text()
    from seecodesk.core.report_period import ReportPeriod

    report = build_report(workspace.db, "procurement", ReportOptions(ReportPeriod.year(YEAR)))
    institutions = next(t for t in report.tables if t.title == "기관별 집계")
    city = next(r for r in institutions.rows if r[0] == "가람시청")
    assert city[1] == 12_000_000_000 and city[4] == pytest.approx(city[2] / 12_000_000_000)
