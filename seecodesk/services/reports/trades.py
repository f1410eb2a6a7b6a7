"""상호거래 실적: trades between member organisations (and whether an agreement stands behind them).

Listed only when the database has the `agreements` and `trades` tables (the 상호거래 part); the
trade columns are recognised by name (seecodesk.storage.report_queries.TRADE_COLUMN_CHOICES).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from seecodesk.services.reports.base import Column, Report, ReportOptions, Table, column_sum
from seecodesk.services.settings import network_name
from seecodesk.storage import report_queries as queries

if TYPE_CHECKING:
    import sqlite_utils

TITLE = "상호거래 실적"
DESCRIPTION = "회원사 사이의 거래 (구매·판매 회원사, 품목, 금액, 협약 여부)와 판매 회원사별 합계"
COLUMNS = [Column("day", "거래일", "date", names_row=True), Column("buyer", "구매 회원사", width=26, names_row=True), Column("seller", "판매 회원사", width=26),
           Column("item", "품목", width=24), Column("amount", "금액", "money"), Column("agreement", "협약")]
SELLER_COLUMNS = [Column("seller", "판매 회원사", width=26), Column("count", "건수", "int"), Column("amount", "금액", "money")]


def available(db: sqlite_utils.Database) -> bool:
    """True when agreements and trades are recorded in this database, in a shape this report reads."""
    return {"agreements", "trades"} <= queries.table_names(db) and queries.trade_columns(db) is not None


def build(db: sqlite_utils.Database, options: ReportOptions) -> Report:
    """Trades in the period with totals, and a tally by seller."""
    trades = queries.trade_rows(db, options.period.first_day, options.period.last_day)
    rows: list[list[Any]] = [[t["day"], t["buyer"], t["seller"], t["item"] or "", t["amount"],
                              "협약" if t["agreement_id"] else ""] for t in trades]
    by_seller: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        by_seller[r[2]][0] += 1
        by_seller[r[2]][1] += r[4] or 0
    sellers: list[list[Any]] = [[s, n, a] for s, (n, a) in sorted(by_seller.items(), key=lambda kv: -kv[1][1])]
    return Report("trades", TITLE, network_name(db), options.period, [
        Table("상호거래", COLUMNS, rows, ["합계", "", "", f"{len(rows):,}건", column_sum(rows, 4), ""]),
        Table("판매 회원사별", SELLER_COLUMNS, sellers, ["합계", column_sum(sellers, 1), column_sum(sellers, 2)])],
        [f"거래 {len(rows):,}건."])
