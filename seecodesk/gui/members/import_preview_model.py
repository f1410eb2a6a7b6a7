"""The import preview as a table: a 가져오기 tick per row, its row number, status, problems, source values.

Rows with errors are red, rows with warnings yellow, rows left out grey. Unticking a row leaves
it out and re-checks duplicates (a business number repeated only with a left-out row is fine).
"""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from seecodesk.exchange.fields import FIELD_LABELS, IGNORE
from seecodesk.exchange.member_import import UPDATE, ImportPreview, PreviewRow

ERROR_BACKGROUND = QColor("#fbd5d5")
WARNING_BACKGROUND = QColor("#fff1c2")
EXISTING_BACKGROUND = QColor("#e3ecf7")
LEFT_OUT_FOREGROUND = QColor("#8a8a8a")
FIXED_HEADERS = ("가져오기", "행", "상태", "가져올 이름", "문제")
_CELL_PREVIEW = 60

Index = QModelIndex | QPersistentModelIndex


def problems_text(row: PreviewRow) -> str:
    """Every problem of a row, one per line, for the detail line under the table."""
    return "\n".join(p.text() for p in row.problems) or f"{row.row}행: 문제 없음"


def status_of(row: PreviewRow) -> str:
    if not row.included:
        return "뺌"
    if row.has_errors:
        return "오류"
    if row.existing is not None:
        return "이미 있음"
    return "주의" if row.has_warnings else "정상"


def short(text: str) -> str:
    """One line of at most 60 characters, line breaks shown as ⏎."""
    one_line = text.replace("\r", "").replace("\n", " ⏎ ")
    return one_line if len(one_line) <= _CELL_PREVIEW else one_line[: _CELL_PREVIEW - 1] + "…"


class ImportPreviewModel(QAbstractTableModel):
    """Rows of an ImportPreview (all, or only those with problems)."""

    inclusion_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self.visible: list[PreviewRow] = []
        self.columns: list[str] = []
        self.problems_only = False

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        self.columns = [h for h, f in preview.mapping.fields.items() if f != IGNORE] if preview else []
        self._filter()
        self.endResetModel()

    def set_problems_only(self, on: bool) -> None:
        self.beginResetModel()
        self.problems_only = on
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        rows = [r for r in self.preview.rows if not r.filtered_out] if self.preview else []
        self.visible = [r for r in rows if r.problems or r.existing] if self.problems_only else rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(FIXED_HEADERS) + len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < len(FIXED_HEADERS):
            return FIXED_HEADERS[section]
        header = self.columns[section - len(FIXED_HEADERS)]
        assert self.preview is not None
        label = FIELD_LABELS[self.preview.mapping.fields[header]]
        return header if label == header else f"{header} → {label}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.visible[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if row.included else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return problems_text(row)
        if role == Qt.ItemDataRole.BackgroundRole and row.included:
            if row.has_errors:
                return QBrush(ERROR_BACKGROUND)
            if row.existing is not None:
                return QBrush(EXISTING_BACKGROUND)
            return QBrush(WARNING_BACKGROUND) if row.has_warnings else None
        if role == Qt.ItemDataRole.ForegroundRole and not row.included:
            return QBrush(LEFT_OUT_FOREGROUND)
        return None

    def _text(self, row: PreviewRow, column: int) -> str | None:
        if column == 0:
            return None
        if column == 1:
            return str(row.row)
        if column == 2:
            return status_of(row)
        if column == 3:
            return short(row.name)
        if column == 4:
            return " / ".join([*(f"[{p.column}] {p.message}" if p.column else p.message for p in row.problems),
                               *self._existing_note(row)])
        return short(row.cells.get(self.columns[column - len(FIXED_HEADERS)], ""))

    def _existing_note(self, row: PreviewRow) -> list[str]:
        if row.existing is None or self.preview is None:
            return []
        action = "파일 내용으로 고칩니다" if self.preview.on_existing == UPDATE else "건너뜁니다"
        return [f"명단에 이미 있음: '{row.existing.name}' — {action}"]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or self.preview is None:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self.visible[index.row()].included = checked
        self.refresh_checks()
        return True

    def set_included(self, rows: list[PreviewRow], included: bool) -> None:
        """Tick or untick several rows at once."""
        for row in rows:
            row.included = included
        self.refresh_checks()

    def refresh_checks(self) -> None:
        """Re-check duplicates and repaint every row after the ticks changed."""
        if self.preview is None:
            return
        self.preview.recheck()
        if self.visible:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.visible) - 1, self.columnCount() - 1))
        self.inclusion_changed.emit()
