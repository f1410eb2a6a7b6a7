"""The person form: contact details, roles over time and the consent record of one person.

`PersonDialog.ask(parent, person)` returns the validated person (not yet stored) or None; a
주민등록번호 typed into any field is refused with the message beside that field.
"""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.errors import ValidationErrors
from seecodesk.core.members import Consent, Person, Role, validated_person
from seecodesk.core.vocab import AFFILIATIONS, PERSON_ROLES
from seecodesk.gui.members.field_errors import FieldErrors, error_label, resident_number_errors
from seecodesk.gui.members.record_table import CellSpec, RecordTable
from seecodesk.gui.messages import confirm
from seecodesk.gui.widgets.screen_fit import fit_to_screen

NO_ORGANISATION = "(소속 기관 없음)"
_GENDER_LABELS = (("", "선택 안 함"), ("여", "여"), ("남", "남"))


def _table_box(hint: str) -> tuple[QWidget, QTableWidget, QPushButton, QPushButton, QLabel]:
    box = QWidget()
    layout = QVBoxLayout(box)
    if hint:
        note = QLabel(hint)
        note.setWordWrap(True)
        layout.addWidget(note)
    table = QTableWidget()
    table.setMinimumHeight(90)
    layout.addWidget(table)
    buttons = QHBoxLayout()
    add, remove = QPushButton("추가"), QPushButton("선택 삭제")
    buttons.addWidget(add)
    buttons.addWidget(remove)
    buttons.addStretch(1)
    layout.addLayout(buttons)
    label = error_label(box)
    layout.addWidget(label)
    return box, table, add, remove, label


