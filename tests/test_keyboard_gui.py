"""The keyboard, as a secretary who rarely reaches for the mouse uses it: Tab goes from field to field in the
order they are on screen and never types into a field, the first key lands in the first field, Enter never
starts a deletion, and Tab leaves a list for the buttons beside it."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTabWidget

from tests.test_every_dialog import DIALOGS, RECIPES, open_dialog


def _click_every_tab(qtbot, dialog):
    """Each tab page of each tab widget in turn, by clicking its tab; yields once per page shown."""
    yield
    for tabs in dialog.findChildren(QTabWidget):
        bar = tabs.tabBar()
        for index in range(tabs.count()):
            if tabs.isVisible() and bar.isTabEnabled(index):
                qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
                yield


@pytest.mark.parametrize("key", sorted(DIALOGS))
def test_tab_in_a_multi_line_field_goes_to_the_next_field_and_types_nothing(qtbot, workspace, tmp_path, key):
    _recipe, dialog = open_dialog(qtbot, workspace, tmp_path, key)
    tried = set()
    for _ in _click_every_tab(qtbot, dialog):
        for field in dialog.findChildren(QPlainTextEdit):
            if id(field) in tried or not field.isVisible() or not field.isEnabled() or field.isReadOnly():
                continue
            tried.add(id(field))
            qtbot.mouseClick(field.viewport(), Qt.MouseButton.LeftButton)
            before = field.toPlainText()
            qtbot.keyClick(field, Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is not field, f"{key}: Tab stayed in {field.objectName() or field}"
            assert field.toPlainText() == before, f"{key}: Tab typed into the field"


def test_tab_in_the_catalog_greeting_goes_on_to_the_next_field(qtbot, workspace):
    from seecodesk.gui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window._menus_filled)  # the menus, with 이동's Ctrl+1…9, come right after the first paint
    qtbot.keyClick(window.sidebar, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    greeting = window.stack.currentWidget().panel.greeting
    qtbot.mouseClick(greeting.viewport(), Qt.MouseButton.LeftButton)
    before = greeting.toPlainText()
    qtbot.keyClick(greeting, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not greeting
    assert greeting.toPlainText() == before


def test_enter_in_the_retention_list_closes_and_never_starts_a_deletion(qtbot, workspace, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from tests.gui_helpers import database_fingerprint, when_shown

    _recipe, dialog = open_dialog(qtbot, workspace, tmp_path, "privacy.retention_dialog.RetentionDialog")
    table = dialog.table
    assert table.rowCount() > 0, "the demo has people past their keeping period"
    before = database_fingerprint(workspace.db)
    asked = when_shown(QMessageBox, lambda box: box.done(0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(0, 0)).center())
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert not asked, "Enter in the list asked to destroy someone's data"
    assert not dialog.isVisible(), "Enter closes the window"
    assert database_fingerprint(workspace.db) == before


@pytest.mark.parametrize("key", ["crash_dialog.CrashDialog", "help_dialogs.AboutDialog"])
def test_enter_right_after_opening_closes_the_window(qtbot, workspace, tmp_path, key):
    """정보 and the crash report: Enter closes them, it does not open a folder or copy."""
    _recipe, dialog = open_dialog(qtbot, workspace, tmp_path, key)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def _tab_leaves_every_list(qtbot, window, where: str) -> int:
    """Click into each read-only table on screen and press Tab: the focus goes on to the next control."""
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    tried = 0
    for table in window.findChildren(QTableView):
        model = table.model()
        if (not table.isVisible() or table.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
                or model is None or model.rowCount() == 0 or model.columnCount() < 2):
            continue
        index = model.index(0, 0)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
        assert window.focusWidget() is table, f"{where}: a click does not put the focus in {table.objectName() or table}"
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        assert window.focusWidget() is not table, f"{where}: Tab stays in {table.objectName() or table}"
        tried += 1
    return tried


def test_tab_leaves_the_lists_of_every_page(qtbot, workspace):
    from seecodesk.gui.main_window import MainWindow
    from seecodesk.gui.sections import SECTIONS

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window._menus_filled)
    tried = 0
    for row, section in enumerate(SECTIONS):
        qtbot.keyClick(window.sidebar, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is window.page(section.key)
        tried += _tab_leaves_every_list(qtbot, window, section.key)
    assert tried >= 5, "the directory, the people, the meetings, the agreements, the report preview"


@pytest.mark.parametrize("key", ["privacy.retention_dialog.RetentionDialog", "trade.import_dialog.TradeImportDialog",
                                 "members.people_import_dialog.PeopleImportDialog"])
def test_tab_leaves_the_list_of_a_dialog(qtbot, workspace, tmp_path, key):
    _recipe, dialog = open_dialog(qtbot, workspace, tmp_path, key)
    assert _tab_leaves_every_list(qtbot, dialog, key) >= 1


# The meeting editor keeps its buttons beside the roll call it fills; a table's Tab moves between its cells.
FORMS = sorted(k for k, r in RECIPES.items() if r.save and r.fill_valid and r.asks_before_discarding
               and k != "meetings.editor.MeetingDialog")


@pytest.mark.parametrize("key", FORMS)
def test_a_form_opens_with_the_focus_in_its_first_field_and_its_buttons_last(qtbot, workspace, tmp_path, key):
    """The first key typed goes into the form (not onto 저장, a tab bar or a scrolling frame), and Shift+Tab
    from there goes back round to the buttons: 저장 and 취소 come after every field."""
    from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QComboBox, QDialogButtonBox, QLineEdit, QTabBar

    _recipe, dialog = open_dialog(qtbot, workspace, tmp_path, key)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None, timeout=2_000)
    first = dialog.focusWidget()
    fields = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView)
    assert isinstance(first, fields), f"{key}: the focus starts on {first}"
    qtbot.keyClick(first, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    before = dialog.focusWidget()
    in_button_box = isinstance(before.parentWidget(), QDialogButtonBox) or before.objectName().endswith("Button")
    assert in_button_box or isinstance(before, QTabBar) or before is first, f"{key}: before the first field comes {before}"


def test_tab_reaches_the_import_choices_before_the_close_button(qtbot, workspace, tmp_path):
    """명단 가져오기: 행 거르기 and 이미 있는 곳 sit above the preview; Tab reached them only after 닫기."""
    _recipe, dialog = open_dialog(qtbot, workspace, tmp_path, "members.import_dialog.MemberImportDialog")
    qtbot.mouseClick(dialog.ui.fileEdit, Qt.MouseButton.LeftButton)
    visited = []
    while dialog.focusWidget() is not dialog.ui.closeButton and len(visited) < 30:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        visited.append(dialog.focusWidget())
    assert dialog.options.existing_combo in visited, "닫기 came before 이미 있는 곳"
    assert visited.index(dialog.options.column_combo) < visited.index(dialog.ui.previewTable)


@pytest.mark.parametrize(("tab", "table_name"), [("협약·협약식", "agreementTable"), ("공공구매", "procurementTable")])
def test_delete_key_on_a_trade_list_asks_first_and_no_keeps_the_row(qtbot, workspace, tab, table_name):
    """상호거래: Delete on a chosen 협약 or 공공구매 실적 asks, as the 삭제 button does; 아니요 keeps it."""
    from PySide6.QtWidgets import QTableWidget

    from tests.gui_helpers import NO, answer

    window = _open_window(qtbot, workspace)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    tabs = window.stack.currentWidget().tabs
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == tab)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    table = window.findChild(QTableWidget, table_name)
    rows = table.rowCount()
    assert rows > 0
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(0, 1)).center())
    questions = answer(qtbot, NO)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(questions) == 1, "Delete did nothing, or deleted without asking"
    assert "삭제할까요" in questions[0] or "지울까요" in questions[0]
    assert table.rowCount() == rows


def _open_window(qtbot, workspace):  # noqa: N802 - reads as the window it makes
    from seecodesk.gui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window._menus_filled)  # 이동's Ctrl+1…9 come right after the first paint
    return window
