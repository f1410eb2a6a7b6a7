"""The main window: a sidebar of sections, the current section's page, menus and shortcuts."""

import importlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from seecodesk.gui.sections import SECTIONS, Section
from seecodesk.gui.ui_settings import UiSettings
from seecodesk.services.workspace import Workspace

_SIDEBAR_STYLE = """
QListWidget#sidebar { font-size: 12pt; border: none; outline: 0; background: #f1f3f6; padding: 6px 4px; }
QListWidget#sidebar::item { padding: 9px 12px; border-radius: 4px; }
QListWidget#sidebar::item:hover { background: #e1e7f0; }
QListWidget#sidebar::item:selected { background: #2f6fdb; color: white; }
"""


def _not_ready_page(section: Section) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    title = QLabel(f"<h2>{section.label}</h2>")
    note = QLabel(f"{section.description}.\n\n이 기능은 아직 만들어지지 않았습니다. 다음 버전에서 제공될 예정입니다.")
    note.setWordWrap(True)
    layout.addWidget(title)
    layout.addWidget(note)
    layout.addStretch(1)
    page.setObjectName(f"not_ready_{section.key}")
    return page


class MainWindow(QMainWindow):
    """One window on one network database."""

    open_requested = Signal(str)  # "new" | "open" | "demo"

    def __init__(self, workspace: Workspace, ui_settings: UiSettings | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.ui_settings = ui_settings or UiSettings()
        self.pages: dict[str, QWidget] = {}
        self.setWindowTitle(f"SeeCoDesk — {workspace.network_name}")
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setMaximumWidth(180)
        self.sidebar.setSpacing(2)
        self.sidebar.setStyleSheet(_SIDEBAR_STYLE)
        self.stack = QStackedWidget()
        for section in SECTIONS:
            item = QListWidgetItem(section.label)
            item.setToolTip(section.description)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.sidebar.addItem(item)
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([170, 1100])
        self.setCentralWidget(splitter)
        self.sidebar.currentRowChanged.connect(self._show_section)
        self._build_menus()
        self.statusBar().showMessage(str(workspace.path or "메모리 데이터베이스"))
        geometry = self.ui_settings.geometry("main")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.sidebar.setCurrentRow(0)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("파일(&F)")
        for label, key, shortcut in (("새 네트워크(&N)…", "new", None), ("열기(&O)…", "open", QKeySequence.StandardKey.Open),
                                     ("데모 네트워크 열기(&D)", "demo", None)):
            action = QAction(label, self)
            if shortcut:
                action.setShortcut(shortcut)
            action.triggered.connect(lambda _=False, k=key: self.open_requested.emit(k))
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction("끝내기(&X)", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu("편집(&E)")
        self.undo_action = QAction("실행 취소(&U)", self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        edit_menu.addAction(self.undo_action)
        go_menu = self.menuBar().addMenu("이동(&G)")
        for index, section in enumerate(SECTIONS):
            action = QAction(section.label, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.sidebar.setCurrentRow(i))
            go_menu.addAction(action)

    def page(self, key: str) -> QWidget:
        """The page of a section, created on first use."""
        if key not in self.pages:
            section = next(s for s in SECTIONS if s.key == key)
            try:
                module = importlib.import_module(section.module)
            except ModuleNotFoundError as error:
                if error.name is None or not section.module.startswith(error.name):
                    raise
                widget = _not_ready_page(section)
            else:
                widget = module.create_page(self.workspace, self)
            badge_counts = getattr(widget, "badge_counts", None)
            if callable(badge_counts):
                self.set_badges(badge_counts())
                widget.badges_changed.connect(self.set_badges)  # type: ignore[attr-defined]
            self.pages[key] = widget
            self.stack.addWidget(widget)
        return self.pages[key]

    def set_badges(self, counts: dict[str, int]) -> None:
        """Counts beside the sections' names in the sidebar ("회비 (4)"); a section not named shows none."""
        for row, section in enumerate(SECTIONS):
            count = counts.get(section.key, 0)
            self.sidebar.item(row).setText(f"{section.label} ({count})" if count else section.label)

    def show_section(self, key: str) -> QWidget:
        """Switch to a section by key and return its page."""
        row = next(i for i, s in enumerate(SECTIONS) if s.key == key)
        self.sidebar.setCurrentRow(row)
        return self.pages[key]

    def _show_section(self, row: int) -> None:
        if row < 0:
            return
        widget = self.page(SECTIONS[row].key)
        self.stack.setCurrentWidget(widget)
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()

    def undo(self) -> None:
        """Ctrl+Z: the current page's undo, if it has one."""
        undo = getattr(self.stack.currentWidget(), "undo", None)
        if callable(undo):
            undo()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.ui_settings.set_geometry("main", self.saveGeometry())
        self.ui_settings.sync()
        super().closeEvent(event)
