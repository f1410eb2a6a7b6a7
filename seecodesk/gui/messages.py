"""Showing errors: known problems as a Korean sentence, bugs as a crash dialog with copyable details.

QMessageBox is imported when a message is shown: the first screen has none to show.
"""

from PySide6.QtWidgets import QWidget

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.logs import file_logger
from seecodesk.paths import log_file


def show_error(parent: QWidget | None, error: BaseException, title: str = "오류") -> None:
    """A known error as its Korean message; anything else as a crash report."""
    from PySide6.QtWidgets import QMessageBox

    if isinstance(error, SeeCoDeskError):
        QMessageBox.warning(parent, title, str(error))
    else:
        show_crash(parent, type(error), error, error.__traceback__)


def show_crash(parent: QWidget | None, kind: type, error: BaseException, tb: object) -> None:
    """Log the traceback and show it in a dialog whose details can be copied."""
    import traceback

    from PySide6.QtWidgets import QMessageBox

    details = "".join(traceback.format_exception(kind, error, tb))  # type: ignore[arg-type]
    file_logger().error("처리되지 않은 오류\n%s", details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("예기치 못한 오류")
    box.setText("예기치 못한 오류가 생겼습니다. 작업 중인 내용은 저장되어 있습니다.\n"
                f"아래 내용을 복사해 개발자에게 보내 주세요. 기록 파일: {log_file()}")
    box.setDetailedText(details)
    box.exec()


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    """Yes/No question, No by default."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
