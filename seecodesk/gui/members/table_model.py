"""A read-only table model over plain records that filters and sorts without touching the database.

The records are kept in display order, with their `SearchIndex` beside them, so a search answers
positions that are already rows: a keystroke is the index's scan (narrowed from the keystroke
before), the filter combos' predicate over the hits, and one model reset. With no search and no
filter the visible rows are a `range`: nothing is built per row.
"""

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QModelRoleDataSpan, QPersistentModelIndex, Qt

from seecodesk.core.search_index import SearchIndex

Record = TypeVar("Record")
Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _ALIGNMENT, _TOOLTIP, _USER = (int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.UserRole))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# Where QStyledItemDelegate.initStyleOption puts DisplayRole and TextAlignmentRole in its request
# (Font, TextAlignment, Foreground, CheckState, Decoration, Display, Background).
_DELEGATE_ALIGNMENT, _DELEGATE_DISPLAY = 1, 5
_ASCENDING = Qt.SortOrder.AscendingOrder


class Column(NamedTuple, Generic[Record]):
    """One column: its header, the text shown, and how it sorts (defaults to the text)."""

    header: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align_right: bool = False


class FilteredTableModel(QAbstractTableModel, Generic[Record]):
    """Records shown through a search query, a predicate and a sort order."""

    def __init__(self, columns: Sequence[Column[Record]], search_text: Callable[[Any], Sequence[str]],
                 parent: Any = None, id_of: Callable[[Any], Any] | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._search_text = search_text
        self._id_of = id_of
        self._records: list[Record] = []  # in display order
        self._index: SearchIndex | None = None  # the records' search texts, in the same order
        self._ids: list[Any] | None = None
        self._visible: Sequence[int] = range(0)  # positions in _records, ascending
        self._query = ""
        self._predicate: Callable[[Any], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- what the view asks -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every visible cell and role on each repaint: the roles not answered go first.
        if role > _ALIGNMENT and role != _USER or not index.isValid():
            return None
        row = index.row()
        if row >= len(self._visible):
            return None
        column = self.columns[index.column()]
        if role == _DISPLAY or role == _TOOLTIP:
            return column.text(self._records[self._visible[row]])
        if role == _ALIGNMENT:
            return _RIGHT if column.align_right else None
        return self._records[self._visible[row]] if role == _USER else None

    def multiData(self, index: Index, roles: QModelRoleDataSpan) -> None:  # noqa: N802 - Qt's name
        """What a delegate asks for a cell in one call (rather than one `data` call per role)."""
        row = index.row()
        if not index.isValid() or row >= len(self._visible):
            return
        column = self.columns[index.column()]
        # QStyledItemDelegate asks for the same seven roles in the same order for every cell:
        # reach its two that matter without walking the other five.
        # The delegate reuses its request from cell to cell, so what is not set here must be cleared.
        if (len(roles) == 7 and roles[_DELEGATE_DISPLAY].role() == _DISPLAY
                and roles[_DELEGATE_ALIGNMENT].role() == _ALIGNMENT):
            roles[_DELEGATE_DISPLAY].setData(column.text(self._records[self._visible[row]]))
            if column.align_right:
                roles[_DELEGATE_ALIGNMENT].setData(_RIGHT)
            else:
                roles[_DELEGATE_ALIGNMENT].clearData()
            return
        for role_data in roles:
            role_data.setData(self.data(index, role_data.role()))

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Qt's own index() asks rowCount and columnCount (two calls into Python) for every cell painted.
        if 0 <= row < len(self._visible) and 0 <= column < len(self.columns) and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self._sort == (column, order):
            return
        self._sort = (column, order)
        self._apply_order()
        self._refilter()

    # --- what the page sets ---------------------------------------------------------------
    def set_records(self, records: Sequence[Record], index: SearchIndex | None = None,
                    sorted_by: tuple[int, Qt.SortOrder] | None = None) -> None:
        """Replace every record (after a save, delete or import). `index` is their search index when
        already built (by a worker); `sorted_by` names the column order the records already come in."""
        self._records = list(records)
        self._index = index
        self._ids = None
        if sorted_by is None or sorted_by != self._sort:
            self._apply_order()
        self._refilter()

    def set_query(self, query: str) -> None:
        """Show only records whose search text holds `query` (substring or 초성)."""
        self._query = query
        self._refilter()

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        """Show only records for which `predicate` holds (the filter combos)."""
        self._predicate = predicate
        self._refilter()

    def build_search_keys(self) -> None:
        """Fold every record's search text once; called lazily or when the window is idle."""
        if self._index is None:
            self._index = SearchIndex.build(self._search_text(r) for r in self._records)

    def searchable(self) -> bool:
        """True once every record's search text is folded (a search costs no more than a scan)."""
        return self._index is not None

    def record(self, row: int) -> Record:
        return self._records[self._visible[row]]

    def records(self) -> list[Record]:
        return list(self._records)

    def visible_records(self) -> list[Record]:
        """The records the search and filters let through, in display order."""
        return [self._records[i] for i in self._visible]

    def total_count(self) -> int:
        return len(self._records)

    def visible_count(self) -> int:
        return len(self._visible)

    def row_of(self, match: Callable[[Any], bool]) -> int:
        """The visible row of the first record `match` accepts, or -1."""
        return next((row for row, i in enumerate(self._visible) if match(self._records[i])), -1)

    def row_of_id(self, record_id: Any) -> int:
        """The visible row of the record with this id (`id_of`), or -1; no Python loop over the rows."""
        if self._id_of is None:
            raise TypeError("row_of_id needs a model made with id_of")
        if self._ids is None:
            self._ids = [self._id_of(r) for r in self._records]
        try:
            position = self._ids.index(record_id)
        except ValueError:
            return -1
        if isinstance(self._visible, range):
            return position
        row = bisect_left(self._visible, position)
        return row if row < len(self._visible) and self._visible[row] == position else -1

    # --- internals -------------------------------------------------------------------------
    def _apply_order(self) -> None:
        """Put the records (and their search texts) in the order of the sort column."""
        if self._sort is None:
            return
        column, direction = self._sort
        spec = self.columns[column]
        keys = [(spec.sort_key or spec.text)(r) for r in self._records]
        order = sorted(range(len(keys)), key=keys.__getitem__, reverse=direction != _ASCENDING)
        self._records = [self._records[i] for i in order]
        self._ids = None
        if self._index is not None:
            self._index = self._index.reordered(order)

    def _refilter(self) -> None:
        hits: Sequence[int] | None = None
        if self._query.strip():
            self.build_search_keys()
            assert self._index is not None
            hits = self._index.matches(self._query)
        predicate, records = self._predicate, self._records
        self.beginResetModel()
        if hits is None:
            hits = range(len(records))
        self._visible = hits if predicate is None else [i for i in hits if predicate(records[i])]
        self.endResetModel()
