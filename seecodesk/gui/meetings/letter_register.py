"""The 발송 대장 tab: every letter (공문) sent, with its number; date, recipient, title, attachment and
note are edited in the table, the number never changes; the register exports to CSV/XLSX."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.core.josa import josa
from seecodesk.gui.messages import confirm, show_error
from seecodesk.services.letters import REGISTER_HEADERS, LetterService
from seecodesk.storage.letters import Letter

NUMBER, SENT_ON, RECIPIENT, TITLE, ATTACHMENT, NOTE = range(6)
_FIELDS = {SENT_ON: "sent_on", RECIPIENT: "recipient", TITLE: "title", ATTACHMENT: "attachment", NOTE: "note"}


class LetterRegister(QWidget):
    """The register as an editable table."""

    def __init__(self, service: LetterService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.letters: list[Letter] = []
        self._filling = False
        self.table = QTableWidget(0, len(REGISTER_HEADERS))
        self.table.setObjectName("letter_register")
        self.table.setHorizontalHeaderLabels(REGISTER_HEADERS)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._edited)
        self.message = QLabel()
        buttons = QHBoxLayout()
        for label, slot in (("새 공문 번호 받기", self.add), ("선택한 줄 삭제", self.delete_selected),
                            ("내보내기…", self.export)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        self.letters = self.service.letters()
        self._filling = True
        self.table.setRowCount(len(self.letters))
        for row, letter in enumerate(self.letters):
            values = (letter.number, letter.sent_on, letter.recipient, letter.title, letter.attachment, letter.note)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == NUMBER:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setToolTip("문서번호는 바뀌지 않습니다")
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._filling = False

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() not in _FIELDS:
            return
        letter = self.letters[item.row()]
        try:
            self.service.update(letter.id or 0, **{_FIELDS[item.column()]: item.text()})
            self.message.setText(f"{letter.number}{josa(letter.number, '을')} 고쳤습니다.")
        except SeeCoDeskError as error:
            self.message.setText(str(error))
        self.reload()

    def add(self) -> None:
        """A new number for a letter sent by other means (제목 and 수신 are typed in the table)."""
        letter = self.service.register("(제목을 적어 주세요)", "")
        self.reload()
        row = len(self.letters) - 1
        self.table.setCurrentCell(row, TITLE)
        self.message.setText(f"{letter.number} 번호를 받았습니다. 제목과 수신을 적어 주세요.")

    def delete_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if not rows or not confirm(self, "발송 대장", f"{len(rows)}줄을 지울까요? 지운 번호는 다시 쓰지 않습니다."):
            return
        for row in rows:
            self.service.delete(self.letters[row].id or 0)
        self.reload()

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "발송 대장 내보내기", "발송 대장.xlsx", "엑셀 파일 (*.xlsx);;CSV 파일 (*.csv)")
        if not path:
            return
        try:
            result = self.service.export(path)
        except SeeCoDeskError as error:
            show_error(self, error)
            return
        self.message.setText(f"{result.rows}줄을 내보냈습니다: {result.path}")
