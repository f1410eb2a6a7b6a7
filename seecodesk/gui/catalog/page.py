"""인쇄·카탈로그: choose what goes into the member catalog, watch the preview follow, save or print.

The PDF is built off the GUI thread (BackgroundTask) from plain data read beforehand, so the
window never freezes; a newer request cancels the build under way and starts when it has ended.
"""

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.catalog import Catalog
from seecodesk.core.errors import SeeCoDeskError, ValidationErrors
from seecodesk.gui.catalog.options_panel import TEXT_NAMES, CatalogOptionsPanel
from seecodesk.gui.catalog.products_dialog import ProductsDialog
from seecodesk.gui.file_dialogs import save_file_name
from seecodesk.gui.messages import named_errors, show_error
from seecodesk.gui.tasks import BackgroundTask, TaskControl
from seecodesk.gui.widgets.pdf_preview import PdfPreview
from seecodesk.reports.base import register_fonts
from seecodesk.reports.catalog import build_catalog_pdf
from seecodesk.reports.catalog_checks import PhotoProblem, photo_problems, problems_summary
from seecodesk.services.catalog import load_catalog, save_texts
from seecodesk.services.file_copies import save_copy
from seecodesk.services.workspace import Workspace

DEBOUNCE_MS = 700
# Tasks under way, kept alive here so their signal object outlives a page closed mid-build.
_RUNNING: set[BackgroundTask] = set()


def stop_all_builds() -> None:
    """Cancel every catalog build and wait for the workers (the program is quitting)."""
    for task in list(_RUNNING):
        task.cancel()
    QThreadPool.globalInstance().waitForDone(5000)


def _cleanup(state: dict, folder: Path) -> None:
    """The page is gone: stop its build and remove its preview files."""
    task = state.get("task")
    if task is not None:
        task.cancel()
    shutil.rmtree(folder, ignore_errors=True)


