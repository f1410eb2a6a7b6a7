"""The bottom of every small editing dialog: a red error line, Korean 저장 / 취소 buttons, and a question
before typed input is thrown away."""

from collections.abc import Callable, Mapping

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
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.errors import SeeCoDeskError, ValidationError, ValidationErrors
from seecodesk.gui.messages import named_errors
from seecodesk.gui.widgets.screen_fit import fit_to_screen
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
        from PySide6.QtWidgets import QFrame

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


def label_text(text: str) -> str:
    """A form label as read: "기업명(&M)" → "기업명", "전화:" → "전화", only its first line."""
    text = text.split("\n")[0]
    if "(&" in text:
        text = text[:text.index("(&")] + text[text.index("(&") + 4:]
    return " ".join(text.replace("&", "").replace(":", " ").split())


def form_names(root: QWidget, widgets: Mapping[str, QWidget]) -> dict[str, str]:
    """field → the label the user reads beside its widget (a QFormLayout row's label, or a label whose
    buddy is the widget), so messages name fields in the form's own words."""
    labels: dict[int, str] = {}
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label, holder = (form.itemAt(row, role) for role in (QFormLayout.ItemRole.LabelRole,
                                                                  QFormLayout.ItemRole.FieldRole))
            if label is not None and isinstance(label.widget(), QLabel) and holder is not None:
                for widget, own in _widgets_in(holder):
                    labels.setdefault(id(widget), own or label_text(label.widget().text()))
    for label in root.findChildren(QLabel):
        if label.buddy() is not None:
            labels[id(label.buddy())] = label_text(label.text())
    return {field: labels[id(widget)] for field, widget in widgets.items() if labels.get(id(widget))}


def _widgets_in(item: object) -> list[tuple[QWidget, str]]:
    """The widgets of a form row's field, each with the text of a label just before it in the row ("" if none):
    "협약일 [날짜] 장소 [   ]" names the second box 장소."""
    widget = item.widget()  # type: ignore[attr-defined]
    if widget is not None:
        return [(widget, "")]
    layout = item.layout()  # type: ignore[attr-defined]
    found: list[tuple[QWidget, str]] = []
    before = ""
    for i in range(layout.count() if layout is not None else 0):
        child = layout.itemAt(i).widget()
        if isinstance(child, QLabel):
            before = label_text(child.text())
            continue
        found += [(w, own or before) for w, own in _widgets_in(layout.itemAt(i))]
        before = ""
    return found


def save_or_show_error(dialog: QDialog, error: QLabel, save: Callable[[], None],
                       names: Mapping[str, str] | None = None) -> bool:
    """Run `save`; close the dialog when it worked, else show the Korean message(s), each naming its field
    (`names`: the form's words for its fields, beyond `FIELD_NAMES`), and stay open.

    A known storage problem (the file locked by another program, a full disk, a read-only file)
    is a message too: what was typed stays in the form and 저장 can be pressed again.
    """
    try:
        save()
    except ValidationErrors as problem:
        error.setText("\n".join(named_errors(problem.errors, names).values()))
    except ValidationError as problem:
        error.setText(named_errors({problem.field: problem.message}, names)[problem.field])
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
    _make_room(dialog)
    return False


def _make_room(dialog: QDialog) -> None:
    """Grow a small form to hold its new error lines (squeezed, its fields were cut to slivers), within the screen."""
    hint = dialog.sizeHint()
    if dialog.width() < hint.width() or dialog.height() < hint.height():
        dialog.resize(max(dialog.width(), hint.width()), max(dialog.height(), hint.height()))
        fit_to_screen(dialog)


def bring_forward(widget: QWidget) -> None:
    """Show `widget` to the user: the tab holding it comes to the front, a scroll area scrolls to it,
    and it takes the keyboard focus."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            page = next((parent.widget(i) for i in range(parent.count())
                         if parent.widget(i) is widget or parent.widget(i).isAncestorOf(widget)), None)
            if page is not None:
                parent.setCurrentWidget(page)
        elif isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()
    widget.setFocus()


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
