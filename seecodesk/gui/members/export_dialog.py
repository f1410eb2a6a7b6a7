"""The export dialog: file name, CSV or XLSX, encoding; a clear Korean message on a CP949 problem.

The file is written in a background task with its own database connection (an in-memory database
is written on the GUI thread). A failure is shown in the dialog, which stays open so the
secretary can pick UTF-8 or XLSX instead; no partial file is ever left behind.
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from seecodesk.exchange.member_export import ExportResult, export_members, withheld_in_export
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
_RUNNING: set[BackgroundTask] = set()


class MemberExportDialog(QDialog):
    """Choose format and file, then write the member directory."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, format_key: str = "xlsx") -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.result_info: ExportResult | None = None
        self.setWindowTitle("회원사 명단 내보내기")
        self.setMinimumWidth(620)
        self.buttons = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>파일 형식</b>"))
        layout.addLayout(self._format_rows())
        layout.addLayout(self._file_row())
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        notice = withheld_in_export(workspace.db).notice()
        self.withheld_label = QLabel(f"{notice}: 제3자 제공 동의가 없는 사람의 번호·주소는 비워 둡니다." if notice else "")
        self.withheld_label.setObjectName("withheldNotice")
        self.withheld_label.setWordWrap(True)
        self.withheld_label.setStyleSheet("color: #8a4b00;")
        self.withheld_label.setVisible(bool(notice))
        layout.addWidget(self.withheld_label)
        layout.addLayout(self._button_row())
        self.set_format(format_key)

    def _format_rows(self) -> QGridLayout:
        grid = QGridLayout()
        for row, (key, (label, _suffix, _encoding, explanation)) in enumerate(FORMATS.items()):
            radio = QRadioButton(label)
            radio.setObjectName(f"format_{key}")
            radio.toggled.connect(lambda on, k=key: on and self._format_changed(k))
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
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        close = QPushButton("닫기")
        close.clicked.connect(self.reject)
        row.addWidget(self.export_button)
        row.addWidget(close)
        return row

    def format_key(self) -> str:
        return list(FORMATS)[max(0, self.buttons.checkedId())]

    def set_format(self, key: str) -> None:
        self.buttons.button(list(FORMATS).index(key)).setChecked(True)
        self._format_changed(key)

    def _format_changed(self, key: str) -> None:
        suffix = FORMATS[key][1]
        current = self.path_edit.text().strip()
        if not current:
            folder = UiSettings().start_folder("export")
            name = f"{self.workspace.network_name}_회원사명단_{date.today():%Y%m%d}"
            current = str(Path(folder) / name)
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
        path = Path(self.path_edit.text().strip())
        encoding = FORMATS[self.format_key()][2]
        self.message.setStyleSheet("")
        self.message.setText("내보내는 중…")
        self.export_button.setEnabled(False)
        if self.workspace.path is None:
            try:
                self._done(export_members(self.workspace.db, path, encoding))
            except Exception as error:  # noqa: BLE001 - shown in the dialog
                self._failed(error)
            return
        db_path = self.workspace.path
        task = BackgroundTask(lambda _control: _export_in_worker(db_path, path, encoding))
        _RUNNING.add(task)
        task.signals.finished.connect(lambda result, t=task: (_RUNNING.discard(t), self._done(result)))
        task.signals.failed.connect(lambda error, t=task: (_RUNNING.discard(t), self._failed(error)))
        task.start()

    def _done(self, result: ExportResult) -> None:
        self.result_info = result
        UiSettings().set_last_folder("export", str(result.path.parent))
        self.export_button.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(str(error) or f"내보내지 못했습니다 ({type(error).__name__}).")


def _export_in_worker(db_path: Path, path: Path, encoding: str) -> ExportResult:
    db = open_database(db_path, create=False)
    try:
        return export_members(db, path, encoding)
    finally:
        db.close()


def run_export_dialog(parent: QWidget | None, workspace: Workspace, format_key: str = "xlsx") -> bool:
    """Show the export dialog; True when a file was written (then says where)."""
    dialog = MemberExportDialog(workspace, parent, format_key)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_info is None:
        return False
    QMessageBox.information(parent, "내보내기", dialog.result_info.describe())
    return True
