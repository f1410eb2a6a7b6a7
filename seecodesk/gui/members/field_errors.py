"""Inline Korean validation messages: a red line under each offending field, and a 주민등록번호 guard.

Forms map a field name (as in `ValidationErrors.errors`) to the widget the message belongs under;
`FieldErrors.show(errors)` puts each message there and returns the fields it could not place.
"""

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget

from seecodesk.core.validation import contains_resident_number

ERROR_STYLE = "color: #b00020;"
RRN_MESSAGE = "주민등록번호로 보이는 숫자가 들어 있습니다. 주민등록번호는 저장하지 않습니다."


def error_label(parent: QWidget | None = None) -> QLabel:
    """A hidden red, word-wrapped label for one message."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def _insert_below(layout: QLayout, widget: QWidget, label: QLabel) -> bool:
    """Put `label` right under `widget` in a form layout; False when the widget is not in one."""
    if isinstance(layout, QFormLayout):
        row, _role = layout.getWidgetPosition(widget)
        if row >= 0:
            layout.insertRow(row + 1, "", label)
            return True
    for i in range(layout.count()):
        item = layout.itemAt(i)
        child = item.layout() if item is not None else None
        if child is not None and _insert_below(child, widget, label):
            return True
    return False


class FieldErrors:
    """The error labels of one form, keyed by field name."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}

    def attach(self, field: str, widget: QWidget, label: QLabel | None = None) -> QLabel:
        """Give `field` a message line under `widget` (or use the given label placed by the form)."""
        if label is None:
            label = error_label(widget.parentWidget())
            layout = widget.parentWidget().layout() if widget.parentWidget() else None
            if layout is None or not _insert_below(layout, widget, label):
                raise ValueError(f"{field}: the widget is not in a form layout")
        self.labels[field] = label
        return label

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.setVisible(False)

    def show(self, errors: Mapping[str, str]) -> dict[str, str]:
        """Show every message beside its field; returns those with no place on this form."""
        self.clear()
        unplaced: dict[str, str] = {}
        for field, message in errors.items():
            label = self.labels.get(field)
            if label is None:
                unplaced[field] = message
                continue
            label.setText(message)
            label.setVisible(True)
        return unplaced

    def message(self, field: str) -> str:
        """The message shown for `field` ("" when none)."""
        label = self.labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def shown(self) -> dict[str, str]:
        """Every message currently shown, by field."""
        return {f: label.text() for f, label in self.labels.items() if label.text()}


def resident_number_errors(values: Iterable[tuple[str, str]]) -> dict[str, str]:
    """field → the refusal message, for every (field, text) holding a 주민등록번호.

    Checked before anything else so that a number pasted into a phone or business-number
    field is named for what it is instead of "wrong format".
    """
    errors: dict[str, str] = {}
    for field, text in values:
        if field not in errors and contains_resident_number(text):
            errors[field] = RRN_MESSAGE
    return errors
