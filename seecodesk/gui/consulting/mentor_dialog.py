"""A mentor offer: member organisation and its person, fields, how many mentees at once, when."""

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QGridLayout, QLineEdit, QSpinBox, QWidget

from seecodesk.core.consulting import MentorOffer
from seecodesk.gui.widgets.form_dialog import GuardedDialog, form_names, lay_out_form, save_or_show_error
from seecodesk.services.consulting import ConsultingService


class MentorDialog(GuardedDialog):
    """Edit one mentor offer; `saved` holds the stored offer after 저장."""

    def __init__(self, parent: QWidget | None, service: ConsultingService, offer: MentorOffer) -> None:
        super().__init__(parent)
        self.setWindowTitle("멘토 정보")
        self.service, self.offer = service, offer
        self.saved: MentorOffer | None = None
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for row in service.members.directory():
            self.organisation.addItem(row.name, row.id)
        self.person = QComboBox()
        self.organisation.currentIndexChanged.connect(lambda _i: self._fill_people())
        boxes = QWidget()
        grid = QGridLayout(boxes)
        grid.setContentsMargins(0, 0, 0, 0)
        self.field_boxes: dict[int, QCheckBox] = {}
        for index, item in enumerate(f for f in service.fields(True) if f.active or f.id in offer.field_ids):
            box = QCheckBox(item.name)
            box.setChecked(item.id in offer.field_ids)
            grid.addWidget(box, index // 3, index % 3)
            self.field_boxes[int(item.id or 0)] = box
        self.other = QLineEdit(offer.other_fields)
        self.other.setPlaceholderText("목록에 없는 분야 (예: 식품 위생, 공공구매)")
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 20)
        self.capacity.setSuffix(" 명")
        self.capacity.setValue(offer.capacity)
        self.availability = QLineEdit(offer.availability)
        self.availability.setPlaceholderText("예: 평일 오후, 온라인 가능")
        self.starts_on, self.ends_on = QLineEdit(offer.starts_on), QLineEdit(offer.ends_on)
        for edit in (self.starts_on, self.ends_on):
            edit.setPlaceholderText("YYYY-MM-DD (비우면 제한 없음)")
        self.note = QLineEdit(offer.note)
        self._layout(boxes)
        index = self.organisation.findData(offer.organisation_id)
        self.organisation.setCurrentIndex(max(0, index))
        self._fill_people()
        self.remember_unchanged()

    def _layout(self, boxes: QWidget) -> None:
        form = QFormLayout()
        form.addRow("멘토 기업(&O)", self.organisation)
        form.addRow("담당자(&P)", self.person)
        form.addRow("멘토링 분야", boxes)
        form.addRow("기타 분야", self.other)
        form.addRow("동시에 맡을 멘티(&C)", self.capacity)
        form.addRow("가능한 시간", self.availability)
        form.addRow("활동 시작일", self.starts_on)
        form.addRow("활동 종료일", self.ends_on)
        form.addRow("메모", self.note)
        self.error = lay_out_form(self, form, self.save)

    def _fill_people(self) -> None:
        self.person.clear()
        self.person.addItem("(담당자 없음)", None)
        org_id = self.organisation.currentData()
        for person in self.service.members.people_of(int(org_id)) if org_id is not None else []:
            self.person.addItem(f"{person.name} {person.title}".strip(), person.id)
        self.person.setCurrentIndex(max(0, self.person.findData(self.offer.person_id)))

    def collect(self) -> MentorOffer:
        org_id = self.organisation.currentData()
        return replace(self.offer, organisation_id=int(org_id) if org_id is not None else 0,
                       person_id=self.person.currentData(), other_fields=self.other.text(),
                       field_ids=[fid for fid, box in self.field_boxes.items() if box.isChecked()],
                       capacity=self.capacity.value(), availability=self.availability.text(),
                       starts_on=self.starts_on.text(), ends_on=self.ends_on.text(), note=self.note.text())

    def save(self) -> None:
        def store() -> None:
            self.saved = self.service.save_mentor(self.collect())

        save_or_show_error(self, self.error, store, form_names(self, {"other_fields": self.other, "availability": self.availability, "starts_on": self.starts_on, "ends_on": self.ends_on, "note": self.note}))

    @classmethod
    def ask(cls, parent: QWidget | None, service: ConsultingService, offer: MentorOffer) -> MentorOffer | None:
        dialog = cls(parent, service, offer)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
