"""연간 통계: applications, matches, sessions, fees paid and completions of a year, in total and by field."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from seecodesk.gui.widgets.tables import read_only_table
from seecodesk.services.consulting import ConsultingService

COLUMNS = ("분야", "신청", "매칭", "상담 횟수", "지급 컨설팅비(원)", "완료")


class FiguresTab(QWidget):
    """A year chooser over a table of the year's figures."""

    def __init__(self, service: ConsultingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.year = QComboBox()
        self.year.setObjectName("figuresYear")
        self.year.currentIndexChanged.connect(lambda _i: self._show())
        self.table = read_only_table(COLUMNS, "figuresTable")
        self.table.horizontalHeader().setStretchLastSection(True)
        note = QLabel("분야별 줄은 그 분야를 신청한 신청서 기준입니다 (여러 분야를 고른 신청은 각 분야에 모두 셉니다).")
        note.setWordWrap(True)
        top = QHBoxLayout()
        caption = QLabel("연도(&Y)")
        caption.setBuddy(self.year)  # without a buddy the label shows a literal '&Y'
        top.addWidget(caption)
        top.addWidget(self.year)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)

    def refresh(self) -> None:
        current = self.year.currentData()
        years = self.service.work.years() or [date.today().year]
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(f"{year}년", year)
        self.year.setCurrentIndex(max(0, self.year.findData(current)))
        self.year.blockSignals(False)
        self._show()

    def _show(self) -> None:
        year = self.year.currentData()
        if year is None:
            return
        figures = self.service.work.figures(int(year))
        rows = [figures.total, *figures.by_field]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (row.label, row.applications, row.matches, row.sessions, f"{row.fees_paid:,}", row.completed)
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
