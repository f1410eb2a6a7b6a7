"""What every "내보내기" dialog shares: the three formats, the file box, 내보내기 and 닫기, and the
writing itself — in a background task with its own connection when the database is a file (an
in-memory one is written on the GUI thread). A failure is shown in the dialog, which stays open so
the secretary can pick UTF-8 or XLSX instead; no partial file is ever left behind.

A subclass names its file (`file_stem`) and says what to write (`writer`); the member directory,
the agreements and the trade records use it.
"""

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.filenames import name_for_file
from seecodesk.gui.tasks import BackgroundTask
from seecodesk.gui.ui_settings import UiSettings
from seecodesk.services.workspace import Workspace
from seecodesk.storage.database import open_database

# key → (label, suffix, encoding, explanation)
FORMATS = {
    "xlsx": ("엑셀 파일 (XLSX)", ".xlsx", "utf-8-sig", "시청 등 어느 한글 엑셀에서나 그대로 열립니다. 가장 권합니다."),
    "csv": ("CSV, UTF-8 (BOM)", ".csv", "utf-8-sig", "엑셀 2016 이후에서 더블클릭으로 바로 열립니다. 모든 글자를 담습니다."),
    "cp949": ("CSV, CP949", ".csv", "cp949", "아주 오래된 엑셀이나 CSV만 받는 행정 시스템용입니다. 이모지 등 일부 글자는 담을 수 없습니다."),
}
ERROR_STYLE = "color: #b00020;"
Writer = Callable[[sqlite_utils.Database, Path, str], Any]  # (db, path, encoding) → a result with .path, .describe()
_RUNNING: set[BackgroundTask] = set()


class ExportFileDialog(QDialog):
    """Choose format and file, then write; `result_info` holds what was written after 내보내기."""

    def __init__(self, workspace: Workspace, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.result_info: Any = None
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        self.buttons = QButtonGroup(self)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QVBoxLayout(self)

    def add_format_and_file(self) -> None:
        """The format choice, the file box and the message, below what the subclass put first."""
        self.body.addWidget(QLabel("<b>파일 형식</b>"))
        self.body.addLayout(self._format_rows())
        self.body.addLayout(self._file_row())
        self.body.addWidget(self.message)

    def add_buttons(self) -> None:
        row = QHBoxLayout()
        row.addStretch(1)
        self.export_button = QPushButton("내보내기(&E)")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        close = QPushButton("닫기")
        close.clicked.connect(self.reject)
        row.addWidget(self.export_button)
        row.addWidget(close)
        self.body.addLayout(row)

    def _format_rows(self) -> QGridLayout:
        grid = QGridLayout()
        for row, (key, (label, _suffix, _encoding, explanation)) in enumerate(FORMATS.items()):
            radio = QRadioButton(label)
            radio.setObjectName(f"format_{key}")
            radio.toggled.connect(lambda on: on and self.name_file(fresh=False))
            self.buttons.addButton(radio, row)
            note = QLabel(explanation)
            note.setWordWrap(True)
            note.setStyleSheet("color: #555;")
            grid.addWidget(radio, row, 0)
            grid.addWidget(note, row, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _file_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        caption = QLabel("저장할 파일(&F):")
        self.path_edit = QLineEdit()
        caption.setBuddy(self.path_edit)
        browse = QPushButton("찾아보기(&B)…")
        browse.clicked.connect(self.choose_path)
        row.addWidget(caption)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        return row

    def format_key(self) -> str:
        return list(FORMATS)[max(0, self.buttons.checkedId())]

    def set_format(self, key: str) -> None:
        self.buttons.button(list(FORMATS).index(key)).setChecked(True)
        self.name_file(fresh=False)

    def file_stem(self) -> str:
        """The file's name without folder, date and suffix (the subclass says what it holds)."""
        raise NotImplementedError

    def writer(self) -> Writer:
        """What to write, with the choices on screen taken now (the task runs on another thread)."""
        raise NotImplementedError

    def name_file(self, fresh: bool) -> None:
        """A file name in the last export folder (fresh, or when the box is empty), else the typed one;
        either way with the chosen format's suffix."""
        suffix = FORMATS[self.format_key()][1]
        current = self.path_edit.text().strip()
        if fresh or not current:
            current = str(Path(UiSettings().start_folder("export")) / name_for_file(f"{self.file_stem()}_{date.today():%Y%m%d}"))
        self.path_edit.setText(str(Path(current).with_suffix(suffix)))
        self.message.setText("")

    def choose_path(self) -> None:
        suffix = FORMATS[self.format_key()][1]
        pattern = "엑셀 (*.xlsx)" if suffix == ".xlsx" else "CSV (*.csv)"
        path, _ = QFileDialog.getSaveFileName(self, "내보낼 파일", self.path_edit.text(), pattern)
        if path:
            self.path_edit.setText(str(Path(path).with_suffix(suffix)))

    def start_export(self) -> None:
        """Write the file (in the background when the database is a file)."""
        path, encoding, write = Path(self.path_edit.text().strip()), FORMATS[self.format_key()][2], self.writer()
        self.message.setStyleSheet("")
        self.message.setText("내보내는 중…")
        self.export_button.setEnabled(False)
        if self.workspace.path is None:
            try:
                self._done(write(self.workspace.db, path, encoding))
            except Exception as error:  # noqa: BLE001 - shown in the dialog
                self._failed(error)
            return
        db_path = self.workspace.path
        task = BackgroundTask(lambda _control: _write_in_worker(write, db_path, path, encoding))
        _RUNNING.add(task)
        task.signals.finished.connect(lambda result, t=task: (_RUNNING.discard(t), self._done(result)))
        task.signals.failed.connect(lambda error, t=task: (_RUNNING.discard(t), self._failed(error)))
        task.start()

    def _done(self, result: Any) -> None:
        self.result_info = result
        UiSettings().set_last_folder("export", str(result.path.parent))
        self.export_button.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(str(error) or f"내보내지 못했습니다 ({type(error).__name__}).")


def _write_in_worker(write: Writer, db_path: Path, path: Path, encoding: str) -> Any:
    db = open_database(db_path, create=False)
    try:
        return write(db, path, encoding)
    finally:
        db.close()
