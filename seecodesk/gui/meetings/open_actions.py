"""Open action items across all meetings (미완료 조치 사항), by owner and due date; overdue in red."""

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seecodesk.gui.meetings.models import RecordsModel
from seecodesk.gui.messages import show_error
from seecodesk.services.meetings import MeetingService, OpenAction

OVERDUE_COLOUR = "#ffd9d9"


def _due(item: OpenAction) -> str:
    if not item.action.due_on:
        return "기한 없음"
    late = (date.today() - date.fromisoformat(item.action.due_on)).days
    return f"{item.action.due_on} ({late}일 지남)" if late > 0 else item.action.due_on


class OpenActions(QWidget):
    """The table, an owner filter and buttons to mark items 진행중/완료; emits `open_meeting(id)`."""

    open_meeting = Signal(int)
    changed = Signal()

    def __init__(self, service: MeetingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.owner = QComboBox()
        self.order = QComboBox()
        self.order.addItems(["기한순", "담당별"])
        self.summary = QLabel()
        self.model: RecordsModel[OpenAction] = RecordsModel((
            ("기한", _due), ("담당", lambda o: o.owner), ("조치 사항", lambda o: o.action.what),
            ("상태", lambda o: o.action.status), ("회의", lambda o: f"{o.meeting_date} {o.meeting_title}"),
            ("계획 과제", lambda o: f"#{o.action.task_id}" if o.action.task_id else ""),
        ), lambda o: OVERDUE_COLOUR if o.action.overdue_on(date.today()) else None, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(
            lambda index: self.open_meeting.emit(self.model.record(index.row()).action.meeting_id))
        top = QHBoxLayout()
        for label, widget in (("담당", self.owner), ("정렬", self.order)):
            top.addWidget(QLabel(label))
            top.addWidget(widget)
            widget.currentIndexChanged.connect(lambda _i: self.reload())
        top.addStretch(1)
        for label, status in (("진행중으로", "진행중"), ("완료로 표시", "완료")):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, s=status: self.set_status(s))
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        items = self.service.open_actions()
        owner = self.owner.currentData()
        owners = sorted({o.owner for o in items})
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem("모든 담당", None)
        for name in owners:
            self.owner.addItem(name, name)
        self.owner.setCurrentIndex(max(0, self.owner.findData(owner)))
        self.owner.blockSignals(False)
        if owner in owners:
            items = [o for o in items if o.owner == owner]
        if self.order.currentIndex() == 1:
            items.sort(key=lambda o: (o.owner, o.action.due_on or "9999"))
        self.model.set_records(items)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        overdue = sum(o.action.overdue_on(date.today()) for o in items)
        self.summary.setText(f"미완료 {len(items)}건 · 기한 지남 {overdue}건 (빨간 줄). 두 번 누르면 그 회의를 엽니다.")

    def set_status(self, status: str) -> None:
        rows = [i.row() for i in self.table.selectionModel().selectedRows()]
        try:
            for row in rows:
                action_id = self.model.record(row).action.id
                if action_id is not None:
                    self.service.set_action_status(action_id, status)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)
        if rows:
            self.reload()
            self.changed.emit()
