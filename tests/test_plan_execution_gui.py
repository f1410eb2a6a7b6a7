"""The 집행·완료 tab (분과·과제 section) as a secretary uses it: record money spent on a task's budget line and
the day an activity was done, by clicking and typing, and see the 실행계획 추진 현황 preset change."""

from datetime import date

from PySide6.QtCore import Qt

from seecodesk.gui.plan.spending_dialog import SpendingDialog
from tests.gui_helpers import YES, answer, click, open_tab, type_into, when_shown

YEAR = date.today().year


def _window(qtbot, workspace):
    return open_tab(qtbot, workspace, "plan", "집행·완료")


def _click_row(qtbot, table, text):
    """Click the row whose first cell starts with `text`; returns its row number."""
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith(text))
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return row


def _cells(table, row):
    return [table.item(row, c).text() for c in range(table.columnCount())]


def _preset_row(window, task_title):
    """The 실행계획 추진 현황 preview (내보내기 page, this year): the task's row as {header: text}."""
    page = window.show_section("export")
    titles = [page.presets.item(i).text() for i in range(page.presets.count())]
    page.presets.setCurrentRow(titles.index("실행계획 추진 현황"))
    page.panel.year.setValue(YEAR)
    table = page.panel.tabs.widget(0)
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    row = next(r for r in range(table.rowCount()) if any(
        table.item(r, c) and table.item(r, c).text() == task_title for c in range(table.columnCount())))
    return {h: table.item(row, c).text() if table.item(row, c) else "" for c, h in enumerate(headers)}


def _won(text):
    return int(text.replace(",", "") or 0)


def test_spending_typed_in_shows_in_the_task_and_the_preset(qtbot, workspace):
    window, panel = _window(qtbot, workspace)
    before = _preset_row(window, "상호방문의 달")
    window.show_section("plan")
    _click_row(qtbot, panel.tasks, "1-2.")
    failures: list = []

    def fill(dialog):
        assert dialog.item.currentText() == "회의 다과비"
        dialog.source.setFocus()
        qtbot.keyClick(dialog.source, Qt.Key.Key_Home)
        qtbot.keyClick(dialog.source, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.source, Qt.Key.Key_Down)
        assert dialog.source.currentText() == "국비"
        type_into(qtbot, dialog.amount, "25만")
        type_into(qtbot, dialog.spent_on, f"{YEAR}.11.3")
        click(qtbot, dialog, "저장")

    when_shown(SpendingDialog, fill, failures)
    click(qtbot, panel, "집행 추가")
    assert not failures, failures
    rows = [_cells(panel.spending, r) for r in range(panel.spending.rowCount())]
    assert [f"{YEAR}-11-03", "회의 다과비", "국비", "250,000", ""] in rows
    assert "적었습니다" in panel.message.text() and "250,000원" in panel.message.text()
    after = _preset_row(window, "상호방문의 달")
    assert _won(after["집행 국비"]) == _won(before["집행 국비"]) + 250_000
    assert _won(after["집행액"]) == _won(before["집행액"]) + 250_000


def test_an_activity_marked_done_counts_as_done_in_the_preset(qtbot, workspace):
    window, panel = _window(qtbot, workspace)
    before = _preset_row(window, "단톡방 운영")
    window.show_section("plan")
    _click_row(qtbot, panel.tasks, "1-1.")
    row = next(r for r in range(panel.activities.rowCount()) if panel.activities.item(r, 3).text() != "완료")
    title = panel.activities.item(row, 0).text()
    _click_row(qtbot, panel.activities, title)
    type_into(qtbot, panel.done_edit, f"{YEAR}-02-30")
    click(qtbot, panel, "완료로 표시")
    assert "⚠" in panel.message.text() and panel.activities.item(row, 3).text() != "완료"
    type_into(qtbot, panel.done_edit, f"{YEAR}. 11. 20.")
    click(qtbot, panel, "완료로 표시")
    done_row = _cells(panel.activities, row)
    assert done_row[0] == title and done_row[2:] == [f"{YEAR}-11-20", "완료"]
    after = _preset_row(window, "단톡방 운영")
    assert int(after["세부활동 완료"]) == int(before["세부활동 완료"] or 0) + 1
    window.show_section("plan")
    _click_row(qtbot, panel.activities, title)
    click(qtbot, panel, "완료 취소")
    assert panel.activities.item(row, 2).text() == "" and "지웠습니다" in panel.message.text()


def test_a_deleted_spending_entry_comes_back_with_ctrl_z(qtbot, workspace):
    window, panel = _window(qtbot, workspace)
    _click_row(qtbot, panel.tasks, "1-1.")
    count = panel.spending.rowCount()
    first = _cells(panel.spending, 0)
    _click_row(qtbot, panel.spending, first[0])
    answer(qtbot, YES)
    click(qtbot, panel, "삭제")
    assert panel.spending.rowCount() == count - 1
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel.spending.setFocus()
    qtbot.keyClick(panel.spending, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.spending.rowCount() == count and _cells(panel.spending, 0) == first
