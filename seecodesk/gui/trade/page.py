"""상호거래 section: what needs attention first (renewals, quiet agreements), then agreements and
ceremonies, trade records with their totals, requests (희망기관 접수), the web of ties, and public
procurement (공공구매) records with the network's goal."""

import tempfile
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.dates import paper_date
from seecodesk.core.errors import SeeCoDeskError
from seecodesk.core.trade import Agreement, AgreementParty, Trade, TradeRequest
from seecodesk.gui.messages import confirm, show_error
from seecodesk.gui.trade.agreement_dialog import AgreementDialog
from seecodesk.gui.trade.ceremony_dialog import CeremonyDialog
from seecodesk.gui.trade.network_tab import NetworkTab
from seecodesk.gui.trade.procurement_tab import ProcurementTab
from seecodesk.gui.trade.request_dialog import RequestDialog
from seecodesk.gui.trade.status_row import StatusRow
from seecodesk.gui.trade.tables import (
    AGREEMENT_HEADERS,
    REQUEST_HEADERS,
    TRADE_HEADERS,
    current_id,
    fill_agreements,
    fill_requests,
    fill_trades,
    new_table,
    select_id,
)
from seecodesk.gui.trade.trade_dialog import TradeDialog
from seecodesk.gui.widgets.tables import delete_key
from seecodesk.services.network import NetworkService
from seecodesk.services.procurement import ProcurementService
from seecodesk.services.trade import TradeService, idle_agreements, renewals_due
from seecodesk.services.workspace import Workspace

ATTENTION_SHOWN = 4


def _show_preview(parent: QWidget, path: Path, title: str) -> None:
    from seecodesk.gui.widgets.pdf_preview import PdfPreviewDialog

    PdfPreviewDialog(path, title, parent).exec()


