"""The schedule grid: one row per activity, one column per period; a shaded cell is a marked period.

Click a cell to mark or clear it; drag across cells to mark (or clear) them all in one step;
arrows move, Space toggles the current cell (or the selected ones, Shift+arrows). The grid
only reports the cells; the page stores them through the plan service, which keeps them undoable.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from seecodesk.core.periods import Period

MARKED = QColor("#56789c")
PARTLY = QColor("#b7c8da")
PREVIEW_ON = QColor("#8fb0d3")
PREVIEW_OFF = QColor("#f3d6d6")


@dataclass
class GridRow:
    """A row of the grid: the node whose months it shows."""

    node_id: int
    label: str
    months: set[str]


Cells = list[tuple[int, Period]]


class ScheduleGridModel(QAbstractTableModel):
    """Rows × periods; a cell is marked when any month of its period is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[GridRow] = []
        self.periods: list[Period] = []
        self.preview: dict[tuple[int, int], bool] = {}

    def set_content(self, rows: list[GridRow], periods: list[Period]) -> None:
        self.beginResetModel()
        self.rows, self.periods, self.preview = rows, periods, {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.periods)

    def state(self, row: int, column: int) -> str:
        """'full', 'partly' or '' for a cell."""
        months = self.rows[row].months
        inside = sum(1 for m in self.periods[column].months if m in months)
        return "" if not inside else ("full" if inside == len(self.periods[column].months) else "partly")

    def is_marked(self, row: int, column: int) -> bool:
        return self.state(row, column) != ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        key = (index.row(), index.column())
        state = self.state(*key)
        if role == Qt.ItemDataRole.BackgroundRole:
            if key in self.preview:
                return QBrush(PREVIEW_ON if self.preview[key] else PREVIEW_OFF)
            return QBrush(MARKED if state == "full" else PARTLY) if state else None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            mark = {"full": "표시됨", "partly": "일부 달만 표시됨", "": "빈 칸"}[state]
            return f"{self.rows[index.row()].label} · {self.periods[index.column()].label}: {mark}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            period = self.periods[section]
            return f"{period.year % 100:02d}년\n{period.short_label}"
        return self.rows[section].label

    def set_preview(self, cells: set[tuple[int, int]], on: bool) -> None:
        self.preview = {cell: on for cell in cells}
        if self.rows and self.periods:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.periods) - 1))


SELECTED_EDGE = QColor("#d08a00")


class _CellDelegate(QStyledItemDelegate):
    """Paints a cell's own shade even when it is selected (the clicked cell is current and selected,
    and the selection colour used to cover the new mark until focus moved on), then outlines it
    (selected or current) the way the focus frame did."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        flags = QStyle.StateFlag
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        painter.fillRect(option.rect, brush if isinstance(brush, QBrush) else option.palette.base())
        if option.state & (flags.State_Selected | flags.State_HasFocus):
            painter.save()
            painter.setPen(QPen(SELECTED_EDGE, 2))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


class ScheduleGrid(QTableView):
    """The editable grid; `on_change(cells, on)` is called once per click, drag or key press."""

    def __init__(self, on_change: Callable[[Cells, bool], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid_model = ScheduleGridModel(self)
        self.setModel(self.grid_model)
        self.on_change = on_change
        self._anchor: tuple[int, int] | None = None
        self._mode = True
        self._dragged: set[tuple[int, int]] = set()
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setItemDelegate(_CellDelegate(self))
        self.setStyleSheet("QTableView { gridline-color: #9aa3ad; }")
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(46)
        self.horizontalHeader().setMinimumHeight(38)
        self.verticalHeader().setDefaultSectionSize(24)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setAccessibleName("진행 일정 표")

    def set_content(self, rows: list[GridRow], periods: list[Period]) -> None:
        current = self.currentIndex()
        self.grid_model.set_content(rows, periods)
        width = 30 if periods and periods[0].grain == "month" else 46
        self.horizontalHeader().setDefaultSectionSize(width)
        if current.isValid() and current.row() < len(rows) and current.column() < len(periods):
            self.setCurrentIndex(self.grid_model.index(current.row(), current.column()))

    def cells_for(self, keys: set[tuple[int, int]]) -> Cells:
        model = self.grid_model
        return [(model.rows[r].node_id, model.periods[c]) for r, c in sorted(keys)]

    # --- mouse: click or drag a rectangle ------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        index = self.indexAt(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton or not index.isValid():
            super().mousePressEvent(event)
            return
        self.setFocus()
        self.setCurrentIndex(index)
        self._anchor = (index.row(), index.column())
        self._mode = not self.grid_model.is_marked(*self._anchor)
        self._dragged = {self._anchor}
        self.grid_model.set_preview(self._dragged, self._mode)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._anchor is None:
            super().mouseMoveEvent(event)
            return
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            (r0, c0), (r1, c1) = self._anchor, (index.row(), index.column())
            self._dragged = {(r, c) for r in range(min(r0, r1), max(r0, r1) + 1)
                             for c in range(min(c0, c1), max(c0, c1) + 1)}
            self.grid_model.set_preview(self._dragged, self._mode)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._anchor is None:
            super().mouseReleaseEvent(event)
            return
        cells, mode = self.cells_for(self._dragged), self._mode
        self._anchor, self._dragged = None, set()
        self.grid_model.set_preview(set(), mode)
        self.on_change(cells, mode)

    # --- keyboard: arrows move, Space toggles ----------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            current = self.currentIndex()
            keys = {(i.row(), i.column()) for i in self.selectedIndexes()} or {(current.row(), current.column())}
            keys.add((current.row(), current.column()))
            self.on_change(self.cells_for(keys), not self.grid_model.is_marked(current.row(), current.column()))
            return
        super().keyPressEvent(event)
