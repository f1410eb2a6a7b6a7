"""A signing ceremony (업무협약식): the organisations that sign, and whether every pair signs its own
agreement (N → N(N-1)/2) or all sign one together."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.trade import AGREEMENT_KINDS, Agreement, Ceremony
from seecodesk.gui.trade.fields import date_edit, iso, optional_date
from seecodesk.gui.widgets.form_dialog import form_names, lay_out_form, save_or_show_error
from seecodesk.gui.widgets.screen_fit import fit_to_screen

HoldCeremony = Callable[[Ceremony, Agreement], tuple[int, list[int]]]


class CeremonyDialog(QDialog):
    """Enter a ceremony once; `made` holds (ceremony id, agreement ids) after 저장."""

    def __init__(self, parent: QWidget | None, names: dict[int, str], hold: HoldCeremony) -> None:
        super().__init__(parent)
        self.setWindowTitle("업무협약식 입력")
        self.setObjectName("ceremonyDialog")
        self._hold = hold
        self.made: tuple[int, list[int]] | None = None
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("ceremonyTitleEdit")
        self.title_edit.setPlaceholderText("예: 2022 상호거래 업무협약식")
        self.held_on = date_edit("")
        self.place = QLineEdit()
        self.search = QLineEdit()
        self.search.setPlaceholderText("기관 이름으로 찾기")
        self.search.setClearButtonEnabled(True)
        self.organisations = QListWidget()
        self.organisations.setObjectName("ceremonyOrganisations")
        for org_id, name in names.items():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, org_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.organisations.addItem(item)
        self.pairwise = QRadioButton("둘씩 모든 짝이 각각 협약 (쌍별)")
        self.pairwise.setObjectName("pairwiseRadio")
        self.pairwise.setChecked(True)
        self.multi = QRadioButton("모두 함께 한 건의 협약 (다자)")
        self.kind = QComboBox()
        self.kind.addItems(AGREEMENT_KINDS)
        self.scope = QPlainTextEdit()
        self.scope.setTabChangesFocus(True)
        self.scope.setMaximumHeight(70)
        self.scope.setPlaceholderText("협력 내용 (모든 협약에 같이 들어갑니다)")
        self.ends_on = optional_date("")
        self.count_label = QLabel()
        self.count_label.setObjectName("ceremonyCount")
        self.search.textChanged.connect(self._filter)
        self.organisations.itemChanged.connect(lambda _item: self._update_count())
        self.pairwise.toggled.connect(lambda _on: self._update_count())
        self._layout()
        self._update_count()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow("협약식 이름(&T)", self.title_edit)
        when = QHBoxLayout()
        when.addWidget(self.held_on)
        when.addWidget(QLabel("장소"))
        when.addWidget(self.place, 1)
        when_label = QLabel("날짜(&D)")
        when_label.setBuddy(self.held_on)  # a row of widgets has no buddy of its own: the '&' would show
        form.addRow(when_label, when)
        chooser = QVBoxLayout()
        chooser.addWidget(self.search)
        chooser.addWidget(self.organisations)
        chooser_label = QLabel("참여 기관(&O)")
        chooser_label.setBuddy(self.search)
        form.addRow(chooser_label, chooser)
        modes = QVBoxLayout()
        modes.addWidget(self.pairwise)
        modes.addWidget(self.multi)
        form.addRow("협약 방식", modes)
        form.addRow("협약 종류", self.kind)
        form.addRow("협력 내용", self.scope)
        form.addRow("협약 기간 끝", self.ends_on)
        form.addRow("", self.count_label)
        self.error = lay_out_form(self, form, self.accept_form)
        self.error.setVisible(False)
        self.resize(560, 680)
        fit_to_screen(self)

    def _filter(self, text: str) -> None:
        for i in range(self.organisations.count()):
            item = self.organisations.item(i)
            item.setHidden(bool(text) and text.strip() not in item.text())

    def checked_ids(self) -> list[int]:
        return [self.organisations.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.organisations.count())
                if self.organisations.item(i).checkState() == Qt.CheckState.Checked]

    def _update_count(self) -> None:
        n = len(self.checked_ids())
        made = n * (n - 1) // 2 if self.pairwise.isChecked() else (1 if n >= 2 else 0)
        self.count_label.setText(f"{n}곳 선택 → 협약 {made}건이 만들어집니다")

    def accept_form(self) -> None:
        ceremony = Ceremony(title=self.title_edit.text(), held_on=iso(self.held_on), organisation_ids=self.checked_ids(),
                            place=self.place.text(), mode="pairwise" if self.pairwise.isChecked() else "multi")
        template = Agreement(title="", kind=self.kind.currentText(), scope=self.scope.toPlainText(),
                             ends_on=self.ends_on.text())

        def save() -> None:
            self.made = self._hold(ceremony, template)

        save_or_show_error(self, self.error, save, form_names(self, {"title": self.title_edit, "held_on": self.held_on, "place": self.place, "scope": self.scope}))

    @classmethod
    def ask(cls, parent: QWidget | None, names: dict[int, str], hold: HoldCeremony) -> tuple[int, list[int]] | None:
        dialog = cls(parent, names, hold)
        dialog.exec()
        return dialog.made