class PersonDialog(QDialog):
    """Edit one person; `result_person` holds the validated person after 확인."""

    def __init__(self, parent: QWidget | None, person: Person,
                 organisations: Sequence[tuple[int, str]] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle("새 사람" if person.id is None else f"사람 정보 — {person.name}")
        self.resize(780, 720)
        self._person = person
        self.result_person: Person | None = None
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        # The fields scroll when the screen is short: squeezed, a QFormLayout drew the 메모 box over its own
        # error line (the 주민등록번호 warning got no height on a laptop screen).
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(self._build_form(person, organisations))
        fields_layout.addStretch(1)
        self.fields_area = QScrollArea()
        self.fields_area.setWidget(fields)
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.fields_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the first key goes to 이름, not to the frame
        self.fields_area.setMinimumHeight(160)
        self._keep_fields_whole()
        layout.addWidget(self.fields_area, 1)
        roles_box, roles_table, add_role, remove_role, roles_error = _table_box(
            "회장·간사 같은 역할을 기간과 함께 적습니다. 범위는 '협의회', '교육소통분과'처럼 적습니다.")
        self.roles = RecordTable(roles_table, add_role, remove_role, [
            CellSpec("역할", choices=PERSON_ROLES, width=100), CellSpec("범위", width=150),
            CellSpec("시작", width=100), CellSpec("종료", width=100)], new_row=[PERSON_ROLES[0], "", "", ""])
        self.roles.set_rows([[r.role, r.scope, r.started_on, r.ended_on] for r in person.roles])
        self.errors.attach("roles", roles_error, roles_error, name="역할과 기간", target=roles_table)
        consent_box, consent_table, add_consent, remove_consent, consent_error = _table_box(
            "제3자 제공은 시청 등 다른 기관에 넘기는 것에 동의했는지입니다.")
        self.consents = RecordTable(consent_table, add_consent, remove_consent, [
            CellSpec("동의일", width=95), CellSpec("항목", width=150), CellSpec("목적", width=140),
            CellSpec("보유기간", width=90), CellSpec("제3자 제공", check=True, width=95), CellSpec("철회일")],
            new_row=["", "이름, 소속, 직함, 연락처", "협의회 회원 관리 및 연락", "탈퇴 후 3년", False, ""])
        self.consents.set_rows([[c.consented_on, c.items, c.purpose, c.retention, c.third_party, c.withdrawn_on]
                                for c in person.consents])
        self.errors.attach("consents", consent_error, consent_error, name="개인정보 동의", target=consent_table)
        self.tabs = QTabWidget()
        self.tabs.addTab(roles_box, "역할과 기간")
        self.tabs.addTab(consent_box, "개인정보 수집·이용 동의")
        self.tabs.setMinimumHeight(170)
        self.tabs.setMaximumHeight(240)
        layout.addWidget(self.tabs)
        self.summary = error_label(self)
        layout.addWidget(self.summary)
        self.errors.attach("summary", self.summary, self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("확인")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("취소")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._initial = repr(self.collect())
        fit_to_screen(self)

    @classmethod
    def ask(cls, parent: QWidget | None, person: Person,
            organisations: Sequence[tuple[int, str]] = ()) -> Person | None:
        """Show the form; the validated person, or None when cancelled."""
        dialog = cls(parent, person, organisations)
        return dialog.result_person if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _build_form(self, person: Person, organisations: Sequence[tuple[int, str]]) -> QFormLayout:
        form = QFormLayout()
        self.name_edit = QLineEdit(person.name)
        self.organisation_combo = QComboBox()
        self.organisation_combo.addItem(NO_ORGANISATION, None)
        known = dict(organisations)
        for org_id, name in organisations:
            self.organisation_combo.addItem(name, org_id)
        if person.organisation_id is not None and person.organisation_id not in known:
            self.organisation_combo.addItem(f"회원사 #{person.organisation_id}", person.organisation_id)
        self.organisation_combo.setCurrentIndex(max(0, self.organisation_combo.findData(person.organisation_id)))
        self.affiliation_combo = QComboBox()
        self.affiliation_combo.addItems(AFFILIATIONS)
        self.affiliation_combo.setCurrentText(person.affiliation)
        self.organisation_combo.currentIndexChanged.connect(self._organisation_chosen)
        self.title_edit = QLineEdit(person.title)
        self.mobile_edit = QLineEdit(person.mobile)
        self.mobile_edit.setPlaceholderText("예: 010-1234-5678")
        self.phone_edit = QLineEdit(person.phone)
        self.email_edit = QLineEdit(person.email)
        self.gender_combo = QComboBox()
        for value, label in _GENDER_LABELS:
            self.gender_combo.addItem(label, value)
        self.gender_combo.setCurrentIndex(max(0, self.gender_combo.findData(person.gender)))
        self.group_chat_check = QCheckBox("협의회 단톡방에 참여하고 있음")
        self.group_chat_check.setChecked(person.in_group_chat)
        self.notes_edit = QPlainTextEdit(person.notes)
        self.notes_edit.setFixedHeight(52)
        self.notes_edit.setTabChangesFocus(True)  # Tab goes on to the next field, as in every one-line field
        for label, field, widget in (("이름(&M)", "name", self.name_edit), ("소속 기관", "organisation_id",
                                     self.organisation_combo), ("소속 구분", "affiliation", self.affiliation_combo),
                                     ("직함", "title", self.title_edit), ("휴대전화", "mobile", self.mobile_edit),
                                     ("전화", "phone", self.phone_edit), ("이메일", "email", self.email_edit),
                                     ("성별", "gender", self.gender_combo), ("", "in_group_chat", self.group_chat_check),
                                     ("메모", "notes", self.notes_edit)):
            form.addRow(label, widget)
            message = error_label()
            form.addRow("", message)
            self.errors.attach(field, widget, message, form)
        return form

    def _organisation_chosen(self, _index: int) -> None:
        """Picking a member organisation makes a person still without 소속 구분 a 회원사 person."""
        if self.organisation_combo.currentData() is not None and self.affiliation_combo.currentText() == "없음":
            self.affiliation_combo.setCurrentText("회원사")

    def collect(self) -> tuple[Person, dict[str, str]]:
        """The person as typed, and any 주민등록번호 found in a field."""
        texts = {"name": self.name_edit.text(), "title": self.title_edit.text(), "mobile": self.mobile_edit.text(),
                 "phone": self.phone_edit.text(), "email": self.email_edit.text(),
                 "notes": self.notes_edit.toPlainText()}
        role_rows, consent_rows = self.roles.rows(), self.consents.rows()
        problems = resident_number_errors([*texts.items(), *(("roles", str(c)) for r in role_rows for c in r),
                                           *(("consents", str(c)) for r in consent_rows for c in r)])
        person = Person(
            **texts, organisation_id=self.organisation_combo.currentData(),
            affiliation=self.affiliation_combo.currentText(), gender=self.gender_combo.currentData() or "",
            in_group_chat=self.group_chat_check.isChecked(), id=self._person.id,
            roles=[Role(role=str(r), scope=str(s), started_on=str(a), ended_on=str(b)) for r, s, a, b in role_rows],
            consents=[Consent(consented_on=str(on), items=str(i), purpose=str(p), retention=str(k), third_party=bool(t),
                              withdrawn_on=str(w)) for on, i, p, k, t, w in consent_rows],
        )
        return person, problems

    def _keep_fields_whole(self) -> None:
        """The fields scroll rather than squeeze: below its natural height QFormLayout overlaps rows."""
        fields = self.fields_area.widget()
        fields.layout().invalidate()
        fields.setMinimumHeight(fields.layout().sizeHint().height())

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message under its field, every wrong field named at the bottom, the cursor in the first."""
        unplaced = self.errors.show(errors)
        summary = " ".join([errors.get("summary", ""), *unplaced.values(), self.errors.summary(errors)]).strip()
        if summary:
            self.errors.show({**errors, "summary": summary})
        self._keep_fields_whole()
        self.errors.point_at_first(errors)

    def accept(self) -> None:
        """확인: keep the validated person, or show what is wrong and stay open."""
        person, problems = self.collect()
        if not problems and any(not c.consented_on for c in person.consents):
            problems["consents"] = "동의일을 입력해 주세요. 예: 2021-03-05"
        if problems:
            try:  # every wrong field at once, not the others only after the 주민등록번호 is gone
                validated_person(person)
            except ValidationErrors as error:
                problems = {**error.errors, **problems}
            self.show_errors(problems)
            return
        try:
            self.result_person = validated_person(person)
        except ValidationErrors as error:
            self.show_errors(error.errors)
            return
        super().accept()



    def reject(self) -> None:
        """취소/Esc: ask before throwing away what was typed."""
        if repr(self.collect()) != self._initial and not confirm(
                self, "저장하지 않고 닫기", "고친 내용을 저장하지 않고 닫을까요?"):
            return
        super().reject()
