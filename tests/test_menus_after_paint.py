"""The menu bar's titles are on the window's first screen; their items come right after it. A shortcut
pressed the moment the window appears works all the same: Ctrl+Q quits, Ctrl+3 goes to the third section."""

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication

from seecodesk.app import WindowController, make_application
from seecodesk.gui.main_window import MainWindow
from seecodesk.gui.ui_settings import UiSettings


class _FirstPaint(QObject):
    """What the menu bar showed at the window's first paint."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.seen: list[tuple[str, int]] | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self.seen is None:
            self.seen = [(a.text(), len(a.menu().actions())) for a in self.window.menuBar().actions()]
        return False


def _alone() -> None:
    """Close the windows earlier tests in this process left on screen: Ctrl+Q, which quits from any window
    of the program, would be ambiguous with two programs' windows open at once."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            widget.close()


def _started(qtbot, demo_path, tmp_path) -> WindowController:
    """The window opened on a network file as `seecodesk --db FILE` opens it."""
    make_application()
    _alone()
    controller = WindowController(UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)))
    assert controller.open_path(demo_path, check_later=True)
    qtbot.addWidget(controller.window)
    return controller


def test_the_first_screen_shows_the_menu_titles_and_their_items_follow_at_once(qtbot, workspace):
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    first = _FirstPaint(window)
    window.show()
    qtbot.waitUntil(lambda: first.seen is not None, timeout=5000)
    assert [title for title, _count in first.seen] == ["파일(&F)", "편집(&E)", "이동(&G)", "도움말(&H)"]
    menus = [a.menu() for a in window.menuBar().actions()]
    qtbot.waitUntil(lambda: all(menu.actions() for menu in menus), timeout=5000)
    assert [a.text() for a in menus[2].actions()][:2] == ["홈", "회원"]
    assert window.quit_action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut


def test_ctrl_q_the_moment_the_window_appears_quits(qtbot, demo_path, tmp_path):
    controller = _started(qtbot, demo_path, tmp_path)
    window = controller.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    controller.close()


def test_a_shortcut_pressed_before_the_first_paint_is_not_lost(qtbot, workspace):
    _alone()
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.setUpdatesEnabled(False)  # a window on screen that has not painted yet
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    assert not window._menus_filled
    qtbot.keyClick(window.sidebar, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.currentRow() == 2
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
