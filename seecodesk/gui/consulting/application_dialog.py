"""The application form as a dialog laid out like the paper 피어경영컨설팅 신청서 (ui/consulting_application_dialog.ui).

Saving goes through the service; a validation error keeps the dialog open with every message
listed and the offending boxes outlined in red, so nothing typed is lost.
"""

from dataclasses import replace

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QCompleter, QDialog, QDialogButtonBox, QGridLayout, QWidget

from seecodesk.core.consulting import CERTIFICATIONS, ORG_FORM_HINT, REQUEST_GUIDANCE, SUPPORT_CHOICES, Application
from seecodesk.core.errors import SeeCoDeskError, ValidationErrors
from seecodesk.gui.forms.ui_consulting_application_dialog import Ui_ConsultingApplicationDialog
from seecodesk.gui.messages import show_error
from seecodesk.gui.widgets.form_dialog import GuardedDialog
from seecodesk.gui.widgets.screen_fit import fit_to_screen
from seecodesk.services.consulting import ConsultingService
from seecodesk.services.settings import network_name

ORG_FORMS = ("협동조합", "사회적협동조합", "마을기업", "사회적기업", "예비사회적기업", "자활기업", "소셜벤처")
FIELD_COLUMNS = 4
FORM_STYLE = """
QLabel[formRole="cell"] { background: #efefef; border: 1px solid #999; padding: 4px; font-weight: bold; }
QLabel[formRole="section"] { font-weight: bold; font-size: 11pt; margin-top: 6px; }
QLabel[formRole="title"] { font-weight: bold; font-size: 15pt; margin: 4px; }
QLabel[formRole="recipient"] { font-weight: bold; font-size: 12pt; margin-top: 8px; }
QLabel#errorLabel { color: #b00020; }
"""
_TEXT_WIDGETS = {
    "company_name": "companyNameEdit", "certification_number": "certificationNumberEdit",
    "representative": "representativeEdit", "phone": "phoneEdit", "address": "addressEdit", "email": "emailEdit",
    "fax": "faxEdit", "manager_name": "managerNameEdit", "manager_email": "managerEmailEdit",
    "manager_phone": "managerPhoneEdit", "manager_mobile": "managerMobileEdit", "other_field": "otherFieldEdit",
}
_FIELD_LABELS = {
    "company_name": "기업명", "certification": "인증/지정여부", "certification_number": "인증/지정번호",
    "representative": "대표자명", "phone": "전화", "address": "주소", "email": "이메일", "fax": "팩스",
    "org_form": "사회적조직형태", "support_status": "지원 유무", "support_year": "현재 참여 년차",
    "past_participation": "과거 참여 내역", "manager_name": "총괄책임자 이름", "manager_email": "총괄책임자 이메일",
    "manager_phone": "총괄책임자 전화", "manager_mobile": "총괄책임자 휴대전화", "other_field": "기타 분야",
    "request": "신청 내용", "applied_on": "신청일", "field_ids": "신청 분야", "organisation_id": "회원사",
}


def _exclusive(boxes: list[QCheckBox]) -> None:
    """Check boxes where at most one may be ticked (the paper's ☐ 예비 ☐ 인증), none allowed."""
    for box in boxes:
        box.toggled.connect(lambda on, me=box: on and [b.setChecked(False) for b in boxes if b is not me])


