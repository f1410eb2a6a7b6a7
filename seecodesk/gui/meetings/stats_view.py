"""Attendance statistics (출석 통계): per person or organisation over a period, against the target rate."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.attendance import DEFAULT_TARGET, AttendanceRate
from seecodesk.gui.meetings.bar_chart import RateBarChart
from seecodesk.gui.meetings.models import RecordsModel
from seecodesk.services.attendance import AttendanceReport, attendance_report
from seecodesk.services.meetings import MeetingService

BELOW_COLOUR = "#fff1e0"


class AttendanceStats(QWidget):
    """Period and filters on top; the table on the left, the bar chart on the right."""

    def __init__(self, service: MeetingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.report: AttendanceReport | None = None
        today = date.today()
        self.start = QDateEdit(QDate(today.year - 1, today.month, 1).addMonths(1))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.reload())
        self.body = QComboBox()
        self.per = QComboBox()
        self.per.addItems(["사람별", "조직별"])
        self.target = QDoubleSpinBox()
        self.target.setRange(0, 100)
        self.target.setDecimals(0)
        self.target.setSuffix(" %")
        self.target.setValue(DEFAULT_TARGET * 100)
        for combo in (self.body, self.per):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.target.valueChanged.connect(lambda _v: self.reload())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model: RecordsModel[AttendanceRate] = RecordsModel((
            ("이름·조직", lambda r: r.label), ("소속·구분", lambda r: r.group), ("초대", lambda r: str(r.invited)),
            ("참석", lambda r: str(r.attended)), ("출석률", lambda r: f"{r.rate:.0%}"),
            ("목표", lambda r: "달성" if r.meets(self.target.value() / 100) else "미달"),
        ), lambda r: None if r.meets(self.target.value() / 100) else BELOW_COLOUR, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.chart = RateBarChart()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        controls = QHBoxLayout()
        for label, widget in (("기간", self.start), ("~", self.end), ("기구", self.body), ("보기", self.per),
                              ("목표 출석률", self.target)):
            controls.addWidget(QLabel(label))
            controls.addWidget(widget)
        controls.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.fill_bodies()

    def fill_bodies(self) -> None:
        current = self.body.currentData()
        self.body.blockSignals(True)
        self.body.clear()
        self.body.addItem("모든 회의", None)
        for body_id, name, _kind in self.service.bodies():
            self.body.addItem(name, body_id)
        self.body.setCurrentIndex(max(0, self.body.findData(current)))
        self.body.blockSignals(False)

    def reload(self) -> None:
        start = self.start.date().toString("yyyy-MM-dd")
        end = self.end.date().toString("yyyy-MM-dd")
        target = self.target.value() / 100
        self.report = attendance_report(self.service.db, start, end, self.body.currentData(), target=target)
        rows = self.report.people if self.per.currentIndex() == 0 else self.report.organisations
        self.model.set_records(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.chart.set_data([(r.label, r.rate) for r in rows], target)
        overall = self.report.overall
        held = sum(count for _name, count in self.report.meetings_held)
        below = sum(not r.meets(target) for r in rows)
        verdict = "목표 달성" if overall.meets(target) else "목표 미달"
        self.summary.setText(
            f"{start} ~ {end}: 회의 {held}회, 출석 {overall.attended}/{overall.invited} "
            f"= {overall.rate:.0%} ({verdict}, 목표 {target:.0%}) · 목표 미달 {below}"
            f"{'명' if self.per.currentIndex() == 0 else '곳'}")

