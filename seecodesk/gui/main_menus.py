"""The main window's menus (파일, 편집, 이동, 도움말): their items and keyboard shortcuts.

The menu bar and its four titles are part of the window's first screen; the items behind them are not
on screen until a menu opens, so `fill_menus` puts them in right after the first paint (QAction,
QKeySequence and QIcon cost some milliseconds to load), or earlier when anything asks for one of
them (MainWindow.__getattr__).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from seecodesk.gui.sections import SECTIONS

if TYPE_CHECKING:
    from seecodesk.gui.main_window import MainWindow


def fill_menus(window: MainWindow, menus: list[QMenu]) -> None:
    """Put the items into the menu bar's menus: 파일, 편집, 이동, 도움말, in that order."""
    file_menu, edit_menu, go_menu, help_menu = menus
    _fill_file_menu(window, file_menu)
    _fill_edit_menu(window, edit_menu)
    for index, section in enumerate(SECTIONS):
        action = _action(window, go_menu, section.label, [QKeySequence(f"Ctrl+{index + 1}")])
        action.triggered.connect(lambda _=False, i=index: window.sidebar.setCurrentRow(i))
    _action(window, help_menu, "사용 안내(&G)", [QKeySequence("F1")]).triggered.connect(window.show_guide)
    _action(window, help_menu, "정보(&A)").triggered.connect(window.show_about)


def _action(window: MainWindow, menu: QMenu, label: str, shortcuts: list[QKeySequence] | None = None) -> QAction:
    action = QAction(label, window)
    if shortcuts:
        action.setShortcuts(shortcuts)
    menu.addAction(action)
    return action


def _fill_file_menu(window: MainWindow, file_menu: QMenu) -> None:
    for label, key, shortcut in (("새 네트워크(&N)…", "new", None), ("열기(&O)…", "open", QKeySequence.StandardKey.Open),
                                 ("데모 네트워크 열기(&D)", "demo", None)):
        action = _action(window, file_menu, label, _first_binding(shortcut) if shortcut else None)
        action.triggered.connect(lambda _=False, k=key: window.open_requested.emit(k))
    window.recent_menu = file_menu.addMenu("최근 파일(&R)")
    window.recent_menu.aboutToShow.connect(window._fill_recent_menu)
    file_menu.addSeparator()
    window.backups_action = _action(window, file_menu, "백업 및 복원(&B)…")
    window.backups_action.setEnabled(window.workspace.path is not None)
    window.backups_action.triggered.connect(window.show_backups)
    file_menu.addSeparator()
    window.archive_action = _action(window, file_menu, "인수인계 자료 만들기(&H)…")
    window.archive_action.triggered.connect(window.make_archive)
    file_menu.addSeparator()
    # QKeySequence.StandardKey.Quit has no binding on Windows or Linux: Ctrl+Q is given explicitly,
    # in every window of the program (a dialog of this one included).
    window.quit_action = _action(window, file_menu, "끝내기(&X)", [QKeySequence("Ctrl+Q")])
    window.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    window.quit_action.triggered.connect(window.close)


def _fill_edit_menu(window: MainWindow, edit_menu: QMenu) -> None:
    window.undo_action = _action(window, edit_menu, "실행 취소", _first_binding(QKeySequence.StandardKey.Undo))
    window.undo_action.triggered.connect(window.undo)
    window.redo_action = _action(window, edit_menu, "다시 실행", [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    window.redo_action.triggered.connect(window.redo)
    edit_menu.addSeparator()
    _action(window, edit_menu, "변경 이력(&H)…").triggered.connect(window.show_history)
    window.retention_action = _action(window, edit_menu, "개인정보 파기 대상(&P)…")
    window.retention_action.triggered.connect(window.show_retention)
    edit_menu.aboutToShow.connect(window.refresh_undo_labels)
    window.edit_menu = edit_menu


def fill_recent_menu(window: MainWindow) -> None:
    """최근 파일: the databases opened lately; a file that is gone is shown greyed with a note."""
    menu = window.recent_menu
    menu.clear()
    recent = window.ui_settings.recent_databases()
    missing = [path for path in recent if not Path(path).is_file()]
    names = [Path(path).name for path in recent]
    for number, path in enumerate(recent, start=1):
        gone = path in missing
        # Several files called demo.seecodesk look alike: the folder tells them apart.
        name = Path(path).name + (f" ({_short_folder(Path(path).parent)})" if names.count(Path(path).name) > 1 else "")
        label = f"&{number} {name}" if number < 10 else name
        action = menu.addAction(label + (" — 파일이 없습니다 (옮겨졌거나 지워짐)" if gone else ""))
        action.setToolTip(path)
        action.setStatusTip(path)
        action.setEnabled(not gone)
        action.triggered.connect(lambda _=False, p=path: window.open_path_requested.emit(p))
    if missing:
        menu.addSeparator()
        clean = menu.addAction("없는 파일을 목록에서 지우기")
        clean.triggered.connect(lambda: [window.ui_settings.forget_database(p) for p in missing])
    if not recent:
        menu.addAction("최근에 연 파일이 없습니다").setEnabled(False)


def _first_binding(key: QKeySequence.StandardKey) -> list[QKeySequence]:
    """What `setShortcut(key)` binds: the platform's first binding."""
    return QKeySequence.keyBindings(key)[:1]


def _short_folder(folder: Path) -> str:
    """A folder as a person reads it: under the home folder it starts with ~."""
    home = Path.home()
    return f"~/{folder.relative_to(home)}" if folder.is_relative_to(home) and folder != home else str(folder)
