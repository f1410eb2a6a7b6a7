"""The plan tab: plan chooser and actions, the strategy/task/activity tree, and the schedule grid of
the selected task (or strategy, or the whole plan) with undo of grid changes."""

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from seecodesk.core.dates import month_text
from seecodesk.core.errors import SeeCoDeskError
from seecodesk.core.filenames import name_for_file
from seecodesk.core.josa import josa
from seecodesk.core.periods import GRAIN_LABELS, GRAINS, month_key, periods_between
from seecodesk.core.plan import NODE_KIND_LABELS, Plan, PlanNode, TaskDetails
from seecodesk.gui.messages import confirm, show_error
from seecodesk.gui.plan.dialogs import NodeDialog, PlanDialog
from seecodesk.gui.plan.grid import Cells, GridRow, ScheduleGrid
from seecodesk.gui.plan.task_dialog import TaskDialog
from seecodesk.gui.plan.tree import PlanTree
from seecodesk.services.bodies import BodyService
from seecodesk.services.plan import PlanService
from seecodesk.services.plan_overview import late_task_ids
from seecodesk.services.plan_print import print_task_sheet
from seecodesk.services.workspace import Workspace

_HINT = "칸을 누르거나 끌어서 표시·해제 · 방향키로 움직이고 스페이스로 표시 · Ctrl+Z 되돌리기"
_NODE_ACTIONS = frozenset({"전략 +", "과제 +", "묶음 +", "세부활동 +", "편집…", "삭제", "과제 카드…"})  # the second row


