"""The meeting list with filters (기구, 종류, 연도) and a month calendar marking meeting days.

Clicking a day in the calendar selects that day's meetings in the list.
"""

from datetime import date

from PySide6.QtCore import QDate, QItemSelectionModel, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.meeting_titles import WEEKDAYS, default_title
from seecodesk.core.meetings import MEETING_KINDS
from seecodesk.gui.meetings.models import RecordsModel
from seecodesk.gui.widgets.empty_notice import EmptyNotice
from seecodesk.services.meetings import MeetingRow, MeetingService


def _when(row: MeetingRow) -> str:
    day = date.fromisoformat(row.date)
    return f"{row.date}({WEEKDAYS[day.weekday()]}) {row.start_time}".strip()


def _attendance(row: MeetingRow) -> str:
    if not row.invited:
        return ""
    return f"{row.attended}/{row.invited}" if row.attended or row.date <= date.today().isoformat() else f"초대 {row.invited}"


COLUMNS = (
    ("일시", _when),
    ("종류", lambda r: r.kind),
    ("기구", lambda r: r.body_name or "협의회 전체"),
    ("회의명", lambda r: r.title or default_title(r.kind, r.date, r.number, r.body_name)),
    ("장소", lambda r: "온라인" if r.online and not r.place else r.place),
    ("출석", _attendance),
    ("안건", lambda r: str(r.agenda_items) if r.agenda_items else ""),
    ("미완료 조치", lambda r: str(r.open_actions) if r.open_actions else ""),
)


class MeetingList(QWidget):
    """Filters, the table of meetings and the calendar; emits `open_requested(meeting id)`."""

    open_requested = Signal(int)

    def __init__(self, service: MeetingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.body_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.kind_filter.addItem("모든 종류", "")
        for kind in MEETING_KINDS:
            self.kind_filter.addItem(kind, kind)
        self.year_filter = QComboBox()
        self.count_label = QLabel()
        self.model: RecordsModel[MeetingRow] = RecordsModel(COLUMNS, self._colour, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.open_requested.emit(self.model.record(index.row()).id))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._select_day)
        filters = QHBoxLayout()
        for label, combo in (("기구", self.body_filter), ("종류", self.kind_filter), ("연도", self.year_filter)):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.calendar)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        self.empty_notice = EmptyNotice("아직 회의가 없습니다. '새 회의'(Ctrl+N)로 첫 회의를 만드세요.", self.clear_filters)
        layout.addWidget(self.empty_notice)
        layout.addWidget(splitter, 1)
        self._marked: list[QDate] = []
        self.fill_filters()

    def fill_filters(self) -> None:
        """(Re)build the body and year choices, keeping the current selection."""
        body, year = self.body_filter.currentData(), self.year_filter.currentData()
        for combo in (self.body_filter, self.year_filter):
            combo.blockSignals(True)
            combo.clear()
        self.body_filter.addItem("모든 기구", None)
        for body_id, name, _kind in self.service.bodies():
            self.body_filter.addItem(name, body_id)
        self.year_filter.addItem("모든 연도", None)
        for value in self.service.years():
            self.year_filter.addItem(f"{value}년", value)
        self.body_filter.setCurrentIndex(max(0, self.body_filter.findData(body)))
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(year)))
        for combo in (self.body_filter, self.year_filter):
            combo.blockSignals(False)

    def reload(self) -> None:
        rows = self.service.meetings(self.body_filter.currentData(), self.kind_filter.currentData() or "",
                                     self.year_filter.currentData())
        self.model.set_records(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.count_label.setText(f"{len(rows)}건")
        self.empty_notice.update_for(len(rows), self.filtered())
        self._mark_calendar(rows)

    def filtered(self) -> bool:
        return any(c.currentIndex() > 0 for c in (self.body_filter, self.kind_filter, self.year_filter))

    def clear_filters(self) -> None:
        """필터 지우기: every filter back to 모든 …, then one reload."""
        for combo in (self.body_filter, self.kind_filter, self.year_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.reload()

    def _mark_calendar(self, rows: list[MeetingRow]) -> None:
        for day in self._marked:
            self.calendar.setDateTextFormat(day, QTextCharFormat())
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setBackground(QBrush(QColor("#dbe8ff")))
        self._marked = [QDate.fromString(r.date, "yyyy-MM-dd") for r in rows]
        for day in self._marked:
            self.calendar.setDateTextFormat(day, marked)

    def _select_day(self, day: QDate) -> None:
        iso = day.toString("yyyy-MM-dd")
        self.table.clearSelection()
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row, record in enumerate(self.model.records()):
            if record.date == iso:
                selection.select(self.model.index(row, 0), flags)
                self.table.scrollTo(self.model.index(row, 0))

    def selected_ids(self) -> list[int]:
        return [self.model.record(i.row()).id for i in self.table.selectionModel().selectedRows()]

    def select_id(self, meeting_id: int) -> None:
        for row, record in enumerate(self.model.records()):
            if record.id == meeting_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))

    @staticmethod
    def _colour(row: MeetingRow) -> str | None:
        return "#f4f7ff" if row.date > date.today().isoformat() else None
