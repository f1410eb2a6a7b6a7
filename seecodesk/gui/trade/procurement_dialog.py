"""One public procurement record (공공구매): year and month, purchasing institution and department, the firm
that sold (a member picked from the list, or another firm's name typed), item, contract method, amount
and whether the firm is inside the city (관내); the network's goal; and each institution's whole purchase
total (A) for a year, which the city's table divides by."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from seecodesk.core.figures import CONTRACT_METHODS, ProcurementRecord
from seecodesk.gui.trade.fields import combo_id, organisation_combo
from seecodesk.gui.widgets.form_dialog import GuardedDialog, form_names, lay_out_form, save_or_show_error
from seecodesk.services.figures import ProcurementGoal


def _editable_combo(items: list[str], current: str, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(items)
    combo.setCurrentText(current)
    combo.setObjectName(name)
    return combo


class ProcurementDialog(GuardedDialog):
    """Enter or change a record; `saved` is the stored record after 저장."""

    def __init__(self, parent: QWidget | None, record: ProcurementRecord, names: dict[int, str],
                 institutions: dict[str, list[str]], save: Callable[[ProcurementRecord], ProcurementRecord]) -> None:
        super().__init__(parent)
        self.setWindowTitle("공공구매 실적")
        self.setObjectName("procurementDialog")
        self.record, self._save, self.institutions = record, save, institutions
        self.saved: ProcurementRecord | None = None
        self.year = QSpinBox()
        self.year.setRange(1900, 2999)
        self.year.setValue(record.year)
        self.year.setObjectName("yearSpin")
        self.month = QComboBox()
        self.month.addItems([f"{m}월" for m in range(1, 13)])
        self.month.setCurrentIndex(record.month - 1)
        self.month.setObjectName("monthCombo")
        self.institution = _editable_combo(list(institutions), record.institution, "institutionCombo")
        self.institution.lineEdit().setPlaceholderText("예: 가람시청, 가람교육지원청")
        self.department = _editable_combo([], record.department, "departmentCombo")
        self.institution.currentTextChanged.connect(self._offer_departments)
        self._offer_departments(record.institution)
        self.supplier = organisation_combo(names, record.organisation_id, blank="")
        self.supplier.setObjectName("supplierCombo")
        if record.organisation_id is None:
            self.supplier.setCurrentText(record.supplier)
        self.item = QLineEdit(record.item)
        self.item.setObjectName("itemEdit")
        self.method = _editable_combo(list(CONTRACT_METHODS), record.contract_method, "methodCombo")
        self.amount = QLineEdit(f"{record.amount:,}" if record.amount else "")
        self.amount.setObjectName("amountEdit")
        self.amount.setPlaceholderText("원 단위 (예: 1,200,000 또는 120만)")
        self.local = QCheckBox("관내 업체 (시 안에 있는 업체에서 샀음)")
        self.local.setChecked(record.is_local)
        self.local.setObjectName("localCheck")
        self.note = QLineEdit(record.note)
        self.note.setObjectName("noteEdit")
        self.error = lay_out_form(self, self._form(), self.accept_form)
        self.error.setVisible(False)
        self.resize(560, 400)
        self.remember_unchanged()

    def _form(self) -> QFormLayout:
        when = QHBoxLayout()
        when.addWidget(self.year)
        when.addWidget(QLabel("년"))
        when.addWidget(self.month)
        when.addStretch(1)
        hint = QLabel("회원사가 아니면 업체 이름을 그대로 적으세요.")
        hint.setStyleSheet("color: #555;")
        form = QFormLayout()
        form.addRow("연월", when)
        form.addRow("구매 기관(&I)", self.institution)
        form.addRow("부서(&D)", self.department)
        form.addRow("판매 업체(&S)", self.supplier)
        form.addRow("", hint)
        form.addRow("품목(&T)", self.item)
        form.addRow("계약 방법(&M)", self.method)
        form.addRow("금액(&A)", self.amount)
        form.addRow("", self.local)
        form.addRow("메모", self.note)
        return form

    def _offer_departments(self, institution: str) -> None:
        typed = self.department.currentText()
        self.department.clear()
        self.department.addItems(self.institutions.get(institution.strip(), []))
        self.department.setCurrentText(typed)

    def record_from_form(self) -> ProcurementRecord:
        """What the form holds (the amount as typed: the service reads '120만' and refuses nonsense)."""
        return replace(self.record, year=self.year.value(), month=self.month.currentIndex() + 1,
                       institution=self.institution.currentText(), department=self.department.currentText(),
                       organisation_id=combo_id(self.supplier), supplier=self.supplier.currentText(),
                       item=self.item.text(), contract_method=self.method.currentText(),
                       amount=self.amount.text(), is_local=self.local.isChecked(), note=self.note.text())

    def accept_form(self) -> None:
        def save() -> None:
            self.saved = self._save(self.record_from_form())

        save_or_show_error(self, self.error, save, form_names(self, {"institution": self.institution, "department": self.department, "supplier": self.supplier, "item": self.item, "contract_method": self.method, "amount": self.amount, "note": self.note}))

    @classmethod
    def ask(cls, parent: QWidget | None, record: ProcurementRecord, names: dict[int, str],
            institutions: dict[str, list[str]],
            save: Callable[[ProcurementRecord], ProcurementRecord]) -> ProcurementRecord | None:
        dialog = cls(parent, record, names, institutions, save)
        dialog.exec()
        return dialog.saved


class GoalDialog(GuardedDialog):
    """The network's procurement goal: an amount to reach within some years (e.g. 10억원 in 5 years)."""

    def __init__(self, parent: QWidget | None, goal: ProcurementGoal | None,
                 save: Callable[[str, int, int], ProcurementGoal]) -> None:
        super().__init__(parent)
        self.setWindowTitle("공공구매 목표")
        self.setObjectName("goalDialog")
        self._save = save
        self.saved: ProcurementGoal | None = None
        self.amount = QLineEdit(f"{goal.amount:,}" if goal else "")
        self.amount.setObjectName("goalAmountEdit")
        self.amount.setPlaceholderText("원 단위 (예: 10억원이면 1,000,000,000)")
        self.start = QSpinBox()
        self.start.setRange(1900, 2999)
        self.start.setValue(goal.start_year if goal else date.today().year)
        self.start.setObjectName("goalStartSpin")
        self.years = QSpinBox()
        self.years.setRange(1, 30)
        self.years.setSuffix("년")
        self.years.setValue(goal.years if goal else 5)
        self.years.setObjectName("goalYearsSpin")
        form = QFormLayout()
        form.addRow("목표 금액(&A)", self.amount)
        form.addRow("시작 연도(&S)", self.start)
        form.addRow("기간(&Y)", self.years)
        note = QLabel("기간 안의 공공구매 실적을 모두 더해 목표에 얼마나 다가갔는지 보여 줍니다.")
        note.setWordWrap(True)
        form.addRow(note)
        self.error = lay_out_form(self, form, self.accept_form)
        self.error.setVisible(False)
        self.resize(460, 220)
        self.remember_unchanged()

    def accept_form(self) -> None:
        def save() -> None:
            self.saved = self._save(self.amount.text(), self.start.value(), self.years.value())

        save_or_show_error(self, self.error, save)

    @classmethod
    def ask(cls, parent: QWidget | None, goal: ProcurementGoal | None,
            save: Callable[[str, int, int], ProcurementGoal]) -> ProcurementGoal | None:
        dialog = cls(parent, goal, save)
        dialog.exec()
        return dialog.saved


