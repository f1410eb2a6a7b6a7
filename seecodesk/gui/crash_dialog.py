"""The crash dialog: what went wrong, the details to copy and send, and where the log file is.

It says only what is known. Each 저장 commits on its own, so what was saved before is in the
database; the work under way when the bug struck may not be, and the dialog says so.
"""

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

CRASH_TEXT = ("예기치 못한 오류가 생겼습니다 (프로그램의 결함입니다).\n"
              "방금 하던 작업은 저장되지 않았을 수 있으니 화면에서 확인해 주세요. "
              "그 전에 저장한 내용은 데이터베이스에 남아 있습니다.\n"
              "아래 내용을 [복사]해 개발자에게 보내 주시면 고치는 데 도움이 됩니다.")


class CrashDialog(QDialog):
    """Shows a traceback in a read-only text box with a 복사 button and the log file's path."""

    def __init__(self, parent: QWidget | None, details: str, log_path: str) -> None:
        super().__init__(parent)
        self.setWindowTitle("예기치 못한 오류")
        self.setObjectName("crash_dialog")
        self.resize(640, 420)
        message = QLabel(CRASH_TEXT)
        message.setWordWrap(True)
        log_label = QLabel(f"기록 파일: {log_path}")
        log_label.setObjectName("crash_log_path")
        log_label.setTextInteractionFlags(log_label.textInteractionFlags() | _selectable())
        log_label.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crash_details")
        self.details.setReadOnly(True)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton("복사")
        self.copy_button.setObjectName("crash_copy")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton("닫기", QDialogButtonBox.ButtonRole.RejectRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.details, 1)
        layout.addWidget(log_label)
        layout.addWidget(buttons)
        # Enter closes. Set once the box is in the dialog (sooner, the dialog chose 복사 as Enter's button), and
        # the focus starts on 닫기: the read-only details would take Enter themselves.
        close.setDefault(True)
        close.setFocus()

    def copy_details(self) -> None:
        """Put the details (with the log path) on the clipboard."""
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText("복사됨")


def _selectable():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.TextInteractionFlag.TextSelectableByMouse
