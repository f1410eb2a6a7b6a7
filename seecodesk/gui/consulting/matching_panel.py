"""The matching panel: proposed mentors with a one-line reason each, a confirm button, and the matches made."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from seecodesk.core.consulting import Application
from seecodesk.core.dates import paper_date
from seecodesk.core.errors import SeeCoDeskError
from seecodesk.gui.messages import confirm, show_error
from seecodesk.services.consulting import ConsultingService

RULES = "순서: 일치하는 분야가 많은 멘토 → 여유 인원이 많은 멘토 → 전에 함께한 멘토. 신청 기업 자신과 정원이 찬 멘토는 제외합니다."


class MatchingPanel(QWidget):
    """Proposals for one application; 매칭 확정 stores the chosen one. Emits `changed` after any change."""

    changed = Signal()

    def __init__(self, service: ConsultingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.app: Application | None = None
        self.proposals = QListWidget()
        self.proposals.setObjectName("proposalList")
        self.proposals.itemActivated.connect(lambda _item: self.confirm_selected())
        self.confirm_button = QPushButton("매칭 확정(&M)")
        self.confirm_button.setObjectName("confirmMatchButton")
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.matches = QListWidget()
        self.matches.setObjectName("matchList")
        self.unmatch_button = QPushButton("매칭 해제")
        self.unmatch_button.clicked.connect(self.unmatch_selected)
        rules = QLabel(RULES)
        rules.setWordWrap(True)
        rules.setStyleSheet("color: #555;")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>추천 멘토</b>"))
        layout.addWidget(rules)
        layout.addWidget(self.proposals, 2)
        layout.addLayout(buttons)
        layout.addWidget(QLabel("<b>확정된 매칭</b>"))
        layout.addWidget(self.matches, 1)
        under = QHBoxLayout()
        under.addStretch(1)
        under.addWidget(self.unmatch_button)
        layout.addLayout(under)

    def show_application(self, app: Application | None) -> None:
        """Refill proposals and matches for `app` (None clears the panel)."""
        self.app = app
        self.proposals.clear()
        self.matches.clear()
        open_for_matching = app is not None and app.status in ("접수", "매칭", "진행")
        self.confirm_button.setEnabled(open_for_matching)
        self.unmatch_button.setEnabled(False)
        if app is None:
            return
        for match in self.service.work.matches(int(app.id or 0)):
            item = QListWidgetItem(f"{match.mentor_label} — {paper_date(match.confirmed_on)} 확정 ({match.explanation})")
            item.setData(Qt.ItemDataRole.UserRole, match.id)
            self.matches.addItem(item)
        self.unmatch_button.setEnabled(self.matches.count() > 0 and app.status in ("접수", "매칭"))
        if not open_for_matching:
            self.proposals.addItem(f"'{app.status}' 상태의 신청은 매칭하지 않습니다.")
            return
        result = self.service.work.propose(int(app.id or 0))
        for proposal in result.proposals:
            item = QListWidgetItem(f"{proposal.label} — {proposal.explanation}")
            item.setData(Qt.ItemDataRole.UserRole, proposal.offer_id)
            self.proposals.addItem(item)
        for excluded in result.excluded:
            item = QListWidgetItem(f"{excluded.label} — 제외: {excluded.reason}")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setForeground(QColor("#999999"))
            self.proposals.addItem(item)
        if result.proposals:
            self.proposals.setCurrentRow(0)

    def confirm_selected(self) -> None:
        """The secretary confirms the highlighted proposal."""
        item = self.proposals.currentItem()
        offer_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if self.app is None or offer_id is None:
            show_error(self, SeeCoDeskError("확정할 멘토를 목록에서 고르세요."))
            return
        try:
            self.service.work.confirm(int(self.app.id or 0), int(offer_id))
        except SeeCoDeskError as error:
            show_error(self, error)
            return
        self.changed.emit()

    def unmatch_selected(self) -> None:
        item = self.matches.currentItem()
        if item is None or not confirm(self, "매칭 해제", f"'{item.text().split(' — ')[0]}' 매칭을 해제할까요?"):
            return
        try:
            self.service.work.unmatch(int(item.data(Qt.ItemDataRole.UserRole)))
        except SeeCoDeskError as error:
            show_error(self, error)
            return
        self.changed.emit()