class TotalsDialog(GuardedDialog):
    """총구매액(A): what each institution bought in a year from every firm, as the city tells it; a blank
    cell means not known yet (the report then leaves B/A empty)."""

    def __init__(self, parent: QWidget | None, year: int, totals: dict[str, int | None],
                 save: Callable[[int, dict[str, str]], object]) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{year}년 기관별 총구매액(A)")
        self.setObjectName("totalsDialog")
        self.year, self._save = year, save
        self.saved = False
        self.table = QTableWidget(len(totals), 2)
        self.table.setObjectName("totalsTable")
        self.table.setHorizontalHeaderLabels(["구매 기관", "총구매액(A) (원)"])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 200)
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        for row, (name, total) in enumerate(totals.items()):
            label = QTableWidgetItem(name)
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, label)
            self.table.setItem(row, 1, QTableWidgetItem(f"{total:,}" if total is not None else ""))
        note = QLabel("기관이 그해 모든 업체에서 산 금액입니다. 시청이 알려 준 대로 적고, 모르면 비워 둡니다. "
                      "'98억'처럼 적어도 됩니다.")
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(note)
        form.addRow(self.table)
        self.error = lay_out_form(self, form, self.accept_form)
        self.error.setVisible(False)
        self.resize(520, 380)
        self.remember_unchanged()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter in the table goes to the next institution, as in a spreadsheet, rather than saving."""
        focus = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and focus is not None and (
                focus is self.table or self.table.isAncestorOf(focus)):
            self.table.setCurrentCell(min(self.table.currentRow() + 1, self.table.rowCount() - 1), 1)
            return
        super().keyPressEvent(event)

    def typed(self) -> dict[str, str]:
        """Institution → the text in its cell."""
        return {self.table.item(r, 0).text(): (self.table.item(r, 1) or QTableWidgetItem()).text()
                for r in range(self.table.rowCount())}

    def accept_form(self) -> None:
        def save() -> None:
            self._save(self.year, self.typed())
            self.saved = True

        save_or_show_error(self, self.error, save)

    @classmethod
    def ask(cls, parent: QWidget | None, year: int, totals: dict[str, int | None],
            save: Callable[[int, dict[str, str]], object]) -> bool:
        dialog = cls(parent, year, totals, save)
        dialog.exec()
        return dialog.saved
