"""One agreement (협약): kind, parties (members or outside bodies), date and place, scope, period and
renewal, status with its date, the signed scan."""

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.trade import AGREEMENT_KINDS, AGREEMENT_STATUSES, Agreement, AgreementParty
from seecodesk.gui.trade.fields import combo_id, date_edit, iso, optional_date, organisation_combo
from seecodesk.gui.widgets.form_dialog import form_names, lay_out_form, save_or_show_error
from seecodesk.gui.widgets.screen_fit import fit_to_screen

SaveAgreement = Callable[[Agreement, str | None], Agreement]


def text_box(value: str, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(value)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setMaximumHeight(70)
    return box


class PartyList(QWidget):
    """The parties of an agreement: pick a member or type an outside body, in signing order."""

    def __init__(self, names: dict[int, str], parties: list[AgreementParty]) -> None:
        super().__init__()
        self.names = names
        self.listing = QListWidget()
        self.listing.setObjectName("partyList")
        self.listing.setMaximumHeight(110)
        self.member = organisation_combo(names, blank="")
        self.member.setObjectName("partyMemberCombo")
        self.add_member = QPushButton("회원 기관 추가")
        self.add_member.setObjectName("addPartyButton")
        self.outside = QLineEdit()
        self.outside.setObjectName("outsidePartyEdit")
        self.outside.setPlaceholderText("외부 기관 (예: 가람시청 일자리경제과, ○○대학교 산학협력단)")
        self.add_outside = QPushButton("외부 기관 추가")
        self.remove = QPushButton("빼기")
        for party in parties:
            self._append(party)
        self.add_member.clicked.connect(self._add_member)
        self.add_outside.clicked.connect(self._add_outside)
        self.remove.clicked.connect(lambda: self.listing.takeItem(self.listing.currentRow()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.listing)
        for widgets in ((self.member, self.add_member), (self.outside, self.add_outside, self.remove)):
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget, 1 if widget in (self.member, self.outside) else 0)
            layout.addLayout(row)

    def _append(self, party: AgreementParty) -> None:
        label = party.name or self.names.get(party.organisation_id or 0, "") or party.outside_name
        item = QListWidgetItem(label + ("  (외부 기관)" if party.is_outside else ""))
        item.setData(Qt.ItemDataRole.UserRole, party)
        self.listing.addItem(item)

    def _add_member(self) -> None:
        org_id = combo_id(self.member)
        if org_id is not None and org_id not in [p.organisation_id for p in self.parties()]:
            self._append(AgreementParty(organisation_id=org_id, name=self.names[org_id]))
        self.member.setCurrentIndex(0)

    def _add_outside(self) -> None:
        name = self.outside.text().strip()
        if name:
            self._append(AgreementParty(outside_name=name))
            self.outside.clear()

    def parties(self) -> list[AgreementParty]:
        return [self.listing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.listing.count())]


