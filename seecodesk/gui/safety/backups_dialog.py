"""파일 → 백업 및 복원: the backups with date, size and counts; 지금 백업; 복원 with what would change.

A backup is made off the GUI thread (its own connection) with a busy bar. A restore is not done
here: the dialog closes with the chosen backup in `restore_choice` and the window's owner closes
the database, restores and reopens it (a restore cannot happen under an open connection).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.backups import BackupInfo, backup_title, format_size, format_when
from seecodesk.core.errors import SeeCoDeskError
from seecodesk.gui.messages import show_error
from seecodesk.gui.tasks import BackgroundTask, TaskControl
from seecodesk.gui.widgets.tables import read_only_table
from seecodesk.services import backups

if TYPE_CHECKING:
    from seecodesk.services.history import HistoryService

HEADERS = ("날짜", "종류", "크기", "조직", "사람", "회의")


UNCHECKED_TIP = ("저장은 끝났고, 모든 페이지를 읽는 검사는 아직입니다(곧, 또는 다음에 열 때 자동으로 합니다). "
                 "검사를 마치기 전에는 오래된 백업을 지우지 않으며, 복원할 때는 먼저 검사합니다.")


def _number(value: int | None, unit: str) -> QTableWidgetItem:
    return _right("—" if value is None else f"{value:,}{unit}")


def _right(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class BackupsDialog(QDialog):
    """The backups of one database file."""

    def __init__(self, db_path: Path, parent: QWidget | None = None, history: HistoryService | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.setWindowTitle("백업 및 복원")
        self.setObjectName("backups_dialog")
        self.db_path = Path(db_path)
        self.restore_choice: Path | None = None
        self.task: BackgroundTask | None = None
        self.backups: list[BackupInfo] = []
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backup_folder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_folder_button = QPushButton("폴더 바꾸기(&F)…")
        self.change_folder_button.setToolTip("USB 메모리나 다른 디스크에 백업하려면 그 폴더를 고르세요")
        self.table = read_only_table(HEADERS, "backups_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setObjectName("backups_summary")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: SQLite's backup reports no steps worth showing
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.backup_button = QPushButton("지금 백업(&B)")
        self.restore_button = QPushButton("복원(&R)…")
        self.close_button = QPushButton("닫기")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.ask_restore)
        self.close_button.clicked.connect(self.reject)
        self.change_folder_button.clicked.connect(self.change_folder)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda *_: self.ask_restore())
        self._history_row()
        self._layout()
        self.reload()
        self.resize(760, 460)

    def _history_row(self) -> None:
        """변경 이력 보관 기간: years of history kept when the window closes (0 keeps everything)."""
        from seecodesk.services.history import MAX_KEEP_YEARS

        self.keep_years = QSpinBox()
        self.keep_years.setObjectName("history_keep_years")
        self.keep_years.setRange(0, MAX_KEEP_YEARS)
        self.keep_years.setSuffix("년")
        self.keep_years.setSpecialValueText("모두 보관")  # shown for 0
        self.keep_years.setToolTip(f"0부터 {MAX_KEEP_YEARS}까지; 0을 넣으면 이력을 지우지 않고 모두 보관합니다")
        self.keep_years_button = QPushButton("보관 기간 저장")
        self.keep_years_button.clicked.connect(self.save_keep_years)
        self.keep_years_note = QLabel()
        self.keep_years_note.setObjectName("history_keep_years_note")
        if self.history is not None:
            self.keep_years.setValue(self.history.keep_years())

    def save_keep_years(self) -> None:
        """Store the years of 변경 이력 kept."""
        if self.history is None:
            return
        self.keep_years.interpretText()  # a number typed but not yet confirmed with Enter
        try:
            self.history.set_keep_years(self.keep_years.value())
        except SeeCoDeskError as error:
            show_error(self, error, "보관 기간을 저장하지 못했습니다")
            return
        years = self.keep_years.value()
        self.keep_years_note.setText("저장했습니다: 변경 이력을 모두 보관합니다." if years == 0 else
                                     f"저장했습니다: 창을 닫을 때 {years}년보다 오래된 변경 이력을 지웁니다.")

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.change_folder_button)
        layout.addLayout(top)
        note = QLabel("백업은 열 때와 닫을 때(바뀐 내용이 있을 때), 그리고 열어 둔 동안 하루에 한 번 자동으로 만들어집니다. "
                      "최근 10개, 14일 동안 하루 1개, 8주 동안 한 주 1개, 24개월 동안 한 달 1개를 보관합니다.")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        if self.history is not None:
            keep = QHBoxLayout()
            label = QLabel("변경 이력 보관 기간(&H):")
            label.setBuddy(self.keep_years)
            keep.addWidget(label)
            keep.addWidget(self.keep_years)
            keep.addWidget(self.keep_years_button)
            keep.addWidget(self.keep_years_note, 1)
            layout.addLayout(keep)
        bottom = QHBoxLayout()
        bottom.addWidget(self.backup_button)
        bottom.addWidget(self.progress)
        bottom.addStretch(1)
        bottom.addWidget(self.restore_button)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

    def reload(self) -> None:
        """Read the backup folder again."""
        folder = backups.backup_folder(self.db_path)
        self.folder_label.setText(f"백업 폴더: {folder}")
        self.backups = backups.list_backups(self.db_path)
        self.table.setRowCount(len(self.backups))
        minutes = Counter(format_when(info.taken_at) for info in self.backups)
        for row, info in enumerate(self.backups):
            counts = info.counts
            # Two backups of the same minute are told apart by their seconds.
            when = format_when(info.taken_at, seconds=minutes[format_when(info.taken_at)] > 1)
            self.table.setItem(row, 0, QTableWidgetItem(when))
            reason = QTableWidgetItem(info.label)
            if not info.checked:
                reason.setToolTip(UNCHECKED_TIP)
            self.table.setItem(row, 1, reason)
            self.table.setItem(row, 2, _right(format_size(info.size)))
            self.table.setItem(row, 3, _number(counts.organisations if counts else None, "곳"))
            self.table.setItem(row, 4, _number(counts.people if counts else None, "명"))
            self.table.setItem(row, 5, _number(counts.meetings if counts else None, "건"))
        total = sum(info.size for info in self.backups)
        self.summary.setText(f"백업 {len(self.backups)}개, 모두 {format_size(total)}" if self.backups
                             else "아직 백업이 없습니다. [지금 백업]을 눌러 만드세요.")
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.task is not None
        self.backup_button.setEnabled(not busy)
        self.change_folder_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.selected() is not None)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def back_up_now(self) -> None:
        """지금 백업, off the GUI thread."""
        db_path = self.db_path

        def work(_control: TaskControl) -> BackupInfo:
            return backups.backup_and_check(db_path, "manual")

        self.task = BackgroundTask(work)
        self.task.signals.finished.connect(self._backup_done)
        self.task.signals.failed.connect(self._backup_failed)
        self.progress.show()
        self.summary.setText("백업을 만드는 중입니다…")
        self._update_buttons()
        self.task.start()

    def _backup_done(self, info: BackupInfo) -> None:
        self.task = None
        self.progress.hide()
        self.reload()
        counts = f" ({info.counts.describe()})" if info.counts else ""
        self.summary.setText(f"백업을 만들었습니다: {info.path.name}{counts}")

    def _backup_failed(self, error: BaseException) -> None:
        self.task = None
        self.progress.hide()
        self.reload()
        show_error(self, error, "백업하지 못했습니다")

    def change_folder(self) -> None:
        """Choose another folder for the backups (a USB stick, a second disk)."""
        current = str(backups.backup_folder(self.db_path))
        folder = QFileDialog.getExistingDirectory(self, "백업 폴더 고르기", current)
        if not folder:
            return
        backups.set_backup_folder(self.db_path, folder)
        self.reload()

    def ask_restore(self) -> None:
        """Show what a restore of the selected backup would change; on 예, close with it chosen."""
        info = self.selected()
        if info is None:
            return
        try:
            comparison = backups.compare_with_current(info.path, self.db_path)
        except SeeCoDeskError as error:
            show_error(self, error, "복원할 수 없습니다")
            return
        box = QMessageBox(self)
        box.setObjectName("restore_question")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("백업으로 복원")
        box.setText(f"{backup_title(info.taken_at, info.reason)}으로 되돌릴까요?")
        box.setInformativeText("\n".join(comparison.lines()) + "\n\n지금 파일은 먼저 '복원 전 안전 사본'으로 보관하므로 "
                               "언제든 다시 되돌릴 수 있습니다. 창은 복원한 파일로 다시 열립니다.")
        restore = box.addButton("복원", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("취소", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is restore:
            self.restore_choice = info.path
            self.accept()

    def reject(self) -> None:
        if self.task is not None:  # a backup under way finishes on its own; the dialog waits for it
            return
        super().reject()

    @classmethod
    def ask(cls, db_path: Path, parent: QWidget | None = None, history: HistoryService | None = None) -> Path | None:
        """Show the dialog; the backup chosen for a restore, or None."""
        dialog = cls(db_path, parent, history)
        dialog.exec()
        return dialog.restore_choice
