"""Small forms: a plan's name, span and grain; a strategy, activity group or activity.

Both save through the callable they are given, so a Korean validation message keeps the
form open with what was typed.
"""

from collections.abc import Callable
from copy import deepcopy

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from seecodesk.core.errors import ValidationError
from seecodesk.core.periods import GRAIN_LABELS, GRAINS, parse_period
from seecodesk.core.plan import NODE_KIND_LABELS, Plan, PlanNode
from seecodesk.gui.widgets.form_dialog import GuardedDialog, form_names, lay_out_form, save_or_show_error


class _SavingDialog(GuardedDialog):
    """OK runs `_save_form()`; a SeeCoDeskError shows under the fields and keeps the dialog open."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = lay_out_form(self, self.form, self._accept)
        self.error.setVisible(False)

    def _accept(self) -> None:
        save_or_show_error(self, self.error, self._save_form, form_names(self, self._fields()))

    def _fields(self) -> dict[str, QWidget]:
        """Field name → the widget it is typed in, so a message names the field as the form does."""
        return {}

    def _save_form(self) -> None:
        raise NotImplementedError


class PlanDialog(_SavingDialog):
    """Name, first and last period (2021Q3 … 2022Q4 or 2021-07 … 2022-12) and grain of a plan."""

    def __init__(self, parent: QWidget | None, plan: Plan, save: Callable[[Plan], Plan]) -> None:
        super().__init__(parent, "새 계획" if plan.id is None else f"계획 설정 — {plan.name}")
        self._plan, self._save = plan, save
        self.saved: Plan | None = None
        self.name = QLineEdit(plan.name)
        self.start = QLineEdit(plan.start_month)
        self.end = QLineEdit(plan.end_month)
        self.start.setPlaceholderText("예: 2021Q3 또는 2021-07")
        self.end.setPlaceholderText("예: 2022Q4 또는 2022-12")
        self.grain = QComboBox()
        for grain in GRAINS:
            self.grain.addItem(GRAIN_LABELS[grain], grain)
        self.grain.setCurrentIndex(GRAINS.index(plan.grain))
        self.notes = QLineEdit(plan.notes)
        for label, widget in (("계획 이름(&N)", self.name), ("시작(&S)", self.start), ("끝(&E)", self.end),
                              ("일정 단위(&G)", self.grain), ("메모(&M)", self.notes)):
            self.form.addRow(label, widget)
        self.resize(460, self.sizeHint().height())  # room for a message of two lines beside the fields
        # The rows came after 저장/취소, which had the focus first: typing starts in the first field instead.
        self.name.setFocus()
        self.remember_unchanged()

    @classmethod
    def ask(cls, parent: QWidget | None, plan: Plan, save: Callable[[Plan], Plan]) -> Plan | None:
        dialog = cls(parent, plan, save)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _fields(self) -> dict[str, QWidget]:
        return {"name": self.name, "start_month": self.start, "end_month": self.end, "notes": self.notes}

    def _save_form(self) -> None:
        start = parse_period(self.start.text(), "start_month").first_month
        end = parse_period(self.end.text(), "end_month").last_month
        plan = Plan(self.name.text(), start, end, self.grain.currentData(), self.notes.text(), self._plan.id)
        self.saved = self._save(plan)


class NodeDialog(_SavingDialog):
    """Code, title, * flag, frequency and notes of a strategy, activity group or activity."""

    def __init__(self, parent: QWidget | None, node: PlanNode, save: Callable[[PlanNode], PlanNode]) -> None:
        kind = NODE_KIND_LABELS[node.kind]
        super().__init__(parent, f"새 {kind}" if node.id is None else f"{kind} — {node.title}")
        self._node, self._save = deepcopy(node), save
        self.saved: PlanNode | None = None
        self.code = QLineEdit(node.code)
        self.code.setPlaceholderText("자유롭게: 1, 1-1, ㉠, ① (비워 둬도 됩니다)")
        self.title = QLineEdit(node.title)
        self.flagged = QCheckBox("표시 *(&F)")
        self.flagged.setChecked(node.flagged)
        self.frequency = QLineEdit(node.frequency)
        self.frequency.setPlaceholderText("예: 분기별, 반기별, 월 2회")
        self.notes = QPlainTextEdit(node.notes)
        self.notes.setTabChangesFocus(True)
        self.form.addRow("번호(&C)", self.code)
        self.form.addRow("제목(&T)", self.title)
        self.form.addRow("", self.flagged)
        if node.kind == "activity":
            self.form.addRow("빈도(&Q)", self.frequency)
        self.form.addRow("핵심목표·메모(&M)" if node.kind == "strategy" else "메모(&M)", self.notes)
        self.resize(460, 300)
        self.code.setFocus()  # as in PlanDialog: not on 저장
        self.remember_unchanged()

    @classmethod
    def ask(cls, parent: QWidget | None, node: PlanNode, save: Callable[[PlanNode], PlanNode]) -> PlanNode | None:
        dialog = cls(parent, node, save)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _fields(self) -> dict[str, QWidget]:
        return {"code": self.code, "title": self.title, "frequency": self.frequency, "notes": self.notes}

    def _save_form(self) -> None:
        node = deepcopy(self._node)
        node.code, node.title, node.flagged = self.code.text(), self.title.text(), self.flagged.isChecked()
        node.frequency, node.notes = self.frequency.text(), self.notes.toPlainText()
        if not node.title.strip():
            raise ValidationError("title", "제목을 적어 주세요.")
        self.saved = self._save(node)
