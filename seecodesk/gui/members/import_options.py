"""The import preview's two choices: keep only the rows with one value in one column (행 거르기, e.g.
시군구 = 논산시 out of a national list), and what to do with rows the directory already holds."""

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from seecodesk.exchange.member_import import SKIP, UPDATE, ImportPreview

ALL_ROWS = "(모든 행)"
CHOOSE_VALUE = "(값을 고르세요)"
EXISTING_LABELS = ((SKIP, "건너뛰기"), (UPDATE, "파일 내용으로 고치기"))


class ImportOptionsBar(QWidget):
    """행 거르기 [열] = [값]   이미 있는 곳: [건너뛰기|파일 내용으로 고치기]. Changes call `on_change`."""

    def __init__(self, on_change: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_change = on_change
        self.preview: ImportPreview | None = None
        self.column_combo = QComboBox()
        self.column_combo.setObjectName("importFilterColumn")
        self.column_combo.setToolTip("이 열의 값으로 가져올 행을 거릅니다 (예: 시군구)")
        self.value_combo = QComboBox()
        self.value_combo.setObjectName("importFilterValue")
        self.value_combo.setToolTip("이 값이 든 행만 가져옵니다 (괄호 안은 행 수)")
        self.value_combo.setMinimumContentsLength(12)
        self.value_combo.setEnabled(False)
        self.existing_combo = QComboBox()
        self.existing_combo.setObjectName("importExisting")
        self.existing_combo.setToolTip("같은 사업자등록번호, 또는 같은 이름과 대표자가 이미 명단에 있는 행을 어떻게 할지 고릅니다")
        for key, label in EXISTING_LABELS:
            self.existing_combo.addItem(label, key)
        filter_label = QLabel("행 거르기(&R):")
        filter_label.setBuddy(self.column_combo)
        existing_label = QLabel("이미 있는 곳(&A):")
        existing_label.setBuddy(self.existing_combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (filter_label, self.column_combo, QLabel("="), self.value_combo):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(existing_label)
        layout.addWidget(self.existing_combo)
        self.column_combo.currentIndexChanged.connect(self._column_chosen)
        self.value_combo.currentIndexChanged.connect(self._value_chosen)
        self.existing_combo.currentIndexChanged.connect(self._existing_chosen)

    def show_preview(self, preview: ImportPreview, new_table: bool) -> None:
        """A new preview: a new file offers its columns afresh; the same file keeps the choices made."""
        self.preview = preview
        preview.on_existing = self.existing_combo.currentData()
        if new_table:
            self._fill_columns(preview.table.headers)
        elif self.value_combo.currentData() is not None:
            preview.keep_only(self.column_combo.currentData(), self.value_combo.currentData())

    def _fill_columns(self, headers: list[str]) -> None:
        self.column_combo.blockSignals(True)
        self.column_combo.clear()
        self.column_combo.addItem(ALL_ROWS, None)
        for header in headers:
            self.column_combo.addItem(header, header)
        self.column_combo.blockSignals(False)
        self._fill_values(None)

    def _fill_values(self, column: str | None) -> None:
        self.value_combo.blockSignals(True)
        self.value_combo.clear()
        if column is not None and self.preview is not None:
            self.value_combo.addItem(CHOOSE_VALUE, None)
            for value, rows in self.preview.filter_values(column):
                self.value_combo.addItem(f"{value or '(빈칸)'} ({rows:,})", value)
        self.value_combo.setEnabled(column is not None)
        self.value_combo.blockSignals(False)

    def _column_chosen(self) -> None:
        column = self.column_combo.currentData()
        self._fill_values(column)
        self._value_chosen()

    def _value_chosen(self) -> None:
        """Keep the rows with the chosen value; no column or no value yet keeps every row."""
        if self.preview is None:
            return
        value = self.value_combo.currentData()
        self.preview.keep_only(self.column_combo.currentData() if value is not None else None, value or "")
        self._on_change()

    def _existing_chosen(self) -> None:
        if self.preview is not None:
            self.preview.on_existing = self.existing_combo.currentData()
            self._on_change()