class AgreementDialog(QDialog):
    """Edit an agreement; `saved` is the stored agreement after 저장."""

    def __init__(self, parent: QWidget | None, agreement: Agreement, names: dict[int, str], save: SaveAgreement) -> None:
        super().__init__(parent)
        self.setWindowTitle("협약" if agreement.id is None else f"협약 {agreement.id}번")
        self.setObjectName("agreementDialog")
        self.agreement, self._save = agreement, save
        self.saved: Agreement | None = None
        self.scan_source: str | None = None
        self.title_edit = QLineEdit(agreement.title)
        self.title_edit.setObjectName("agreementTitleEdit")
        self.kind = QComboBox()
        self.kind.addItems(AGREEMENT_KINDS)
        self.kind.setCurrentText(agreement.kind)
        self.parties = PartyList(names, agreement.parties)
        self.signed_on = date_edit(agreement.signed_on)
        self.place = QLineEdit(agreement.place)
        self.purpose = text_box(agreement.purpose, "예: 회원사 간 신뢰 구축과 상호거래를 통한 상생")
        self.scope = text_box(agreement.scope, "어떤 제품·서비스를, 어떤 조건으로 (할인, 우선 구매, 납품 주기)")
        self.discount = QLineEdit(agreement.discount)
        self.discount.setPlaceholderText("예: 회원가 10% 할인")
        self.priority = QCheckBox("우선 구매")
        self.priority.setChecked(agreement.priority_purchase)
        self.starts_on = optional_date(agreement.starts_on)
        self.ends_on = optional_date(agreement.ends_on)
        self.renewal_on = optional_date(agreement.renewal_on)
        self.auto_renew = QCheckBox("이의가 없으면 자동 연장")
        self.auto_renew.setChecked(agreement.auto_renew)
        self.status = QComboBox()
        self.status.addItems(AGREEMENT_STATUSES)
        self.status.setCurrentText(agreement.status)
        self.status_on = optional_date(agreement.status_on, "상태가 바뀐 날")
        self.other_terms = text_box(agreement.other_terms, "기타 (비밀 유지, 분쟁 해결, 해지 조건 …)")
        self.scan_label = QLabel(agreement.scan_path or "붙인 파일 없음")
        scan_button = QPushButton("서명본 스캔 붙이기…")
        scan_button.clicked.connect(self._choose_scan)
        self.notes = text_box(agreement.notes)
        self._layout(scan_button)

    def _layout(self, scan_button: QPushButton) -> None:
        form = QFormLayout()
        form.addRow("협약 이름(&T)", self.title_edit)
        form.addRow("종류(&K)", self.kind)
        form.addRow("당사자(&P)", self.parties)
        when = QHBoxLayout()
        when.addWidget(self.signed_on)
        when.addWidget(QLabel("장소"))
        when.addWidget(self.place, 1)
        when_label = QLabel("협약일(&D)")
        when_label.setBuddy(self.signed_on)  # a row of widgets has no buddy of its own: the '&' would show
        form.addRow(when_label, when)
        form.addRow("목적", self.purpose)
        form.addRow("협력 내용(&S)", self.scope)
        terms = QHBoxLayout()
        terms.addWidget(self.discount, 1)
        terms.addWidget(self.priority)
        form.addRow("할인·조건", terms)
        period = QHBoxLayout()
        for widget in (self.starts_on, QLabel("~"), self.ends_on, QLabel("갱신일"), self.renewal_on):
            period.addWidget(widget)
        period.addStretch(1)
        form.addRow("협약 기간", period)
        form.addRow("", self.auto_renew)
        status = QHBoxLayout()
        status.addWidget(self.status)
        status.addWidget(self.status_on)
        status.addStretch(1)
        form.addRow("상태", status)
        form.addRow("기타", self.other_terms)
        scan = QHBoxLayout()
        scan.addWidget(self.scan_label, 1)
        scan.addWidget(scan_button)
        form.addRow("서명본", scan)
        form.addRow("메모", self.notes)
        self.error = lay_out_form(self, form, self.accept_form, scroll=True)
        self.error.setVisible(False)
        self.resize(680, 720)
        fit_to_screen(self)

    def _choose_scan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "서명한 협약서 스캔 파일", str(Path.home()),
                                              "협약서 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.hwp *.hwpx)")
        if path:
            self.scan_source = path
            self.scan_label.setText(Path(path).name + " (저장할 때 데이터 폴더로 복사합니다)")

    def agreement_from_form(self) -> Agreement:
        return replace(
            self.agreement, title=self.title_edit.text(), kind=self.kind.currentText(), parties=self.parties.parties(),
            signed_on=iso(self.signed_on), place=self.place.text(), purpose=self.purpose.toPlainText(),
            scope=self.scope.toPlainText(), discount=self.discount.text(), priority_purchase=self.priority.isChecked(),
            starts_on=self.starts_on.text(), ends_on=self.ends_on.text(), renewal_on=self.renewal_on.text(),
            auto_renew=self.auto_renew.isChecked(), status=self.status.currentText(), status_on=self.status_on.text(),
            other_terms=self.other_terms.toPlainText(), notes=self.notes.toPlainText())

    def accept_form(self) -> None:
        def save() -> None:
            self.saved = self._save(self.agreement_from_form(), self.scan_source)

        save_or_show_error(self, self.error, save, form_names(self, {"title": self.title_edit, "place": self.place, "discount": self.discount, "purpose": self.purpose, "scope": self.scope, "other_terms": self.other_terms, "notes": self.notes, "parties": self.parties}))

    @classmethod
    def ask(cls, parent: QWidget | None, agreement: Agreement, names: dict[int, str],
            save: SaveAgreement) -> Agreement | None:
        dialog = cls(parent, agreement, names, save)
        dialog.exec()
        return dialog.saved
