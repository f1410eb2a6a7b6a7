"""The 상호거래 page's lists: agreements, trades and requests as read-only tables."""

from PySide6.QtWidgets import QTableWidget

from seecodesk.core.trade import Agreement, Trade, TradeRequest
from seecodesk.gui.widgets.tables import cell as _cell
from seecodesk.gui.widgets.tables import current_id, new_table, select_id

__all__ = ["_cell", "current_id", "new_table", "select_id"]  # the trade screens import them from here

AGREEMENT_HEADERS = ("번호", "협약일", "협약 이름", "종류", "당사자", "기간", "상태", "거래")
TRADE_HEADERS = ("거래일", "구매 기관", "판매 기관", "품목", "금액(원)", "협약")
REQUEST_HEADERS = ("접수일", "희망기관", "제공기관", "바라는 것", "상태", "결과")


def fill_agreements(table: QTableWidget, agreements: list[Agreement], trade_totals: dict[int, tuple[int, int]]) -> None:
    table.setRowCount(len(agreements))
    for row, a in enumerate(agreements):
        count, amount = trade_totals.get(a.id or 0, (0, 0))
        values = (a.id, a.signed_on, a.title, a.kind, a.party_names, a.period_text, a.status,
                  f"{count}건 {amount:,}원" if count else "거래 없음")
        for column, value in enumerate(values):
            table.setItem(row, column, _cell(value, a.id if column == 0 else None, column in (0, 7)))


def fill_trades(table: QTableWidget, trades: list[Trade], names: dict[int, str], titles: dict[int, str]) -> None:
    table.setRowCount(len(trades))
    for row, t in enumerate(trades):
        values = (t.traded_on, names.get(t.buyer_id, "?"), names.get(t.seller_id, "?"), t.item, f"{t.amount:,}",
                  titles.get(t.agreement_id or 0, "") if t.agreement_id else "협약 밖")
        for column, value in enumerate(values):
            table.setItem(row, column, _cell(value, t.id if column == 0 else None, column == 4))


def fill_requests(table: QTableWidget, requests: list[TradeRequest], names: dict[int, str]) -> None:
    table.setRowCount(len(requests))
    for row, r in enumerate(requests):
        outcome = {"협약": "협약 체결", "거래": "거래 기록", "종결": r.close_reason}.get(r.status, "진행 중")
        values = (r.received_on, names.get(r.requester_id, "?"), names.get(r.provider_id, "?"), r.item, r.status, outcome)
        for column, value in enumerate(values):
            table.setItem(row, column, _cell(value, r.id if column == 0 else None))
