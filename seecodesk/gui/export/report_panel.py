"""One report preset on the 내보내기 page: its period and options, its columns (tick, drag to order,
remembered), a preview of every table, and saving as XLSX or CSV.

The preview is rebuilt whenever an option changes; what is saved is exactly what was previewed.
Contact columns stay out unless ticked, and then the number of cells withheld for lack of 제3자 제공
consent is shown before saving.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.core.report_period import ReportPeriod
from seecodesk.gui.ui_settings import UiSettings
from seecodesk.services.report_files import save_report
from seecodesk.services.reports import PresetInfo, build_report
from seecodesk.services.reports.base import Report, ReportOptions, Table
from seecodesk.services.workspace import Workspace

PREVIEW_ROWS = 200
SAVE_FORMATS = {"xlsx": ("엑셀 (XLSX)", ".xlsx", "utf-8-sig"), "csv": ("CSV, UTF-8 (BOM)", ".csv", "utf-8-sig"),
                "cp949": ("CSV, CP949", ".csv", "cp949")}


class ReportPanel(QWidget):
    """Options, columns, preview and save for the preset chosen on the page."""

    def __init__(self, workspace: Workspace, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.settings = workspace, settings
        self.preset: PresetInfo | None = None
        self.built_at: tuple[int, int] | None = None  # the database's version when the preview was built
        self.report: Report | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        self.title = QLabel()
        layout.addWidget(self.title)
        layout.addLayout(self._options_row())
        middle = QHBoxLayout()
        middle.addLayout(self._columns_box())
        self.tabs = QTabWidget()
        middle.addWidget(self.tabs, 1)
        layout.addLayout(middle, 1)
        self.notes = QLabel()
        self.notes.setObjectName("report_notes")
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)
        layout.addLayout(self._save_row())
        self.message = QLabel()
        self.message.setObjectName("report_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def _options_row(self) -> QGridLayout:
        grid = QGridLayout()
        self.period_kind = QComboBox()
        self.period_kind.addItems(["한 해", "월 범위"])
        self.year = QSpinBox()
        self.year.setRange(1990, 2200)
        self.year.setValue(date.today().year)
        self.year.setSuffix("년")
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), 1, 1))
        self.end = QDateEdit(QDate(today.year(), today.month(), 1))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM")
        self.include_phone = QCheckBox("담당자 연락처 넣기")
        self.include_email = QCheckBox("담당자 이메일 넣기")
        self.thousand_won = QCheckBox("금액을 천원 단위로")
        self.dotted_dates = QCheckBox("날짜를 2026. 3. 5. 처럼")
        grid.addWidget(QLabel("기간"), 0, 0)
        grid.addWidget(self.period_kind, 0, 1)
        grid.addWidget(self.year, 0, 2)
        grid.addWidget(self.start, 0, 3)
        self.tilde = QLabel("~")
        grid.addWidget(self.tilde, 0, 4)
        grid.addWidget(self.end, 0, 5)
        grid.addWidget(self.include_phone, 1, 1)
        grid.addWidget(self.include_email, 1, 2)
        grid.addWidget(self.thousand_won, 1, 3)
        grid.addWidget(self.dotted_dates, 1, 5)
        grid.setColumnStretch(6, 1)
        self.period_kind.currentIndexChanged.connect(self._period_kind_changed)
        for signal in (self.year.valueChanged, self.start.dateChanged, self.end.dateChanged,
                       self.include_phone.toggled, self.include_email.toggled):
            signal.connect(self.rebuild)
        for box in (self.thousand_won, self.dotted_dates):
            box.toggled.connect(self._show_notes)
        self._period_kind_changed()
        return grid

    def _columns_box(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.addWidget(QLabel("열 (체크해서 고르고 끌어서 순서를 바꿉니다)"))
        self.columns = QListWidget()
        self.columns.setObjectName("report_columns")
        self.columns.setMaximumWidth(230)
        self.columns.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.columns.itemChanged.connect(self._columns_changed)
        self.columns.model().rowsMoved.connect(self._columns_changed)
        box.addWidget(self.columns, 1)
        buttons = QHBoxLayout()
        for label, name, step in (("▲ 위로", "column_up", -1), ("▼ 아래로", "column_down", 1)):
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, s=step: self.move_column(s))
            buttons.addWidget(button)
        reset = QPushButton("처음대로")
        reset.setObjectName("column_reset")
        reset.clicked.connect(self.reset_columns)
        buttons.addWidget(reset)
        box.addLayout(buttons)
        return box

    def _save_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.format = QComboBox()
        self.format.setObjectName("report_format")
        for key, (label, _suffix, _encoding) in SAVE_FORMATS.items():
            self.format.addItem(label, key)
        self.format.currentIndexChanged.connect(self._fix_suffix)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("report_path")
        browse = QPushButton("찾아보기…")
        browse.clicked.connect(self.choose_path)
        self.save_button = QPushButton("저장(&S)")
        self.save_button.setObjectName("report_save")
        self.save_button.clicked.connect(self.save)
        row.addWidget(QLabel("형식"))
        row.addWidget(self.format)
        row.addWidget(QLabel("파일"))
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(self.save_button)
        return row

    # --- choosing -------------------------------------------------------------------------------

    def show_preset(self, preset: PresetInfo) -> None:
        """Switch to a preset: its remembered columns, a fresh preview and a suggested file name."""
        self.preset = preset
        self.title.setText(f"<h3>{preset.title}</h3><p>{preset.description}</p>")
        self._loading = True
        self.columns.clear()
        self._loading = False
        self.rebuild(remembered=True)
        folder = self.settings.last_folder("reports") or str(Path.home())
        self.path_edit.setText(str(Path(folder) / self._file_name()))

    def period(self) -> ReportPeriod:
        if self.period_kind.currentIndex() == 0:
            return ReportPeriod.year(self.year.value())
        return ReportPeriod.months(self.start.date().toString("yyyy-MM"), self.end.date().toString("yyyy-MM"))

    def options(self) -> ReportOptions:
        return ReportOptions(self.period(), include_phone=self.include_phone.isChecked(),
                             include_email=self.include_email.isChecked(), thousand_won=self.thousand_won.isChecked(),
                             dotted_dates=self.dotted_dates.isChecked(), columns=self.chosen_columns() or None)

    def chosen_columns(self) -> list[str]:
        """Keys of the ticked columns, in the list's order."""
        return [self.columns.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.columns.count())
                if self.columns.item(i).checkState() == Qt.CheckState.Checked]

    # --- building -------------------------------------------------------------------------------

    def rebuild(self, *_args: Any, remembered: bool = False) -> None:
        """Run the preset again with the current options and show it."""
        if self.preset is None or self._loading:
            return
        self.built_at = self.workspace.file_version()
        try:
            options = self.options()
            full = build_report(self.workspace.db, self.preset.key, ReportOptions(
                options.period, options.include_phone, options.include_email))
        except SeeCoDeskError as error:
            self.report = None
            self.message.setText(f"⚠ {error}")
            return
        self.message.setText("")
        self._fill_columns(full.main, remembered)
        chosen = self.chosen_columns()
        full.tables[0] = full.main.select(chosen) if chosen else full.main
        self.report = full
        self._show_tables(full)
        self._show_notes()

    def _fill_columns(self, table: Table, remembered: bool) -> None:
        """Keep the user's choice; add columns that appeared (contacts ticked), drop those that went."""
        keys = [c.key for c in table.columns]
        if remembered or self.columns.count() == 0:
            saved = self.settings.report_columns(self.preset.key) if self.preset else None
            order = [k for k in (saved or keys) if k in keys] + [k for k in keys if saved and k not in saved]
            ticked = set(saved or keys) | {c.key for c in table.columns if c.personal}
        else:
            current = [self.columns.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.columns.count())]
            ticked = set(self.chosen_columns()) | (set(keys) - set(current))
            order = [k for k in current if k in keys] + [k for k in keys if k not in current]
        headers = {c.key: c.header for c in table.columns}
        self._loading = True
        self.columns.clear()
        for key in order:
            item = QListWidgetItem(headers[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if key in ticked else Qt.CheckState.Unchecked)
            self.columns.addItem(item)
        self._loading = False

    def _show_tables(self, report: Report) -> None:
        current = self.tabs.currentIndex()
        self.tabs.clear()
        for table in report.tables:
            self.tabs.addTab(_preview_table(table), f"{table.title} ({len(table.rows):,})")
        self.tabs.setCurrentIndex(max(0, min(current, self.tabs.count() - 1)))

    def _show_notes(self, *_args: Any) -> None:
        if self.report is None:
            return
        lines = list(self.report.notes)
        personal = any(c.personal for c in self.report.main.columns)
        if personal and not self.report.withheld:
            lines.append("연락처를 넣은 사람은 모두 제3자 제공에 동의했습니다.")
        if self.thousand_won.isChecked():
            lines.append("파일에는 금액을 천원 단위(반올림)로 적고 머리글에 단위를 밝힙니다.")
        if self.report.withheld:
            lines.insert(0, f"<b>개인정보: 동의가 없어 {self.report.withheld:,}칸을 비웁니다.</b>")
        self.notes.setText("<br>".join(lines))

    # --- columns --------------------------------------------------------------------------------

    def _columns_changed(self, *_args: Any) -> None:
        if self._loading or self.preset is None:
            return
        keys = [self.columns.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.columns.count())
                if self.columns.item(i).checkState() == Qt.CheckState.Checked]
        self.settings.set_report_columns(self.preset.key, keys)
        self.rebuild()

    def move_column(self, step: int) -> None:
        """Move the selected column up (-1) or down (+1)."""
        row = self.columns.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.columns.count():
            return
        self._loading = True
        item = self.columns.takeItem(row)
        self.columns.insertItem(target, item)
        self.columns.setCurrentRow(target)
        self._loading = False
        self._columns_changed()

    def reset_columns(self) -> None:
        """Every column back, in the preset's own order."""
        if self.preset is None:
            return
        self.settings.set_report_columns(self.preset.key, [])
        self.columns.clear()
        self.rebuild(remembered=False)

    # --- saving ---------------------------------------------------------------------------------

    def _file_name(self) -> str:
        title = (self.preset.title if self.preset else "보고서").replace("·", "_").replace(" ", "_")
        suffix = SAVE_FORMATS[str(self.format.currentData())][1]
        try:
            period = self.period().label.replace(" ", "")
        except SeeCoDeskError:
            period = ""
        return f"{title}_{period}{suffix}"

    def _fix_suffix(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix(SAVE_FORMATS[str(self.format.currentData())][1])))

    def choose_path(self) -> None:
        suffix = SAVE_FORMATS[str(self.format.currentData())][1]
        pattern = "엑셀 (*.xlsx)" if suffix == ".xlsx" else "CSV (*.csv)"
        path, _ = QFileDialog.getSaveFileName(self, "보고서 저장", self.path_edit.text(), pattern)
        if path:
            self.path_edit.setText(str(Path(path).with_suffix(suffix)))

    def save(self) -> bool:
        """Write what the preview shows; the outcome (or the Korean reason) appears under the button."""
        if self.report is None:
            return False
        text = self.path_edit.text().strip()
        if not text:
            self.message.setText("⚠ 저장할 파일 이름을 적어 주세요.")
            return False
        _label, suffix, encoding = SAVE_FORMATS[str(self.format.currentData())]
        path = Path(text).with_suffix(suffix)
        try:
            written = save_report(self.report, path, self.options(), encoding)
        except SeeCoDeskError as error:
            self.message.setText(f"⚠ {error}")
            return False
        self.settings.set_last_folder("reports", str(path.parent))
        self.message.setText(f"✔ {written.describe()}")
        return True

    def _period_kind_changed(self) -> None:
        by_year = self.period_kind.currentIndex() == 0
        self.year.setVisible(by_year)
        self.start.setVisible(not by_year)
        self.end.setVisible(not by_year)
        self.tilde.setVisible(not by_year)
        self.rebuild()


def _preview_table(table: Table) -> QTableWidget:
    """The first rows (and the totals row) as the file will hold them."""
    shown = table.rows[:PREVIEW_ROWS] + ([table.totals] if table.totals is not None else [])
    widget = QTableWidget(len(shown), len(table.columns))
    widget.setHorizontalHeaderLabels([c.header for c in table.columns])
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setTabKeyNavigation(False)
    for r, row in enumerate(shown):
        for c, (column, value) in enumerate(zip(table.columns, row, strict=True)):
            item = QTableWidgetItem(_shown(value, column.kind))
            if column.kind in ("int", "number", "money", "percent"):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if table.totals is not None and r == len(shown) - 1:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            widget.setItem(r, c, item)
    widget.resizeColumnsToContents()
    for c in range(len(table.columns)):
        widget.setColumnWidth(c, min(widget.columnWidth(c), 320))
    return widget


def _shown(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "percent" and isinstance(value, float):
        return f"{value * 100:.1f}%"
    if isinstance(value, int) and kind in ("int", "money"):
        return f"{value:,}"
    return str(value)
