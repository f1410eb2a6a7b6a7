"""The progress of a long 실행 취소 (an import of 80,000 organisations undone), with 취소 that undoes nothing.

The undo runs in a worker inside one transaction; 취소 (or Esc, or closing the box) asks it to stop: it
notices within a few hundred rows and rolls everything back, so nothing is ever half-undone. The box
closes at once; the window says in its status bar when the worker has stopped (undo_flow).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from seecodesk.gui.tasks import BackgroundTask


class UndoProgressDialog(QDialog):
    """Shows how far an undo in `task` has come; closes by itself when the task ends, however it ends."""

    def __init__(self, label: str, rows: int, task: BackgroundTask, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task = task
        self.setWindowTitle("실행 취소하는 중")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.title = QLabel(f"되돌리는 중: {label}\n바뀐 기록 {rows:,}건을 원래대로 돌려놓고 있습니다.")
        self.title.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.note = QLabel("취소하면 아무것도 되돌리지 않은 처음 상태 그대로 남습니다.")
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton("취소", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.bar, self.note, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(420)
        task.signals.progress.connect(self._moved)
        for signal in (task.signals.finished, task.signals.failed, task.signals.cancelled):
            signal.connect(self._ended)

    def _moved(self, percent: int, message: str) -> None:
        self.bar.setValue(percent)
        if message:
            self.note.setText(f"{message} — 취소하면 아무것도 되돌리지 않은 처음 상태 그대로 남습니다.")

    def done(self, result: int) -> None:
        """Closed, by 취소, Esc, the title bar or the window: the worker is asked to stop and puts back what it had
        undone (an undo that has finished is not affected); the undo never goes on unseen."""
        self.task.cancel()
        super().done(result)

    def _ended(self, *_args: object) -> None:
        if self.isVisible():  # the worker is done: nothing to ask it
            super().done(QDialog.DialogCode.Accepted)
