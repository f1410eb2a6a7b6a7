"""파일 → 인수인계 자료 만들기: the year's handover archive, built in the background with progress and cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.gui.tasks import BackgroundTask, TaskControl
from seecodesk.gui.ui_settings import UiSettings
from seecodesk.services.archive import ArchiveResult, build_archive
from seecodesk.services.workspace import Workspace

EXPLANATION = ("한 해의 기록을 SeeCoDesk 없이도 읽을 수 있게 zip 파일 하나로 묶습니다: 데이터베이스 사본, 모든 표(CSV), "
               "그 해의 회원사 명단·진행 일정표·회의록·카탈로그(PDF), 시청 제출용 보고서(엑셀), 설명서(README.txt). "
               "후임자에게 넘기거나 보관할 때 쓰세요. 개인정보가 들어 있으니 안전하게 보관하세요.")


class ArchiveDialog(QDialog):
    """Choose the year and the file; 만들기 runs the archive off the GUI thread; 취소 stops it."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, settings: UiSettings | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.settings = workspace, settings or UiSettings()
        self.task: BackgroundTask | None = None
        self.result_info: ArchiveResult | None = None
        self.setWindowTitle("인수인계 자료 만들기")
        self.resize(620, 260)
        layout = QVBoxLayout(self)
        explanation = QLabel(EXPLANATION)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        row = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setObjectName("archive_year")
        self.year.setRange(1990, 2200)
        self.year.setValue(date.today().year)
        self.year.setSuffix("년")
        self.year.valueChanged.connect(self._suggest_path)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("archive_path")
        browse = QPushButton("찾아보기…")
        browse.clicked.connect(self.choose_path)
        row.addWidget(QLabel("연도"))
        row.addWidget(self.year)
        row.addWidget(QLabel("파일"))
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.message = QLabel()
        self.message.setObjectName("archive_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.start_button = QPushButton("만들기(&M)")
        self.start_button.setObjectName("archive_start")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton("닫기")
        self.close_button.setObjectName("archive_close")
        self.close_button.clicked.connect(self.cancel_or_close)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._suggest_path()

    @classmethod
    def ask(cls, workspace: Workspace, parent: QWidget | None = None) -> ArchiveResult | None:
        """Show the dialog; what was written, or None."""
        dialog = cls(workspace, parent)
        dialog.exec()
        return dialog.result_info

    def _suggest_path(self) -> None:
        folder = self.settings.last_folder("archive") or str(Path.home())
        stem = self.workspace.path.stem if self.workspace.path else "seecodesk"
        self.path_edit.setText(str(Path(folder) / f"{stem}_{self.year.value()}_인수인계.zip"))

    def choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "인수인계 자료 저장", self.path_edit.text(), "zip (*.zip)")
        if path:
            self.path_edit.setText(str(Path(path).with_suffix(".zip")))

    def start(self) -> None:
        """Build the archive in the background."""
        if self.workspace.path is None:
            self.message.setText("⚠ 메모리 데이터베이스는 인수인계 자료로 묶을 수 없습니다. 파일로 저장된 네트워크를 여세요.")
            return
        out = Path(self.path_edit.text().strip()).with_suffix(".zip")
        db_path, year = self.workspace.path, self.year.value()

        def work(control: TaskControl) -> ArchiveResult:
            return build_archive(db_path, out, year, control.progress)

        self.task = BackgroundTask(work)
        self.task.signals.progress.connect(self._progress)
        self.task.signals.finished.connect(self._finished)
        self.task.signals.failed.connect(self._failed)
        self.task.signals.cancelled.connect(self._cancelled)
        self.start_button.setEnabled(False)
        self.close_button.setText("취소")
        self.progress.setValue(0)  # a retry starts from nothing, not from where the failed try stopped
        self.message.setText("만드는 중…")
        self.task.start()

    def cancel_or_close(self) -> None:
        """취소 while running (the work stops at its next step), 닫기 otherwise."""
        if self.task is not None:
            self.task.cancel()
            self.message.setText("취소하는 중…")
            return
        self.reject()

    def reject(self) -> None:
        if self.task is not None:  # Esc while running cancels instead of leaving a worker behind
            self.cancel_or_close()
            return
        super().reject()

    def _progress(self, percent: int, message: str) -> None:
        self.progress.setValue(percent)
        if message:
            self.message.setText(message)

    def _done(self) -> None:
        self.task = None
        self.start_button.setEnabled(True)
        self.close_button.setText("닫기")

    def _finished(self, result: ArchiveResult) -> None:
        self._done()
        self.result_info = result
        self.settings.set_last_folder("archive", str(result.path.parent))
        skipped = f" (만들지 못한 것: {'; '.join(result.skipped)})" if result.skipped else ""
        self.message.setText(f"✔ {result.describe()}{skipped}")

    def _failed(self, error: BaseException) -> None:
        self._done()
        self.progress.setValue(0)  # nothing was written: a bar left at 96 % read as nearly done
        if isinstance(error, SeeCoDeskError):
            self.message.setText(f"⚠ {error}")
            return
        raise error

    def _cancelled(self) -> None:
        self._done()
        self.progress.setValue(0)
        self.message.setText("취소했습니다. 파일은 만들지 않았습니다.")
