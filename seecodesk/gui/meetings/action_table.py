"""The action items (조치 사항) of one meeting: what, owner (person or body), due date, status, plan task."""

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.meetings import ACTION_STATUSES, ActionItem
from seecodesk.services.meetings import RosterMember

WHAT, OWNER, DUE, STATUS, TASK = range(5)


class ActionTable(QWidget):
    """Edits the meeting's action items; `actions()` returns them as shown."""

    changed = Signal()
    make_task_requested = Signal(int)  # row

    def __init__(self, people: list[RosterMember], bodies: list[tuple[int, str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions: list[ActionItem] = []
        self._owners: list[tuple[str, object, str]] = [("none", None, "(미정)")]
        self._owners += [("body", b[0], f"[기구] {b[1]}") for b in bodies]
        self._owners += [("person", p.person_id, f"{p.name} · {p.organisation or p.affiliation}") for p in people]
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(["조치 사항", "담당", "기한", "상태", "계획 과제"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeaderItem(DUE).setToolTip("예: 2026-12-31 (비워 두면 기한 없음)")
        self.table.setColumnWidth(DUE, 110)
        self.table.itemChanged.connect(self._item_changed)
        buttons = QHBoxLayout()
        for label, slot in (("추가", self.add_action), ("삭제", self.remove_selected),
                            ("계획의 과제로 만들기…", self._make_task)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._filling = False

    def set_actions(self, actions: list[ActionItem]) -> None:
        self._actions = [replace(a) for a in actions]
        self._fill()

    def actions(self) -> list[ActionItem]:
        return [replace(a) for a in self._actions]

    def _fill(self) -> None:
        self._filling = True
        self.table.setRowCount(len(self._actions))
        for row, action in enumerate(self._actions):
            self.table.setItem(row, WHAT, QTableWidgetItem(action.what))
            self.table.setItem(row, DUE, QTableWidgetItem(action.due_on))
            task = QTableWidgetItem(f"과제 #{action.task_id}" if action.task_id else "")
            task.setFlags(task.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, TASK, task)
            self.table.setCellWidget(row, OWNER, self._owner_combo(action, row))
            status = QComboBox()
            status.addItems(list(ACTION_STATUSES))
            status.setCurrentText(action.status)
            status.currentTextChanged.connect(lambda text, r=row: self._set(r, status=text))
            self.table.setCellWidget(row, STATUS, status)
        self.table.resizeColumnToContents(OWNER)
        self.table.setColumnWidth(DUE, max(110, self.table.columnWidth(DUE)))
        self._filling = False

    def _owner_combo(self, action: ActionItem, row: int) -> QComboBox:
        combo = QComboBox()
        for _kind, _value, label in self._owners:
            combo.addItem(label)
        current = 0
        if action.owner_person_id is not None:
            current = next((i for i, o in enumerate(self._owners) if o[:2] == ("person", action.owner_person_id)), 0)
        elif action.owner_body_id is not None:
            current = next((i for i, o in enumerate(self._owners) if o[:2] == ("body", action.owner_body_id)), 0)
        elif action.owner_name:
            combo.addItem(action.owner_name)
            current = combo.count() - 1
        combo.setCurrentIndex(current)
        combo.currentIndexChanged.connect(lambda index, r=row: self._owner_changed(r, index))
        return combo

    def _owner_changed(self, row: int, index: int) -> None:
        if index >= len(self._owners):
            return
        kind, value, _label = self._owners[index]
        self._set(row, owner_person_id=value if kind == "person" else None,
                  owner_body_id=value if kind == "body" else None, owner_name="")

    def _set(self, row: int, **changes: object) -> None:
        if self._filling or row >= len(self._actions):
            return
        self._actions[row] = replace(self._actions[row], **changes)  # type: ignore[arg-type]
        self.changed.emit()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == WHAT:
            self._set(item.row(), what=item.text())
        elif item.column() == DUE:
            self._set(item.row(), due_on=item.text().strip())

    def add_action(self, what: str = "") -> None:
        self._actions.append(ActionItem(what=what))
        self._fill()
        row = len(self._actions) - 1
        self.table.setCurrentCell(row, WHAT)
        if not what:
            self.table.editItem(self.table.item(row, WHAT))
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self._actions[row]
        if rows:
            self._fill()
            self.changed.emit()

    def _make_task(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.make_task_requested.emit(row)

    def link_task(self, row: int, task_id: int) -> None:
        """Show that the row's action item now has a plan task."""
        self._actions[row].task_id = task_id
        self._fill()
