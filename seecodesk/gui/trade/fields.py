"""Small input widgets the trade dialogs share: organisation pickers and date boxes."""

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QLineEdit


def organisation_combo(names: dict[int, str], current: int | None = None, blank: str = "") -> QComboBox:
    """A searchable combo of organisations (type part of a name to find it); item data is the id."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    if blank:
        combo.addItem(blank, None)
    for org_id, name in names.items():
        combo.addItem(name, org_id)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    select_data(combo, current)
    return combo


def combo_id(combo: QComboBox) -> int | None:
    """The id of the organisation whose name is in the combo's box (typed or picked)."""
    index = combo.findText(combo.currentText().strip())
    return combo.itemData(index) if index >= 0 else None


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def date_edit(value: str) -> QDateEdit:
    """A calendar date box showing `value` (today when blank)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    day = QDate.fromString(value, "yyyy-MM-dd")
    edit.setDate(day if day.isValid() else QDate.currentDate())
    return edit


def iso(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


def optional_date(value: str, placeholder: str = "YYYY-MM-DD (없으면 비움)") -> QLineEdit:
    """A date that may be left blank (end of period, renewal date): checked when saved."""
    edit = QLineEdit(value)
    edit.setPlaceholderText(placeholder)
    edit.setMaximumWidth(170)
    return edit
