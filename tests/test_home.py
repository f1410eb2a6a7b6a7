"""홈 as the secretary uses it: the agreements to renew and the people past retention come in after the
first paint, and clicking a line opens its record."""

from datetime import date

from PySide6.QtCore import Qt

from seecodesk.gui.main_window import MainWindow
from seecodesk.gui.privacy.retention_dialog import RetentionDialog
from seecodesk.gui.trade.agreement_dialog import AgreementDialog
from seecodesk.services.trade import idle_agreements, renewals_due
from tests.gui_helpers import click, when_shown


def _window(qtbot, workspace):
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    home = window.pages["home"]
    qtbot.waitUntil(lambda: any(g.key == "retention" for g in home.groups), timeout=5000)
    return window, home


def _lines(home, key):
    return [(line, button) for line, button in home.line_buttons if any(
        g.key == key and line in g.lines for g in home.groups)]


def test_home_lists_the_agreements_to_renew_and_the_people_past_retention(qtbot, workspace):
    _window_, home = _window(qtbot, workspace)
    agreements = next(g for g in home.groups if g.key == "agreements")
    expected = len(renewals_due(workspace.db, 60, date.today())) + len(idle_agreements(workspace.db, date.today()))
    assert agreements.total == expected
    retention = next(g for g in home.groups if g.key == "retention")
    assert retention.total >= 3, "the demo holds three people past their retention period"
    from PySide6.QtWidgets import QGroupBox

    box = home.findChild(QGroupBox, "home_retention")
    assert box is not None and box.title() == f"개인정보 파기 대상 ({retention.total})"


def test_clicking_a_retention_line_opens_the_list_of_people_to_destroy(qtbot, workspace):
    _window_, home = _window(qtbot, workspace)
    line, button = _lines(home, "retention")[0]
    seen = when_shown(RetentionDialog, lambda dialog: click(qtbot, dialog, "닫기"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen, "파기 대상 opened"


def test_clicking_an_agreement_line_opens_that_agreement(qtbot, workspace):
    window, home = _window(qtbot, workspace)
    lines = _lines(home, "agreements")
    if not lines:
        return  # nothing due today in the demo; the count test above still checks the group
    line, button = lines[0]
    titles = []
    seen = when_shown(AgreementDialog, lambda dialog: (titles.append(dialog.title_edit.text()),
                                                                click(qtbot, dialog, "취소")))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen and titles == [line.text]
    assert window.stack.currentWidget() is window.pages["trade"]


def test_home_lines_show_dates_as_the_window_writes_them_never_iso(qtbot, workspace):
    import re

    _window_, home = _window(qtbot, workspace)
    shown = [button.text() for _line, button in home.line_buttons]
    assert any("기한 " in text for text in shown) and any("접수 " in text for text in shown)
    iso = [text for text in shown if re.search(r"\d{4}-\d{2}", text)]
    assert iso == [], f"ISO dates on the home screen: {iso}"
    assert any(re.search(r"기한 \d{4}\. \d{1,2}\. \d{1,2}\.", text) for text in shown)


def test_demo_home_shows_consulting_applications_waiting_weeks_not_years(qtbot, workspace):
    import re

    _window_, home = _window(qtbot, workspace)
    shown = [button.text() for _line, button in _lines(home, "consulting")]
    waits = [int(found.group(1)) for text in shown if (found := re.search(r"(\d+)일째 대기", text))]
    assert len(waits) == 2, shown
    assert all(0 <= wait <= 60 for wait in waits), shown


def test_home_lines_point_a_hand_and_ctrl_q_quits_from_anywhere_once_the_window_is_on_screen(qtbot, workspace):
    window, home = _window(qtbot, workspace)
    buttons = [button for _line, button in home.line_buttons]
    assert buttons
    qtbot.waitUntil(lambda: all(b.cursor().shape() == Qt.CursorShape.PointingHandCursor for b in buttons), timeout=5000)
    qtbot.waitUntil(lambda: window.quit_action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut, timeout=5000)
    assert [s.toString() for s in window.quit_action.shortcuts()] == ["Ctrl+Q"]
    assert [s.toString() for s in window.undo_action.shortcuts()] == ["Ctrl+Z"]


def test_ctrl_and_a_number_opens_that_section(qtbot, workspace):
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.currentRow() == 2
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.currentRow() == 4


def test_more_overdue_actions_opens_the_list_of_open_actions_not_the_meeting_list(qtbot, workspace):
    from PySide6.QtWidgets import QGroupBox, QPushButton

    window, home = _window(qtbot, workspace)
    box = home.findChild(QGroupBox, "home_actions")
    more = next(b for b in box.findChildren(QPushButton) if b.text().endswith("더 보기…"))
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    meetings = window.pages["meetings"]
    assert window.stack.currentWidget() is meetings
    assert meetings.tabs.tabText(meetings.tabs.currentIndex()) == "미완료 조치 사항"
