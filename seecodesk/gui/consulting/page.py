"""동료컨설팅 section: the applications board by status, the selected application, mentors, yearly figures.

Follows the plan's 8 steps: fields and mentors (멘토·분야), applications received on the paper
form (신청 현황 → 새 신청서), matching with explained proposals, sessions, and the result report.
"""

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.gui.consulting.application_dialog import ApplicationDialog
from seecodesk.gui.consulting.board import StatusBoard
from seecodesk.gui.consulting.detail import ApplicationPanel
from seecodesk.gui.consulting.figures import FiguresTab
from seecodesk.gui.consulting.mentors import MentorsTab
from seecodesk.gui.messages import show_error
from seecodesk.services.consulting import ConsultingService
from seecodesk.services.consulting_print import print_form, print_report
from seecodesk.services.workspace import Workspace


def _show_preview(parent: QWidget, path: Path, title: str) -> None:
    from seecodesk.gui.widgets.pdf_preview import PdfPreviewDialog

    PdfPreviewDialog(path, title, parent).exec()


class ConsultingPage(QWidget):
    """The whole 동료컨설팅 section."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consulting_page")
        self.workspace = workspace
        self.service = ConsultingService(workspace.db, workspace.members)
        self.ask_application = ApplicationDialog.ask  # tests may drive the dialog themselves
        self.preview = _show_preview
        self.print_folder = Path(tempfile.mkdtemp(prefix="seecodesk-consulting-"))
        self.board = StatusBoard()
        self.panel = ApplicationPanel(self.service)
        self.mentors = MentorsTab(self.service)
        self.figures = FiguresTab(self.service)
        self.message = QLabel()
        self.message.setObjectName("consultingMessage")
        self._wire()
        self._layout()
        self.refresh()

    def _wire(self) -> None:
        self.board.selected.connect(self.show_application)
        self.board.opened.connect(self.edit_application)
        self.panel.changed.connect(self._after_change)
        self.panel.edit_requested.connect(self.edit_application)
        self.panel.print_form_requested.connect(self.print_application)
        self.panel.print_report_requested.connect(self.print_report)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_application)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self._print_selected)
        for listing in self.board.lists.values():  # not in text boxes: Delete there deletes a letter
            QShortcut(QKeySequence.StandardKey.Delete, listing, activated=self.panel.delete,
                      context=Qt.ShortcutContext.WidgetShortcut)

    def focus_search(self) -> None:
        """Ctrl+F: the board's company search."""
        self.tabs.setCurrentIndex(0)
        self.board.search.setFocus()
        self.board.search.selectAll()

    def _print_selected(self) -> None:
        if self.panel.app is not None and self.panel.app.id is not None:
            self.print_application(self.panel.app.id)

    def _layout(self) -> None:
        new_button = QPushButton("새 신청서(&N)")
        new_button.setObjectName("newApplicationButton")
        new_button.clicked.connect(self.new_application)
        blank_button = QPushButton("빈 신청서 인쇄…")
        blank_button.clicked.connect(lambda: self.print_application(None))
        toolbar = QHBoxLayout()
        toolbar.addWidget(QLabel("<b>동료컨설팅</b> — 신청서 접수부터 매칭, 상담, 결과보고서까지"))
        toolbar.addStretch(1)
        toolbar.addWidget(new_button)
        toolbar.addWidget(blank_button)
        splitter = QSplitter()
        splitter.addWidget(self.board)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        board_tab = QWidget()
        board_layout = QVBoxLayout(board_tab)
        board_layout.addLayout(toolbar)
        board_layout.addWidget(splitter, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(board_tab, "신청 현황")
        self.tabs.addTab(self.mentors, "멘토·분야")
        self.tabs.addTab(self.figures, "연간 통계")
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

    def refresh(self, keep: int | None = None) -> None:
        """Reload everything from the database, keeping the selected application."""
        keep = keep if keep is not None else self.board.current_id()
        self.board.show_applications(self.service.applications(), self.service.field_names(), keep)
        self.show_application(self.board.current_id())
        self.mentors.refresh()
        self.figures.refresh()

    def show_application(self, app_id: int | None) -> None:
        try:
            app = self.service.application(app_id) if app_id else None
        except SeeCoDeskError:
            app = None
        self.panel.show_application(app)

    def _after_change(self, app_id: int) -> None:
        label = self.service.undo_label
        self.refresh(app_id or None)
        if app_id:
            self.board.select(app_id)
        self.message.setText(f"저장했습니다. {('되돌리기(Ctrl+Z): ' + label) if label else ''}")

    def new_application(self) -> None:
        saved = self.ask_application(self, self.service, self.service.blank_application())
        if saved is not None:
            self._after_change(int(saved.id or 0))

    def edit_application(self, app_id: int) -> None:
        saved = self.ask_application(self, self.service, self.service.application(app_id))
        if saved is not None:
            self._after_change(int(saved.id or 0))

    def undo(self) -> None:
        """Ctrl+Z: take back the last status move, match, deletion or session removal."""
        label = self.service.undo()
        self.message.setText(f"되돌렸습니다: {label}" if label else "되돌릴 작업이 없습니다.")
        self.refresh()

    def print_application(self, app_id: int | None) -> None:
        """Preview the form, filled from `app_id` or blank."""
        path = self.print_folder / (f"동료컨설팅신청서_{app_id}.pdf" if app_id else "동료컨설팅신청서_빈서식.pdf")
        try:
            continued = print_form(self.service, path, app_id)
        except SeeCoDeskError as error:
            show_error(self, error)
            return
        if continued:
            self.message.setText(f"칸에 다 들어가지 않은 내용({', '.join(continued)})은 별지(신청서 계속)에 이어 인쇄했습니다.")
        self.preview(self, path, "동료컨설팅 신청서")

    def print_report(self, match_id: int) -> None:
        path = self.print_folder / f"동료컨설팅결과보고서_{match_id}.pdf"
        try:
            print_report(self.service, match_id, path)
        except SeeCoDeskError as error:
            show_error(self, error)
            return
        self.preview(self, path, "동료컨설팅 결과보고서")


def create_page(workspace: Workspace, parent: QWidget | None = None) -> QWidget:
    """The section's page for the main window."""
    return ConsultingPage(workspace, parent)