def _button(text: str, name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


class TradePage(QWidget):
    """The whole 상호거래 section."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trade_page")
        self.workspace = workspace
        data_folder = workspace.data_folder if workspace.path else None
        self.service = TradeService(workspace.db, data_folder)
        self.network = NetworkService(workspace.db)
        self.today = date.today()
        # dialogs and outside effects, replaceable by tests
        self.ask_agreement = AgreementDialog.ask
        self.ask_ceremony = CeremonyDialog.ask
        self.ask_trade = TradeDialog.ask
        self.ask_request = RequestDialog.ask
        self.preview = _show_preview
        self.print_folder = Path(tempfile.mkdtemp(prefix="seecodesk-trade-"))
        self.names: dict[int, str] = {}
        self.record_names: dict[int, str] = {}
        self._status_change = ""  # the undo label of the last status change made here
        self.message = QLabel()
        self.message.setObjectName("tradeMessage")
        self._build()
        self.refresh()

    # --- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.attention = QLabel()
        self.attention.setObjectName("tradeAttention")
        self.attention.setWordWrap(True)
        self.attention.setTextFormat(Qt.TextFormat.RichText)
        frame = QFrame()
        frame.setObjectName("attentionFrame")
        frame.setStyleSheet("QFrame#attentionFrame { background: #fff8e1; border: 1px solid #f0d58c; border-radius: 4px; }")
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(10, 6, 10, 6)
        frame_layout.addWidget(self.attention)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._agreements_tab(), "협약·협약식")
        self.tabs.addTab(self._trades_tab(), "거래 기록")
        self.tabs.addTab(self._requests_tab(), "희망기관 접수")
        self.network_tab = NetworkTab(self.network)
        self.network_tab.organisation_clicked.connect(self.open_organisation)
        self.tabs.addTab(self.network_tab, "관계망")
        self.procurement_tab = ProcurementTab(ProcurementService(self.workspace.db), self.names)
        self.tabs.addTab(self.procurement_tab, "공공구매")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(frame)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self._new_in_tab)

    def _agreements_tab(self) -> QWidget:
        self.ceremonies = QListWidget()
        self.ceremonies.setObjectName("ceremonyList")
        self.ceremonies.setWordWrap(True)
        self.ceremonies.currentRowChanged.connect(lambda _row: self._fill_agreements())
        self.agreements_table = new_table(AGREEMENT_HEADERS, "agreementTable", 4, wide=2)
        self.agreements_table.doubleClicked.connect(lambda _index: self.edit_agreement())
        delete_key(self.agreements_table, self.delete_agreement)
        buttons = QHBoxLayout()
        self.new_agreement_button = _button("새 협약(&N)", "newAgreementButton", self.new_agreement)
        self.ceremony_button = _button("협약식 입력(&C)…", "ceremonyButton", self.new_ceremony)
        buttons.addWidget(self.new_agreement_button)
        buttons.addWidget(self.ceremony_button)
        buttons.addWidget(_button("수정", "editAgreementButton", self.edit_agreement))
        buttons.addWidget(_button("업무협약서 인쇄(&P)…", "printAgreementButton", self.print_agreement))
        buttons.addWidget(_button("서명본 열기", "openScanButton", self.open_scan))
        buttons.addStretch(1)
        buttons.addWidget(_button("삭제", "deleteAgreementButton", self.delete_agreement))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("<b>협약식</b>"))
        left_layout.addWidget(self.ceremonies)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.agreements_table)
        splitter.setSizes([230, 900])
        self.status_row = StatusRow()
        self.status_row.chosen.connect(self.change_status)
        self.status_row.undo_clicked.connect(self.undo_status)
        self.agreements_table.itemSelectionChanged.connect(self._show_status)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_row)
        return tab

    def _trades_tab(self) -> QWidget:
        self.trade_year = QComboBox()
        self.trade_year.setObjectName("tradeYear")
        self.trade_year.currentIndexChanged.connect(lambda _i: self._fill_trades())
        self.trades_table = new_table(TRADE_HEADERS, "tradeTable", 3)
        self.trades_table.doubleClicked.connect(lambda _index: self.edit_trade())
        self.totals = QLabel()
        self.totals.setObjectName("tradeTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.totals.setMinimumWidth(300)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel("연도"))
        buttons.addWidget(self.trade_year)
        self.new_trade_button = _button("새 거래(&N)", "newTradeButton", self.new_trade)
        buttons.addWidget(self.new_trade_button)
        buttons.addWidget(_button("수정", "editTradeButton", self.edit_trade))
        buttons.addWidget(_button("조사표 가져오기…", "importTradesButton", self.import_trades))
        buttons.addStretch(1)
        buttons.addWidget(_button("삭제", "deleteTradeButton", self.delete_trade))
        # The totals grow with every organisation that traded: scrolled, they no longer make the window taller
        # than a laptop's screen (a 1280-pixel-wide window needed 771 pixels on the demo network).
        totals_area = QScrollArea()
        totals_area.setWidgetResizable(True)
        totals_area.setFrameShape(QFrame.Shape.NoFrame)
        totals_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        totals_area.setWidget(self.totals)
        splitter = QSplitter()
        splitter.addWidget(self.trades_table)
        splitter.addWidget(totals_area)
        splitter.setSizes([780, 340])
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        return tab

    def _requests_tab(self) -> QWidget:
        self.requests_table = new_table(REQUEST_HEADERS, "requestTable", 3)
        buttons = QHBoxLayout()
        buttons.addWidget(_button("새 접수(&N)", "newRequestButton", self.new_request))
        buttons.addWidget(_button("협약으로 이어짐…", "requestAgreementButton", self.request_to_agreement))
        buttons.addWidget(_button("거래로 이어짐…", "requestTradeButton", self.request_to_trade))
        buttons.addWidget(_button("종결…", "closeRequestButton", self.close_request))
        buttons.addStretch(1)
        note = QLabel("희망기관이 제공기관에 바라는 제품·서비스를 접수하고, 협약이나 거래로 이어졌는지 또는 왜 끝났는지 남깁니다.")
        note.setWordWrap(True)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.requests_table, 1)
        return tab

    # --- showing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload everything from the database."""
        self.status_row.undo_button.hide()
        self.names = self.service.organisation_names()
        self.record_names = self.service.organisation_names(with_deleted=True)  # a record names a deleted member
        self.agreement_list = self.service.agreements()
        self._fill_attention()
        self._fill_ceremonies()
        self._fill_agreements()
        self._fill_years()
        self._fill_trades()
        fill_requests(self.requests_table, self.service.requests(), self.record_names)
        self.procurement_tab.names = self.names
        self.procurement_tab.refresh()
        if self.tabs.currentWidget() is self.network_tab:
            self.network_tab.refresh()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.network_tab:
            self.network_tab.refresh()

    def _fill_attention(self) -> None:
        db = self.workspace.db
        due = renewals_due(db, 60, self.today)
        idle = idle_agreements(db, self.today)
        parts = []
        if due:
            lines = [f"{escape(paper_date(a.due_on))} {escape(a.title)}" for a in due[:ATTENTION_SHOWN]]
            more = f" 외 {len(due) - ATTENTION_SHOWN}건" if len(due) > ATTENTION_SHOWN else ""
            parts.append(f"<b>60일 안에 갱신할 협약 {len(due)}건</b>: " + ", ".join(lines) + more)
        if idle:
            lines = [escape(a.title) for a, _last in idle[:ATTENTION_SHOWN]]
            more = f" 외 {len(idle) - ATTENTION_SHOWN}건" if len(idle) > ATTENTION_SHOWN else ""
            parts.append(f"<b>1년 넘게 거래가 없는 협약 {len(idle)}건</b>: " + ", ".join(lines) + more)
        self.attention.setText("<br>".join(parts) or "갱신할 협약도, 오래 거래가 없는 협약도 없습니다.")

    def _fill_ceremonies(self) -> None:
        keep = self.ceremonies.currentItem().data(Qt.ItemDataRole.UserRole) if self.ceremonies.currentItem() else None
        self.ceremonies.blockSignals(True)
        self.ceremonies.clear()
        everything = QListWidgetItem("모든 협약")
        everything.setData(Qt.ItemDataRole.UserRole, None)
        self.ceremonies.addItem(everything)
        for ceremony in self.service.ceremonies():
            count = sum(1 for a in self.agreement_list if a.ceremony_id == ceremony.id)
            item = QListWidgetItem(f"{paper_date(ceremony.held_on)} {ceremony.title}\n{len(ceremony.organisation_ids)}곳 · 협약 {count}건")
            item.setData(Qt.ItemDataRole.UserRole, ceremony.id)
            self.ceremonies.addItem(item)
            if ceremony.id == keep:
                self.ceremonies.setCurrentItem(item)
        if self.ceremonies.currentRow() < 0:
            self.ceremonies.setCurrentRow(0)
        self.ceremonies.blockSignals(False)

    def _fill_agreements(self) -> None:
        item = self.ceremonies.currentItem()
        ceremony_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        shown = [a for a in self.agreement_list if ceremony_id is None or a.ceremony_id == ceremony_id]
        totals: dict[int, tuple[int, int]] = {}
        for trade in self.service.trades():
            if trade.agreement_id is not None:
                count, amount = totals.get(trade.agreement_id, (0, 0))
                totals[trade.agreement_id] = (count + 1, amount + trade.amount)
        fill_agreements(self.agreements_table, shown, totals)
        self._show_status()

    def _show_status(self) -> None:
        agreement_id = current_id(self.agreements_table)
        self.status_row.show_agreement(next((a for a in self.agreement_list if a.id == agreement_id), None))

    def _fill_years(self) -> None:
        keep = self.trade_year.currentData()
        years = sorted(set(self.service.trade_years()) | {self.today.year}, reverse=True)
        self.trade_year.blockSignals(True)
        self.trade_year.clear()
        for year in years:
            self.trade_year.addItem(f"{year}년", year)
        self.trade_year.addItem("모든 해", None)
        latest = self.service.trade_years()[-1] if self.service.trade_years() else self.today.year
        index = self.trade_year.findData(keep if keep is not None else latest)
        self.trade_year.setCurrentIndex(max(index, 0))
        self.trade_year.blockSignals(False)

    def _fill_trades(self) -> None:
        year = self.trade_year.currentData()
        summary = self.service.summary(year)
        titles = {a.id or 0: a.title for a in self.agreement_list}
        fill_trades(self.trades_table, summary.trades, self.record_names, titles)
        self.totals.setText(self._totals_html(summary))

    def _totals_html(self, summary) -> str:  # type: ignore[no-untyped-def]
        total, share = summary.total, summary.share
        label = f"{summary.year}년" if summary.year else "모든 해"
        lines = [f"<h3>{label} 거래 {total.count}건 · {total.amount:,}원</h3>",
                 f"협약 안 {share.inside.count}건 {share.inside.amount:,}원 ({share.inside_share:.0%}) · "
                 f"협약 밖 {share.outside.count}건 {share.outside.amount:,}원"]
        lines.append("<h4>연도별</h4>" + "<br>".join(f"{y}년: {t.count}건, {t.amount:,}원" for y, t in summary.by_year.items()))
        lines.append("<h4>기관별 (산 것 / 판 것)</h4>" + "<br>".join(
            f"{escape(self.record_names.get(r.organisation_id, '?'))}: {r.bought.amount:,} / {r.sold.amount:,}원"
            for r in summary.by_organisation[:8]))
        lines.append("<h4>많이 거래한 짝</h4>" + "<br>".join(
            f"{escape(self.record_names.get(a, '?'))} ↔ {escape(self.record_names.get(b, '?'))}: {t.count}건 {t.amount:,}원"
            for (a, b), t in list(summary.by_pair.items())[:6]))
        never = summary.never_traded
        lines.append(f"<h4>거래로 이어지지 않은 협약 {len(never)}건</h4>" + "<br>".join(escape(a.title) for a in never[:8]))
        return "".join(lines)

    def _new_in_tab(self) -> None:
        index = self.tabs.currentIndex()
        (self.new_agreement, self.new_trade, self.new_request, lambda: None, self.procurement_tab.new_record)[index]()

    def _after(self, text: str) -> None:
        self.refresh()
        self.message.setText(text)

    # --- agreements ------------------------------------------------------------------------------
    def _save_agreement(self, agreement: Agreement, scan: str | None) -> Agreement:
        return self.service.save_agreement(agreement, scan)

    def new_agreement(self, parties: list[AgreementParty] | None = None) -> Agreement | None:
        blank = Agreement(title="", parties=parties or [], signed_on=self.today.isoformat())
        saved = self.ask_agreement(self, blank, self.names, self._save_agreement)
        if saved is not None:
            self._after(f"'{saved.title}' 협약을 저장했습니다.")
            select_id(self.agreements_table, saved.id)
        return saved

    def edit_agreement(self) -> None:
        agreement_id = current_id(self.agreements_table)
        if agreement_id is None:
            return
        saved = self.ask_agreement(self, self.service.agreement(agreement_id), self.names, self._save_agreement)
        if saved is not None:
            self._after(f"'{saved.title}' 협약을 저장했습니다.")
            select_id(self.agreements_table, saved.id)

    def new_ceremony(self) -> None:
        made = self.ask_ceremony(self, self.names, self.service.hold_ceremony)
        if made is not None:
            ceremony_id, agreement_ids = made
            self.refresh()
            for row in range(self.ceremonies.count()):
                if self.ceremonies.item(row).data(Qt.ItemDataRole.UserRole) == ceremony_id:
                    self.ceremonies.setCurrentRow(row)
            self.message.setText(f"협약식을 저장했습니다: 협약 {len(agreement_ids)}건을 만들었습니다.")

    def delete_agreement(self) -> None:
        agreement_id = current_id(self.agreements_table)
        if agreement_id is None:
            return
        agreement = self.service.agreement(agreement_id)
        if not confirm(self, "협약 삭제", f"'{agreement.title}' 협약을 삭제할까요?\n거래 기록은 남습니다. Ctrl+Z로 되돌릴 수 있습니다."):
            return
        self.service.delete_agreement(agreement_id)
        self._after(f"'{agreement.title}' 협약을 삭제했습니다. 되돌리기: Ctrl+Z")

    def change_status(self, status: str) -> None:
        """One click: the chosen agreement moves to `status` on the row's date; 되돌리기 appears."""
        agreement_id = current_id(self.agreements_table)
        if agreement_id is None:
            self.message.setText("상태를 바꿀 협약을 먼저 고르세요.")
            return
        try:
            saved = self.service.set_status(agreement_id, status, self.status_row.date())
        except SeeCoDeskError as error:
            show_error(self, error)
            return
        self._after(f"'{saved.title}' 협약을 {paper_date(saved.status_on)}부터 '{status}' 상태로 바꿨습니다. 되돌리기: Ctrl+Z")
        select_id(self.agreements_table, agreement_id)
        self._status_change = self.service.history.labels()[0]
        self.status_row.undo_button.show()

    def undo_status(self) -> None:
        """Take back the status change just made, unless something else was changed since."""
        self.status_row.undo_button.hide()
        if self.service.history.labels()[0] != self._status_change:
            self.message.setText("그 뒤에 다른 변경이 있어 여기서는 되돌리지 않습니다. 편집 → 실행 취소를 쓰세요.")
            return
        done = self.service.history.undo()
        self._after(done.message if done else "되돌릴 변경이 없습니다.")

    def print_agreement(self) -> None:
        agreement_id = current_id(self.agreements_table)
        if agreement_id is None:
            self.message.setText("인쇄할 협약을 먼저 고르세요.")
            return
        from seecodesk.services.trade_print import print_agreement

        path = self.print_folder / f"업무협약서_{agreement_id}.pdf"
        try:
            print_agreement(self.workspace.db, agreement_id, path)
        except SeeCoDeskError as error:
            show_error(self, error)
            return
        self.preview(self, path, "업무협약서")

    def open_scan(self) -> None:
        agreement_id = current_id(self.agreements_table)
        if agreement_id is None:
            return
        scan = self.service.scan_file(self.service.agreement(agreement_id))
        if scan is None:
            self.message.setText("이 협약에는 붙인 서명본이 없습니다. 수정 창에서 붙일 수 있습니다.")
            return
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(scan)))

    # --- trades ----------------------------------------------------------------------------------
    def _ask_trade(self, trade: Trade) -> Trade | None:
        own = {i: self.record_names[i] for i in (trade.buyer_id, trade.seller_id) if i in self.record_names}
        return self.ask_trade(self, trade, {**self.names, **own}, self.service.product_names(),
                              self.service.agreements_between, self.service.save_trade)

    def new_trade(self, trade: Trade | None = None) -> Trade | None:
        blank = trade or Trade(buyer_id=0, seller_id=0, traded_on=self.today.isoformat(), item="", amount=0)
        saved = self._ask_trade(blank)
        if saved is not None:
            year = int(saved.traded_on[:4])
            self.refresh()
            self.trade_year.setCurrentIndex(max(self.trade_year.findData(year), 0))
            self.message.setText(f"거래를 저장했습니다: {saved.item} {saved.amount:,}원")
        return saved

    def edit_trade(self) -> None:
        trade_id = current_id(self.trades_table)
        trade = next((t for t in self.service.trades() if t.id == trade_id), None)
        if trade is not None and self._ask_trade(trade) is not None:
            self._after("거래를 저장했습니다.")

    def delete_trade(self) -> None:
        trade_id = current_id(self.trades_table)
        if trade_id is None:
            return
        self.service.delete_trade(trade_id)
        self._after("거래 기록을 삭제했습니다. 되돌리기: Ctrl+Z")

    def choose_import_file(self) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, "상호거래 실적 조사표", str(Path.home()),
                                              "조사표 (*.csv *.xlsx *.txt);;모든 파일 (*)")
        return path

    def import_trades(self) -> None:
        """Preview a survey sheet (CSV/XLSX) and import all its rows, or none."""
        from seecodesk.gui.trade.import_dialog import TradeImportDialog

        path = self.choose_import_file()
        if not path:
            return
        count = TradeImportDialog.ask(self, self.service, path)
        if count:
            self._after(f"거래 {count:,}건을 가져왔습니다.")

    def undo(self) -> None:
        """Ctrl+Z: bring back the last deleted agreement, trade or request."""
        self._after("되돌렸습니다." if self.service.undo_delete() else "되돌릴 삭제가 없습니다.")

    # --- requests --------------------------------------------------------------------------------
    def _current_request(self) -> TradeRequest | None:
        """The request chosen in the list while it is open; otherwise None, with a message saying why."""
        request_id = current_id(self.requests_table)
        request = next((r for r in self.service.requests() if r.id == request_id), None)
        if request is None:
            self.message.setText("접수 목록에서 하나를 먼저 고르세요.")
        elif request.status != "접수":
            self.message.setText(f"이미 결과가 있는 접수입니다 ({request.status}). 결과를 바꾸려면 새로 접수하세요.")
            return None
        return request

    def new_request(self) -> None:
        blank = TradeRequest(requester_id=0, provider_id=0, received_on=self.today.isoformat())
        if self.ask_request(self, blank, self.names, self.service.save_request) is not None:
            self._after("희망기관 접수를 저장했습니다.")

    def request_to_agreement(self) -> None:
        request = self._current_request()
        if request is None:
            return
        blank = Agreement(title=f"{request.item} 상호거래 협약", signed_on=self.today.isoformat(), scope=request.item,
                          parties=[AgreementParty(organisation_id=request.requester_id),
                                   AgreementParty(organisation_id=request.provider_id)])
        saved = self.ask_agreement(self, blank, self.names,
                                   lambda a, scan: self.service.request_to_agreement(int(request.id or 0), a))
        if saved is not None:
            self._after("접수가 협약으로 이어졌습니다.")

    def request_to_trade(self) -> None:
        request = self._current_request()
        if request is None:
            return
        blank = Trade(buyer_id=request.requester_id, seller_id=request.provider_id, traded_on=self.today.isoformat(),
                      item=request.item, amount=0, product_id=request.product_id)
        saved = self.ask_trade(self, blank, self.names, self.service.product_names(), self.service.agreements_between,
                               lambda t: self.service.request_to_trade(int(request.id or 0), t))
        if saved is not None:
            self._after("접수가 거래로 이어졌습니다.")

    def close_request(self) -> None:
        request = self._current_request()
        if request is None:
            return
        reason, ok = QInputDialog.getText(self, "접수 종결", "종결하는 까닭 (예: 예산 부족, 제공 불가):")
        if not ok:
            return
        try:
            self.service.close_request(int(request.id or 0), reason)
        except SeeCoDeskError as error:
            show_error(self, error)
            return
        self._after("접수를 종결했습니다.")

    # --- the web ---------------------------------------------------------------------------------
    def open_organisation(self, org_id: int) -> None:
        """Open the organisation's form from the web of ties."""
        from seecodesk.gui.members.org_dialog import OrganisationDialog

        members = self.workspace.members
        try:
            org = members.organisation(org_id)
        except SeeCoDeskError as error:
            show_error(self, error)
            return
        if OrganisationDialog.ask(self, org, members.save_organisation) is not None:
            self.message.setText(f"'{org.name}'의 정보를 저장했습니다.")


def create_page(workspace: Workspace, parent: QWidget | None = None) -> QWidget:
    """The section's page for the main window."""
    return TradePage(workspace, parent)
