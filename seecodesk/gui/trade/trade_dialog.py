"""One trade record: buyer, seller, date, item (from the seller's products or typed), amount in 원, and
the agreement it belongs to (only agreements binding both are offered)."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from seecodesk.core.dates import paper_date
from seecodesk.core.trade import Agreement, Trade
from seecodesk.gui.trade.fields import combo_id, date_edit, iso, organisation_combo, select_data
from seecodesk.gui.widgets.form_dialog import form_names, lay_out_form, save_or_show_error

TYPED = "직접 적기"


class TradeDialog(QDialog):
    """Edit a trade record; `saved` is the stored trade after 저장."""

    def __init__(self, parent: QWidget | None, trade: Trade, names: dict[int, str],
                 products: dict[int, tuple[int, str]], agreements_between: Callable[[int, int], list[Agreement]],
                 save: Callable[[Trade], Trade]) -> None:
        super().__init__(parent)
        self.setWindowTitle("거래 기록")
        self.setObjectName("tradeDialog")
        self.trade, self._save, self._between, self.products = trade, save, agreements_between, products
        self.saved: Trade | None = None
        self.buyer = organisation_combo(names, trade.buyer_id or None, blank="")
        self.buyer.setObjectName("buyerCombo")
        self.seller = organisation_combo(names, trade.seller_id or None, blank="")
        self.seller.setObjectName("sellerCombo")
        self.traded_on = date_edit(trade.traded_on)
        self.product = QComboBox()
        self.product.setObjectName("productCombo")
        self.item = QLineEdit(trade.item)
        self.item.setObjectName("itemEdit")
        self.item.setPlaceholderText("품목 (제품 목록에 없으면 직접 적습니다)")
        self.amount = QLineEdit(f"{trade.amount:,}" if trade.amount else "")
        self.amount.setObjectName("amountEdit")
        self.amount.setPlaceholderText("원 단위 (예: 1,200,000 또는 120만)")
        self.agreement = QComboBox()
        self.agreement.setObjectName("agreementCombo")
        self.note = QLineEdit(trade.note)
        for combo in (self.buyer, self.seller):
            combo.currentIndexChanged.connect(lambda _i: self._refresh_choices())
            combo.lineEdit().editingFinished.connect(self._refresh_choices)
        self.product.activated.connect(self._product_chosen)
        self._refresh_choices()
        select_data(self.product, trade.product_id)
        select_data(self.agreement, trade.agreement_id)
        form = QFormLayout()
        form.addRow("구매 기관(&B)", self.buyer)
        form.addRow("판매 기관(&S)", self.seller)
        form.addRow("거래일(&D)", self.traded_on)
        form.addRow("제품·서비스", self.product)
        form.addRow("품목(&I)", self.item)
        form.addRow("금액(&A)", self.amount)
        form.addRow("협약(&G)", self.agreement)
        form.addRow("메모", self.note)
        self.error = lay_out_form(self, form, self.accept_form)
        self.error.setVisible(False)
        self.resize(520, 380)

    def _refresh_choices(self) -> None:
        """The seller's products, and the agreements binding both organisations (in force first)."""
        buyer, seller = combo_id(self.buyer), combo_id(self.seller)
        chosen_product, chosen_agreement = self.product.currentData(), self.agreement.currentData()
        self.product.clear()
        self.product.addItem(TYPED, None)
        for product_id, (org_id, name) in self.products.items():
            if org_id == seller:
                self.product.addItem(name, product_id)
        self.agreement.clear()
        self.agreement.addItem("협약 없음 (협약 밖 거래)", None)
        if buyer is not None and seller is not None and buyer != seller:
            for agreement in self._between(buyer, seller):
                self.agreement.addItem(f"{agreement.title} ({paper_date(agreement.signed_on)}, {agreement.status})", agreement.id)
            if self.agreement.count() == 2:
                self.agreement.setCurrentIndex(1)
        select_data(self.product, chosen_product)
        if chosen_agreement is not None:
            select_data(self.agreement, chosen_agreement)

    def _product_chosen(self, _index: int) -> None:
        if self.product.currentData() is not None:
            self.item.setText(self.product.currentText())

    def trade_from_form(self) -> Trade:
        return replace(self.trade, buyer_id=combo_id(self.buyer), seller_id=combo_id(self.seller),  # type: ignore[arg-type]
                       traded_on=iso(self.traded_on), item=self.item.text(), amount=self.amount.text(),  # type: ignore[arg-type]
                       product_id=self.product.currentData(), agreement_id=self.agreement.currentData(),
                       note=self.note.text())

    def accept_form(self) -> None:
        def save() -> None:
            self.saved = self._save(self.trade_from_form())

        save_or_show_error(self, self.error, save, form_names(self, {"traded_on": self.traded_on, "item": self.item, "amount": self.amount, "note": self.note}))

    @classmethod
    def ask(cls, parent: QWidget | None, trade: Trade, names: dict[int, str], products: dict[int, tuple[int, str]],
            agreements_between: Callable[[int, int], list[Agreement]], save: Callable[[Trade], Trade]) -> Trade | None:
        dialog = cls(parent, trade, names, products, agreements_between, save)
        dialog.exec()
        return dialog.saved
