"""Inline Korean validation messages: a red line under each offending field, and a 주민등록번호 guard.

Forms map a field name (as in `ValidationErrors.errors`) to the widget the message belongs under;
`FieldErrors.show(errors)` puts each message there and returns the fields it could not place.
"""

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget

from seecodesk.core.validation import RESIDENT_NUMBER_MESSAGE, contains_resident_number
from seecodesk.gui.widgets.form_dialog import bring_forward, form_names

ERROR_STYLE = "color: #b00020;"
RRN_MESSAGE = RESIDENT_NUMBER_MESSAGE


def error_label(parent: QWidget | None = None) -> QLabel:
    """A hidden red, word-wrapped label for one message."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def _form_holding(layout: QLayout, widget: QWidget) -> QFormLayout | None:
    """The form layout (possibly nested in `layout`) that has `widget` as a row."""
    if isinstance(layout, QFormLayout) and layout.getWidgetPosition(widget)[0] >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        child = item.layout() if item is not None else None
        found = _form_holding(child, widget) if child is not None else None
        if found is not None:
            return found
    return None


class FieldErrors:
    """The error lines of one form, keyed by field name; a line's form row is hidden while it is empty.

    Fields are kept in the order they were attached (the form's order), so the first wrong one can be
    brought forward and every wrong one named in a summary line.
    """

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self._forms: dict[str, QFormLayout | None] = {}
        self._shown: set[str] = set()
        self._inputs: dict[str, QWidget] = {}
        self._names: dict[str, str] = {}

    def attach(self, field: str, widget: QWidget, label: QLabel | None = None,
               form: QFormLayout | None = None, name: str = "", target: QWidget | None = None) -> QLabel:
        """Give `field` a message line: a new form row under `widget`, or a label the form placed itself
        (with the `form` whose row it fills, if any). `name` is the field as the user reads it (else the
        form row's label); `target` the widget that takes the cursor when the field is wrong (else `widget`)."""
        if label is None:
            parent_layout = widget.parentWidget().layout() if widget.parentWidget() else None
            form = _form_holding(parent_layout, widget) if parent_layout is not None else None
            if form is None:
                raise ValueError(f"{field}: the widget is not in a form layout")
            label = error_label(widget.parentWidget())
            form.insertRow(form.getWidgetPosition(widget)[0] + 1, "", label)
        self.labels[field] = label
        self._forms[field] = form
        self._inputs[field] = target or widget
        self._names[field] = name
        self._set_visible(field, False)
        return label

    def name(self, field: str) -> str:
        """The field as the user reads it on the form ("" when it has no label); read from the form when
        asked, as a form may be put together after its fields were attached."""
        if not self._names.get(field) and field in self._inputs:
            widget = self._inputs[field]
            self._names[field] = form_names(widget.window(), {field: widget}).get(field, "")
        return self._names.get(field, "")

    def in_form_order(self, errors: Mapping[str, str]) -> list[str]:
        """The wrong fields that have a place on this form, in the form's order."""
        return [field for field in self.labels if field in errors]

    def point_at_first(self, errors: Mapping[str, str]) -> str | None:
        """Bring the first wrong field (in form order) forward and put the cursor in it; returns it."""
        first = next((f for f in self.in_form_order(errors) if not isinstance(self._inputs[f], QLabel)), None)
        if first is not None:
            bring_forward(self._inputs[first])
        return first

    def summary(self, errors: Mapping[str, str]) -> str:
        """One line naming every wrong field, e.g. "저장하지 않았습니다. 고칠 곳 2군데: 전화, 메모"."""
        names = list(dict.fromkeys(self.name(f) for f in self.in_form_order(errors) if self.name(f)))
        if not names:
            return ""
        return f"저장하지 않았습니다. 고칠 곳 {len(names)}군데: {', '.join(names)} (빨간 글씨를 확인해 주세요)"

    def _set_visible(self, field: str, visible: bool) -> None:
        form, label = self._forms.get(field), self.labels[field]
        # A squeezed form (a tall dialog on a laptop screen) gave a shown message zero height: keep a line.
        label.setMinimumHeight(label.fontMetrics().lineSpacing() if visible else 0)
        if form is not None:
            form.setRowVisible(label, visible)
        else:
            label.setVisible(visible)
        (self._shown.add if visible else self._shown.discard)(field)

    def clear(self) -> None:
        for field, label in self.labels.items():
            label.clear()
            self._set_visible(field, False)

    def show(self, errors: Mapping[str, str]) -> dict[str, str]:
        """Show every message beside its field; returns those with no place on this form."""
        self.clear()
        unplaced: dict[str, str] = {}
        for field, message in errors.items():
            if field not in self.labels:
                unplaced[field] = message
                continue
            self.labels[field].setText(message)
            self._set_visible(field, True)
        return unplaced

    def message(self, field: str) -> str:
        """The message shown for `field` ("" when none)."""
        return self.labels[field].text() if field in self._shown else ""

    def shown(self) -> dict[str, str]:
        """Every message currently shown, by field."""
        return {f: self.labels[f].text() for f in self._shown}


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
