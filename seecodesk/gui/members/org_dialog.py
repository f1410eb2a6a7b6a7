"""The organisation form (ui/organisation_dialog.ui): every field of a member organisation.

The dialog saves through the callable it is given (MemberService.save_organisation), so a
validation or duplicate error keeps it open with the message beside the field; nothing is
stored while any field is wrong.
"""

from collections.abc import Callable

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from seecodesk.core.errors import DuplicateError, SeeCoDeskError, ValidationErrors
from seecodesk.core.josa import josa
from seecodesk.core.members import Designation, DuesPayment, MembershipPeriod, Organisation, validated_organisation
from seecodesk.core.vocab import DESIGNATION_KINDS, DESIGNATION_SUBTYPES, INDUSTRIES, LEGAL_FORMS, SERVICE_FIELDS
from seecodesk.gui.forms.ui_organisation_dialog import Ui_OrganisationDialog
from seecodesk.gui.members.field_errors import ERROR_STYLE, FieldErrors, resident_number_errors
from seecodesk.gui.members.figures_tab import attach_figures_tab, mark_tab
from seecodesk.gui.members.record_table import CellSpec, RecordTable, parse_money
from seecodesk.gui.messages import confirm
from seecodesk.gui.widgets.screen_fit import fit_to_screen
from seecodesk.services.figures import FigureService

SaveOrganisation = Callable[[Organisation], Organisation]
_SUBTYPES = tuple(dict.fromkeys(s for subtypes in DESIGNATION_SUBTYPES.values() for s in subtypes))
# Which tab holds each field, so the first tab with a problem comes to the front.
_TAB_OF_FIELD = {
    **dict.fromkeys(("name", "legal_form", "representative", "business_number", "corporation_number",
                     "founded_on", "industry", "service_field"), 0),
    **dict.fromkeys(("address", "district", "phone", "fax", "email", "homepage"), 1),
    "designations": 2, "memberships": 3, "dues": 3, "news": 4, "notes": 4,
}


