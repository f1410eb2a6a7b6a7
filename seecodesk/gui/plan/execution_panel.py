"""집행·완료 tab: for each task of a plan, what was spent against its budget lines (by funding source)
and the day each activity was completed — what the 실행계획 추진 현황 report reads as planned against
done. Every change is undone with 편집 → 실행 취소 (Ctrl+Z)."""

from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSplitter, QTableWidget, QVBoxLayout, QWidget

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.core.figures import Spending
from seecodesk.core.josa import josa
from seecodesk.core.plan import PlanNode
from seecodesk.gui.messages import confirm
from seecodesk.gui.plan.spending_dialog import SpendingDialog
from seecodesk.gui.widgets.tables import cell, current_id, named_button, new_table, select_id
from seecodesk.services.bodies import BodyService
from seecodesk.services.plan import PlanService
from seecodesk.services.plan_execution import ExecutionService
from seecodesk.services.workspace import Workspace

TASK_HEADERS = ("과제", "담당", "세부활동 완료", "예산(원)", "집행액(원)", "집행률")
LINE_HEADERS = ("예산 내역", "예산(원)", "집행액(원)", "집행률")
SPENDING_HEADERS = ("집행일", "예산 내역", "재원", "집행액(원)", "메모")
ACTIVITY_HEADERS = ("세부활동", "계획", "완료일", "상태")


def _rate(spent: int, planned: int) -> str:
    return f"{spent / planned * 100:.0f}%" if planned else "-"


def _fill(table: QTableWidget, rows: list[tuple[int | None, tuple[object, ...]]], right: tuple[int, ...]) -> None:
    table.setRowCount(len(rows))
    for row, (row_id, values) in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, cell(value, row_id if column == 0 else None, column in right))


