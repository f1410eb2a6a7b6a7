"""Per match: the session log (with the 5 × 100,000원 budget line) and the result report (결과보고서)."""

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.consulting import Application, ResultReport
from seecodesk.core.dates import paper_date
from seecodesk.core.errors import SeeCoDeskError, ValidationErrors
from seecodesk.gui.consulting.session_dialog import SessionDialog, date_edit
from seecodesk.gui.messages import confirm, show_error
from seecodesk.gui.widgets.tables import read_only_table
from seecodesk.services.consulting import ConsultingService

SESSION_COLUMNS = ("일자", "시간", "장소", "다룬 내용", "컨설팅비", "지급일", "멘토", "멘티")
REPORT_PARTS = (("problem", "해결하고자 한 문제"), ("actions", "진행 내용"), ("outcome", "성과"), ("follow_up", "후속 계획"))


class WorkPanel(QWidget):
    """Sessions and report of the chosen match of one application."""

    changed = Signal()
    print_report_requested = Signal(int)

    def __init__(self, service: ConsultingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.app: Application | None = None
        self.match_combo = QComboBox()
        self.match_combo.setObjectName("workMatchCombo")
        self.match_combo.currentIndexChanged.connect(lambda _i: self._show_match())
        self.table = read_only_table(SESSION_COLUMNS, "sessionTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(3, self.table.horizontalHeader().ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_session())
        self.budget = QLabel()
        self.buttons = {name: QPushButton(text) for name, text in
                        (("add", "상담 추가(&A)"), ("edit", "수정"), ("delete", "삭제"))}
        self.buttons["add"].clicked.connect(self.add_session)
        self.buttons["edit"].clicked.connect(self.edit_session)
        self.buttons["delete"].clicked.connect(self.delete_session)
        self.report_edits = {name: QPlainTextEdit() for name, _ in REPORT_PARTS}
        self.written_on = date_edit("")
        self.author = QLineEdit()
        self.save_report_button = QPushButton("결과보고서 저장(&R)")
        self.save_report_button.clicked.connect(self.save_report)
        self.print_button = QPushButton("결과보고서 인쇄…")
        self.print_button.clicked.connect(self.print_report)
        self._shown_match = 0  # the match whose report the boxes were filled from, and what they held then
        self._shown_report: tuple[str, ...] = ()
        self._layout()

    def _layout(self) -> None:
        top = QHBoxLayout()
        caption = QLabel("매칭(&M)")
        caption.setBuddy(self.match_combo)  # without a buddy the label shows a literal '&M'
        top.addWidget(caption)
        top.addWidget(self.match_combo, 1)
        self.budget.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in self.buttons.values():
            row.addWidget(button)
        report = QGroupBox("결과보고서")
        form = QFormLayout(report)
        for name, label in REPORT_PARTS:
            self.report_edits[name].setTabChangesFocus(True)
            self.report_edits[name].setMaximumHeight(56)
            form.addRow(label, self.report_edits[name])
        signer = QHBoxLayout()
        signer.addWidget(self.written_on)
        signer.addWidget(QLabel("작성자"))
        signer.addWidget(self.author, 1)
        form.addRow("작성일", signer)
        report_buttons = QHBoxLayout()
        report_buttons.addStretch(1)
        report_buttons.addWidget(self.save_report_button)
        report_buttons.addWidget(self.print_button)
        form.addRow(report_buttons)
        # The report's many boxes used to squeeze the sessions table to one row on a laptop screen:
        # the table keeps room for a few sessions and the report scrolls instead.
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 4 * rows + 4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(report)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.budget)
        layout.addLayout(row)
        layout.addWidget(scroll, 3)

    def show_application(self, app: Application | None, keep_match: int | None = None) -> None:
        self.app = app
        self.match_combo.blockSignals(True)
        self.match_combo.clear()
        for match in self.service.work.matches(int(app.id or 0)) if app else []:
            self.match_combo.addItem(f"{match.mentor_label} ({paper_date(match.confirmed_on)} 확정)", match.id)
        index = self.match_combo.findData(keep_match) if keep_match else 0
        self.match_combo.setCurrentIndex(max(0, index))
        self.match_combo.blockSignals(False)
        self._show_match()

    def match_id(self) -> int:
        data = self.match_combo.currentData()
        return int(data) if data is not None else 0

    def _show_match(self) -> None:
        match_id = self.match_id()
        sessions = self.service.work.sessions(match_id) if match_id else []
        self.table.setRowCount(len(sessions))
        for row, s in enumerate(sessions):
            place = f"{s.place} (온라인)" if s.online and "온라인" not in s.place else s.place
            values = (s.held_on, f"{s.hours:g}", place, s.topics, f"{s.fee:,}", s.paid_on or "미지급",
                      "확인" if s.mentor_signed else "", "확인" if s.mentee_signed else "")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                self.table.setItem(row, column, item)
        self.budget.setText(self.service.work.budget(match_id).summary() if match_id else "매칭이 없습니다.")
        for button in (*self.buttons.values(), self.save_report_button, self.print_button):
            button.setEnabled(bool(match_id))
        if self._report_typed():
            if match_id == self._shown_match:
                return  # the same match shown again (a session added): what is typed in the report stays
            self._offer_to_save_report()
        report = self.service.work.report(match_id) if match_id else ResultReport(match_id=0)
        for name, edit in self.report_edits.items():
            edit.setPlainText(getattr(report, name))
        self.written_on.setDate(date_edit(report.written_on).date())
        self.author.setText(report.author)
        self._shown_match, self._shown_report = match_id, self._report_texts()

    def _report_texts(self) -> tuple[str, ...]:
        return (*(edit.toPlainText() for edit in self.report_edits.values()),
                self.written_on.date().toString("yyyy-MM-dd"), self.author.text())

    def _report_typed(self) -> bool:
        return bool(self._shown_match) and self._report_texts() != self._shown_report

    def _offer_to_save_report(self) -> None:
        """Another match is about to be shown over a report typed and not saved: ask before it goes."""
        from PySide6.QtWidgets import QMessageBox

        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self, "결과보고서", "결과보고서에 저장하지 않은 내용이 있습니다. 저장할까요?\n"
                                      "(아니요를 누르면 입력한 내용이 사라집니다)", buttons.Yes | buttons.No, buttons.Yes)
        if answer == buttons.Yes:  # Enter keeps the typing
            self._store_report(self._shown_match)

    def _selected_session(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def add_session(self) -> None:
        if self.match_id() and SessionDialog.ask(self, self.service.work.next_session(self.match_id()),
                                                 self.service.work.save_session):
            self.changed.emit()

    def edit_session(self) -> None:
        session_id = self._selected_session()
        if session_id is None:
            return
        session = next(s for s in self.service.work.sessions(self.match_id()) if s.id == session_id)
        if SessionDialog.ask(self, session, self.service.work.save_session):
            self.changed.emit()

    def delete_session(self) -> None:
        session_id = self._selected_session()
        if session_id is not None and confirm(self, "상담 기록 삭제", "선택한 상담 기록을 삭제할까요? (Ctrl+Z로 되돌릴 수 있습니다)"):
            self.service.work.delete_session(session_id)
            self.changed.emit()

    def save_report(self) -> None:
        """Store the 결과보고서 as typed; a bad field shows its message and nothing is lost."""
        if self._store_report(self.match_id()):
            self._shown_report = self._report_texts()
            self.changed.emit()

    def print_report(self) -> None:
        """Print the report as typed: unsaved typing is saved first, so the paper matches the screen."""
        if self.match_id() and (not self._report_typed() or self._store_report(self.match_id())):
            self._shown_report = self._report_texts()
            self.print_report_requested.emit(self.match_id())

    def _store_report(self, match_id: int) -> bool:
        report = replace(self.service.work.report(match_id),
                         **{name: edit.toPlainText() for name, edit in self.report_edits.items()},
                         written_on=self.written_on.date().toString("yyyy-MM-dd"), author=self.author.text())
        try:
            self.service.work.save_report(report)
        except (ValidationErrors, SeeCoDeskError) as error:
            show_error(self, error, "결과보고서 저장", {**dict(REPORT_PARTS), "author": "작성자", "written_on": "작성일"})
            return False
        return True