class PlanEditor(QWidget):
    """Everything for editing one plan at a time."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.service = PlanService(workspace.db)
        self.body_service = BodyService(workspace.db)
        self.plan: Plan | None = None
        self.plan_combo = QComboBox()
        self.plan_combo.setAccessibleName("계획")
        # With eleven buttons beside it the combo was squeezed to '2026년 ㅅ': it keeps room for a plan's name,
        # and the buttons give up their padding instead (each still shows its whole label).
        self.plan_combo.setMinimumContentsLength(12)
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_combo.currentIndexChanged.connect(lambda _: self._plan_chosen())
        self.tree = PlanTree(self.move_node)
        self.tree.currentItemChanged.connect(lambda *_: self.show_grid())
        self.tree.itemActivated.connect(lambda *_: self.edit_current())
        self.grid = ScheduleGrid(self.change_marks)
        self.grain = QComboBox()
        for grain in GRAINS:
            self.grain.addItem(f"{GRAIN_LABELS[grain]} 단위", grain)
        self.grain.currentIndexChanged.connect(lambda _: self.show_grid())
        self.info, self.status = QLabel(), QLabel()
        for label in (self.info, self.status):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self._build_layout()
        self._shortcuts()

    def _build_layout(self) -> None:
        # Two rows: the plan and what is done with it whole, then the items of its tree. In one row the eleven
        # buttons made the window 1195 pixels wide, wider than a 1366x768 laptop at 125% or with a larger font.
        bar, node_bar = QHBoxLayout(), QHBoxLayout()
        bar.addWidget(QLabel("계획"))
        bar.addWidget(self.plan_combo, 1)
        actions = (("계획 설정…", self.edit_plan), ("새 계획…", self.new_plan), ("전략 +", lambda: self.add_node("strategy")),
                   ("과제 +", lambda: self.add_node("task")), ("묶음 +", lambda: self.add_node("group")),
                   ("세부활동 +", lambda: self.add_node("activity")), ("편집…", self.edit_current),
                   ("삭제", self.delete_current), ("변경 이력…", self.show_history), ("과제 카드…", self.print_task_sheet),
                   ("인쇄·미리보기…", self.print_schedule))
        self.buttons: dict[str, QPushButton] = {}
        for text, slot in actions:
            button = QPushButton(text)
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(text) + 24)
            button.clicked.connect(slot)
            (node_bar if text in _NODE_ACTIONS else bar).addWidget(button)
            self.buttons[text] = button
        node_bar.addStretch(1)
        grid_bar = QHBoxLayout()
        grid_bar.addWidget(self.grain)
        hint = QLabel(_HINT)
        hint.setStyleSheet("color: #555;")
        grid_bar.addWidget(hint, 1)
        right = QVBoxLayout()
        right.addWidget(self.info)
        right.addLayout(grid_bar)
        right.addWidget(self.grid, 1)
        right.addWidget(self.status)
        right_box = QWidget()
        right_box.setLayout(right)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right_box)
        splitter.setSizes([520, 560])  # the grid needs ~550 px for 12 months; the rest goes to task titles
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(node_bar)
        layout.addWidget(splitter, 1)

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in ((QKeySequence("F2"), self.edit_current), (QKeySequence.StandardKey.Delete, self.delete_current),
                           (QKeySequence("Insert"), self.add_child)):
            QShortcut(keys, self.tree, activated=slot, context=context)
        # Same keys as the other sections, wherever the focus is on this tab (tree or grid).
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_child, context=context)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_schedule, context=context)

    # --- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the plan list and the current plan."""
        keep = self.plan.id if self.plan else None
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in self.service.plans():
            self.plan_combo.addItem(plan.name, plan.id)
        index = self.plan_combo.findData(keep) if keep is not None else 0
        self.plan_combo.setCurrentIndex(max(0, index))
        self.plan_combo.blockSignals(False)
        self._plan_chosen()

    def _plan_chosen(self) -> None:
        plan_id = self.plan_combo.currentData()
        self.plan = self.service.plan(plan_id) if plan_id is not None else None
        if self.plan is not None:
            self.grain.blockSignals(True)
            self.grain.setCurrentIndex(GRAINS.index(self.plan.grain))
            self.grain.blockSignals(False)
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        """Rebuild the tree (keeping the selection) and the grid from the database."""
        current = self.tree.current_node()
        keep = keep if keep is not None else (current.id if current else None)
        if self.plan is None:
            self.tree.show_nodes([], {}, {})
        else:
            self.tree.show_nodes(self.service.nodes(self.plan.id or 0), self.body_service.names(),
                                 late_task_ids(self.workspace.db, self.plan.id or 0), keep)
        self.show_grid()

    def show_history(self) -> None:
        """변경 이력 of the selected task (or strategy, activity): its details, budget and schedule marks."""
        node = self.tree.current_node()
        if node is None:
            return
        from seecodesk.gui.history.dialog import show_record_history

        if show_record_history(self, self.workspace, "plan_nodes", node.id, f"{node.code} {node.title}".strip()):
            self.reload(node.id)

    def open_task(self, task_id: int) -> None:
        """Show the plan holding `task_id` with that task selected."""
        node = self.service.node(task_id)
        self.plan_combo.setCurrentIndex(self.plan_combo.findData(node.plan_id))
        self.tree.select_node(task_id)

    # --- the grid --------------------------------------------------------------------------
    def scope(self) -> PlanNode | None:
        """The task whose grid is shown (the selected task, or the task of a selected activity), a
        selected strategy, or None for the whole plan."""
        node = self.tree.current_node()
        while node is not None and node.kind in ("activity", "group"):
            node = self.tree.nodes.get(node.parent_id)  # type: ignore[arg-type]
        return node

    def show_grid(self) -> None:
        if self.plan is None:
            self.grid.set_content([], [])
            self.info.setText("계획이 없습니다. '새 계획…'으로 시작하세요.")
            return
        scope = self.scope()
        tasks = self.service.schedule(self.plan.id or 0, root_id=scope.id if scope else None)
        many = len(tasks) > 1
        rows = [GridRow(r.node_id, (f"{t.code} " if many else "") + (r.label if r.node_id != t.task_id else f"{t.label} (과제)"),
                        set(r.months)) for t in tasks for r in t.rows]
        periods = periods_between(self.plan.start_month, self.plan.end_month, self.grain.currentData())
        self.grid.set_content(rows, periods)
        self.info.setText(self._info(scope))

    def _info(self, node: PlanNode | None) -> str:
        if node is None or node.kind != "task" or node.task is None:
            span = f"{month_text(self.plan.start_month)} – {month_text(self.plan.end_month)}" if self.plan else ""
            return f"{node.label if node else self.plan.name if self.plan else ''} · {span}"
        t = node.task
        owner = self.body_service.names().get(t.body_id or 0, "미정")
        return (f"{node.label} · 담당 {owner} · 중요 {t.priority or '-'} · {t.status}"
                f"{' (' + t.progress_note + ')' if t.progress_note else ''}\n"
                f"예산 민 {t.private_total:,}원 · 관 {t.public_total:,}원 · 합계 {t.total:,}원")

    def change_marks(self, cells: Cells, on: bool) -> None:
        if not cells:
            return
        try:
            self.service.mark(cells, on)
        except SeeCoDeskError as error:
            show_error(self, error)
        self.status.setText(f"{len(cells)}칸을 {'표시' if on else '지움'}했습니다. (Ctrl+Z 되돌리기)")
        self.reload()

    def undo(self) -> None:
        """Ctrl+Z: put back what the last grid change replaced."""
        restored = self.service.undo_marks()
        self.status.setText("일정 변경을 되돌렸습니다." if restored else "되돌릴 일정 변경이 없습니다.")
        self.reload()

    # --- editing nodes ---------------------------------------------------------------------
    def move_node(self, node_id: int, parent_id: int | None, index: int) -> None:
        try:
            self.service.move_node(node_id, parent_id, index)
        except SeeCoDeskError as error:
            self.status.setText(str(error))
            return
        self.reload(keep=node_id)

    def _parent_for(self, kind: str) -> int | None:
        node = self.tree.current_node()
        wanted = {"strategy": (), "task": ("strategy",), "group": ("task",), "activity": ("task", "group")}[kind]
        while node is not None and node.kind not in wanted:
            node = self.tree.nodes.get(node.parent_id)  # type: ignore[arg-type]
        if node is None and kind in ("group", "activity"):
            raise SeeCoDeskError(f"{NODE_KIND_LABELS[kind]}{josa(NODE_KIND_LABELS[kind], '을')} 넣을 과제를 먼저 고르세요.")
        return node.id if node is not None else None

    def add_node(self, kind: str) -> PlanNode | None:
        if self.plan is None:
            return None
        try:
            parent_id = self._parent_for(kind)
        except SeeCoDeskError as error:
            show_error(self, error)
            return None
        node = PlanNode(plan_id=self.plan.id or 0, kind=kind, title="", parent_id=parent_id,
                        task=TaskDetails() if kind == "task" else None)
        saved = self._edit(node)
        if saved is not None:
            self.reload(keep=saved.id)
        return saved

    def add_child(self) -> None:
        node = self.tree.current_node()
        self.add_node({None: "strategy", "strategy": "task"}.get(node.kind if node else None, "activity"))

    def _edit(self, node: PlanNode) -> PlanNode | None:
        if node.kind == "task":
            return TaskDialog.ask(self, node, self.body_service.ordered_names(), self.service.save_node)
        return NodeDialog.ask(self, node, self.service.save_node)

    def edit_current(self) -> None:
        node = self.tree.current_node()
        if node is not None and self._edit(node) is not None:
            self.reload(keep=node.id)

    def delete_current(self) -> None:
        node = self.tree.current_node()
        if node is None:
            return
        kind = NODE_KIND_LABELS[node.kind]
        if confirm(self, f"{kind} 삭제", f"'{node.label}'{josa(node.label, '과')} 그 아래 항목을 모두 지울까요?"):
            self.service.delete_node(node.id or 0)
            self.reload()

    # --- plans and printing ------------------------------------------------------------------
    def new_plan(self) -> None:
        today = date.today()
        plan = PlanDialog.ask(self, Plan("", month_key(today.year, 1), month_key(today.year, 12), "quarter"),
                              self.service.save_plan)
        if plan is not None:
            self.plan = plan
            self.refresh()

    def edit_plan(self) -> None:
        if self.plan is not None and PlanDialog.ask(self, self.plan, self.service.save_plan) is not None:
            self.refresh()

    def print_schedule(self) -> None:
        if self.plan is None:
            return
        from seecodesk.gui.plan.print_dialog import SchedulePrintDialog

        names = [name for _, name in self.body_service.ordered_names()]
        dialog = SchedulePrintDialog(self.workspace, self.plan, names, self)
        dialog.render()
        dialog.exec()

    def task_sheet_pdf(self) -> Path | None:
        """Write the selected task's one-page sheet to a temporary PDF (None when no task is chosen)."""
        task = self.scope()
        if task is None or task.kind != "task":
            self.status.setText("과제 카드를 볼 과제를 고르세요.")
            return None
        folder = Path(tempfile.mkdtemp(prefix="seecodesk-sheet-"))
        target = folder / name_for_file(f"과제카드 {task.label}.pdf")
        print_task_sheet(self.workspace.db, target, task.id or 0)
        return target

    def print_task_sheet(self) -> None:
        """Preview the selected task's sheet, with save and print."""
        from seecodesk.gui.widgets.pdf_preview import PdfPreviewDialog

        target = self.task_sheet_pdf()
        if target is not None:
            PdfPreviewDialog(target, target.stem, self).exec()
