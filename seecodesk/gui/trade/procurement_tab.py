"""The 공공구매 tab of the 상호거래 section: the network's goal with a progress bar, a year's public procurement
records (add, change, delete; 편집 → 실행 취소 brings a deleted one back) and the year's tally as the
city's table reads it (사회적경제 구매액 B, 관내 C, C/B, by institution)."""

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QProgressBar, QSplitter, QVBoxLayout, QWidget

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.core.figures import ProcurementRecord
from seecodesk.gui.messages import confirm, show_error
from seecodesk.gui.trade.procurement_dialog import GoalDialog, ProcurementDialog, TotalsDialog
from seecodesk.gui.widgets.tables import cell, current_id, delete_key, named_button, new_table, select_id
from seecodesk.services.procurement import ProcurementService, tally

HEADERS = ("연월", "구매 기관", "부서", "판매 업체", "품목", "계약 방법", "금액(원)", "관내")
SHOWN_INSTITUTIONS = 8


def _share_of(bought: int, total: int | None) -> str:
    """' / A 9,800,000,000원 (B/A 0.6%)' when the institution's whole total is known."""
    return f" / A {total:,}원 ({bought / total * 100:.1f}%)" if total else ""


class ProcurementTab(QWidget):
    """Procurement records of one year, the tally beside them and the goal above."""

    def __init__(self, service: ProcurementService, names: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("procurementTab")
        self.service, self.names = service, names
        self.today = date.today()
        self.ask_record = ProcurementDialog.ask  # replaceable by tests
        self.ask_goal = GoalDialog.ask
        self.ask_totals = TotalsDialog.ask
        self.records: list[ProcurementRecord] = []
        self.message = QLabel()
        self.message.setObjectName("procurementMessage")
        self._build()

    def _build(self) -> None:
        self.goal_text = QLabel()
        self.goal_text.setObjectName("goalText")
        self.goal_bar = QProgressBar()
        self.goal_bar.setObjectName("goalBar")
        self.goal_bar.setRange(0, 1000)
        self.goal_bar.setMaximumWidth(260)
        goal = QFrame()
        goal.setObjectName("goalFrame")
        goal.setStyleSheet("QFrame#goalFrame { background: #eef5ff; border: 1px solid #b9d0f0; border-radius: 4px; }")
        goal_layout = QHBoxLayout(goal)
        goal_layout.setContentsMargins(10, 6, 10, 6)
        goal_layout.addWidget(self.goal_text, 1)
        goal_layout.addWidget(self.goal_bar)
        goal_layout.addWidget(named_button("목표 설정…", "goalButton", self.edit_goal))
        self.year = QComboBox()
        self.year.setObjectName("procurementYear")
        self.year.currentIndexChanged.connect(lambda _i: self._fill_records())
        bar = QHBoxLayout()
        bar.addWidget(QLabel("연도"))
        bar.addWidget(self.year)
        bar.addWidget(named_button("새 실적", "newProcurementButton", self.new_record))
        bar.addWidget(named_button("수정", "editProcurementButton", self.edit_record))
        bar.addWidget(named_button("기관별 총구매액(A)…", "totalsButton", self.edit_totals))
        bar.addStretch(1)
        bar.addWidget(named_button("삭제", "deleteProcurementButton", self.delete_record))
        self.table = new_table(HEADERS, "procurementTable", 4)
        self.table.doubleClicked.connect(lambda _index: self.edit_record())
        delete_key(self.table, self.delete_record)
        self.totals = QLabel()
        self.totals.setObjectName("procurementTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.totals.setMinimumWidth(260)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.totals)
        splitter.setSizes([820, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(goal)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    # --- showing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the goal, the years and the records from the database (an old message goes)."""
        self.message.clear()
        self._fill_goal()
        keep = self.year.currentData()
        years = sorted(set(self.service.years()) | {self.today.year}, reverse=True)
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(f"{year}년", year)
        self.year.addItem("모든 해", None)
        self.year.setCurrentIndex(max(self.year.findData(keep if keep is not None else self.today.year), 0))
        self.year.blockSignals(False)
        self._fill_records()

    def _fill_goal(self) -> None:
        progress = self.service.progress()
        if progress is None:
            self.goal_text.setText("공공구매 목표가 없습니다. '목표 설정…'으로 정하면 달성률을 보여 줍니다.")
            self.goal_bar.setValue(0)
            self.goal_bar.setFormat("목표 없음")
            return
        self.goal_text.setText(f"공공구매 목표: {progress.describe()}")
        self.goal_bar.setValue(min(1000, round(progress.share * 1000)))
        self.goal_bar.setFormat(f"{progress.share * 100:.1f}%")

    def _fill_records(self) -> None:
        self.records = self.service.records(self.year.currentData())
        self.table.setRowCount(len(self.records))
        for row, r in enumerate(self.records):
            values = (f"{r.year}-{r.month:02d}", r.institution, r.department, r.supplier, r.item, r.contract_method,
                      f"{r.amount:,}", "관내" if r.is_local else "관외")
            for column, value in enumerate(values):
                self.table.setItem(row, column, cell(value, r.id if column == 0 else None, column == 6))
        self.totals.setText(self._totals_html())

    def _totals_html(self) -> str:
        summary = tally(self.records)
        label = f"{self.year.currentData()}년" if self.year.currentData() else "모든 해"
        lines = [f"<h3>{label} 공공구매 {summary.count}건</h3>",
                 f"사회적경제 구매액(B): <b>{summary.total:,}원</b><br>",
                 f"관내 구매액(C): {summary.local:,}원<br>",
                 f"관내 비율(C/B): {summary.local_share * 100:.1f}%" if summary.total else "관내 비율(C/B): -"]
        institutions = list(summary.by_institution.items())
        year = self.year.currentData()
        totals = self.service.institution_totals(year) if year else {}
        lines.append("<h4>기관별 (B / 총구매액 A)</h4>" + "<br>".join(
            f"{escape(name)}<br>&nbsp;&nbsp;B {amount:,}원" + _share_of(amount, totals.get(name))
            for name, amount in institutions[:SHOWN_INSTITUTIONS]))
        if len(institutions) > SHOWN_INSTITUTIONS:
            lines.append(f"<br>외 {len(institutions) - SHOWN_INSTITUTIONS}곳")
        return "".join(lines)

    def _after(self, text: str, record_id: int | None = None) -> None:
        self.refresh()
        select_id(self.table, record_id)
        self.message.setText(text)

    # --- editing ---------------------------------------------------------------------------------
    def _ask(self, record: ProcurementRecord) -> ProcurementRecord | None:
        return self.ask_record(self, record, self.names, self.service.institutions(), self.service.save)

    def new_record(self) -> None:
        """새 실적: the form starts at the year shown (this month in this year, else December)."""
        year = self.year.currentData() or self.today.year
        month = self.today.month if year == self.today.year else 12
        saved = self._ask(ProcurementRecord(year=year, month=month, institution="", amount=0))
        if saved is not None:
            self.year.setCurrentIndex(max(self.year.findData(saved.year), 0))
            self._after(f"공공구매 실적을 저장했습니다: {saved.institution} {saved.amount:,}원", saved.id)

    def edit_record(self) -> None:
        record_id = current_id(self.table)
        if record_id is None:
            self.message.setText("고칠 실적을 먼저 고르세요.")
            return
        try:
            record = self.service.record(record_id)
        except SeeCoDeskError as error:
            show_error(self, error)
            return
        saved = self._ask(record)
        if saved is not None:
            self._after("공공구매 실적을 고쳤습니다.", saved.id)

    def delete_record(self) -> None:
        record_id = current_id(self.table)
        if record_id is None:
            self.message.setText("지울 실적을 먼저 고르세요.")
            return
        record = next(r for r in self.records if r.id == record_id)
        question = (f"{record.year}년 {record.month}월 {record.institution} {record.amount:,}원 실적을 지울까요?\n"
                    "편집 → 실행 취소(Ctrl+Z)로 되돌릴 수 있습니다.")
        if not confirm(self, "공공구매 실적 삭제", question):
            return
        try:
            self.service.delete(record_id)
        except SeeCoDeskError as error:
            show_error(self, error)
            return
        self._after("공공구매 실적을 지웠습니다. 되돌리기: 편집 → 실행 취소 (Ctrl+Z)")

    def edit_totals(self) -> None:
        """기관별 총구매액(A) of the year shown."""
        year = self.year.currentData()
        if year is None:
            self.message.setText("총구매액은 한 해씩 적습니다. 연도를 먼저 고르세요.")
            return
        if self.ask_totals(self, year, self.service.institution_totals(year), self.service.save_institution_totals):
            self._after(f"{year}년 기관별 총구매액(A)을 저장했습니다.")

    def edit_goal(self) -> None:
        goal = self.ask_goal(self, self.service.goal(), self.service.save_goal)
        if goal is not None:
            self._after(f"공공구매 목표를 {goal.start_year}–{goal.end_year}년 {goal.amount:,}원으로 정했습니다.")
