"""Small editable tables inside a form (designations, membership periods, dues, roles, consents).

A `RecordTable` drives a QTableWidget with 추가/삭제 buttons; each column is text, a choice
(combo editor), a yes/no check box, or money shown with thousands separators.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

Cell = str | bool


@dataclass(frozen=True)
class CellSpec:
    """How one column is edited."""

    header: str
    choices: tuple[str, ...] = ()
    check: bool = False
    money: bool = False
    width: int = 0


def money_text(text: str) -> str:
    """'120000' → '120,000'; text that is no whole number is left as typed (validation names it)."""
    digits = text.replace(",", "").replace("원", "").strip()
    return f"{int(digits):,}" if digits.isdigit() else text


def parse_money(text: str) -> int | None:
    """'120,000원' → 120000; None when it is no whole number of won."""
    digits = text.replace(",", "").replace("원", "").strip()
    return int(digits) if digits.isdigit() else None


def _check_text(checked: bool) -> str:
    return "동의" if checked else "동의 안 함"


class ChoiceDelegate(QStyledItemDelegate):
    """An editable combo box as the cell editor: pick a usual value or type another."""

    def __init__(self, choices: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = list(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(self.choices)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data() or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText().strip())


class _EnterStaysInTable(QObject):
    """Enter in a cell finishes that cell; it must not also press the form's 저장 (the cell would be lost)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and isinstance(watched, QAbstractItemView) and watched.state() == QAbstractItemView.State.EditingState):
            return True
        return False


class RecordTable:
    """Rows of cells in a QTableWidget, added and removed with two buttons."""

    def __init__(self, table: QTableWidget, add_button: QPushButton, remove_button: QPushButton,
                 specs: Sequence[CellSpec], new_row: Sequence[Cell] | None = None) -> None:
        self.table, self.specs = table, list(specs)
        self.new_row = list(new_row) if new_row is not None else ["" if not s.check else False for s in specs]
        table.setColumnCount(len(specs))
        table.setHorizontalHeaderLabels([s.header for s in specs])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, spec in enumerate(specs):
            if spec.choices:
                table.setItemDelegateForColumn(column, ChoiceDelegate(spec.choices, table))
            if spec.width:
                table.setColumnWidth(column, spec.width)
        table.itemChanged.connect(self._item_changed)
        self._enter_filter = _EnterStaysInTable(table)
        table.installEventFilter(self._enter_filter)
        add_button.clicked.connect(self.add_row)
        remove_button.clicked.connect(self.remove_selected)

    def set_rows(self, rows: Sequence[Sequence[Cell]]) -> None:
        """Show these rows, replacing what was there."""
        self.table.setRowCount(0)
        for row in rows:
            self._append(row)

    def rows(self) -> list[list[Cell]]:
        """Every row's cells (text stripped; check boxes as bool); blank rows are dropped."""
        self.commit_open_editor()
        result: list[list[Cell]] = []
        for r in range(self.table.rowCount()):
            cells: list[Cell] = []
            for c, spec in enumerate(self.specs):
                item = self.table.item(r, c)
                if spec.check:
                    cells.append(item is not None and item.checkState() == Qt.CheckState.Checked)
                else:
                    cells.append(item.text().strip() if item is not None else "")
            if any(isinstance(cell, str) and cell for cell in cells):
                result.append(cells)
        return result

    def commit_open_editor(self) -> None:
        """Keep what is typed in a cell still being edited (저장 pressed with the keyboard mid-cell)."""
        editor = QApplication.focusWidget()
        while editor is not None and editor.parentWidget() is not self.table.viewport():
            editor = editor.parentWidget()
        index = self.table.currentIndex()
        if editor is not None and self.table.state() == QAbstractItemView.State.EditingState and index.isValid():
            self.table.itemDelegateForIndex(index).setModelData(editor, self.table.model(), index)

    def add_row(self) -> None:
        """A new row with the default cells, its first cell ready for typing."""
        self._append(self.new_row)
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        # A visible table opens the editor itself on the current-cell change (AllEditTriggers); asking
        # again opened a second editor over the first and printed "edit: editing failed" on stderr.
        if self.table.state() != QAbstractItemView.State.EditingState:
            self.table.editItem(self.table.item(row, 0))

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)

    def _append(self, cells: Sequence[Cell]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, (spec, value) in enumerate(zip(self.specs, cells, strict=False)):
            item = QTableWidgetItem()
            if spec.check:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                item.setText(_check_text(bool(value)))
            else:
                item.setText(money_text(str(value)) if spec.money else str(value))
                item.setToolTip(str(value))
                if spec.money:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        spec = self.specs[item.column()]
        if spec.check:
            formatted = _check_text(item.checkState() == Qt.CheckState.Checked)
        elif spec.money:
            formatted = money_text(item.text())
        else:
            return
        if formatted != item.text():
            self.table.blockSignals(True)
            item.setText(formatted)
            self.table.blockSignals(False)