class OrganisationDialog(QDialog):
    """Edit one organisation; `saved` holds the stored version after 저장."""

    def __init__(self, parent: QWidget | None, org: Organisation, save: SaveOrganisation,
                 figures: FigureService | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrganisationDialog()
        self.ui.setupUi(self)
        fit_to_screen(self)  # a laptop at 125% has 582 of Qt's pixels of height for it
        self._org, self._save = org, save
        self.saved: Organisation | None = None
        self.setWindowTitle("새 회원사" if org.id is None else f"회원사 정보 — {org.name}")
        self._set_up_widgets()
        self._load(org)
        self.figures_tab = attach_figures_tab(self.ui.tabs, figures, org.id) if figures else None
        self._initial = self._snapshot()
        self.ui.nameEdit.setFocus()  # typing starts in 기업명; the tab bar had the focus and took the first keys

    @classmethod
    def ask(cls, parent: QWidget | None, org: Organisation, save: SaveOrganisation,
            figures: FigureService | None = None) -> Organisation | None:
        """Show the form; the stored organisation, or None when the user cancelled or changed nothing."""
        dialog = cls(parent, org, save, figures)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def edit(cls, parent: QWidget | None, org: Organisation, save: SaveOrganisation,
             figures: FigureService | None = None) -> tuple[bool, Organisation | None]:
        """Show the form on a stored organisation: (저장 clicked, the stored version or None if unchanged)."""
        dialog = cls(parent, org, save, figures)
        return dialog.exec() == QDialog.DialogCode.Accepted, dialog.saved

    def _set_up_widgets(self) -> None:
        ui = self.ui
        ui.legalFormCombo.addItems(["", *LEGAL_FORMS])
        ui.industryCombo.addItems(["", *INDUSTRIES])
        ui.serviceFieldCombo.addItems(["", *SERVICE_FIELDS])
        self.designations = RecordTable(ui.designationsTable, ui.addDesignationButton, ui.removeDesignationButton, [
            CellSpec("구분", choices=DESIGNATION_KINDS, width=130), CellSpec("유형", choices=("", *_SUBTYPES), width=150),
            CellSpec("지정번호", width=110), CellSpec("지정일", width=100), CellSpec("종료일", width=100)],
            new_row=[DESIGNATION_KINDS[0], "", "", "", ""])
        self.memberships = RecordTable(ui.membershipsTable, ui.addMembershipButton, ui.removeMembershipButton, [
            CellSpec("가입일", width=110), CellSpec("탈퇴일", width=110), CellSpec("비고")])
        self.dues = RecordTable(ui.duesTable, ui.addDuesButton, ui.removeDuesButton, [
            CellSpec("연도", width=70), CellSpec("금액(원)", money=True, width=110), CellSpec("납부일", width=110),
            CellSpec("비고")])
        self.errors = FieldErrors()
        # Attached in the order of the tabs and their rows: the first wrong field in this order gets the cursor.
        for field, widget in (("name", ui.nameEdit), ("legal_form", ui.legalFormCombo),
                              ("representative", ui.representativeEdit), ("business_number", ui.businessNumberEdit),
                              ("corporation_number", ui.corporationNumberEdit), ("founded_on", ui.foundedOnEdit),
                              ("industry", ui.industryCombo), ("service_field", ui.serviceFieldCombo),
                              ("address", ui.addressEdit), ("district", ui.districtEdit), ("phone", ui.phoneEdit),
                              ("fax", ui.faxEdit), ("email", ui.emailEdit), ("homepage", ui.homepageEdit)):
            self.errors.attach(field, widget)
        for field, label, table, name in (
                ("designations", ui.designationsErrorLabel, ui.designationsTable, "인증·지정"),
                ("memberships", ui.membershipsErrorLabel, ui.membershipsTable, "가입·탈퇴"),
                ("dues", ui.duesErrorLabel, ui.duesTable, "회비 납부")):
            label.setStyleSheet(ERROR_STYLE)
            self.errors.attach(field, label, label, name=name, target=table)
        for field, widget in (("news", ui.newsEdit), ("notes", ui.notesEdit)):
            self.errors.attach(field, widget)
        ui.summaryErrorLabel.setStyleSheet(ERROR_STYLE)
        self.errors.attach("summary", ui.summaryErrorLabel, ui.summaryErrorLabel)
        self.errors.clear()
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("저장")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("취소")
        # The Designer form leaves the box unconnected: without these two lines 저장 and 취소 do nothing.
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def _load(self, org: Organisation) -> None:
        ui = self.ui
        for edit, value in ((ui.nameEdit, org.name), (ui.representativeEdit, org.representative),
                            (ui.businessNumberEdit, org.business_number),
                            (ui.corporationNumberEdit, org.corporation_number), (ui.foundedOnEdit, org.founded_on),
                            (ui.addressEdit, org.address), (ui.districtEdit, org.district), (ui.phoneEdit, org.phone),
                            (ui.faxEdit, org.fax), (ui.emailEdit, org.email), (ui.homepageEdit, org.homepage)):
            edit.setText(value)
        ui.legalFormCombo.setCurrentText(org.legal_form)
        ui.industryCombo.setCurrentText(org.industry)
        ui.serviceFieldCombo.setCurrentText(org.service_field)
        ui.supportBodyCheck.setChecked(org.is_support_body)
        ui.newsEdit.setPlainText(org.news)
        ui.notesEdit.setPlainText(org.notes)
        self.designations.set_rows([[d.kind, d.subtype, d.number, d.designated_on, d.ends_on] for d in org.designations])
        self.memberships.set_rows([[p.joined_on, p.left_on, p.note] for p in org.memberships])
        self.dues.set_rows([[str(d.year), str(d.amount), d.paid_on, d.note] for d in org.dues])

    def collect(self) -> tuple[Organisation, dict[str, str]]:
        """The organisation as typed, and the problems found before validation (주민등록번호, 숫자)."""
        ui = self.ui
        fields = {
            "name": ui.nameEdit.text(), "legal_form": ui.legalFormCombo.currentText().strip(),
            "representative": ui.representativeEdit.text(), "business_number": ui.businessNumberEdit.text(),
            "corporation_number": ui.corporationNumberEdit.text(), "founded_on": ui.foundedOnEdit.text(),
            "industry": ui.industryCombo.currentText().strip(), "service_field": ui.serviceFieldCombo.currentText().strip(),
            "address": ui.addressEdit.text(), "district": ui.districtEdit.text(), "phone": ui.phoneEdit.text(),
            "fax": ui.faxEdit.text(), "email": ui.emailEdit.text(), "homepage": ui.homepageEdit.text(),
            "news": ui.newsEdit.toPlainText(), "notes": ui.notesEdit.toPlainText(),
        }
        # A 법인등록번호 is shaped like a 주민등록번호, so that one field is left to its own check.
        problems = resident_number_errors((f, t) for f, t in fields.items() if f != "corporation_number")
        designations = [Designation(kind=str(k), subtype=str(s), number=str(n), designated_on=str(on), ends_on=str(end))
                        for k, s, n, on, end in self.designations.rows()]
        memberships = [MembershipPeriod(joined_on=str(j), left_on=str(left), note=str(note))
                       for j, left, note in self.memberships.rows()]
        problems.update(resident_number_errors(
            [("designations", str(c)) for row in self.designations.rows() for c in row]
            + [("memberships", str(c)) for row in self.memberships.rows() for c in row]
            + [("dues", str(c)) for row in self.dues.rows() for c in row]))
        dues = self._collect_dues(problems)
        org = Organisation(**fields, is_support_body=ui.supportBodyCheck.isChecked(), designations=designations,
                           memberships=memberships, dues=dues, id=self._org.id)
        return org, problems

    def _collect_dues(self, problems: dict[str, str]) -> list[DuesPayment]:
        dues = []
        for year, amount, paid_on, note in self.dues.rows():
            year_number, won = str(year).strip(), parse_money(str(amount))
            if not year_number.isdigit():
                problems.setdefault("dues", f"회비 연도 '{year}'{josa(year, '을')} 2024처럼 숫자로 적어 주세요.")
                continue
            if won is None:
                problems.setdefault("dues", f"{year}년 회비 금액 '{amount}'{josa(amount, '을')} 120,000처럼 숫자로 적어 주세요.")
                continue
            dues.append(DuesPayment(year=int(year_number), amount=won, paid_on=str(paid_on), note=str(note)))
        return dues

    def _snapshot(self) -> str:
        org, problems = self.collect()
        return repr((org, problems, self.figures_tab.snapshot() if self.figures_tab else ""))

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message under its field, every wrong field named in the line at the bottom; tabs holding a
        problem turn red and the first wrong field (in form order) gets the cursor."""
        unplaced = self.errors.show(errors)
        summary = " ".join([errors.get("summary", ""), *unplaced.values(), self.errors.summary(errors)]).strip()
        if summary:
            self.errors.show({**errors, "summary": summary})
        bar = self.ui.tabs.tabBar()
        tabs_with_errors = {_TAB_OF_FIELD[f] for f in errors if f in _TAB_OF_FIELD}
        for index in range(self.ui.tabs.count()):
            bar.setTabTextColor(index, QColor("#b00020") if index in tabs_with_errors else QColor())
        self.errors.point_at_first(errors)

    def accept(self) -> None:
        """저장: store the organisation, or show why not and stay open."""
        org, problems = self.collect()
        if problems:
            try:  # every wrong field at once, not the others only after the 주민등록번호 is gone
                validated_organisation(org)
            except ValidationErrors as error:
                problems = {**error.errors, **problems}
            self.show_errors(problems)
            return
        if self.figures_tab is not None:
            figures_problem = self.figures_tab.problem()
            mark_tab(self.ui.tabs, self.figures_tab, bool(figures_problem))
            if figures_problem:
                return
        if self._org.id is not None and self._snapshot() == self._initial:
            super().accept()  # nothing changed: store nothing, so no empty 실행 취소 step either
            return
        try:
            self.saved = self._save(org)
        except ValidationErrors as error:
            self.show_errors(error.errors)
            return
        except DuplicateError as error:
            self.show_errors({"business_number": str(error), "summary": str(error)})
            return
        except SeeCoDeskError as error:
            self.show_errors({"summary": str(error)})
            return
        if self.figures_tab is not None and self.saved.id is not None:
            self.figures_tab.store(self.saved.id)
        super().accept()

    def reject(self) -> None:
        """취소/Esc: ask before throwing away what was typed."""
        if self._snapshot() != self._initial and not confirm(
                self, "저장하지 않고 닫기", "고친 내용을 저장하지 않고 닫을까요?"):
            return
        super().reject()
