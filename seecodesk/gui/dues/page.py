"""The 회비 section: a year's dues sheet (every member, due, paid, date, method, receipt, note),
bulk 납부 확인 for the selected rows, the payments with their receipts, and arrears across years.

Why a section of its own rather than a tab of 회원: the dues cycle is a yearly job with its own
tools (rule, notices, receipts, arrears) and its own count on the sidebar, and the 회원 page is the
one the start-up keeps light.

Shortcuts: Ctrl+Return 납부 확인 for the selected rows, Delete removes the selected payment
(Ctrl+Z brings it back with its receipt number), Ctrl+P the receipts of the selected rows.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.dates import paper_date
from seecodesk.core.dues import PAYMENT_METHODS, DuesLine, parse_amount
from seecodesk.core.errors import SeeCoDeskError
from seecodesk.core.josa import josa
from seecodesk.gui.dues.settings_dialog import DuesSettingsDialog
from seecodesk.gui.meetings.side_dialogs import preview_pdf
from seecodesk.gui.messages import show_error
from seecodesk.gui.widgets.tables import read_only_table
from seecodesk.services.dues import DuesService
from seecodesk.services.dues_print import export_dues, print_dues_notice, print_receipt
from seecodesk.services.workspace import Workspace

SHEET_HEADERS = ["회원사", "구분", "부과액", "납부액", "미납액", "상태", "최근 납부일", "방법", "영수증 번호", "메모"]
NAME, CATEGORY, DUE, PAID, BALANCE, STATUS, PAID_ON, METHOD, RECEIPTS, NOTE = range(10)
SHEET_TAB, PAYMENTS_TAB, ARREARS_TAB = range(3)
_STATUS_COLOURS = {"미납": "#b00020", "일부 납부": "#b26a00", "완납": "#1b7f3b", "면제": "#666666"}


def _number_item(value: int, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(f"{value:,}")
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _text_item(value: str, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(value)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class DuesPage(QWidget):
    """회비 대장, 납부 기록 and 미납 현황 for one year at a time."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.service = DuesService(workspace.db)
        self.lines: list[DuesLine] = []
        self._filling = False
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setSuffix("년")
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.paid_on = QDateEdit(QDate.currentDate())
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDisplayFormat("yyyy. M. d.")
        self.method = QComboBox()
        self.method.addItems(list(PAYMENT_METHODS))
        self.confirm_button = QPushButton("납부 확인")
        self.confirm_button.setToolTip("선택한 회원사의 남은 회비를 이 날짜에 받은 것으로 기록하고 영수증 번호를 매깁니다 (Ctrl+Enter)")
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.message = QLabel()
        self.summary = QLabel()
        self.sheet = QTableWidget(0, len(SHEET_HEADERS))
        self.sheet.setObjectName("dues_sheet")
        self.sheet.setHorizontalHeaderLabels(SHEET_HEADERS)
        self.sheet.verticalHeader().setVisible(False)
        self.sheet.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.sheet.setEditTriggers(QTableWidget.EditTrigger.DoubleClicked | QTableWidget.EditTrigger.EditKeyPressed)
        self.sheet.horizontalHeader().setStretchLastSection(True)
        self.sheet.itemChanged.connect(self._item_changed)
        self.payments = read_only_table(["영수증 번호", "회원사", "금액", "납부일", "방법", "메모"], "dues_payments")
        self.payments.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.payments.horizontalHeader().setStretchLastSection(True)
        self.arrears = read_only_table(["회원사", "미납 연도", "미납 합계"], "dues_arrears")
        self.arrears.horizontalHeader().setStretchLastSection(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.sheet, "회비 대장")
        payments_tab = QWidget()
        payments_layout = QVBoxLayout(payments_tab)
        delete = QPushButton("선택한 납부 기록 삭제")
        delete.clicked.connect(self.delete_selected_payment)
        payments_layout.addWidget(self.payments, 1)
        payments_layout.addWidget(delete, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(payments_tab, "납부 기록·영수증")
        self.tabs.addTab(self.arrears, "미납 현황 (여러 해)")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>회비</h2>"))
        layout.addLayout(self._toolbar())
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        for key, slot in ((QKeySequence("Ctrl+Return"), self.confirm_selected),
                          (QKeySequence.StandardKey.Print, self.print_receipts)):
            QShortcut(key, self, activated=slot)
        QShortcut(QKeySequence.StandardKey.Delete, self.payments, activated=self.delete_selected_payment)
        self.reload()

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(QLabel("연도"))
        bar.addWidget(self.year)
        for label, slot, tip in (("회비 설정…", self.edit_settings, "회비 규칙, 납부 기한, 입금 계좌"),
                                 ("부과", self.charge, "아직 부과하지 않은 회원사에 규칙대로 회비를 매깁니다")):
            button = QPushButton(label)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(QLabel("납부일"))
        bar.addWidget(self.paid_on)
        bar.addWidget(self.method)
        bar.addWidget(self.confirm_button)
        bar.addSpacing(12)
        receipts = QPushButton("영수증 인쇄…")
        receipts.clicked.connect(self.print_receipts)
        notices = QPushButton("납부 안내 인쇄")
        menu = QMenu(notices)
        menu.addAction("미납 회원사만…", lambda: self.print_notices(unpaid_only=True))
        menu.addAction("모든 회원사…", lambda: self.print_notices(unpaid_only=False))
        menu.addAction("선택한 회원사…", lambda: self.print_notices(unpaid_only=False, selected=True))
        notices.setMenu(menu)
        export = QPushButton("내보내기…")
        export.clicked.connect(self.export)
        for button in (receipts, notices, export):
            bar.addWidget(button)
        bar.addStretch(1)
        return bar

    # loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        year = self.year.value()
        try:
            self.lines = self.service.sheet(year)
        except SeeCoDeskError as error:
            show_error(self, error)
            return
        self._fill_sheet()
        self._fill_payments(year)
        self._fill_arrears()
        due, paid = sum(x.due for x in self.lines), sum(x.paid for x in self.lines)
        unpaid = [x for x in self.lines if x.balance > 0]
        uncharged = sum(not x.charged for x in self.lines)
        rule_note = "" if self.service.settings().rule.is_set else " · 회비 규칙이 없습니다: '회비 설정…'에서 정해 주세요"
        self.summary.setText(f"{year}년 대상 {len(self.lines)}곳 · 부과 {due:,}원 · 납부 {paid:,}원 · 미납 {len(unpaid)}곳 "
                             f"{sum(x.balance for x in unpaid):,}원" + (f" · 아직 부과 안 함 {uncharged}곳" if uncharged else "")
                             + rule_note)

    def _fill_sheet(self) -> None:
        self._filling = True
        self.sheet.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            name = _text_item(line.name)
            name.setData(Qt.ItemDataRole.UserRole, line.organisation_id)
            status = _text_item(line.status)
            status.setForeground(QColor(_STATUS_COLOURS.get(line.status, "#000000")))
            due = _number_item(line.due, editable=True)
            if not line.charged:
                due.setToolTip("아직 부과하지 않았습니다: 규칙에 따른 금액입니다")
                due.setForeground(QColor("#777777"))
            for column, item in ((NAME, name), (CATEGORY, _text_item(line.category)), (DUE, due),
                                 (PAID, _number_item(line.paid)), (BALANCE, _number_item(line.balance)),
                                 (STATUS, status), (PAID_ON, _text_item(paper_date(line.paid_on, weekday=False))), (METHOD, _text_item(line.method)),
                                 (RECEIPTS, _text_item(", ".join(line.receipts))), (NOTE, _text_item(line.note, True))):
                self.sheet.setItem(row, column, item)
        _fit_columns(self.sheet)
        self._filling = False

    def _fill_payments(self, year: int) -> None:
        payments = self.service.payments(year)
        self.payments.setRowCount(len(payments))
        for row, p in enumerate(payments):
            number = _text_item(p.receipt_number or "(이전 기록)")
            number.setData(Qt.ItemDataRole.UserRole, p.id)
            for column, item in enumerate((number, _text_item(p.organisation_name), _number_item(p.amount),
                                           _text_item(paper_date(p.paid_on, weekday=False)), _text_item(p.method), _text_item(p.note))):
                self.payments.setItem(row, column, item)
        _fit_columns(self.payments)

    def _fill_arrears(self) -> None:
        arrears = self.service.arrears(self.year.value())
        self.arrears.setRowCount(len(arrears))
        for row, a in enumerate(arrears):
            years = ", ".join(f"{y}년 {b:,}원" for y, b in a.years)
            for column, item in enumerate((_text_item(a.name), _text_item(years), _number_item(a.total))):
                self.arrears.setItem(row, column, item)
        _fit_columns(self.arrears)

    # actions --------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.sheet.selectedIndexes()})
        return [self.lines[r].organisation_id for r in rows if r < len(self.lines)]

    def show_organisation(self, organisation_id: int) -> None:
        """Show the sheet with that organisation's row selected (the home screen's 미납 lines)."""
        self.tabs.setCurrentIndex(SHEET_TAB)
        for row, line in enumerate(self.lines):
            if line.organisation_id == organisation_id:
                self.sheet.selectRow(row)
                self.sheet.scrollToItem(self.sheet.item(row, NAME))
                return

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.row() >= len(self.lines):
            return
        line = self.lines[item.row()]
        try:
            if item.column() == DUE:
                self.service.set_due(line.year, line.organisation_id, parse_amount(item.text(), "부과액"))
                self.message.setText(f"{line.name}의 {line.year}년 부과액을 고쳤습니다.")
            elif item.column() == NOTE:
                self.service.set_note(line.year, line.organisation_id, item.text())
        except SeeCoDeskError as error:
            self.message.setText(str(error))
        self.reload()
        self.show_organisation(line.organisation_id)

    def edit_settings(self) -> None:
        if DuesSettingsDialog.ask(self.service, self):
            self.reload()
            self.message.setText("회비 설정을 저장했습니다. 이미 부과한 금액은 그대로입니다.")

    def charge(self) -> None:
        if not self.service.settings().rule.is_set:
            self.message.setText("먼저 '회비 설정…'에서 회비 규칙을 정해 주세요.")
            return
        count = self.service.charge(self.year.value())
        self.reload()
        self.message.setText(f"{count}곳에 {self.year.value()}년 회비를 부과했습니다." if count else "모두 이미 부과되어 있습니다.")

    def confirm_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.message.setText("먼저 대장에서 납부한 회원사를 고르세요 (Ctrl·Shift로 여러 곳).")
            return
        try:
            made = self.service.confirm_paid(self.year.value(), ids, self.paid_on.date().toString("yyyy-MM-dd"),
                                             self.method.currentText())
        except SeeCoDeskError as error:
            show_error(self, error)
            return
        self.reload()
        if made:
            numbers = ", ".join(p.receipt_number or "" for p in made)
            self.message.setText(f"{len(made)}곳의 납부를 확인했습니다. 영수증 번호 {numbers}")
        else:
            self.message.setText("고른 회원사는 이미 모두 납부했습니다.")

    def delete_selected_payment(self) -> None:
        rows = sorted({i.row() for i in self.payments.selectedIndexes()})
        if not rows:
            self.message.setText("먼저 '납부 기록·영수증'에서 지울 기록을 고르세요.")
            return
        payment_id = self.payments.item(rows[0], 0).data(Qt.ItemDataRole.UserRole)
        payment = self.service.delete_payment(payment_id)
        self.reload()
        self.message.setText(f"{payment.organisation_name}의 납부 기록을 지웠습니다 (영수증 번호 "
                             f"{payment.receipt_number or '없음'}{josa(payment.receipt_number or '없음', '은')} 다시 쓰지 않습니다). Ctrl+Z로 되돌립니다.")

    def undo(self) -> None:
        """Ctrl+Z: bring back the payment deleted last."""
        payment = self.service.undo_delete()
        if payment is not None:
            self.reload()
            self.message.setText(f"{payment.organisation_name}의 납부 기록을 되살렸습니다.")

    def print_receipts(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            self.message.setText("영수증을 뽑을 회원사를 대장에서 하나 고르세요.")
            return
        year = self.year.value()
        preview_pdf(self, f"{year}년 회비 영수증", lambda path: print_receipt(self.workspace.db, year, ids[0], path))

    def print_notices(self, unpaid_only: bool, selected: bool = False) -> None:
        year = self.year.value()
        ids = self.selected_ids() if selected else None
        if selected and not ids:
            self.message.setText("안내문을 뽑을 회원사를 대장에서 고르세요.")
            return
        preview_pdf(self, f"{year}년 회비 납부 안내",
                    lambda path: print_dues_notice(self.workspace.db, year, path, unpaid_only, ids))

    def export(self) -> None:
        year = self.year.value()
        path, _ = QFileDialog.getSaveFileName(self, "회비 대장 내보내기", f"{year}년 회비.xlsx",
                                              "엑셀 파일 (*.xlsx);;CSV 파일 (*.csv)")
        if not path:
            return
        try:
            result = export_dues(self.workspace.db, year, path)
        except SeeCoDeskError as error:
            show_error(self, error)
            return
        self.message.setText(f"{result.rows}줄을 내보냈습니다: {result.path}")


def create_page(workspace: Workspace, parent: QWidget | None = None) -> QWidget:
    """The 회비 section's page."""
    return DuesPage(workspace, parent)


def _fit_columns(table: QTableWidget) -> None:
    """Columns as wide as their contents, the last one taking the rest (resizing it to its contents had
    left a band of empty grey on the right of a wide window)."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setStretchLastSection(True)
