"""The 멘토·분야 tab: mentor offers with their load, and the editable list of consulting fields."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.consulting import ConsultingField, MentorOffer
from seecodesk.core.errors import SeeCoDeskError
from seecodesk.gui.consulting.mentor_dialog import MentorDialog
from seecodesk.gui.messages import confirm, show_error
from seecodesk.gui.widgets.tables import read_only_table
from seecodesk.services.consulting import ConsultingService

COLUMNS = ("멘토 기업", "담당자", "분야", "정원", "현재 멘티", "활동 기간", "가능한 시간")


def period_text(offer: MentorOffer) -> str:
    """'2022-03-01 ~ 2023-02-28' like the other tables' periods; an open end reads '2022-03-01부터', not a cut-off '~'."""
    if offer.starts_on and offer.ends_on:
        return f"{offer.starts_on} ~ {offer.ends_on}"
    if offer.starts_on:
        return f"{offer.starts_on}부터"
    return f"{offer.ends_on}까지" if offer.ends_on else ""


class MentorsTab(QWidget):
    """Mentors list/editor and the field list editor."""

    def __init__(self, service: ConsultingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.table = read_only_table(COLUMNS, "mentorTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_mentor())
        self.fields = QListWidget()
        self.fields.setObjectName("fieldList")
        mentor_buttons = self._buttons((("멘토 추가(&N)", self.add_mentor), ("수정", self.edit_mentor),
                                        ("삭제", self.delete_mentor)))
        field_buttons = self._buttons((("분야 추가", self.add_field), ("이름 바꾸기", self.rename_field),
                                       ("사용/사용 안 함", self.toggle_field), ("삭제", self.delete_field)))
        mentors_box = QGroupBox("멘토 (선배 기업)")
        box_layout = QVBoxLayout(mentors_box)
        box_layout.addWidget(self.table)
        box_layout.addLayout(mentor_buttons)
        fields_box = QGroupBox("멘토링·신청 분야 (신청서에 인쇄되는 순서)")
        fields_layout = QVBoxLayout(fields_box)
        fields_layout.addWidget(self.fields)
        fields_layout.addLayout(field_buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(mentors_box, 3)
        layout.addWidget(fields_box, 1)

    @staticmethod
    def _buttons(specs) -> QHBoxLayout:  # type: ignore[no-untyped-def]
        row = QHBoxLayout()
        row.addStretch(1)
        for text, slot in specs:
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        return row

    def refresh(self) -> None:
        names = self.service.field_names()
        loads = {load.offer.id: load.active_mentees for load in self.service.work.loads()}
        offers = self.service.mentors()
        self.table.setRowCount(len(offers))
        for row, offer in enumerate(offers):
            fields = [names[f] for f in offer.field_ids if f in names] + ([offer.other_fields] if offer.other_fields else [])
            values = (offer.organisation_name, f"{offer.person_name} {offer.person_title}".strip(), ", ".join(fields),
                      f"{offer.capacity}명", f"{loads.get(offer.id, 0)}명", period_text(offer), offer.availability)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, offer.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.fields.clear()
        for item in self.service.fields(include_inactive=True):
            entry = QListWidgetItem(item.name if item.active else f"{item.name} (사용 안 함)")
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.fields.addItem(entry)

    def _offer_id(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def add_mentor(self) -> None:
        if MentorDialog.ask(self, self.service, MentorOffer(organisation_id=0)):
            self.refresh()

    def edit_mentor(self) -> None:
        offer_id = self._offer_id()
        if offer_id is not None and MentorDialog.ask(self, self.service, self.service.mentor(offer_id)):
            self.refresh()

    def delete_mentor(self) -> None:
        offer_id = self._offer_id()
        if offer_id is not None and confirm(self, "멘토 삭제", "선택한 멘토를 목록에서 뺄까요? 지난 매칭 기록은 남습니다."):
            self.service.delete_mentor(offer_id)
            self.refresh()

    def _field(self) -> ConsultingField | None:
        item = self.fields.currentItem()
        if item is None:
            return None
        field_id = item.data(Qt.ItemDataRole.UserRole)
        return next((f for f in self.service.fields(True) if f.id == field_id), None)

    def _save_field(self, item: ConsultingField) -> bool:
        try:
            self.service.save_field(item)
        except SeeCoDeskError as error:
            show_error(self, error)
            return False
        finally:
            self.refresh()
        return True

    def _ask_field_name(self, title: str, item: ConsultingField) -> None:
        """Ask for the name until it is stored or the secretary cancels; a refused name is offered again to fix."""
        while True:
            name, ok = QInputDialog.getText(self, title, "분야 이름:", text=item.name)
            if not ok:
                return
            item.name = name
            if self._save_field(item):
                return

    def add_field(self) -> None:
        self._ask_field_name("분야 추가", ConsultingField(name=""))

    def rename_field(self) -> None:
        item = self._field()
        if item is not None:
            self._ask_field_name("이름 바꾸기", item)

    def toggle_field(self) -> None:
        item = self._field()
        if item is not None:
            item.active = not item.active
            self._save_field(item)

    def delete_field(self) -> None:
        item = self._field()
        if item is None or not confirm(self, "분야 삭제", f"'{item.name}' 분야를 삭제할까요?"):
            return
        try:
            self.service.delete_field(int(item.id or 0))
        except SeeCoDeskError as error:
            show_error(self, error)
        self.refresh()
