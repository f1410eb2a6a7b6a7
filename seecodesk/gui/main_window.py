"""The main window: a sidebar of sections, the current section's page, menus and shortcuts."""

import importlib
import sqlite3
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
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
from seecodesk.gui.widgets.first_paint import AfterFirstPaint, FirstKey
from seecodesk.gui.widgets.screen_fit import fit_to_screen
from seecodesk.services.workspace import Workspace

if TYPE_CHECKING:
    from seecodesk.gui.history.orphan_filing import OrphanFiling
    from seecodesk.gui.history.undo_flow import UndoFlow

_SIDEBAR_STYLE = """
QListWidget#sidebar { font-size: 12pt; border: none; outline: 0; background: #f1f3f6; padding: 6px 4px; }
QListWidget#sidebar::item { padding: 9px 12px; border-radius: 4px; }
QListWidget#sidebar::item:hover { background: #e1e7f0; }
QListWidget#sidebar::item:selected { background: #2f6fdb; color: white; }
"""
# What seecodesk.gui.main_menus.fill_menus sets on the window: asking for one fills the menus first.
_MENU_PARTS = frozenset({"quit_action", "undo_action", "redo_action", "backups_action", "archive_action",
                         "retention_action", "recent_menu", "edit_menu"})


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
    restore_requested = Signal(str)  # the backup file chosen in 백업 및 복원
    open_path_requested = Signal(str)  # a database chosen from 파일 → 최근 파일

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
            fit_to_screen(self)  # a 1366x768 laptop less its task bar is shorter than 800
        self.sidebar.setCurrentRow(0)
        AfterFirstPaint(self, self._fill_menus)

    def _fill_menus(self) -> None:
        """The menus' items and shortcuts (see seecodesk.gui.main_menus); once."""
        if self._menus_filled:
            return
        from seecodesk.gui.main_menus import fill_menus

        self._menus_filled = True
        for key in self.findChildren(FirstKey):
            self.removeEventFilter(key)
        fill_menus(self, self._menus)

    def __getattr__(self, name: str) -> Any:
        """A menu item asked for before the first paint put the menus in (a test, a page's early call)."""
        if name in _MENU_PARTS and not self.__dict__.get("_menus_filled", True):
            self._fill_menus()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _build_menus(self) -> None:
        # The titles are on the first screen; their items come right after it (AfterFirstPaint above).
        self._menus_filled = False
        FirstKey(self, self._fill_menus)  # a shortcut pressed sooner finds them
        self._menus = [self.menuBar().addMenu(title) for title in ("파일(&F)", "편집(&E)", "이동(&G)", "도움말(&H)")]
        for menu in self._menus:  # a menu opened sooner is filled first
            # A lambda, not a bound method: the connection holds the window (as its items' connections do
            # once in). A window only the collector could free would be deleted on whichever thread
            # collects, a worker's among them, and Qt aborts there.
            menu.aboutToShow.connect(lambda: self._fill_menus())
        # The labels follow every change, whichever page made it; looked at only when the database moved.
        self._labels_at: tuple[int, int] | None = None
        self._orphans: OrphanFiling | None = None  # made at the first look at the labels
        self._undo_flow: UndoFlow | None = None  # made at the first 실행 취소
        self._label_timer = QTimer(self)
        self._label_timer.setInterval(600)
        self._label_timer.timeout.connect(self._labels_if_changed)
        self._label_timer.start()

    def _fill_recent_menu(self) -> None:
        from seecodesk.gui.main_menus import fill_recent_menu

        fill_recent_menu(self)

    def show_guide(self) -> None:
        """도움말 → 사용 안내 (F1)."""
        from seecodesk.gui.help_dialogs import GuideDialog  # dialogs load when first asked for

        GuideDialog(self).exec()

    def show_about(self) -> None:
        """도움말 → 정보."""
        from seecodesk.gui.help_dialogs import AboutDialog

        AboutDialog(self, self.workspace.path.resolve() if self.workspace.path else None).exec()

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
                # Made inside the stack: moved into it afterwards, a page with a style sheet was polished again.
                widget = module.create_page(self.workspace, self.stack)
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

    def show_backups(self) -> None:
        """파일 → 백업 및 복원; a chosen restore goes to the window's owner, which reopens the file."""
        from seecodesk.gui.safety.backups_dialog import BackupsDialog

        if self.workspace.path is None:
            return
        chosen = BackupsDialog.ask(self.workspace.path, self, self.workspace.history)
        if chosen is not None:
            self.restore_requested.emit(str(chosen))

    def make_archive(self) -> None:
        """파일 → 인수인계 자료 만들기: the year's handover archive (the dialog loads on first use)."""
        from seecodesk.gui.export.archive_dialog import ArchiveDialog

        ArchiveDialog.ask(self.workspace, self)

    def undo(self) -> None:
        """Ctrl+Z: undo the last change — at once when this window made it and it is small; otherwise after
        asking, and a large one in a worker with its progress shown (seecodesk.gui.history.undo_flow)."""
        if self._undo_flow is None:
            from seecodesk.gui.history.undo_flow import UndoFlow

            self._undo_flow = UndoFlow(self)
        self._undo_flow.undo()

    def redo(self) -> None:
        """Ctrl+Y: redo the last change undone."""
        self._replay(redo=True)

    def _replay(self, redo: bool) -> None:
        from seecodesk.gui.history.replay import replay

        text = replay(self, self.workspace, redo)
        if text is not None:
            self.after_history_change(text)

    def after_history_change(self, text: str) -> None:
        """Show what an undo, redo or 되살리기 did, and bring the page on screen up to date."""
        self.statusBar().showMessage(text, 10000)
        page = self.stack.currentWidget()
        hook = getattr(page, "history_replayed", None)
        if callable(hook):
            hook(text)
        else:
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()
        self.refresh_undo_labels()

    def refresh_undo_labels(self) -> None:
        """Name in the 편집 menu what 실행 취소 and 다시 실행 would do."""
        from seecodesk.gui.history.replay import menu_text

        undo, redo = self.workspace.history.labels(file_orphans=not self.orphan_filing().filing())
        self.undo_action.setText(menu_text("실행 취소", undo))
        self.redo_action.setText(menu_text("다시 실행", redo))
        self._labels_at = self.workspace.file_version()

    def orphan_filing(self) -> "OrphanFiling":
        """Files in a worker the changes another program left outside any operation (made on first use)."""
        if self._orphans is None:
            from seecodesk.gui.history.orphan_filing import OrphanFiling

            self._orphans = OrphanFiling(self.workspace, self)
            self._orphans.done.connect(self._labels_after_filing)
        return self._orphans

    def file_checked(self) -> None:
        """The file has passed the quick check it was painted ahead of: the 편집 labels are read again at the
        next tick, and may now file changes another program made."""
        self._labels_at = None

    def _labels_after_filing(self) -> None:
        try:
            self.refresh_undo_labels()
        except sqlite3.Error:  # closed, or another program holds the write lock: the timer tries again
            self._labels_at = None

    def _labels_if_changed(self) -> None:
        if self._labels_at is None and not self.workspace.storage_ready():
            return  # just started: a worker is importing the storage layer; a tick later costs nothing
        try:
            changed = self._labels_at != self.workspace.file_version()
        except sqlite3.ProgrammingError:  # the database was closed under a window that stays on screen
            self._label_timer.stop()
            return
        if changed:
            try:
                self.refresh_undo_labels()
            except sqlite3.OperationalError:  # another program holds the write lock: try again next tick
                return

    def show_history(self) -> None:
        """편집 → 변경 이력…"""
        from seecodesk.gui.history.dialog import show_program_history

        if show_program_history(self, self.workspace):
            done = self.workspace.history.last_replayed
            self.after_history_change(f"{done.label} — 편집 → 실행 취소로 되돌릴 수 있습니다." if done else "되살렸습니다.")

    def show_retention(self) -> None:
        """편집 → 개인정보 파기 대상…"""
        from seecodesk.gui.privacy.retention_dialog import show_retention_dialog

        if show_retention_dialog(self, self.workspace):
            self.after_history_change("개인정보를 파기했습니다.")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._label_timer.stop()
        self.ui_settings.set_geometry("main", self.saveGeometry())
        self.ui_settings.sync()
        super().closeEvent(event)