class ExecutionPanel(QWidget):
    """Spending and completion days of one plan's tasks."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("executionPanel")
        self.plans = PlanService(workspace.db)
        self.execution = ExecutionService(workspace.db)
        self.bodies = BodyService(workspace.db)
        self.today = date.today()
        self.ask_spending = SpendingDialog.ask  # replaceable by tests
        self.nodes: dict[int, PlanNode] = {}
        self.entries: list[Spending] = []
        self.done: dict[int, str] = {}
        self.plan_combo = QComboBox()
        self.plan_combo.setAccessibleName("계획")
        self.plan_combo.currentIndexChanged.connect(lambda _i: self._fill_tasks())
        self.tasks = new_table(TASK_HEADERS, "executionTasks", 0)
        self.tasks.itemSelectionChanged.connect(self._show_task)
        self.summary = QLabel()
        self.summary.setObjectName("executionSummary")
        self.summary.setWordWrap(True)
        self.lines = new_table(LINE_HEADERS, "executionLines", 0)
        self.spending = new_table(SPENDING_HEADERS, "spendingTable", 4)
        self.spending.doubleClicked.connect(lambda _index: self.edit_spending())
        self.activities = new_table(ACTIVITY_HEADERS, "activityTable", 0)
        self.activities.itemSelectionChanged.connect(self._activity_chosen)
        self.done_edit = QLineEdit()
        self.done_edit.setObjectName("doneEdit")
        self.done_edit.setPlaceholderText("예: 2026-03-05")
        self.done_edit.setMaximumWidth(150)
        self.done_edit.returnPressed.connect(self.mark_done)
        self.message = QLabel()
        self.message.setObjectName("executionMessage")
        self._build()

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel("계획"))
        bar.addWidget(self.plan_combo, 1)
        spending_bar = QHBoxLayout()
        spending_bar.addWidget(QLabel("<b>집행 기록</b>"))
        spending_bar.addStretch(1)
        spending_bar.addWidget(named_button("집행 추가", "addSpendingButton", self.add_spending))
        spending_bar.addWidget(named_button("수정", "editSpendingButton", self.edit_spending))
        spending_bar.addWidget(named_button("삭제", "deleteSpendingButton", self.delete_spending))
        done_bar = QHBoxLayout()
        done_bar.addWidget(QLabel("<b>세부활동 완료</b>"))
        done_bar.addStretch(1)
        done_bar.addWidget(QLabel("완료일"))
        done_bar.addWidget(self.done_edit)
        done_bar.addWidget(named_button("완료로 표시", "markDoneButton", self.mark_done))
        done_bar.addWidget(named_button("완료 취소", "clearDoneButton", self.clear_done))
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.lines, 2)
        column.addLayout(spending_bar)
        column.addWidget(self.spending, 3)
        column.addLayout(done_bar)
        column.addWidget(self.activities, 3)
        splitter = QSplitter()
        splitter.addWidget(self.tasks)
        splitter.addWidget(right)
        splitter.setSizes([520, 640])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    # --- showing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the plans and the chosen plan's tasks, keeping the task shown (an old message goes)."""
        self.message.clear()
        keep = self.plan_combo.currentData()
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        now = f"{self.today.year:04d}-{self.today.month:02d}"
        running = None
        for plan in self.plans.plans():
            self.plan_combo.addItem(f"{plan.name} ({plan.start_month} – {plan.end_month})", plan.id)
            if running is None and plan.start_month <= now <= plan.end_month:
                running = plan.id
        index = self.plan_combo.findData(keep if keep is not None else running)
        self.plan_combo.setCurrentIndex(max(0, index))
        self.plan_combo.blockSignals(False)
        self._fill_tasks()

    def _activities_of(self, task_id: int) -> list[PlanNode]:
        def task_of(node: PlanNode) -> int | None:
            while node.parent_id is not None and node.kind != "task":
                node = self.nodes[node.parent_id]
            return node.id if node.kind == "task" else None

        return [n for n in self.nodes.values() if n.kind == "activity" and task_of(n) == task_id]

    def _fill_tasks(self) -> None:
        keep = current_id(self.tasks)
        plan_id = self.plan_combo.currentData()
        self.nodes = {n.id or 0: n for n in self.plans.nodes(plan_id)} if plan_id is not None else {}
        self.done = self.execution.done_days(plan_id) if plan_id is not None else {}
        names = self.bodies.names()
        rows: list[tuple[int | None, tuple[object, ...]]] = []
        for task in (n for n in self.nodes.values() if n.kind == "task"):
            activities = self._activities_of(task.id or 0)
            done = sum(1 for a in activities if a.id in self.done)
            planned = task.task.total if task.task else 0
            spent = sum(line.spent for line in self.execution.lines(task))
            owner = names.get(task.task.body_id or 0, "") if task.task else ""
            rows.append((task.id, (task.label, owner, f"{done}/{len(activities)}", f"{planned:,}", f"{spent:,}",
                                   _rate(spent, planned))))
        self.tasks.blockSignals(True)
        _fill(self.tasks, rows, (2, 3, 4, 5))
        self.tasks.blockSignals(False)
        select_id(self.tasks, keep)
        if current_id(self.tasks) is None and rows:
            self.tasks.selectRow(0)
        self._show_task()

    def task(self) -> PlanNode | None:
        """The task chosen in the list."""
        task_id = current_id(self.tasks)
        return self.nodes.get(task_id) if task_id is not None else None

    def _show_task(self) -> None:
        task = self.task()
        if task is None:
            for table in (self.lines, self.spending, self.activities):
                table.setRowCount(0)
            self.summary.setText("과제를 고르면 예산 내역별 집행과 세부활동 완료를 적을 수 있습니다.")
            return
        lines = self.execution.lines(task)
        _fill(self.lines, [(None, (line.item, f"{line.planned:,}", f"{line.spent:,}", _rate(line.spent, line.planned)))
                           for line in lines], (1, 2, 3))
        self.entries = self.execution.spending(task.id or 0)
        _fill(self.spending, [(e.id, (e.spent_on, e.budget_item, e.funding_source, f"{e.amount:,}", e.note))
                              for e in self.entries], (3,))
        activities = self._activities_of(task.id or 0)
        _fill(self.activities, [(a.id, (a.title, self._months(a), self.done.get(a.id or 0, ""), self._state(a)))
                                for a in activities], ())
        planned, spent = sum(line.planned for line in lines), sum(line.spent for line in lines)
        done = sum(1 for a in activities if a.id in self.done)
        self.summary.setText(f"{task.label}: 세부활동 {len(activities)}개 중 {done}개 완료 · "
                             f"예산 {planned:,}원 중 {spent:,}원 집행 ({_rate(spent, planned)})")

    @staticmethod
    def _months(activity: PlanNode) -> str:
        months = sorted(activity.months)
        if not months:
            return ""
        return months[0] if len(months) == 1 else f"{months[0]} – {months[-1]}"

    def _state(self, activity: PlanNode) -> str:
        if activity.id in self.done:
            return "완료"
        last = max(activity.months) if activity.months else ""
        return "지연" if last and last < f"{self.today.year:04d}-{self.today.month:02d}" else "예정"

    def _after(self, text: str) -> None:
        self._fill_tasks()
        self.message.setText(text)

    # --- spending --------------------------------------------------------------------------------
    def _ask(self, entry: Spending) -> Spending | None:
        task = self.task()
        budget = task.task.budget if task and task.task else []
        return self.ask_spending(self, entry, task.label if task else "", budget, self.execution.save_spending)

    def add_spending(self) -> None:
        task = self.task()
        if task is None:
            self.message.setText("집행을 적을 과제를 먼저 고르세요.")
            return
        blank = Spending(task_id=task.id or 0, budget_item="", amount=0, funding_source="",
                         spent_on=self.today.isoformat())
        saved = self._ask(blank)
        if saved is not None:
            self._after(f"집행을 적었습니다: {saved.budget_item} {saved.amount:,}원 ({saved.funding_source})")
            select_id(self.spending, saved.id)

    def _current_entry(self) -> Spending | None:
        entry_id = current_id(self.spending)
        return next((e for e in self.entries if e.id == entry_id), None)

    def edit_spending(self) -> None:
        entry = self._current_entry()
        if entry is None:
            self.message.setText("고칠 집행 기록을 먼저 고르세요.")
            return
        if self._ask(entry) is not None:
            self._after("집행 기록을 고쳤습니다.")

    def delete_spending(self) -> None:
        entry = self._current_entry()
        if entry is None:
            self.message.setText("지울 집행 기록을 먼저 고르세요.")
            return
        if not confirm(self, "집행 기록 삭제", f"{entry.budget_item} {entry.amount:,}원 집행 기록을 지울까요?\n"
                                             "편집 → 실행 취소(Ctrl+Z)로 되돌릴 수 있습니다."):
            return
        self.execution.delete_spending(entry)
        self._after("집행 기록을 지웠습니다. 되돌리기: 편집 → 실행 취소 (Ctrl+Z)")

    # --- activities done -------------------------------------------------------------------------
    def _activity_chosen(self) -> None:
        activity_id = current_id(self.activities)
        self.done_edit.setText(self.done.get(activity_id or 0, ""))

    def mark_done(self) -> None:
        """완료로 표시: the chosen activity was completed on the day typed (today when left blank)."""
        self._set_done(self.done_edit.text().strip() or self.today.isoformat())

    def clear_done(self) -> None:
        self._set_done("")

    def _set_done(self, typed: str) -> None:
        activity_id = current_id(self.activities)
        if activity_id is None:
            self.message.setText("세부활동을 먼저 고르세요.")
            return
        try:
            day = self.execution.set_done(activity_id, typed)
        except SeeCoDeskError as error:
            self.message.setText(f"⚠ {error}")
            return
        title = self.nodes[activity_id].title
        self._after(f"'{title}'{josa(title, '을')} {day}에 완료로 적었습니다." if day else f"'{title}'의 완료 표시를 지웠습니다.")
        select_id(self.activities, activity_id)
