"""Showing errors: known problems as a Korean sentence, bugs as a crash dialog with copyable details.

QMessageBox is imported when a message is shown: the first screen has none to show.
"""

from PySide6.QtWidgets import QWidget

from seecodesk.core.errors import SeeCoDeskError, StorageProblem
from seecodesk.logs import file_logger
from seecodesk.paths import log_file
from seecodesk.storage.problems import known_problem

_showing_crash = False  # a crash while the crash dialog is up is logged, not stacked


def show_error(parent: QWidget | None, error: BaseException, title: str = "오류") -> None:
    """A known error (bad input, a locked or full disk) as its Korean message; anything else as a crash report."""
    from PySide6.QtWidgets import QMessageBox

    if isinstance(error, StorageProblem):
        QMessageBox.warning(parent, "저장하지 못했습니다", str(error))
        return
    if isinstance(error, SeeCoDeskError):
        QMessageBox.warning(parent, title, str(error))
        return
    problem = known_problem(error)
    if problem is not None:
        file_logger().warning("저장소 문제: %r", error)
        QMessageBox.warning(parent, "저장하지 못했습니다", str(problem))
    else:
        show_crash(parent, type(error), error, error.__traceback__)


def handle_uncaught(kind: type, error: BaseException, tb: object) -> None:
    """The window's `sys.excepthook`: known problems that escaped a slot are still only messages."""
    if isinstance(error, SeeCoDeskError) or known_problem(error) is not None:
        file_logger().warning("처리되지 않은 알려진 문제: %r", error)
        show_error(None, error)
    else:
        show_crash(None, kind, error, tb)


def show_crash(parent: QWidget | None, kind: type, error: BaseException, tb: object) -> None:
    """Log the traceback and show it in a dialog whose details can be copied."""
    global _showing_crash
    import traceback

    details = "".join(traceback.format_exception(kind, error, tb))  # type: ignore[arg-type]
    file_logger().error("처리되지 않은 오류\n%s", details)
    if _showing_crash:
        return
    from seecodesk import __version__
    from seecodesk.gui.crash_dialog import CrashDialog

    _showing_crash = True
    try:
        CrashDialog(parent, f"SeeCoDesk {__version__}\n{details}", str(log_file())).exec()
    finally:
        _showing_crash = False


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    """Yes/No question, No by default."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
