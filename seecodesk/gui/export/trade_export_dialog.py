"""Export of the agreements (협약 목록) or the trade records (거래 기록, one year or all) from the window.

What `seecodesk export agreements|trades` writes, with the same formats as the member export and the
same rules (formula-like text neutralised, CP949 checked before anything is written, no partial
file). The file is written in a background task with its own connection when the database is a
file; a failure is shown in the dialog, which stays open.
"""

from datetime import date
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
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

from seecodesk.exchange.trade_export import TradeExportResult, export_agreements, export_trades
from seecodesk.gui.members.export_dialog import ERROR_STYLE, FORMATS
from seecodesk.gui.tasks import BackgroundTask
from seecodesk.gui.ui_settings import UiSettings
from seecodesk.services.trade import TradeService
from seecodesk.services.workspace import Workspace
from seecodesk.storage.database import open_database

WHAT = {"agreements": ("협약 목록 내보내기", "협약목록"), "trades": ("거래 기록 내보내기", "거래기록")}
_RUNNING: set[BackgroundTask] = set()


class TradeExportDialog(QDialog):
    """Choose the year (trades), the format and the file, then write the agreements or the trades."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, what: str = "trades") -> None:
        super().__init__(parent)
        self.workspace, self.what = workspace, what
        self.result_info: TradeExportResult | None = None
        self.setWindowTitle(WHAT[what][0])
        self.setMinimumWidth(620)
        self.buttons = QButtonGroup(self)
        self.year = QComboBox()
        self.year.setObjectName("exportYear")
        layout = QVBoxLayout(self)
        if what == "trades":
            self.year.addItem("모든 해", None)
            for year in sorted(TradeService(workspace.db).trade_years(), reverse=True):
                self.year.addItem(f"{year}년", year)
            self.year.currentIndexChanged.connect(lambda _i: self._name_file(fresh=True))
            row = QHBoxLayout()
            caption = QLabel("거래 연도(&Y):")
            caption.setBuddy(self.year)
            row.addWidget(caption)
            row.addWidget(self.year)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(QLabel("<b>파일 형식</b>"))
        layout.addLayout(self._format_rows())
        layout.addLayout(self._file_row())
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        layout.addLayout(self._button_row())
        self.buttons.button(0).setChecked(True)
        self._name_file(fresh=True)

    def _format_rows(self) -> QGridLayout:
        grid = QGridLayout()
        for row, (key, (label, _suffix, _encoding, explanation)) in enumerate(FORMATS.items()):
            radio = QRadioButton(label)
            radio.setObjectName(f"format_{key}")
            radio.toggled.connect(lambda on: on and self._name_file(fresh=False))
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

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        self.export_button = QPushButton("내보내기(&E)")
        self.export_button.setObjectName("tradeExportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        close = QPushButton("닫기")
        close.clicked.connect(self.reject)
        row.addWidget(self.export_button)
        row.addWidget(close)
        return row

    def format_key(self) -> str:
        return list(FORMATS)[max(0, self.buttons.checkedId())]

    def _name_file(self, fresh: bool) -> None:
        """A file name in the last export folder (fresh), or the typed one with the format's suffix."""
        suffix = FORMATS[self.format_key()][1]
        current = self.path_edit.text().strip()
        if fresh or not current:
            year = self.year.currentData()
            stem = f"{self.workspace.network_name}_{WHAT[self.what][1]}" + (f"_{year}년" if year else "")
            current = str(Path(UiSettings().start_folder("export")) / f"{stem}_{date.today():%Y%m%d}")
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
        path, encoding = Path(self.path_edit.text().strip()), FORMATS[self.format_key()][2]
        what, year = self.what, self.year.currentData()
        self.message.setStyleSheet("")
        self.message.setText("내보내는 중…")
        self.export_button.setEnabled(False)
        if self.workspace.path is None:
            try:
                self._done(_write(self.workspace.db, what, path, encoding, year))
            except Exception as error:  # noqa: BLE001 - shown in the dialog
                self._failed(error)
            return
        db_path = self.workspace.path
        task = BackgroundTask(lambda _control: _export_in_worker(db_path, what, path, encoding, year))
        _RUNNING.add(task)
        task.signals.finished.connect(lambda result, t=task: (_RUNNING.discard(t), self._done(result)))
        task.signals.failed.connect(lambda error, t=task: (_RUNNING.discard(t), self._failed(error)))
        task.start()

    def _done(self, result: TradeExportResult) -> None:
        self.result_info = result
        UiSettings().set_last_folder("export", str(result.path.parent))
        self.export_button.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(str(error) or f"내보내지 못했습니다 ({type(error).__name__}).")


def _write(db: sqlite_utils.Database, what: str, path: Path, encoding: str, year: int | None) -> TradeExportResult:
    if what == "agreements":
        return export_agreements(db, path, encoding)
    return export_trades(db, path, encoding, year)


def _export_in_worker(db_path: Path, what: str, path: Path, encoding: str, year: int | None) -> TradeExportResult:
    db = open_database(db_path, create=False)
    try:
        return _write(db, what, path, encoding, year)
    finally:
        db.close()