def _warning_label() -> QLabel:
    label = QLabel("")
    label.setWordWrap(True)
    label.setStyleSheet("QLabel { background: #fff4e0; color: #7a4a00; border: 1px solid #e0b060; padding: 4px; }")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class CatalogPage(QWidget):
    """Options on the left, the live preview with progress, cancel, save and print on the right."""

    preview_ready = Signal(str)
    build_ended = Signal(str)  # "finished" | "cancelled" | "failed" | "empty"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        register_fonts()  # once, on this thread, before any worker uses ReportLab
        app = QCoreApplication.instance()
        if app is not None and not app.property("catalog_quit_hook"):
            app.setProperty("catalog_quit_hook", True)
            app.aboutToQuit.connect(stop_all_builds)
        self.workspace = workspace
        self.task: BackgroundTask | None = None
        self.pending = False
        self.current_pdf: Path | None = None
        self._folder = Path(tempfile.mkdtemp(prefix="seecodesk-catalog-"))
        self._serial = 0
        self.panel = CatalogOptionsPanel(workspace)
        self.preview = PdfPreview()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.status = QLabel("")
        self.photo_warning = _warning_label()  # photos too coarse or missing, named before the PDF is saved
        self.photo_problems: list[PhotoProblem] = []
        self._withheld = 0
        self.cancel_button = QPushButton("취소(&X)")
        self.cancel_button.setEnabled(False)
        self.save_button = QPushButton("PDF로 저장(&S)…")
        self.print_button = QPushButton("인쇄(&P)…")
        products_button = QPushButton("제품·서비스 관리(&M)…")
        self.cancel_button.clicked.connect(self.cancel_build)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_catalog)
        products_button.clicked.connect(self.edit_products)
        self._layout(products_button)
        self.debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.debounce.timeout.connect(self.build_now)
        self.panel.changed.connect(self.schedule_build)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_as)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_catalog)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.cancel_build)
        self._update_buttons()
        self._state: dict[str, BackgroundTask | None] = {"task": None}
        self.destroyed.connect(lambda *_a, state=self._state, folder=self._folder: _cleanup(state, folder))

    def _layout(self, products_button: QPushButton) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the options themselves
        scroll.setWidget(self.panel)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addWidget(products_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.progress)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.photo_warning)
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 760])
        QVBoxLayout(self).addWidget(splitter)

    def refresh(self) -> None:
        """Shown again: organisations or products may have changed elsewhere."""
        self.panel.reload()
        self.schedule_build()

    def schedule_build(self) -> None:
        """Rebuild the preview once the user pauses (debounced)."""
        self.status.setText("옵션이 바뀌었습니다. 곧 미리보기를 다시 만듭니다…")
        self.debounce.start()

    def build_now(self) -> None:
        """Start a build now, or queue one behind the build under way."""
        self.debounce.stop()
        if self.task is not None:
            self.pending = True
            self.task.cancel()
            return
        try:
            catalog = self._catalog()
        except ValidationErrors as error:  # a text too long or a 주민등록번호: say which, keep the old preview
            self.status.setText("\n".join(named_errors(error.errors, TEXT_NAMES).values()))
            self.build_ended.emit("failed")
            return
        except Exception as error:  # noqa: BLE001 - said as it is, the old preview stays
            self.status.setText(str(error))
            self.build_ended.emit("failed")
            return
        if not catalog.entries:
            self.status.setText("조건에 맞는 제품·서비스가 없습니다. 분류나 회원사 선택을 바꿔 보세요.")
            self.build_ended.emit("empty")
            return
        self._start(catalog)

    def _catalog(self) -> Catalog:
        texts = self.panel.texts()
        save_texts(self.workspace.db, texts)
        folder = self.workspace.data_folder if self.workspace.path else None
        return load_catalog(self.workspace.db, self.panel.options(), texts, folder)

    def _start(self, catalog: Catalog) -> None:
        self._withheld = catalog.withheld  # said beside the preview, before it is saved
        self._serial += 1
        target = self._folder / f"catalog-{self._serial}.pdf"

        def work(control: TaskControl) -> tuple[str, list[PhotoProblem]]:
            problems = photo_problems(catalog)  # reads the photos' headers only, off the GUI thread
            build_catalog_pdf(catalog, target, progress=control.progress)
            return str(target), problems

        task = self.task = self._state["task"] = BackgroundTask(work)
        _RUNNING.add(task)
        for signal in (task.signals.finished, task.signals.cancelled, task.signals.failed):
            signal.connect(lambda *_a, t=task: _RUNNING.discard(t))
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(self._finished)
        task.signals.cancelled.connect(self._cancelled)
        task.signals.failed.connect(self._failed)
        self.progress.setValue(0)
        self.status.setText(f"카탈로그를 만드는 중… (회원사 {len(catalog.entries)}곳)")
        self.task.start()
        self._update_buttons()

    def _progress(self, percent: int, message: str) -> None:
        self.progress.setValue(percent)
        if message:
            self.status.setText(f"카탈로그를 만드는 중… {message}")

    def _finished(self, result: tuple[str, list[PhotoProblem]]) -> None:
        path, problems = result
        self._show_photo_problems(problems)
        old = self.current_pdf
        pages = self.preview.load(path)
        self.current_pdf = Path(path)
        if old and old != self.current_pdf:
            old.unlink(missing_ok=True)
        self.preview_ready.emit(path)
        withheld = f" · 동의 범위 밖이라 비워 둔 연락처 {self._withheld:,}건" if self._withheld else ""
        photos = f" · 사진 확인 {len(problems)}건" if problems else ""
        self._ended("finished", f"미리보기 {pages}쪽 · {self.panel.paper.currentText()}{withheld}{photos}")

    def _show_photo_problems(self, problems: list[PhotoProblem]) -> None:
        """Name, above the preview, each product whose photo prints soft or not at all."""
        self.photo_problems = problems
        if problems:
            self.photo_warning.setText(f"저장하기 전에 사진을 확인해 주세요 ({len(problems)}개 제품). "
                                       f"사진은 그대로 두었습니다.\n{problems_summary(problems)}")
        self.photo_warning.setVisible(bool(problems))

    def _cancelled(self) -> None:
        self._ended("cancelled", "미리보기 만들기를 취소했습니다.")

    def _failed(self, error: BaseException) -> None:
        self._ended("failed", "카탈로그를 만들지 못했습니다.")
        show_error(self, error)

    def _ended(self, outcome: str, message: str) -> None:
        self.task = self._state["task"] = None
        self.status.setText(message)
        self.progress.setValue(100 if outcome == "finished" else 0)
        self._update_buttons()
        self.build_ended.emit(outcome)
        if self.pending:
            self.pending = False
            self.build_now()

    def cancel_build(self) -> None:
        """Stop the build under way (and forget a queued one)."""
        self.pending = False
        self.debounce.stop()
        if self.task is not None:
            self.status.setText("취소하는 중…")
            self.task.cancel()

    def _update_buttons(self) -> None:
        building = self.task is not None
        self.cancel_button.setEnabled(building)
        ready = self.current_pdf is not None
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def save_as(self) -> None:
        if self.current_pdf is None:
            return
        name = f"{self.panel.texts().cover_title or '회원사 카탈로그'}.pdf".replace("/", "_")
        target = save_file_name(self, "카탈로그 PDF 저장", "pdf", name, "PDF 파일 (*.pdf)")
        if target:
            try:
                save_copy(self.current_pdf, target)
            except SeeCoDeskError as error:
                show_error(self, error)
                return
            self.status.setText(f"저장했습니다: {target}")

    def print_catalog(self) -> None:
        if self.current_pdf is not None:
            self.preview.print_document(self)

    def edit_products(self) -> None:
        dialog = ProductsDialog(self.workspace, self)
        dialog.exec()
        if dialog.changed:
            self.panel.reload()
            self.schedule_build()


def create_page(workspace: Workspace, parent: QWidget | None = None) -> QWidget:
    """The 인쇄·카탈로그 section."""
    page = CatalogPage(workspace, parent)
    QTimer.singleShot(0, page.schedule_build)
    return page



