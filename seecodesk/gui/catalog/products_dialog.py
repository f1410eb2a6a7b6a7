"""The products editor: each organisation's products and services, and the item categories."""

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.josa import josa
from seecodesk.core.korean_search import SearchKey, filter_keys
from seecodesk.core.products import Product, price_text
from seecodesk.gui.catalog.product_dialog import ProductDialog
from seecodesk.gui.messages import confirm, show_error
from seecodesk.gui.widgets.screen_fit import fit_to_screen
from seecodesk.services.products import ProductService
from seecodesk.services.workspace import Workspace


def _button(label: str, slot, layout) -> QPushButton:  # type: ignore[no-untyped-def]
    button = QPushButton(label)
    button.clicked.connect(slot)
    layout.addWidget(button)
    return button


class ProductsDialog(QDialog):
    """Organisations on the left, the chosen one's products on the right."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("제품·서비스 관리")
        self.resize(960, 600)
        fit_to_screen(self)  # a laptop at 125% has 582 of Qt's pixels of height for it
        self.service = ProductService(workspace.db, workspace.data_folder if workspace.path else None)
        self.workspace = workspace
        self.changed = False
        self.search = QLineEdit(placeholderText="회원사 찾기 (초성도 됩니다: ㄱㄹ)")
        self.organisations = QListWidget()
        self.products = QListWidget()
        self.products.itemActivated.connect(lambda _item: self.edit_product())
        self.search.textChanged.connect(self._filter)
        self.organisations.currentItemChanged.connect(lambda *_: self._load_products())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.organisations)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.title = QLabel()
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.products, 1)
        buttons = QHBoxLayout()
        _button("추가(&A)…", self.add_product, buttons)
        _button("수정(&E)…", self.edit_product, buttons)
        _button("삭제", self.delete_product, buttons)
        _button("▲ 위로", lambda: self.move(-1), buttons)
        _button("▼ 아래로", lambda: self.move(1), buttons)
        buttons.addStretch(1)
        _button("품목 분류 관리…", self.edit_categories, buttons)
        _button("닫기", self.accept, buttons)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)
        QShortcut(QKeySequence.StandardKey.Delete, self.products, activated=self.delete_product)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_product)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo)
        self._load_organisations()

    def _load_organisations(self) -> None:
        counts = self.service.product_counts()
        self._rows = self.workspace.members.directory()
        self._keys = [SearchKey(r.name, r.representative) for r in self._rows]
        self.organisations.clear()
        for row in self._rows:
            item = QListWidgetItem(f"{row.name}  ({counts.get(row.id, 0)})")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, row.name)
            self.organisations.addItem(item)
        if self._rows:
            self.organisations.setCurrentRow(0)

    def _filter(self, query: str) -> None:
        visible = set(filter_keys(self._keys, query))
        for index in range(self.organisations.count()):
            self.organisations.item(index).setHidden(index not in visible)

    def org_id(self) -> int | None:
        item = self.organisations.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _load_products(self, select_id: int | None = None) -> None:
        self.products.clear()
        org_id = self.org_id()
        if org_id is None:
            return
        name = self.organisations.currentItem().data(Qt.ItemDataRole.UserRole + 1)
        products = self.service.products_of(org_id)
        self.title.setText(f"<b>{html.escape(name)}</b>의 제품·서비스 {len(products)}개")
        self.organisations.currentItem().setText(f"{name}  ({sum(p.on_catalog for p in products)})")
        for product in products:
            hidden = "" if product.on_catalog else "  [카탈로그 제외]"
            item = QListWidgetItem(f"{product.name} — {price_text(product)} · {product.category}{hidden}")
            item.setData(Qt.ItemDataRole.UserRole, product.id)
            self.products.addItem(item)
            if product.id == select_id:
                self.products.setCurrentItem(item)

    def product_id(self) -> int | None:
        item = self.products.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _run_dialog(self, product: Product) -> None:
        dialog = ProductDialog(self.service, product, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self.changed = True
            self._load_products(dialog.saved.id)

    def add_product(self) -> None:
        if self.org_id() is not None:
            self._run_dialog(Product(organisation_id=self.org_id(), name=""))

    def edit_product(self) -> None:
        if self.product_id() is not None:
            self._run_dialog(self.service.product(self.product_id()))

    def delete_product(self) -> None:
        product_id = self.product_id()
        if product_id is None:
            return
        name = self.service.product(product_id).name
        if confirm(self, "삭제", f"'{name}'{josa(name, '을')} 삭제할까요? Ctrl+Z로 되돌릴 수 있습니다."):
            self.service.delete_product(product_id)
            self.changed = True
            self._load_products()

    def undo(self) -> None:
        restored = self.service.undo_delete()
        if restored:
            self.changed = True
            self._load_products(restored.id)

    def move(self, delta: int) -> None:
        if self.product_id() is not None:
            product_id = self.product_id()
            self.service.move(product_id, delta)
            self.changed = True
            self._load_products(product_id)

    def edit_categories(self) -> None:
        CategoriesDialog(self.service, self).exec()
        self.changed = True
        self._load_products(self.product_id())


class CategoriesDialog(QDialog):
    """The item categories in print order: add, rename, delete, move."""

    def __init__(self, service: ProductService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("품목 분류 관리")
        self.service = service
        self.list = QListWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("카탈로그는 이 순서로 분류를 싣습니다."))
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        _button("추가…", self.add, buttons)
        _button("이름 바꾸기…", self.rename, buttons)
        _button("삭제", self.delete, buttons)
        _button("▲", lambda: self.move(-1), buttons)
        _button("▼", lambda: self.move(1), buttons)
        _button("닫기", self.accept, buttons)
        layout.addLayout(buttons)
        self._load()

    def _load(self, current: str | None = None) -> None:
        self.list.clear()
        self.list.addItems(self.service.categories())
        matches = self.list.findItems(current or "", Qt.MatchFlag.MatchExactly)
        if matches:
            self.list.setCurrentItem(matches[0])

    def _current(self) -> str | None:
        item = self.list.currentItem()
        return item.text() if item else None

    def _try(self, action, current: str | None) -> None:  # type: ignore[no-untyped-def]
        try:
            action()
        except Exception as error:  # noqa: BLE001 - a Korean message, the list stays as it was
            show_error(self, error)
        self._load(current)

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, "분류 추가", "새 분류 이름:")
        if ok:
            self._try(lambda: self.service.add_category(name), name.strip())

    def rename(self) -> None:
        old = self._current()
        if old:
            new, ok = QInputDialog.getText(self, "이름 바꾸기", "새 이름 (제품도 함께 옮겨집니다):", text=old)
            if ok:
                self._try(lambda: self.service.rename_category(old, new), new.strip())

    def delete(self) -> None:
        name = self._current()
        if name and confirm(self, "분류 삭제", f"'{name}' 분류를 목록에서 뺄까요? 이 분류의 제품은 '기타'로 인쇄됩니다."):
            self._try(lambda: self.service.delete_category(name), None)

    def move(self, delta: int) -> None:
        name = self._current()
        if name:
            names = self.service.categories()
            index = names.index(name)
            names.insert(max(0, min(len(names) - 1, index + delta)), names.pop(index))
            self._try(lambda: self.service.set_category_order(names), name)
