"""The task form (ui/plan_task_dialog.ui): code, title, owner body, priority, status, purpose and
targets, process, the city/network role split, budget lines (민, 관; totals computed) and staff.

It saves through the callable it is given, so a validation error keeps the form open with the
Korean message; nothing typed is lost.
"""

from collections.abc import Callable
from copy import deepcopy

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from seecodesk.core.errors import SeeCoDeskError, ValidationErrors
from seecodesk.core.plan import PRIORITIES, STATUSES, BudgetLine, PlanNode, TaskDetails, parse_won
from seecodesk.gui.forms.ui_plan_task_dialog import Ui_PlanTaskDialog
from seecodesk.gui.members.record_table import CellSpec, RecordTable
from seecodesk.gui.messages import named_errors
from seecodesk.gui.widgets.form_dialog import GuardedDialog, form_names
from seecodesk.gui.widgets.screen_fit import fit_to_screen

SaveNode = Callable[[PlanNode], PlanNode]
_FIELD_TABS = {"purpose": 0, "targets": 0, "process": 1, "city_roles": 2, "network_roles": 2, "budget": 3,
               "staffing": 3}


class TaskDialog(GuardedDialog):
    """Edit one task; `saved` holds the stored node after 저장."""

    def __init__(self, parent: QWidget | None, node: PlanNode, bodies: list[tuple[int, str]], save: SaveNode) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanTaskDialog()
        self.ui.setupUi(self)
        fit_to_screen(self)  # a laptop at 125% has 582 of Qt's pixels of height for it
        self._node, self._save = deepcopy(node), save
        self.saved: PlanNode | None = None
        self.setWindowTitle("새 실행과제" if node.id is None else f"실행과제 — {node.label}")
        self.ui.errorLabel.setStyleSheet("color: #b00020;")
        self.ui.errorLabel.setVisible(False)
        self.ui.bodyCombo.addItem("(담당 미정)", None)
        for body_id, name in bodies:
            self.ui.bodyCombo.addItem(name, body_id)
        self.ui.priorityCombo.addItems([p or "(없음)" for p in PRIORITIES])
        self.ui.statusCombo.addItems(list(STATUSES))
        self.budget = RecordTable(self.ui.budgetTable, self.ui.addBudgetButton, self.ui.removeBudgetButton, [
            CellSpec("사업내역", width=300), CellSpec("민 (원)", money=True, width=110),
            CellSpec("관 (원)", money=True, width=110)], new_row=["", "", ""])
        self.ui.budgetTable.itemChanged.connect(self._update_totals)
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("저장")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("취소")
        self._load(node)
        self.remember_unchanged()

    @classmethod
    def ask(cls, parent: QWidget | None, node: PlanNode, bodies: list[tuple[int, str]], save: SaveNode) -> PlanNode | None:
        """Show the form; the stored task, or None when the user cancelled."""
        dialog = cls(parent, node, bodies, save)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _load(self, node: PlanNode) -> None:
        ui, task = self.ui, node.task or TaskDetails()
        ui.codeEdit.setText(node.code)
        ui.titleEdit.setText(node.title)
        ui.flaggedCheck.setChecked(node.flagged)
        ui.bodyCombo.setCurrentIndex(max(0, ui.bodyCombo.findData(task.body_id)) if task.body_id else 0)
        ui.priorityCombo.setCurrentIndex(PRIORITIES.index(task.priority))
        ui.statusCombo.setCurrentText(task.status)
        ui.progressEdit.setText(task.progress_note)
        ui.purposeEdit.setPlainText(task.purpose)
        ui.targetsEdit.setPlainText(task.targets)
        ui.processEdit.setPlainText(task.process)
        ui.cityRolesEdit.setPlainText("\n".join(task.city_roles))
        ui.networkRolesEdit.setPlainText("\n".join(task.network_roles))
        ui.budgetNoteEdit.setText(task.budget_note)
        ui.staffingEdit.setPlainText(task.staffing)
        self.budget.set_rows([[line.item, f"{line.private_amount:,}" if line.private_amount else "",
                               f"{line.public_amount:,}" if line.public_amount else ""] for line in task.budget])
        self._update_totals()

    def node_from_form(self) -> PlanNode:
        """The node as the form shows it (amounts parsed; raises ValidationErrors on bad amounts)."""
        ui = self.ui
        budget, errors = [], {}
        for number, (item, private, public) in enumerate(self.budget.rows(), start=1):
            try:
                budget.append(BudgetLine(str(item), parse_won(private), parse_won(public)))
            except SeeCoDeskError as error:
                errors["budget"] = f"예산 {number}번째 줄: {error}"
        if errors:
            raise ValidationErrors(errors)
        node = deepcopy(self._node)
        node.code, node.title, node.flagged = ui.codeEdit.text(), ui.titleEdit.text(), ui.flaggedCheck.isChecked()
        node.task = TaskDetails(
            body_id=ui.bodyCombo.currentData(), priority=PRIORITIES[ui.priorityCombo.currentIndex()],
            status=ui.statusCombo.currentText(), progress_note=ui.progressEdit.text(),
            purpose=ui.purposeEdit.toPlainText(), targets=ui.targetsEdit.toPlainText(),
            process=ui.processEdit.toPlainText(), staffing=ui.staffingEdit.toPlainText(),
            budget_note=ui.budgetNoteEdit.text(),
            city_roles=ui.cityRolesEdit.toPlainText().split("\n"),
            network_roles=ui.networkRolesEdit.toPlainText().split("\n"), budget=budget)
        return node

    def _update_totals(self) -> None:
        private = public = 0
        for _item, p, q in self.budget.rows():
            try:
                private, public = private + parse_won(p), public + parse_won(q)
            except SeeCoDeskError:
                self.ui.totalsLabel.setText("금액을 숫자로 적어 주세요")
                return
        self.ui.totalsLabel.setText(f"민 {private:,}원 · 관 {public:,}원 · 합계 {private + public:,}원")

    def _accept(self) -> None:
        try:
            self.saved = self._save(self.node_from_form())
        except ValidationErrors as error:
            self._show_errors(error.errors)
            return
        except SeeCoDeskError as error:
            self._show_errors({"": str(error)})
            return
        self.accept()

    def _show_errors(self, errors: dict[str, str]) -> None:
        ui = self.ui
        names = form_names(self, {"code": ui.codeEdit, "title": ui.titleEdit, "progress_note": ui.progressEdit,
                                  "purpose": ui.purposeEdit, "targets": ui.targetsEdit, "process": ui.processEdit,
                                  "city_roles": ui.cityRolesEdit, "network_roles": ui.networkRolesEdit,
                                  "budget_note": ui.budgetNoteEdit, "staffing": ui.staffingEdit})
        self.ui.errorLabel.setText("\n".join(named_errors(errors, names).values()))
        self.ui.errorLabel.setVisible(True)
        tabs = [_FIELD_TABS[f] for f in errors if f in _FIELD_TABS]
        if tabs and "title" not in errors:
            self.ui.tabs.setCurrentIndex(tabs[0])
        if "title" in errors:
            self.ui.titleEdit.setFocus()
