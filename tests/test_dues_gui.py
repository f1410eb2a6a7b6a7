"""회비 page as the secretary uses it: pick a member in 회비 대장, 납부 확인, read the row and the 납부 기록."""

import re

import pytest
from PySide6.QtCore import Qt

from seecodesk.gui.main_window import MainWindow
from tests.gui_helpers import click, type_in_cell


@pytest.fixture
def page(qtbot, workspace):
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    sidebar = window.sidebar
    row = next(r for r in range(sidebar.count()) if sidebar.item(r).text().startswith("회비"))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(sidebar.item(row)).center())
    return window.stack.currentWidget()


def _cells(table, row):
    return [table.item(row, c).text() if table.item(row, c) else "" for c in range(table.columnCount())]


def _header(table):
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def _click_row(qtbot, table, row):
    index = table.model().index(row, 0)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def _unpaid_row(table):
    status = _header(table).index("상태")
    return next(r for r in range(table.rowCount()) if table.item(r, status).text() == "미납")


def test_confirming_a_payment_shows_it_paid_with_a_receipt_number_and_a_dated_record(qtbot, page):
    sheet = page.findChild(type(page.sheet), "dues_sheet")
    header = _header(sheet)
    row = _unpaid_row(sheet)
    name, balance = sheet.item(row, 0).text(), sheet.item(row, header.index("미납액")).text()
    payments_before = page.payments.rowCount()
    _click_row(qtbot, sheet, row)
    click(qtbot, page, "납부 확인")
    row = next(r for r in range(sheet.rowCount()) if sheet.item(r, 0).text() == name)
    cells = dict(zip(header, _cells(sheet, row), strict=True))
    assert cells["상태"] == "완납" and cells["미납액"] == "0" and cells["납부액"] == balance
    assert re.fullmatch(r"\d{4}-\d{3}", cells["영수증 번호"]), cells
    assert re.fullmatch(r"\d{4}\. \d{1,2}\. \d{1,2}\.", cells["최근 납부일"]), "dates as the window writes them, not ISO"
    assert cells["영수증 번호"] in page.message.text()
    assert page.payments.rowCount() == payments_before + 1
    record = [_cells(page.payments, r) for r in range(page.payments.rowCount()) if page.payments.item(r, 1).text() == name]
    assert record and record[-1][0] == cells["영수증 번호"] and record[-1][3] == cells["최근 납부일"]


def test_confirming_with_nothing_picked_says_what_to_do_and_changes_nothing(qtbot, page):
    sheet = page.sheet
    before = [_cells(sheet, r) for r in range(sheet.rowCount())]
    sheet.clearSelection()
    click(qtbot, page, "납부 확인")
    assert "먼저 대장에서" in page.message.text()
    assert [_cells(sheet, r) for r in range(sheet.rowCount())] == before


def test_a_charge_typed_as_text_is_refused_beside_the_sheet_and_the_amount_stays(qtbot, page):
    sheet = page.sheet
    due = _header(sheet).index("부과액")
    row = _unpaid_row(sheet)
    name, amount = sheet.item(row, 0).text(), sheet.item(row, due).text()
    type_in_cell(qtbot, sheet, row, due, "12abc")
    assert page.message.text() and "부과액" in page.message.text()
    row = next(r for r in range(sheet.rowCount()) if sheet.item(r, 0).text() == name)
    assert sheet.item(row, due).text() == amount


def test_dues_settings_refuse_a_resident_number_and_keep_what_was_stored(qtbot, page):
    """회비 설정 → 문의처 with a 주민등록번호: 저장 says why beside the form, the dialog stays, nothing is stored."""
    from seecodesk.gui.dues.settings_dialog import DuesSettingsDialog
    from tests.gui_helpers import button, type_into, when_shown

    before = page.service.settings().contact
    seen: list = []

    def act(dialog):
        seen.append(dialog)
        type_into(qtbot, dialog.contact_edit, "사무국 900101-1234567")
        qtbot.mouseClick(button(dialog, "저장"), Qt.MouseButton.LeftButton)
        seen.append((dialog.isVisible(), dialog.error.text()))
        type_into(qtbot, dialog.contact_edit, before)  # back as it was: 취소 closes without asking
        qtbot.mouseClick(button(dialog, "취소"), Qt.MouseButton.LeftButton)

    failures: list = []
    when_shown(DuesSettingsDialog, act, failures)
    click(qtbot, page, "회비 설정…")
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    assert not failures
    visible, error = seen[1]
    assert visible and "주민등록번호" in error
    assert page.service.settings().contact == before
