"""The bottom of every small editing dialog: a red error line and Korean 저장 / 취소 buttons."""

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from seecodesk.core.errors import SeeCoDeskError, ValidationErrors
from seecodesk.storage.problems import known_problem


def lay_out_form(dialog: QDialog, form: QFormLayout, on_save: Callable[[], None]) -> QLabel:
    """Put `form`, an error line and 저장/취소 into `dialog`; returns the error label (hidden until used)."""
    error = QLabel()
    error.setStyleSheet("color: #b00020;")
    error.setWordWrap(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText("저장")
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("취소")
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(buttons)
    return error


def save_or_show_error(dialog: QDialog, error: QLabel, save: Callable[[], None]) -> bool:
    """Run `save`; close the dialog when it worked, else show the Korean message(s) and stay open.

    A known storage problem (the file locked by another program, a full disk, a read-only file)
    is a message too: what was typed stays in the form and 저장 can be pressed again.
    """
    try:
        save()
    except ValidationErrors as problem:
        error.setText("\n".join(problem.errors.values()))
    except SeeCoDeskError as problem:
        error.setText(str(problem))
    except Exception as problem:
        known = known_problem(problem)
        if known is None:
            raise
        error.setText(str(known))
    else:
        dialog.accept()
        return True
    error.setVisible(True)
    return False
