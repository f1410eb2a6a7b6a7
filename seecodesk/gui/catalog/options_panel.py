"""The catalog screen's left side: what to print, in which order, and the words around it."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.catalog import CATALOG_DESIGNATIONS, ORDERS, CatalogOptions, CatalogTexts, badge_label
from seecodesk.gui.file_dialogs import open_file_name
from seecodesk.gui.messages import show_error
from seecodesk.services.catalog import load_texts
from seecodesk.services.products import PHOTO_SUFFIXES, ProductService, import_photo
from seecodesk.services.workspace import Workspace

BLEED_MM = 3.0  # what print shops ask for
TEXT_NAMES = {"cover_title": "표지 제목", "subtitle": "부제", "greeting": "인사말", "logo": "로고",
              "contact": "연락처", "back_cover": "뒤표지 문구"}


def _checklist(height: int = 130) -> QListWidget:
    widget = QListWidget()
    widget.setMaximumHeight(height)
    return widget


def _checked(widget: QListWidget) -> list:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def _add_check(widget: QListWidget, label: str, value: object, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(label)
    item.setData(Qt.ItemDataRole.UserRole, value)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    widget.addItem(item)
    return item


class CatalogOptionsPanel(QWidget):
    """Emits `changed` whenever an option or text changes."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.order = QComboBox()
        for key, label in ORDERS.items():
            self.order.addItem(label, key)
        self.paper = QComboBox()
        self.paper.addItems(["A4", "A5"])
        self.members_only = QCheckBox("현재 회원사만")
        self.booklet = QCheckBox("소책자로 (4의 배수 쪽)")
        self.booklet.setToolTip("쪽수를 4의 배수로 맞춥니다: 뒤표지 앞에 빈 쪽을 넣고 뒤표지는 맨 끝에 둡니다")
        self.bleed = QCheckBox("재단 여백 3mm·재단선")
        self.bleed.setToolTip("인쇄소용: 표지의 색을 재단선 밖 3mm까지 칠하고 재단선을 그립니다")
        self.categories, self.designations, self.organisations = _checklist(), _checklist(110), _checklist(190)
        self.cover_title, self.subtitle, self.contact = QLineEdit(), QLineEdit(), QLineEdit()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.greeting, self.back_cover = QPlainTextEdit(), QPlainTextEdit()
        self.greeting.setMaximumHeight(110)
        self.back_cover.setMaximumHeight(70)
        for plain in (self.greeting, self.back_cover):
            plain.setTabChangesFocus(True)  # Tab goes on to the next field instead of typing a tab into the print
        self.logo = QLineEdit(readOnly=True, placeholderText="로고 없음")
        layout = QVBoxLayout(self)
        layout.addWidget(self._selection_box())
        layout.addWidget(self._texts_box())
        layout.addStretch(1)
        self.reload()
        self._connect()

    def _selection_box(self) -> QGroupBox:
        box = QGroupBox("무엇을 어떤 순서로")
        form = QFormLayout(box)
        form.addRow("정렬(&O)", self.order)
        form.addRow("용지(&Z)", self.paper)
        form.addRow("", self.members_only)
        form.addRow("", self.booklet)
        form.addRow("", self.bleed)
        form.addRow("품목 분류", self.categories)
        form.addRow("인증·지정\n(고르면 그것만)", self.designations)
        all_button, none_button = QPushButton("모두 선택"), QPushButton("모두 해제")
        all_button.clicked.connect(lambda: self._check_all(self.organisations, True))
        none_button.clicked.connect(lambda: self._check_all(self.organisations, False))
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        form.addRow("회원사", self.organisations)
        form.addRow("", row)
        return box

    def _texts_box(self) -> QGroupBox:
        box = QGroupBox("표지와 글")
        form = QFormLayout(box)
        form.addRow("표지 제목(&T)", self.cover_title)
        form.addRow("부제", self.subtitle)
        form.addRow("연도(&Y)", self.year)
        form.addRow("인사말(&G)", self.greeting)
        choose, clear = QPushButton("고르기…"), QPushButton("빼기")
        choose.clicked.connect(self.choose_logo)
        clear.clicked.connect(lambda: (self.logo.clear(), self.changed.emit()))
        row = QHBoxLayout()
        row.addWidget(self.logo, 1)
        row.addWidget(choose)
        row.addWidget(clear)
        form.addRow("로고", row)
        form.addRow("연락처(&C)", self.contact)
        form.addRow("뒤표지 문구", self.back_cover)
        return box

    def _connect(self) -> None:
        for combo in (self.order, self.paper):
            combo.currentIndexChanged.connect(self.changed)
        for check in (self.members_only, self.booklet, self.bleed):
            check.toggled.connect(self.changed)
        self.year.valueChanged.connect(self.changed)
        for edit in (self.cover_title, self.subtitle, self.contact):
            edit.textChanged.connect(self.changed)
        for plain in (self.greeting, self.back_cover):
            plain.textChanged.connect(self.changed)
        for checklist in (self.categories, self.designations, self.organisations):
            checklist.itemChanged.connect(self.changed)

    def _check_all(self, widget: QListWidget, checked: bool) -> None:
        widget.blockSignals(True)
        for i in range(widget.count()):
            widget.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        widget.blockSignals(False)
        self.changed.emit()

    def reload(self) -> None:
        """Fill the lists and texts from the database (keeping what was unticked)."""
        blocked = self.blockSignals(True)
        unticked_orgs = {self.organisations.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.organisations.count())
                         if self.organisations.item(i).checkState() != Qt.CheckState.Checked}
        unticked_cats = {self.categories.item(i).text() for i in range(self.categories.count())
                         if self.categories.item(i).checkState() != Qt.CheckState.Checked}
        chosen_kinds = set(_checked(self.designations))
        for widget in (self.categories, self.designations, self.organisations):
            widget.blockSignals(True)
            widget.clear()
        service = ProductService(self.workspace.db)
        for name in service.categories():
            _add_check(self.categories, name, name, name not in unticked_cats)
        for kind in CATALOG_DESIGNATIONS:
            _add_check(self.designations, badge_label(kind), kind, kind in chosen_kinds)
        counts = service.product_counts()
        for row in self.workspace.members.directory():
            item = _add_check(self.organisations, f"{row.name} ({counts.get(row.id, 0)})", row.id,
                              row.id not in unticked_orgs)
            if not counts.get(row.id):
                item.setToolTip("카탈로그에 실을 제품·서비스가 없습니다")
                item.setForeground(Qt.GlobalColor.gray)
        for widget in (self.categories, self.designations, self.organisations):
            widget.blockSignals(False)
        if not self.cover_title.text():
            self.set_texts(load_texts(self.workspace.db))
        self.blockSignals(blocked)

    def set_texts(self, texts: CatalogTexts) -> None:
        self.cover_title.setText(texts.cover_title)
        self.subtitle.setText(texts.subtitle)
        self.greeting.setPlainText(texts.greeting)
        self.logo.setText(texts.logo)
        self.contact.setText(texts.contact)
        self.back_cover.setPlainText(texts.back_cover)

    def texts(self) -> CatalogTexts:
        return CatalogTexts(cover_title=self.cover_title.text(), subtitle=self.subtitle.text(),
                            greeting=self.greeting.toPlainText(), logo=self.logo.text(), contact=self.contact.text(),
                            back_cover=self.back_cover.toPlainText())

    def options(self) -> CatalogOptions:
        categories = _checked(self.categories)
        all_categories = len(categories) == self.categories.count()
        return CatalogOptions(
            categories=() if all_categories else tuple(categories) or ("",),
            designations=tuple(_checked(self.designations)), members_only=self.members_only.isChecked(),
            organisation_ids=tuple(_checked(self.organisations)), order=self.order.currentData(),
            paper=self.paper.currentText(), year=self.year.value(), booklet=self.booklet.isChecked(),
            bleed_mm=BLEED_MM if self.bleed.isChecked() else 0.0)

    def choose_logo(self) -> None:
        patterns = " ".join(f"*{s}" for s in PHOTO_SUFFIXES)
        path = open_file_name(self, "로고 고르기", "pictures", f"그림 ({patterns})")
        if path:
            self.set_logo(path)

    def set_logo(self, path: str) -> None:
        """Copy the logo into the network's folder (or keep its path for an unsaved network)."""
        try:
            stored = import_photo(self.workspace.data_folder, path, "logo") if self.workspace.path else str(Path(path))
        except Exception as error:  # noqa: BLE001 - a Korean message; the old logo stays
            show_error(self, error)
            return
        self.logo.setText(stored)
        self.changed.emit()
