"""회비 설정: the dues rule (default amount and amounts per category), due date, bank account, texts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.dues import DuesRule, parse_amount
from seecodesk.core.errors import ValidationError
from seecodesk.core.vocab import DESIGNATION_KINDS, LEGAL_FORMS
from seecodesk.gui.widgets.form_dialog import GuardedDialog, form_names, lay_out_form, save_or_show_error
from seecodesk.gui.widgets.screen_fit import fit_to_screen
from seecodesk.services.dues import DuesService, DuesSettings

CATEGORIES = DESIGNATION_KINDS + tuple(f for f in LEGAL_FORMS if f not in DESIGNATION_KINDS)


class DuesSettingsDialog(GuardedDialog):
    """Edits and stores the network's dues settings."""

    def __init__(self, service: DuesService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("회비 설정")
        self.resize(560, 560)
        self.service = service
        current = service.settings()
        self.default_edit = QLineEdit(f"{current.rule.default_amount:,}")
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(["구분 (인증·지정 또는 법인형태)", "회비(원)"])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        for category, amount in current.rule.categories:
            self.add_row(category, amount)
        add, remove = QPushButton("구분 추가"), QPushButton("선택한 구분 빼기")
        add.clicked.connect(lambda: self.add_row(CATEGORIES[0], 0))
        remove.clicked.connect(self.remove_row)
        rows = QHBoxLayout()
        rows.addWidget(add)
        rows.addWidget(remove)
        rows.addStretch(1)
        rule_box = QVBoxLayout()
        rule_box.addWidget(self.table)
        rule_box.addLayout(rows)
        self.due_edit = QLineEdit(current.due_day)
        self.due_edit.setPlaceholderText("03-31")
        self.bank_edit = QLineEdit(current.bank_account)
        self.contact_edit = QLineEdit(current.contact)
        self.text_edit = QPlainTextEdit(current.notice_text)
        self.text_edit.setFixedHeight(90)
        self.text_edit.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow("기본 회비(원)", self.default_edit)
        form.addRow("구분별 회비\n(위에서부터 먼저 맞는 것)", rule_box)
        form.addRow("납부 기한 (월-일)", self.due_edit)
        form.addRow("입금 계좌", self.bank_edit)
        form.addRow("문의처", self.contact_edit)
        form.addRow("안내문 인사말\n({year}는 연도)", self.text_edit)
        self.error = lay_out_form(self, form, self.save)
        self.error.hide()
        fit_to_screen(self)
        self.remember_unchanged()

    def add_row(self, category: str, amount: int) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        combo.addItems(list(CATEGORIES))
        combo.setCurrentText(category)
        self.table.setCellWidget(row, 0, combo)
        self.table.setItem(row, 1, QTableWidgetItem(f"{amount:,}"))

    def remove_row(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def settings(self) -> DuesSettings:
        """What the form holds, checked (ValidationError with a Korean sentence otherwise)."""
        categories = []
        for row in range(self.table.rowCount()):
            combo: QComboBox = self.table.cellWidget(row, 0)  # type: ignore[assignment]
            item = self.table.item(row, 1)
            categories.append((combo.currentText(), parse_amount(item.text() if item else "", f"'{combo.currentText()}' 회비")))
        rule = DuesRule(parse_amount(self.default_edit.text(), "기본 회비"), categories)
        if not rule.is_set:
            raise ValidationError("dues", "기본 회비나 구분별 회비 중 하나는 0원보다 커야 합니다.")
        return DuesSettings(rule=rule, due_day=self.due_edit.text().strip(), bank_account=self.bank_edit.text(),
                            contact=self.contact_edit.text(), notice_text=self.text_edit.toPlainText())

    def save(self) -> None:
        names = form_names(self, {"bank_account": self.bank_edit, "contact": self.contact_edit, "notice_text": self.text_edit})
        save_or_show_error(self, self.error, lambda: self.service.save_settings(self.settings()), names)

    @classmethod
    def ask(cls, service: DuesService, parent: QWidget | None = None) -> bool:
        """Show the dialog; True when settings were saved."""
        return cls(service, parent).exec() == QDialog.DialogCode.Accepted
