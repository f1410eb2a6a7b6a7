"""변경 이력: what changed in one record (and the rows under it), or in the whole program, and 되살리기.

Opened from a record (회원사 card, 사람 list, 회의 list, 실행계획 task) or from 편집 → 변경 이력….
A deleted record is brought back with 되살리기; that itself is an operation 실행 취소 can undo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.core.history import HIDDEN_FIELDS, field_word, shown_value, shown_when, table_noun
from seecodesk.gui.messages import show_error
from seecodesk.gui.widgets.empty_notice import EmptyNotice

if TYPE_CHECKING:
    from seecodesk.services.workspace import Workspace
    from seecodesk.storage.history import Change

HEADERS = ("일시", "작업", "항목", "바뀐 내용", "이전", "이후")
STATE_WORDS = {"done": "", "undone": "실행 취소됨", "closed": "", "log": ""}
KIND_CHOICES = (("organisations", "회원사"), ("people", "사람"), ("meetings", "회의"), ("plan_nodes", "실행계획 항목"))
NOTHING_DELETED = {  # what the 삭제된 항목 tab says when there is nothing of the kind to bring back
    "organisations": "삭제된 회원사가 없습니다. 회원사를 삭제하면 여기에서 되살릴 수 있습니다.",
    "people": "삭제된 사람이 없습니다. 사람을 삭제하면 여기에서 되살릴 수 있습니다.",
    "meetings": "삭제된 회의가 없습니다. 회의를 삭제하면 여기에서 되살릴 수 있습니다.",
    "plan_nodes": "삭제된 실행계획 항목이 없습니다. 항목을 삭제하면 여기에서 되살릴 수 있습니다.",
}
_SUMMARY_KEYS = ("name", "title", "what", "item", "kind", "role", "month", "year", "guest_name", "joined_on")
MAX_CELL = 120


def _summary(row: dict | None) -> str:
    if not row:
        return ""
    for key in _SUMMARY_KEYS:
        if row.get(key) not in (None, ""):
            return _cut(shown_value(row[key]))
    return _cut(", ".join(shown_value(v) for k, v in row.items() if k != "id" and v not in (None, ""))[:MAX_CELL])


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def change_lines(change: Change) -> list[tuple[str, str, str, str, str, str]]:
    """The table lines of one change: one per changed field of an update."""
    when, what, noun = shown_when(change.changed_at), change.operation_label, table_noun(change.table)
    if change.action == "insert":
        return [(when, what, noun, "추가", "", _summary(change.after))]
    if change.action == "delete":
        return [(when, what, noun, "삭제", _summary(change.before), "")]
    lines = []
    before, after = change.before or {}, change.after or {}
    for column in after:
        if column in HIDDEN_FIELDS:
            continue
        old, new = before.get(column), after.get(column)
        if column == "deleted_at":
            lines.append((when, what, noun, "삭제" if new else "되살림", "", ""))
            continue
        lines.append((when, what, noun, field_word(column), _cut(shown_value(old)), _cut(shown_value(new))))
    return lines


def _table(headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for column in range(table.columnCount()):
        table.setColumnWidth(column, min(table.columnWidth(column), 260))


class RecordHistoryDialog(QDialog):
    """변경 이력 of one organisation, person, meeting or task."""

    def __init__(self, workspace: Workspace, table: str, record_id: int, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordHistoryDialog")
        self.workspace, self.table_name, self.record_id = workspace, table, record_id
        self.restored = False
        self.setWindowTitle(f"변경 이력 — {table_noun(table)} {name}")
        self.title = QLabel(f"<b>{table_noun(table)} ‘{_cut(name)}’</b>의 변경 이력 (최근 것부터)")
        self.table = _table(HEADERS)
        self.empty_label = QLabel("기록된 변경이 없습니다. 이 프로그램 버전 이전의 변경은 남아 있지 않습니다.")
        self.restore_button = QPushButton("되살리기")
        self.restore_button.setToolTip("삭제된 이 항목을 삭제하기 전 모습으로 되살립니다 (실행 취소로 되돌릴 수 있습니다)")
        self.restore_button.clicked.connect(self.restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("닫기")
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        self.resize(900, 520)
        self.reload()

    def reload(self) -> None:
        changes = self.workspace.history.record_changes(self.table_name, self.record_id)
        _fill(self.table, [line for change in changes for line in change_lines(change)])
        self.empty_label.setVisible(not changes)
        deleted = {r.record_id for r in self.workspace.history.deleted_records(self.table_name)}
        self.restore_button.setVisible(self.record_id in deleted)

    def restore(self) -> None:
        try:
            self.workspace.history.restore(self.table_name, self.record_id)
        except SeeCoDeskError as error:
            show_error(self, error, "되살릴 수 없습니다")
            return
        self.restored = True
        self.reload()
        self.title.setText(self.title.text() + " — 되살렸습니다")


class ProgramHistoryDialog(QDialog):
    """편집 → 변경 이력…: the latest operations, and deleted records that can be brought back."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programHistoryDialog")
        self.workspace = workspace
        self.restored = False
        self.setWindowTitle("변경 이력")
        self.tabs = QTabWidget()
        self.operations = _table(("일시", "작업", "상태"))
        self.tabs.addTab(self.operations, "최근 작업")
        deleted_page = QWidget()
        self.kind_combo = QComboBox()
        for key, label in KIND_CHOICES:
            self.kind_combo.addItem(label, key)
        self.kind_combo.currentIndexChanged.connect(self._load_deleted)
        self.deleted = _table(("삭제한 때", "이름"))
        self.deleted_empty = EmptyNotice("", lambda: None)  # no filter here: only the what-to-do line
        self.restore_button = QPushButton("되살리기")
        self.restore_button.clicked.connect(self.restore_selected)
        self.history_button = QPushButton("변경 이력 보기…")
        self.history_button.clicked.connect(self.show_selected_history)
        self.message = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel("종류:"))
        top.addWidget(self.kind_combo)
        top.addStretch(1)
        top.addWidget(self.history_button)
        top.addWidget(self.restore_button)
        deleted_layout = QVBoxLayout(deleted_page)
        deleted_layout.addLayout(top)
        deleted_layout.addWidget(self.deleted_empty)
        deleted_layout.addWidget(self.deleted, 1)
        deleted_layout.addWidget(self.message)
        self.tabs.addTab(deleted_page, "삭제된 항목")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("닫기")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(820, 520)
        self._records: list = []
        self.reload()

    def reload(self) -> None:
        ops = self.workspace.history.operations()
        _fill(self.operations, [(shown_when(op.created_at), op.label, STATE_WORDS.get(op.state, "")) for op in ops])
        self._load_deleted()

    def _load_deleted(self) -> None:
        table = self.kind_combo.currentData()
        self._records = self.workspace.history.deleted_records(table)
        _fill(self.deleted, [(shown_when(r.deleted_at), r.name) for r in self._records])
        if self._records:
            self.deleted.selectRow(0)
        self.deleted_empty.nothing_yet = NOTHING_DELETED[table]
        self.deleted_empty.update_for(len(self._records), filtered=False)
        self.restore_button.setEnabled(bool(self._records))
        self.history_button.setEnabled(bool(self._records))

    def _selected(self):  # type: ignore[no-untyped-def]
        row = self.deleted.currentRow()
        return self._records[row] if 0 <= row < len(self._records) else None

    def restore_selected(self) -> None:
        record = self._selected()
        if record is None:
            return
        try:
            label = self.workspace.history.restore(record.table, record.record_id)
        except SeeCoDeskError as error:
            show_error(self, error, "되살릴 수 없습니다")
            return
        self.restored = True
        self.reload()
        self.message.setText(f"{label} — 편집 → 실행 취소로 되돌릴 수 있습니다.")

    def show_selected_history(self) -> None:
        record = self._selected()
        if record is not None:
            dialog = RecordHistoryDialog(self.workspace, record.table, record.record_id, record.name, self)
            dialog.exec()
            if dialog.restored:
                self.restored = True
                self.reload()


def show_record_history(parent: QWidget | None, workspace: Workspace, table: str, record_id: int, name: str) -> bool:
    """Open 변경 이력 of one record; True when something was brought back."""
    dialog = RecordHistoryDialog(workspace, table, record_id, name, parent)
    dialog.exec()
    return dialog.restored


def show_program_history(parent: QWidget | None, workspace: Workspace) -> bool:
    """Open 편집 → 변경 이력…; True when something was brought back."""
    dialog = ProgramHistoryDialog(workspace, parent)
    dialog.exec()
    return dialog.restored
