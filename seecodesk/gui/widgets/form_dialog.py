"""The bottom of every small editing dialog: a red error line, Korean 저장 / 취소 buttons, and a question
before typed input is thrown away."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.errors import SeeCoDeskError, ValidationErrors
from seecodesk.storage.problems import known_problem


def lay_out_form(dialog: QDialog, form: QFormLayout, on_save: Callable[[], None], scroll: bool = False) -> QLabel:
    """Put `form`, an error line and 저장/취소 into `dialog`; returns the error label (hidden until used).
    With `scroll` the fields scroll above the error line and buttons, so a long form fits a laptop screen."""
    error = QLabel()
    error.setStyleSheet("color: #b00020;")
    error.setWordWrap(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText("저장")
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("취소")
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    if scroll:
        from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

        fields = QWidget()
        fields.setLayout(form)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the first key goes to the first field, not to the frame
        area.setWidget(fields)
        layout.addWidget(area, 1)
    else:
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


def form_state(root: QWidget) -> list[object]:
    """Everything a user can type, tick or choose inside `root`, in widget order (to tell if anything changed)."""
    state: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append(widget.currentText())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
        elif isinstance(widget, QAbstractSpinBox):
            state.append(widget.text())
        elif isinstance(widget, QTableWidget):
            state.append([(item.text(), item.checkState().value) if (item := widget.item(r, c)) else None
                          for r in range(widget.rowCount()) for c in range(widget.columnCount())])
    return state


class GuardedDialog(QDialog):
    """A form that asks before 취소, Esc or the window's close button throws away what was typed.

    Call `remember_unchanged()` once the form is filled; nothing is asked while the form still shows that.
    """

    _unchanged: list[object] | None = None

    def remember_unchanged(self) -> None:
        self._unchanged = form_state(self)

    def has_changes(self) -> bool:
        return self._unchanged is not None and form_state(self) != self._unchanged

    def reject(self) -> None:
        """취소/Esc/close: ask first when something was changed."""
        from seecodesk.gui.messages import confirm

        if self.has_changes() and not confirm(self, "저장하지 않고 닫기", "고친 내용을 저장하지 않고 닫을까요?"):
            return
        super().reject()
