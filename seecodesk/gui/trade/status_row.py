"""The row under the agreements list that changes the chosen agreement's status in one click.

체결 → 유효 → 만료 or 해지 (and back, for a renewal): one button per status, the current one greyed
out, on the date in the box beside them (today unless changed). After a change a 되돌리기 button
offers to take it back; 편집 → 실행 취소 does the same from anywhere.
"""

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from seecodesk.core.dates import paper_date
from seecodesk.core.trade import AGREEMENT_STATUSES, Agreement
from seecodesk.gui.trade.fields import date_edit, iso


class StatusRow(QWidget):
    """Status buttons for the agreement chosen in the list; `chosen` carries the status clicked."""

    chosen = Signal(str)
    undo_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel("고른 협약의 상태 바꾸기:"))
        self.buttons: dict[str, QPushButton] = {}
        for status in AGREEMENT_STATUSES:
            button = QPushButton(f"{status}로")
            button.setObjectName(f"status_{status}")
            button.setToolTip(f"고른 협약을 '{status}' 상태로 바꿉니다. 날짜는 오른쪽 칸의 날짜입니다.")
            button.clicked.connect(lambda _checked=False, s=status: self.chosen.emit(s))
            row.addWidget(button)
            self.buttons[status] = button
        row.addWidget(QLabel("날짜"))
        self.day = date_edit(date.today().isoformat())
        self.day.setObjectName("statusDate")
        row.addWidget(self.day)
        self.now = QLabel()
        self.now.setObjectName("statusNow")
        row.addWidget(self.now)
        row.addStretch(1)
        self.undo_button = QPushButton("되돌리기")
        self.undo_button.setObjectName("undoStatusButton")
        self.undo_button.setToolTip("방금 바꾼 상태를 되돌립니다 (편집 → 실행 취소와 같습니다).")
        self.undo_button.clicked.connect(self.undo_clicked)
        self.undo_button.hide()
        row.addWidget(self.undo_button)
        self.show_agreement(None)

    def show_agreement(self, agreement: Agreement | None) -> None:
        """Grey out the agreement's own status (every button when none is chosen) and say what it is now."""
        for status, button in self.buttons.items():
            button.setEnabled(agreement is not None and status != agreement.status)
        if agreement is None:
            self.now.setText("")
        else:
            since = f" ({paper_date(agreement.status_on)}부터)" if agreement.status_on else ""
            self.now.setText(f"지금: <b>{agreement.status}</b>{since}")

    def date(self) -> str:
        """The date the change takes effect, as ISO text."""
        return iso(self.day)
