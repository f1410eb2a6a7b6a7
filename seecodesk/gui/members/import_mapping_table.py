"""The column-mapping table of the import dialog: source header, sample values, field combo.

Columns the program did not recognise are shaded yellow so the secretary sees what would be
left out and can map it (for example 주 생산품 → 메모).
"""

from collections.abc import Callable

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from seecodesk.core.validation import mask_resident_numbers
from seecodesk.exchange.fields import FIELD_LABELS, IGNORE
from seecodesk.exchange.member_mapping import ColumnMapping
from seecodesk.exchange.reading import SourceTable

UNKNOWN_BACKGROUND = QColor("#fff1c2")
_SAMPLES = 3


def samples(table: SourceTable, index: int) -> str:
    """The first few non-empty values of a column, on one line, 주민등록번호 masked."""
    found = []
    for record in table.records:
        if index < len(record.cells) and record.cells[index]:
            found.append(" ".join(mask_resident_numbers(record.cells[index]).split())[:30])
            if len(found) == _SAMPLES:
                break
    return " / ".join(found)


class MappingTable:
    """Fills a QTableWidget with one row per source column and reports combo changes."""

    def __init__(self, widget: QTableWidget, on_change: Callable[[str, str], None]) -> None:
        self.widget = widget
        self.on_change = on_change
        widget.setColumnCount(3)
        widget.setHorizontalHeaderLabels(["파일의 열", "예시 값", "가져올 항목"])
        widget.verticalHeader().setVisible(False)
        widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        widget.setTabKeyNavigation(False)
        widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = widget.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.combos: dict[str, QComboBox] = {}

    def show(self, table: SourceTable, mapping: ColumnMapping) -> None:
        """One row per header of `table`, combos set from `mapping`."""
        self.widget.setRowCount(len(table.headers))
        self.combos = {}
        for row, header in enumerate(table.headers):
            self.widget.setItem(row, 0, QTableWidgetItem(header))
            self.widget.setItem(row, 1, QTableWidgetItem(samples(table, row)))
            combo = QComboBox()
            for key, label in FIELD_LABELS.items():
                combo.addItem(label, key)
            combo.setAccessibleName(f"{header} 열을 가져올 항목")
            combo.currentIndexChanged.connect(lambda _i, h=header, c=combo: self.on_change(h, c.currentData()))
            self.widget.setCellWidget(row, 2, combo)
            self.combos[header] = combo
        self.update(mapping)

    def update(self, mapping: ColumnMapping) -> None:
        """Set every combo from `mapping` (without reporting changes) and shade unknown columns."""
        unknown = set(mapping.unknown_columns())
        for row, (header, combo) in enumerate(self.combos.items()):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(mapping.fields.get(header, IGNORE))))
            combo.blockSignals(False)
            brush = QBrush(UNKNOWN_BACKGROUND) if header in unknown else QBrush()
            tip = "알 수 없는 열이라 가져오지 않습니다. 필요하면 항목을 골라 주세요." if header in unknown else ""
            for column in (0, 1):
                item = self.widget.item(row, column)
                item.setBackground(brush)
                item.setToolTip(tip)
