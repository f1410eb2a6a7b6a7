"""A read-only list table as the consulting screens use it: Korean headers, no row numbers."""

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QTableWidget


def read_only_table(headers: Sequence[str], object_name: str) -> QTableWidget:
    """An empty QTableWidget with `headers`, not editable, without the meaningless row-number column."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.verticalHeader().setVisible(False)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table
