"""The selected application: summary and history, status moves, printing, matching and the work log."""


from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QMenu, QPushButton, QTabWidget, QVBoxLayout, QWidget

from seecodesk.core.consulting import Application
from seecodesk.core.consulting_status import possible_moves
from seecodesk.core.dates import paper_date
from seecodesk.core.errors import SeeCoDeskError
from seecodesk.core.josa import josa
from seecodesk.gui.consulting.matching_panel import MatchingPanel
from seecodesk.gui.consulting.work_panel import WorkPanel
from seecodesk.gui.messages import confirm, show_error
from seecodesk.services.consulting import ConsultingService

MOVE_LABELS = {"접수": "다시 접수로", "매칭": "매칭으로", "진행": "진행 시작", "완료": "완료 처리", "취소": "신청 취소…"}


class ApplicationPanel(QWidget):
    """Right-hand side of the board. `changed(app_id)` asks the page to refresh; `edit_requested` opens the form."""

    changed = Signal(int)
    edit_requested = Signal(int)
    print_form_requested = Signal(int)
    print_report_requested = Signal(int)

    def __init__(self, service: ConsultingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.app: Application | None = None
        self.summary = QLabel()
        self.summary.setObjectName("applicationSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(self.summary.textFormat().PlainText)
        self.edit_button = QPushButton("신청서 수정(&E)")
        self.edit_button.clicked.connect(lambda: self.app and self.edit_requested.emit(self.app.id))
        self.status_button = QPushButton("상태 변경(&S)")
        self.status_menu = QMenu(self)
        self.status_button.setMenu(self.status_menu)
        self.print_button = QPushButton("신청서 인쇄(&P)…")
        self.print_button.clicked.connect(lambda: self.app and self.print_form_requested.emit(self.app.id))
        self.member_button = QPushButton("회원사로 등록")
        self.member_button.clicked.connect(self.make_member)
        self.delete_button = QPushButton("삭제")
        self.delete_button.clicked.connect(self.delete)
        self.matching = MatchingPanel(service)
        self.work = WorkPanel(service)
        self.matching.changed.connect(self._emit_changed)
        self.work.changed.connect(self._emit_changed)
        self.work.print_report_requested.connect(self.print_report_requested)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.matching, "멘토 매칭")
        self.tabs.addTab(self.work, "상담 기록·결과보고서")
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.status_button, self.print_button, self.member_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self.show_application(None)

    def _emit_changed(self) -> None:
        if self.app is not None:
            self.changed.emit(int(self.app.id or 0))

    def show_application(self, app: Application | None) -> None:
        """Show `app` (None: nothing chosen)."""
        self.app = app
        for button in (self.edit_button, self.status_button, self.print_button, self.delete_button):
            button.setEnabled(app is not None)
        self.member_button.setEnabled(app is not None and app.organisation_id is None)
        self.summary.setText(self._summary(app) if app else "왼쪽 보드에서 신청서를 고르세요.")
        self.status_menu.clear()
        for status in possible_moves(app.status) if app else ():
            action = self.status_menu.addAction(MOVE_LABELS[status])
            action.triggered.connect(lambda _=False, s=status: self.move(s))
        keep = self.work.match_id() if self.work.app is not None and app is not None and self.work.app.id == app.id else None
        self.matching.show_application(app)
        self.work.show_application(app, keep)

    def _summary(self, app: Application) -> str:
        names = self.service.field_names()
        fields = [names[f] for f in app.field_ids if f in names] + ([f"기타({app.other_field})"] if app.other_checked else [])
        history = " → ".join(f"{h.status} {paper_date(h.changed_on)}" for h in self.service.history(int(app.id or 0)))
        member = "회원사" if app.organisation_id is not None else "비회원"
        lines = [f"{app.company_name} ({member}) · 접수번호 {app.receipt_number} · 상태 {app.status}",
                 f"신청 분야: {', '.join(fields) or '없음'} · 대표 {app.representative or '-'} · 총괄책임자 "
                 f"{app.manager_name or '-'} {app.manager_mobile}", f"경과: {history}"]
        if app.cancel_reason:
            lines.append(f"취소 사유: {app.cancel_reason}")
        return "\n".join(lines)

    def move(self, status: str) -> None:
        """A status move from the menu; 취소 asks for the reason."""
        if self.app is None:
            return
        reason = ""
        if status == "취소":
            reason, ok = QInputDialog.getText(self, "신청 취소", "취소 사유를 적어 주세요:")
            if not ok:
                return
        try:
            self.service.move(int(self.app.id or 0), status, reason=reason)
        except SeeCoDeskError as error:
            show_error(self, error)
            return
        self._emit_changed()

    def make_member(self) -> None:
        if self.app is None or not confirm(self, "회원사로 등록", f"'{self.app.company_name}'{josa(self.app.company_name, '을')} 회원사 명단에 등록할까요?"):
            return
        try:
            self.service.make_member(int(self.app.id or 0))
        except SeeCoDeskError as error:
            show_error(self, error)
            return
        self._emit_changed()

    def delete(self) -> None:
        if self.app is None or not confirm(self, "신청서 삭제",
                                           f"'{self.app.company_name}' 신청서를 삭제할까요? (Ctrl+Z로 되돌릴 수 있습니다)"):
            return
        self.service.delete_application(int(self.app.id or 0))
        self.changed.emit(0)


