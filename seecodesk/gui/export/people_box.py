"""The 내보내기 page's box for people lists: the people list (CSV/XLSX, contacts only under 제3자 제공
consent), a body's 연락망 (PDF or table, phones masked without consent) and the members' mailing
labels on the label sheet chosen by name. What was written, and what was withheld, is said under
the buttons; a problem (a file in use, an unknown body) is said there too, in red.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.core.label_sheets import DEFAULT_SHEET, LABEL_SHEETS
from seecodesk.gui.file_dialogs import save_file_name, wrappable
from seecodesk.storage.problems import known_problem

if TYPE_CHECKING:
    from seecodesk.services.workspace import Workspace

ERROR_STYLE = "color: #b00020;"


class PeopleListsBox(QGroupBox):
    """Buttons for 사람 명단, 연락망 and 주소 라벨, with the body and the label sheet to use."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__("사람 명단 · 연락망 · 주소 라벨", parent)
        self.workspace = workspace
        self.people_button = self._button("사람 명단 내보내기…", "export_people", self.export_people,
                                          "이름·소속·직함·연락처·역할 (제3자 제공에 동의한 연락처만)")
        self.body_combo = QComboBox()
        self.body_combo.setObjectName("contacts_body")
        self.contacts_button = self._button("연락망 저장…", "print_contacts", self.print_contacts,
                                            "고른 분과·기구의 연락망 (PDF, 또는 CSV·엑셀). 동의하지 않은 번호는 가립니다")
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("label_sheet")
        for index, sheet in enumerate(LABEL_SHEETS):
            self.sheet_combo.addItem(f"{sheet.name} 라벨 ({sheet.per_page}칸)", sheet.name)
            self.sheet_combo.setItemData(index, sheet.description, Qt.ItemDataRole.ToolTipRole)
        self.sheet_combo.setCurrentIndex(self.sheet_combo.findData(DEFAULT_SHEET))
        self.labels_button = self._button("주소 라벨 저장…", "print_labels", self.print_labels,
                                          "회원사마다 주소·기관명·대표 귀하를 A4 라벨 용지에")
        self.message = QLabel()
        self.message.setObjectName("people_lists_message")
        self.message.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addWidget(self.people_button, 0, 0, 1, 2)
        grid.addWidget(self.body_combo, 1, 0)
        grid.addWidget(self.contacts_button, 1, 1)
        grid.addWidget(self.sheet_combo, 2, 0)
        grid.addWidget(self.labels_button, 2, 1)
        grid.addWidget(self.message, 3, 0, 1, 2)
        self.refresh()

    def _button(self, text: str, name: str, handler: Callable[[], None], tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(handler)
        return button

    def refresh(self) -> None:
        """List the bodies again (one may have been added in 분과·기구)."""
        from seecodesk.services.bodies import BodyService

        keep = self.body_combo.currentData()
        self.body_combo.clear()
        for body_id, name in BodyService(self.workspace.db).ordered_names():
            self.body_combo.addItem(name, body_id)
        index = self.body_combo.findData(keep)
        self.body_combo.setCurrentIndex(max(index, 0))
        self.contacts_button.setEnabled(self.body_combo.count() > 0)

    def choose_target(self, title: str, suggested: str, file_filter: str) -> str:
        """Where to save (the save dialog); '' when cancelled."""
        return save_file_name(self, title, "people_lists", suggested, file_filter)

    def export_people(self) -> None:
        from seecodesk.services.people_lists import export_people

        target = self.choose_target("사람 명단 저장", "사람 명단.xlsx", "엑셀 파일 (*.xlsx);;CSV, UTF-8 BOM (*.csv)")
        if target:
            self._run(lambda: export_people(self.workspace.db, target),
                      lambda r: f"사람 명단 {r[0].rows:,}줄을 저장했습니다: {Path(target).name}"
                                + (f" — {r[1].notice()}" if r[1].count else ""))

    def print_contacts(self) -> None:
        from seecodesk.services.people_lists import print_contacts

        body = self.body_combo.currentText()
        target = self.choose_target("연락망 저장", f"{body} 연락망.pdf",
                                    "PDF 파일 (*.pdf);;CSV, UTF-8 BOM (*.csv);;엑셀 파일 (*.xlsx)")
        if target:
            self._run(lambda: print_contacts(self.workspace.db, str(self.body_combo.currentData()), target),
                      lambda r: f"{r.body} 연락망 {len(r.rows)}명을 저장했습니다: {Path(target).name}"
                                + (f" — {r.notice()}" if r.withheld.count else ""))

    def print_labels(self) -> None:
        from seecodesk.services.people_lists import print_labels

        sheet = str(self.sheet_combo.currentData())
        target = self.choose_target("주소 라벨 저장", f"주소 라벨 {sheet}.pdf", "PDF 파일 (*.pdf)")
        if target:
            self._run(lambda: print_labels(self.workspace.db, target, sheet),
                      lambda r: f"주소 라벨 {r.labels}장({r.pages}쪽)을 저장했습니다: {Path(target).name}"
                                + (f" — 주소가 없어 뺀 회원사 {len(r.without_address)}곳" if r.without_address else ""))

    def _run(self, work: Callable[[], object], describe: Callable[..., str]) -> None:
        try:
            result = work()
        except SeeCoDeskError as error:
            self._say(str(error), error=True)
            return
        except OSError as error:
            problem = known_problem(error)
            self._say(str(problem) if problem else f"파일을 저장하지 못했습니다: {error.strerror}", error=True)
            return
        self._say(wrappable(f"✔ {describe(result)}"))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
