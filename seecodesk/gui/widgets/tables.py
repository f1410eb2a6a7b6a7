"""Read-only list tables: Korean headers, no row numbers; rows picked whole and found again by the id
their first cell carries."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem


def read_only_table(headers: Sequence[str], object_name: str) -> QTableWidget:
    """An empty QTableWidget with `headers`, not editable, without the meaningless row-number column."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.verticalHeader().setVisible(False)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Tab leaves a list for the buttons beside it; the arrow keys move between rows. (Qt's tables take Tab
    # from cell to cell: a keyboard user had to press it once per cell to get out of 30 rows of 8 columns.)
    table.setTabKeyNavigation(False)
    return table


def cell(text: object, row_id: int | None = None, right: bool = False) -> QTableWidgetItem:
    """A cell showing `text`; the first cell of a row carries the row's id, amounts sit on the right."""
    item = QTableWidgetItem("" if text is None else str(text))
    if row_id is not None:
        item.setData(Qt.ItemDataRole.UserRole, row_id)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def new_table(headers: tuple[str, ...], name: str, stretch: int, wide: int | None = None) -> QTableWidget:
    """A row-selecting table; column `stretch` takes the spare width, column `wide` starts 260 px wide."""
    table = read_only_table(headers, name)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if wide is not None:
        table.horizontalHeader().setSectionResizeMode(wide, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(wide, 260)
    table.setAlternatingRowColors(True)
    return table


def current_id(table: QTableWidget) -> int | None:
    """The id carried by the chosen row, or None."""
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def select_id(table: QTableWidget, row_id: int | None) -> None:
    """Choose the row carrying `row_id` and scroll it into view (nothing happens when none does)."""
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == row_id:
            table.selectRow(row)
            table.scrollToItem(item)
            return


def named_button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    """A push button with an object name (tests and screen readers find it) that calls `slot` when clicked."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def delete_key(table: QTableWidget, delete: Callable[[], None]) -> None:
    """The Delete key on the focused list runs its 삭제 button's `delete` (which asks before it deletes)."""
    QShortcut(QKeySequence.StandardKey.Delete, table, activated=delete, context=Qt.ShortcutContext.WidgetShortcut)
