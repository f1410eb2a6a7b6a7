"""Small dialogs and panels the meeting editor opens: carry-over choice, plan-task target, attachments, preview."""

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.filenames import name_for_file
from seecodesk.core.meetings import Attachment
from seecodesk.gui.file_dialogs import open_file_names
from seecodesk.gui.messages import confirm, show_error
from seecodesk.gui.widgets.pdf_preview import PdfPreviewDialog
from seecodesk.services.meetings import OpenAction


class CarryOverDialog(QDialog):
    """Unfinished action items of the body's earlier meetings, ticked to go on this agenda."""

    def __init__(self, candidates: list[OpenAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("이월 안건 — 지난 회의의 미완료 조치 사항")
        self.candidates = candidates
        self.list = QListWidget()
        for candidate in candidates:
            due = f", 기한 {candidate.action.due_on}" if candidate.action.due_on else ""
            item = QListWidgetItem(f"{candidate.action.what}  ({candidate.owner}{due} · {candidate.meeting_date})")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("확인")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("취소")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("체크한 조치 사항을 이번 회의 안건에 '[이월]'로 넣습니다."))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def chosen(self) -> list[OpenAction]:
        return [c for row, c in enumerate(self.candidates)
                if self.list.item(row).checkState() == Qt.CheckState.Checked]

    @classmethod
    def ask(cls, parent: QWidget | None, candidates: list[OpenAction]) -> list[OpenAction]:
        dialog = cls(candidates, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []


def ask_task_target(parent: QWidget | None,
                    plans: list[tuple[int, str, list[tuple[int, str]]]]) -> tuple[int, int | None] | None:
    """(plan id, strategy id or None) chosen by the user, or None when cancelled."""
    options: list[tuple[str, int, int | None]] = []
    for plan_id, name, strategies in plans:
        options.append((f"{name} — 맨 위", plan_id, None))
        options += [(f"{name} — {label}", plan_id, strategy_id) for strategy_id, label in strategies]
    labels = [o[0] for o in options]
    choice, ok = QInputDialog.getItem(parent, "계획의 과제로 만들기", "과제를 넣을 곳:", labels, 0, False)
    if not ok:
        return None
    _label, plan_id, strategy_id = options[labels.index(choice)]
    return plan_id, strategy_id


class AttachmentPanel(QWidget):
    """The meeting's files: add (copied into the data folder), open, remove."""

    def __init__(self, add: Callable[[str], Attachment], remove: Callable[[int], None],
                 path_of: Callable[[Attachment], Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._add, self._remove, self._path_of = add, remove, path_of
        self._attachments: list[Attachment] = []
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        buttons = QHBoxLayout()
        for label, slot in (("파일 추가…", self.choose_files), ("열기", self.open_selected), ("삭제", self.remove_selected)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("회의자료, 사진, 결과보고서 등을 첨부합니다. 파일은 네트워크 자료 폴더에 복사됩니다."))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def set_attachments(self, attachments: list[Attachment]) -> None:
        self._attachments = list(attachments)
        self.list.clear()
        for attachment in attachments:
            self.list.addItem(f"{attachment.file_name}  ({attachment.size / 1024:,.0f} KB)")

    def choose_files(self) -> None:
        paths = open_file_names(self, "첨부할 파일 고르기", "attachments")
        for path in paths:
            self.add_file(path)

    def add_file(self, path: str) -> None:
        try:
            self._attachments.append(self._add(path))
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error, "첨부 실패")
        self.set_attachments(self._attachments)

    def open_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._path_of(self._attachments[row]))))

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0 or not confirm(self, "첨부 삭제", f"'{self._attachments[row].file_name}' 파일을 삭제할까요?"):
            return
        try:
            self._remove(self._attachments[row].id or 0)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error, "삭제 실패")
            return
        del self._attachments[row]
        self.set_attachments(self._attachments)


def preview_pdf(parent: QWidget | None, title: str, write: Callable[[str], object], notice: str = "",
                warnings: list[str] | None = None) -> None:
    """Write a PDF to a temporary file with `write(path)` and show it with 저장/인쇄 (and `notice` beside them,
    `warnings` above the page)."""
    try:
        folder = Path(tempfile.mkdtemp(prefix="seecodesk-"))
        path = folder / f"{name_for_file(title)}.pdf"
        write(str(path))
    except Exception as error:  # noqa: BLE001 - shown to the user
        show_error(parent, error, "인쇄 준비 실패")
        return
    dialog = PdfPreviewDialog(path, title, parent, notice, warnings=warnings)
    dialog.exec()
