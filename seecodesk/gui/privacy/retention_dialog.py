"""편집 → 개인정보 파기 대상: people whose 보유기간 has passed, with 파기 or 익명화 for the chosen ones or all.

Both ask first, make a backup, cannot be undone, and afterwards say which backups still hold the
people (they leave as the backups age out). The log at the bottom says when and how many, never who.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.dates import paper_date
from seecodesk.core.errors import SeeCoDeskError
from seecodesk.core.history import shown_when
from seecodesk.gui.messages import confirm, show_error

if TYPE_CHECKING:
    from seecodesk.services.privacy import PrivacyService, RetentionEntry
    from seecodesk.services.workspace import Workspace

EXPLANATION = (
    "개인정보 보유기간이 지난 사람입니다 (개인정보 보호법 제21조: 지체 없이 파기). "
    "<b>파기</b>하면 이름·연락처·직책·동의·참석 기록과 변경 이력까지 모두 지우고, 파일 안의 흔적도 지웁니다. "
    "<b>익명화</b>하면 참석·직책 기록은 '(익명)'으로 남기고 이름·연락처·메모·동의는 지웁니다. "
    "어느 쪽이든 되돌릴 수 없으며, 하기 전에 백업을 만듭니다.")


class RetentionDialog(QDialog):
    """파기 대상 and what was done about them."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from seecodesk.services.privacy import PrivacyService

        self.setObjectName("retentionDialog")
        self.setWindowTitle("개인정보 파기 대상")
        self.service: PrivacyService = PrivacyService(workspace.db, workspace.path)
        self.changed = False
        self.entries: list[RetentionEntry] = []
        explanation = QLabel(EXPLANATION)
        explanation.setWordWrap(True)
        self.count_label = QLabel()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["이름", "소속", "파기 기한", "근거"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, label in (("destroy", "고른 사람 파기…"), ("anonymise", "고른 사람 익명화…"),
                           ("destroy_all", "모두 파기…"), ("anonymise_all", "모두 익명화…")):
            button = QPushButton(label)
            button.setAutoDefault(False)  # Enter in the list must never start a deletion: it closes
            button.clicked.connect(lambda _=False, k=key: self.act(k))
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        self.result_label = QLabel()
        self.result_label.setObjectName("retentionResult")
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet("background: #eef4ff; border: 1px solid #c5d5f5; padding: 6px;")
        self.result_label.hide()
        self.log_label = QLabel()
        self.log_label.setWordWrap(True)
        self.log_label.setStyleSheet("color: #555;")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText("닫기")
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.log_label)
        layout.addWidget(close)
        close.button(QDialogButtonBox.StandardButton.Close).setDefault(True)  # in the dialog now, so it holds
        self.resize(860, 540)
        self.reload()

    def reload(self) -> None:
        self.entries = self.service.retention_due()
        self.table.setRowCount(len(self.entries))
        for r, entry in enumerate(self.entries):
            for c, value in enumerate((entry.name, entry.organisation, paper_date(entry.due_on), entry.reason)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        for column in range(3):  # the last column (근거) takes the rest of the width
            self.table.resizeColumnToContents(column)
        self.count_label.setText(f"파기 대상 {len(self.entries)}명" if self.entries else
                                 "보유기간이 지난 사람이 없습니다.")
        for button in self.buttons.values():
            button.setEnabled(bool(self.entries))
        log = self.service.log()[:5]
        self.log_label.setText("처리 기록: " + " · ".join(f"{shown_when(when)} {action} {count}명" for when, action, count, _ in log)
                               if log else "처리 기록: 아직 없습니다.")

    def chosen(self) -> list[RetentionEntry]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.entries[r] for r in rows if r < len(self.entries)]

    def act(self, key: str) -> None:
        """Ask, then 파기 or 익명화 the chosen people (or everyone listed)."""
        people = self.entries if key.endswith("_all") else self.chosen()
        if not people:
            self.result_label.setText("먼저 목록에서 사람을 고르세요.")
            self.result_label.show()
            return
        verb = "파기" if key.startswith("destroy") else "익명화"
        who = f"'{people[0].name}'" if len(people) == 1 else f"'{people[0].name}' 외 {len(people) - 1}명"
        if not confirm(self, f"개인정보 {verb}", f"{who}의 개인정보를 {verb}할까요?\n\n되돌릴 수 없습니다. "
                       "하기 전에 지금 상태를 백업합니다."):
            return
        ids = [p.person_id for p in people]
        try:
            result = self.service.destroy(ids) if verb == "파기" else self.service.anonymise(ids)
        except SeeCoDeskError as error:
            show_error(self, error, f"{verb}하지 못했습니다")
            return
        self.changed = True
        self.result_label.setText(result.message())
        self.result_label.show()
        self.reload()


def show_retention_dialog(parent: QWidget | None, workspace: Workspace) -> bool:
    """Open 파기 대상; True when someone's data was destroyed or anonymised."""
    dialog = RetentionDialog(workspace, parent)
    dialog.exec()
    return dialog.changed