class ApplicationDialog(GuardedDialog):
    """Edit one application; `saved` holds the stored version after 저장."""

    def __init__(self, parent: QWidget | None, service: ConsultingService, app: Application) -> None:
        super().__init__(parent)
        self.ui = Ui_ConsultingApplicationDialog()
        self.ui.setupUi(self)
        self.service, self.app = service, app
        self.saved: Application | None = None
        self.setStyleSheet(FORM_STYLE)
        fit_to_screen(self)
        self._set_up()
        self.load(app)
        self.remember_unchanged()

    @classmethod
    def ask(cls, parent: QWidget | None, service: ConsultingService, app: Application) -> Application | None:
        """Show the form; the stored application, or None when cancelled."""
        dialog = cls(parent, service, app)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _set_up(self) -> None:
        ui = self.ui
        network = network_name(self.service.db)
        ui.titleLabel.setText(f"{network} 동료컨설팅 신청서")
        ui.recipientLabel.setText(f"{network} 귀하")
        ui.guidanceLabel.setText(REQUEST_GUIDANCE)
        ui.orgFormCombo.addItems(["", *ORG_FORMS])
        ui.orgFormCombo.lineEdit().setPlaceholderText(f"({ORG_FORM_HINT})")
        self.cert_boxes = {"예비": ui.certPreliminaryCheck, "인증": ui.certCertifiedCheck}
        self.support_boxes = dict(zip(SUPPORT_CHOICES, (ui.supportNoneCheck, ui.supportCurrentCheck,
                                                        ui.supportPastCheck, ui.supportEndedCheck), strict=False))
        _exclusive(list(self.cert_boxes.values()))
        _exclusive(list(self.support_boxes.values()))
        ui.supportYearSpin.valueChanged.connect(lambda value: value and ui.supportCurrentCheck.setChecked(True))
        ui.otherFieldEdit.textChanged.connect(lambda text: text and ui.otherCheck.setChecked(True))
        self._build_field_boxes()
        self._build_member_combo()
        ui.loadMemberButton.clicked.connect(self.load_member)
        # Choosing a member fills 기업 정보 at once; the button stays for filling again after edits.
        ui.memberCombo.activated.connect(lambda _index: ui.memberCombo.currentData() is not None and self.load_member())
        ui.representativeEdit.textChanged.connect(ui.applicantNameLabel.setText)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("저장")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("취소")
        ui.buttonBox.accepted.connect(self.save)
        ui.errorLabel.setVisible(False)

    def _build_field_boxes(self) -> None:
        grid = QGridLayout(self.ui.fieldsBox)
        grid.setContentsMargins(0, 0, 0, 0)
        chosen = set(self.app.field_ids)
        fields = [f for f in self.service.fields(include_inactive=True) if f.active or f.id in chosen]
        self.field_boxes: dict[int, QCheckBox] = {}
        for index, item in enumerate(fields):
            box = QCheckBox(item.name, self.ui.fieldsBox)
            box.setObjectName(f"fieldCheck{item.id}")
            grid.addWidget(box, index // FIELD_COLUMNS, index % FIELD_COLUMNS)
            self.field_boxes[int(item.id or 0)] = box
        # Made after the form, the boxes came last in Tab order (after 취소): put them where they are on screen.
        previous: QWidget = self.ui.managerMobileEdit
        for box in self.field_boxes.values():
            QWidget.setTabOrder(previous, box)
            previous = box
        QWidget.setTabOrder(previous, self.ui.otherCheck)

    def _build_member_combo(self) -> None:
        combo = self.ui.memberCombo
        combo.addItem("(비회원 — 직접 입력)", None)
        for row in self.service.members.directory():
            combo.addItem(f"{row.name} ({row.membership_status})", row.id)
        combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setInsertPolicy(combo.InsertPolicy.NoInsert)

    def select_member(self, org_id: int | None) -> None:
        """Choose a directory member in the combo (None: a non-member applicant)."""
        self.ui.memberCombo.setCurrentIndex(max(0, self.ui.memberCombo.findData(org_id)))

    def load_member(self) -> None:
        """회원사에서 불러오기: fill 기업 정보 from the chosen directory member, keeping the request."""
        org_id = self.ui.memberCombo.currentData()
        if org_id is None:
            show_error(self, SeeCoDeskError("불러올 회원사를 먼저 고르세요."))
            return
        current = self.collect()
        self.load(self.service.prefill_from_member(int(org_id), current), keep_member=True)

    # --- form <-> record ------------------------------------------------------------------------
    def load(self, app: Application, keep_member: bool = False) -> None:
        ui = self.ui
        for field, name in _TEXT_WIDGETS.items():
            getattr(ui, name).setText(getattr(app, field))
        for label, box in self.cert_boxes.items():
            box.setChecked(app.certification == label)
        for label, box in self.support_boxes.items():
            box.setChecked(app.support_status == label)
        ui.supportYearSpin.setValue(app.support_year or 0)
        ui.orgFormCombo.setCurrentText(app.org_form)
        ui.pastParticipationEdit.setPlainText(app.past_participation)
        ui.requestEdit.setPlainText(app.request)
        for field_id, box in self.field_boxes.items():
            box.setChecked(field_id in app.field_ids)
        ui.otherCheck.setChecked(app.other_checked)
        day = QDate.fromString(app.applied_on, "yyyy-MM-dd")
        ui.appliedOnEdit.setDate(day if day.isValid() else QDate.currentDate())
        ui.signedCheck.setChecked(app.signed)
        ui.receiptLabel.setText(f"접수번호 {app.receipt_number} · {app.status}" if app.receipt_number else "새 신청서")
        if not keep_member:
            self.select_member(app.organisation_id)
        self._organisation_id = app.organisation_id
        self.setWindowTitle("새 동료컨설팅 신청서" if app.id is None else f"동료컨설팅 신청서 — {app.company_name}")

    def collect(self) -> Application:
        """The record as the form now shows it (not validated)."""
        ui = self.ui
        texts = {field: getattr(ui, name).text() for field, name in _TEXT_WIDGETS.items()}
        certification = next((c for c in CERTIFICATIONS if self.cert_boxes[c].isChecked()), "")
        support = next((s for s, box in self.support_boxes.items() if box.isChecked()), "")
        member = ui.memberCombo.currentData()
        return replace(
            self.app, **texts, certification=certification, support_status=support,
            support_year=ui.supportYearSpin.value() or None, org_form=ui.orgFormCombo.currentText(),
            past_participation=ui.pastParticipationEdit.toPlainText(), request=ui.requestEdit.toPlainText(),
            field_ids=[fid for fid, box in self.field_boxes.items() if box.isChecked()],
            other_checked=ui.otherCheck.isChecked(), applied_on=ui.appliedOnEdit.date().toString("yyyy-MM-dd"),
            signed=ui.signedCheck.isChecked(), organisation_id=int(member) if member is not None else None,
        )

    def save(self) -> None:
        """저장: store through the service, or show every problem and stay open."""
        self._mark({})
        try:
            self.saved = self.service.save_application(self.collect())
        except ValidationErrors as error:
            self._mark(error.errors)
            return
        except SeeCoDeskError as error:
            self._mark({"": str(error)})
            return
        self.accept()

    def _mark(self, errors: dict[str, str]) -> None:
        for field, name in _TEXT_WIDGETS.items():
            getattr(self.ui, name).setStyleSheet("border: 2px solid #b00020;" if field in errors else "")
        lines = [f"{_FIELD_LABELS.get(f, '')}: {m}" if f in _FIELD_LABELS else m for f, m in errors.items()]
        self.ui.errorLabel.setText("\n".join(lines))
        self.ui.errorLabel.setVisible(bool(errors))
