"""One spending entry (집행) of a task: which budget line it was spent on, the funding source (시비, 도비,
국비, 자담, 민간), amount and day."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from seecodesk.core.figures import FUNDING_SOURCES, PUBLIC_SOURCES, Spending
from seecodesk.core.plan import BudgetLine
from seecodesk.gui.widgets.form_dialog import GuardedDialog, form_names, lay_out_form, save_or_show_error


class SpendingDialog(GuardedDialog):
    """Enter or change a spending entry; `saved` is the stored entry after 저장."""

    def __init__(self, parent: QWidget | None, spending: Spending, task_label: str, budget: list[BudgetLine],
                 save: Callable[[Spending], Spending]) -> None:
        super().__init__(parent)
        self.setWindowTitle("집행 기록")
        self.setObjectName("spendingDialog")
        self.spending, self._save, self.budget = spending, save, budget
        self.saved: Spending | None = None
        self.item = QComboBox()
        self.item.setEditable(True)
        self.item.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.item.setObjectName("budgetItemCombo")
        for line in budget:
            self.item.addItem(line.item)
        self.item.setCurrentText(spending.budget_item or (budget[0].item if budget else ""))
        self.source = QComboBox()
        self.source.addItems(FUNDING_SOURCES)
        self.source.setObjectName("sourceCombo")
        self.source.setCurrentText(spending.funding_source or self._usual_source(self.item.currentText()))
        self.item.activated.connect(lambda _i: self.source.setCurrentText(self._usual_source(self.item.currentText())))
        self.amount = QLineEdit(f"{spending.amount:,}" if spending.amount else "")
        self.amount.setObjectName("spendingAmountEdit")
        self.amount.setPlaceholderText("원 단위 (예: 1,200,000 또는 120만)")
        self.spent_on = QLineEdit(spending.spent_on)
        self.spent_on.setObjectName("spentOnEdit")
        self.spent_on.setPlaceholderText("예: 2026-03-05 (모르면 비움)")
        self.note = QLineEdit(spending.note)
        self.note.setObjectName("spendingNoteEdit")
        form = QFormLayout()
        form.addRow("과제", QLabel(task_label))
        form.addRow("예산 내역(&I)", self.item)
        form.addRow("재원(&F)", self.source)
        form.addRow("집행액(&A)", self.amount)
        form.addRow("집행일(&D)", self.spent_on)
        form.addRow("메모", self.note)
        self.error = lay_out_form(self, form, self.accept_form)
        self.error.setVisible(False)
        self.resize(520, 300)
        self.remember_unchanged()

    def _usual_source(self, item: str) -> str:
        """시비 for a line paid by the city (관), 자담 for one the network pays (민)."""
        line = next((b for b in self.budget if b.item == item), None)
        return PUBLIC_SOURCES[0] if line is None or line.public_amount >= line.private_amount else "자담"

    def spending_from_form(self) -> Spending:
        """What the form holds (the amount and day as typed: the service reads and checks them)."""
        return replace(self.spending, budget_item=self.item.currentText(), funding_source=self.source.currentText(),
                       amount=self.amount.text(), spent_on=self.spent_on.text(), note=self.note.text())

    def accept_form(self) -> None:
        def save() -> None:
            self.saved = self._save(self.spending_from_form())

        save_or_show_error(self, self.error, save, form_names(self, {"budget_item": self.item, "amount": self.amount, "spent_on": self.spent_on, "note": self.note}))

    @classmethod
    def ask(cls, parent: QWidget | None, spending: Spending, task_label: str, budget: list[BudgetLine],
            save: Callable[[Spending], Spending]) -> Spending | None:
        dialog = cls(parent, spending, task_label, budget, save)
        dialog.exec()
        return dialog.saved
