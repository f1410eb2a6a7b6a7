"""A read-only table model over plain records that filters and sorts without touching the database.

Search keys are built once per record; each keystroke only recomputes the list of visible
record indexes and resets the view over it, so 20,000 organisations stay instant.
"""

from collections.abc import Callable, Sequence
from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from seecodesk.core.korean_search import SearchKey, filter_keys

Record = TypeVar("Record")
# Joins a record's searchable parts so that a query never matches across two of them
# (대표자 '오미란' + 동 '중앙동' must not answer 'ㄹㅈ'); nobody types this character.
_PART_SEPARATOR = "\u241e"
Index = QModelIndex | QPersistentModelIndex
_ANSWERED_ROLES = frozenset(int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                             Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.UserRole))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class Column(NamedTuple, Generic[Record]):
    """One column: its header, the text shown, and how it sorts (defaults to the text)."""

    header: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align_right: bool = False


class FilteredTableModel(QAbstractTableModel, Generic[Record]):
    """Records shown through a search query, a predicate and a sort order."""

    def __init__(self, columns: Sequence[Column[Record]], search_text: Callable[[Any], Sequence[str]],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._search_text = search_text
        self._records: list[Record] = []
        self._keys: list[SearchKey] | None = None
        self._order: list[int] = []
        self._visible: list[int] = []
        self._query = ""
        self._predicate: Callable[[Any], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- what the view asks -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every visible cell and role on each repaint: cheapest checks first.
        if role not in _ANSWERED_ROLES or not index.isValid() or index.row() >= len(self._visible):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.align_right else None
        record = self._records[self._visible[index.row()]]
        return record if role == Qt.ItemDataRole.UserRole else column.text(record)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self._apply_order()
        self._refilter()

    # --- what the page sets ---------------------------------------------------------------
    def set_records(self, records: Sequence[Record]) -> None:
        """Replace every record (after a save, delete or import)."""
        self._records = list(records)
        self._keys = None
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
        if self._keys is None:
            self._keys = [SearchKey(_PART_SEPARATOR.join(self._search_text(r))) for r in self._records]

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

    # --- internals -------------------------------------------------------------------------
    def _apply_order(self) -> None:
        order = list(range(len(self._records)))
        if self._sort is not None:
            column, direction = self._sort
            spec = self.columns[column]
            key = spec.sort_key or spec.text
            order.sort(key=lambda i: key(self._records[i]),
                       reverse=direction == Qt.SortOrder.DescendingOrder)
        self._order = order

    def _refilter(self) -> None:
        matched: Sequence[int] | None = None
        if self._query.strip():
            self.build_search_keys()
            assert self._keys is not None
            matched = filter_keys(self._keys, self._query)
        flags = bytearray(len(self._records)) if matched is not None else bytearray(b"\x01" * len(self._records))
        if matched is not None:
            for i in matched:
                flags[i] = 1
        predicate = self._predicate
        self.beginResetModel()
        if predicate is None:
            self._visible = [i for i in self._order if flags[i]]
        else:
            records = self._records
            self._visible = [i for i in self._order if flags[i] and predicate(records[i])]
        self.endResetModel()
