"""Showing errors: known problems as a Korean sentence, bugs as a crash dialog with copyable details.

QMessageBox is imported when a message is shown: the first screen has none to show.
"""

from collections.abc import Mapping

from PySide6.QtWidgets import QWidget

from seecodesk.core.errors import SeeCoDeskError, StorageProblem, ValidationError, ValidationErrors
from seecodesk.logs import file_logger
from seecodesk.paths import log_file
from seecodesk.storage.problems import known_problem

_showing_crash = False  # a crash while the crash dialog is up is logged, not stacked


def show_error(parent: QWidget | None, error: BaseException, title: str = "오류",
               names: Mapping[str, str] | None = None) -> None:
    """A known error (bad input, a locked or full disk) as its Korean message; anything else as a crash report.
    Bad input is said a line per field, each naming its field (`names`: the form's words beyond `FIELD_NAMES`)."""
    from PySide6.QtWidgets import QMessageBox

    if isinstance(error, StorageProblem):
        QMessageBox.warning(parent, "저장하지 못했습니다", str(error))
        return
    if isinstance(error, ValidationErrors):
        QMessageBox.warning(parent, title, "\n".join(named_errors(error.errors, names).values()))
        return
    if isinstance(error, ValidationError):
        QMessageBox.warning(parent, title, named_errors({error.field: error.message}, names)[error.field])
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


# What the validators call a field, as the forms' labels name it; a form passes its own words for the rest.
FIELD_NAMES = {"name": "이름", "title": "제목", "notes": "메모", "note": "비고", "place": "장소", "address": "주소",
               "phone": "전화", "mobile": "휴대전화", "email": "이메일", "amount": "금액", "contact": "문의처",
               "bank_account": "입금 계좌", "notice_text": "안내문 인사말", "due_day": "납부 기한", "code": "번호",
               "frequency": "주기", "topic": "주제", "category": "분류 이름", "content": "내용", "summary": "요약", "item": "품목"}


def named_errors(errors: Mapping[str, str], names: Mapping[str, str] | None = None) -> dict[str, str]:
    """Each message starting with the name of its field ("장소: 내용이 너무 깁니다 …"), where the field has a
    name and the message does not already start with it: one error line under a form must say which field."""
    known = {**FIELD_NAMES, **(names or {})}
    named = {}
    for field, message in errors.items():
        name = known.get(field, "")
        named[field] = f"{name}: {message}" if name and not message.startswith(name) else message
    return named


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
