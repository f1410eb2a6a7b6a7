"""Printing the schedule from the window: options (body, grouping, grain, cells, from, to, paper, task sheets) beside
a preview of the PDF; 저장 and 인쇄 act on exactly what the preview shows.

The PDF is made off the GUI thread on its own database connection when the network is a file.
"""

import tempfile
from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.core.filenames import name_for_file
from seecodesk.core.periods import GRAIN_LABELS, GRAINS, period_of
from seecodesk.core.plan import Plan
from seecodesk.gui.file_dialogs import save_file_name
from seecodesk.gui.messages import show_error
from seecodesk.gui.tasks import BackgroundTask
from seecodesk.gui.widgets.pdf_preview import PdfPreview
from seecodesk.gui.widgets.screen_fit import fit_to_screen
from seecodesk.services.file_copies import save_copy
from seecodesk.services.plan_print import ScheduleRequest, print_schedule
from seecodesk.services.workspace import Workspace


class SchedulePrintDialog(QDialog):
    """Options on the left, the preview on the right."""

    def __init__(self, workspace: Workspace, plan: Plan, body_names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.plan = workspace, plan
        self.setWindowTitle(f"진행 일정표 인쇄 — {plan.name}")
        self.resize(1200, 800)
        fit_to_screen(self)
        self._folder = tempfile.TemporaryDirectory(prefix="seecodesk-schedule-")
        self._counter = 0
        self._task: BackgroundTask | None = None
        self.body, self.grain, self.paper = QComboBox(), QComboBox(), QComboBox()
        self.group, self.cells = QComboBox(), QComboBox()
        self.group.addItem("분과별", "body")
        self.group.addItem("전략별", "strategy")
        self.group.setToolTip("행을 분과 → 과제 → 세부활동 또는 전략 → 과제 → 세부활동으로 묶습니다")
        for label, cells in (("나누지 않음", 1), ("2칸 (반기 → 분기)", 2), ("3칸 (분기 → 월)", 3), ("6칸 (반기 → 월)", 6)):
            self.cells.addItem(label, cells)
        self.body.addItem("전체 분과", "")
        for name in body_names:
            self.body.addItem(name, name)
        for grain in GRAINS:
            self.grain.addItem(GRAIN_LABELS[grain], grain)
        self.grain.setCurrentIndex(GRAINS.index(plan.grain))
        self.paper.addItems(["A4", "A3"])
        self.start = QLineEdit(period_of(plan.start_month, "quarter").code if plan.grain != "month" else plan.start_month)
        self.end = QLineEdit(period_of(plan.end_month, "quarter").code if plan.grain != "month" else plan.end_month)
        self.sheets = QCheckBox("과제 카드 붙이기 (과제마다 한 쪽)")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.preview = PdfPreview(self)
        self._build_layout()
        for combo in (self.body, self.group, self.grain, self.cells, self.paper):
            combo.currentIndexChanged.connect(self.render)
        self.sheets.toggled.connect(self.render)
        for edit in (self.start, self.end):
            edit.editingFinished.connect(self.render)
        QShortcut(QKeySequence("F5"), self, activated=self.render)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_pdf)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_as)

    def _build_layout(self) -> None:
        form = QFormLayout()
        for label, widget in (("분과(&B)", self.body), ("묶기(&O)", self.group), ("단위(&G)", self.grain),
                              ("칸 나누기(&C)", self.cells), ("시작(&F)", self.start),
                              ("끝(&T)", self.end), ("용지(&P)", self.paper), ("", self.sheets)):
            form.addRow(label, widget)
        refresh, save, print_button, close = (QPushButton("미리보기 갱신 (F5)"), QPushButton("PDF로 저장(&S)…"),
                                              QPushButton("인쇄(&R)…"), QPushButton("닫기"))
        refresh.clicked.connect(self.render)
        # Saved or printed is only the preview of the options on screen: none while it is made or when they fail.
        self.outputs = (save, print_button)
        save.clicked.connect(self.save_as)
        print_button.clicked.connect(self.print_pdf)
        close.clicked.connect(self.accept)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(refresh)
        left.addWidget(self.status)
        left.addStretch(1)
        for button in (save, print_button, close):
            left.addWidget(button)
        side = QWidget()
        side.setLayout(left)
        side.setMaximumWidth(300)
        layout = QHBoxLayout(self)
        layout.addWidget(side)
        layout.addWidget(self.preview, 1)

    def request(self) -> ScheduleRequest:
        return ScheduleRequest(plan_id=self.plan.id, body_name=self.body.currentData(), grain=self.grain.currentData(),
                               start=self.start.text().strip(), end=self.end.text().strip(),
                               paper=self.paper.currentText(), sheets=self.sheets.isChecked(),
                               group=self.group.currentData(), cells=self.cells.currentData())

    def render(self, *_: object, wait: bool = False) -> None:
        """Make the PDF for the current options and show it (in the background for a file database)."""
        self._counter += 1
        target = Path(self._folder.name) / f"일정표-{self._counter}.pdf"
        request = self.request()
        self.status.setText("만드는 중…")
        self._offer_outputs(False)
        if self.workspace.path is None or wait:
            try:
                document = print_schedule(self.workspace.db, target, request)
            except SeeCoDeskError as error:
                self._failed(error)
                return
            self._done((target, document.subtitle))
            return
        path = self.workspace.path

        def work(control: object) -> tuple[Path, str]:
            from seecodesk.storage.database import open_database

            db = open_database(path, create=False)
            try:
                return target, print_schedule(db, target, request).subtitle
            finally:
                db.close()

        self._task = BackgroundTask(work)
        self._task.signals.finished.connect(self._done)
        self._task.signals.failed.connect(self._failed)
        self._task.start()

    def _done(self, result: tuple[Path, str]) -> None:
        target, subtitle = result
        pages = self.preview.load(target)
        self.status.setText(f"{pages}쪽 · {subtitle}")
        self._offer_outputs(True)

    def _offer_outputs(self, ready: bool) -> None:
        for button in self.outputs:
            button.setEnabled(ready)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(str(error) if isinstance(error, SeeCoDeskError) else "미리보기를 만들지 못했습니다.")
        if not isinstance(error, SeeCoDeskError):
            show_error(self, error)

    def save_as(self) -> None:
        if self.preview.path is None or not self.outputs[0].isEnabled():  # Ctrl+S too
            return
        name = name_for_file(f"{self.plan.name} 진행 일정.pdf")
        target = save_file_name(self, "PDF 저장", "pdf", name, "PDF 파일 (*.pdf)")
        if target:
            try:
                save_copy(self.preview.path, target)
            except SeeCoDeskError as error:
                show_error(self, error)
                return
            self.status.setText(f"저장했습니다: {target}")

    def print_pdf(self) -> None:
        if self.preview.path is not None and self.outputs[1].isEnabled():  # Ctrl+P too
            self.preview.print_document(self)

    def done(self, result: int) -> None:  # noqa: D401 - Qt's name
        self.preview.document.close()
        super().done(result)
