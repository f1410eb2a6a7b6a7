"""Agreements and trade records as files for 시청 or a spreadsheet: CSV (UTF-8 BOM or CP949) or XLSX.

The same rules as the member export, with its writer pieces: formula-like text neutralised,
amounts kept as numbers, CP949 checked before anything is written, the file written beside the
target and renamed into place. The agreements sheet follows seed-004-notes §6 (agreements.csv):
협약일, 당사자A, 당사자B, 유형, 내용, 상태, 거래실적 합계 — with the rest of what is kept.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from seecodesk.core.csv_rules import neutralise
from seecodesk.core.errors import ExportError
from seecodesk.exchange.member_export import EXPORT_ENCODINGS, check_cp949, write_atomically, write_csv, write_xlsx
from seecodesk.services.trade import TradeService

if TYPE_CHECKING:
    import sqlite_utils

Columns = tuple[tuple[str, str, str], ...]

AGREEMENT_COLUMNS: Columns = (
    ("번호", "id", "int"), ("협약일", "signed_on", "date"), ("협약명", "title", "text"), ("유형", "kind", "text"),
    ("당사자A", "party_a", "text"), ("당사자B", "party_b", "text"), ("당사자 전체", "parties", "text"),
    ("당사자 수", "party_count", "int"), ("장소", "place", "text"), ("목적", "purpose", "text"),
    ("내용", "scope", "text"), ("할인·조건", "discount", "text"), ("우선구매", "priority_purchase", "text"),
    ("기간 시작", "starts_on", "date"), ("기간 끝", "ends_on", "date"), ("갱신일", "renewal_on", "date"),
    ("자동연장", "auto_renew", "text"), ("상태", "status", "text"), ("상태 일자", "status_on", "date"),
    ("협약식", "ceremony", "text"), ("거래 건수", "trade_count", "int"), ("거래실적 합계(원)", "trade_amount", "int"),
    ("메모", "notes", "text"),
)
TRADE_COLUMNS: Columns = (
    ("번호", "id", "int"), ("거래일", "traded_on", "date"), ("구매 기관", "buyer", "text"), ("판매 기관", "seller", "text"),
    ("품목", "item", "text"), ("금액(원)", "amount", "int"), ("협약 번호", "agreement_id", "int"),
    ("협약명", "agreement", "text"), ("메모", "note", "text"),
)
_WIDTHS = {"협약명": 34, "당사자 전체": 40, "내용": 40, "목적": 30, "당사자A": 22, "당사자B": 22, "구매 기관": 24,
           "판매 기관": 24, "품목": 30, "협약식": 26}


@dataclass
class TradeExportResult:
    """What was written."""

    path: Path
    rows: int
    what: str  # "협약" or "거래 기록"
    encoding: str  # "utf-8-sig", "cp949" or "" for XLSX

    def describe(self) -> str:
        label = {"utf-8-sig": "CSV, UTF-8 BOM", "cp949": "CSV, CP949", "": "엑셀 XLSX"}[self.encoding]
        return f"{self.what} {self.rows:,}건을 내보냈습니다: {self.path} ({label})"


def agreement_rows(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """One dict per live agreement, oldest first, with its trade count and total."""
    service = TradeService(db)
    totals: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for trade in service.trades():
        if trade.agreement_id is not None:
            totals[trade.agreement_id][0] += 1
            totals[trade.agreement_id][1] += trade.amount
    ceremonies = {c.id: f"{c.held_on} {c.title}" for c in service.ceremonies()}
    rows = []
    for agreement in sorted(service.agreements(), key=lambda a: (a.signed_on, a.id or 0)):
        labels = [p.label for p in agreement.parties]
        count, amount = totals[agreement.id or 0]
        rows.append({
            **{key: getattr(agreement, key) for key in ("id", "signed_on", "title", "kind", "place", "purpose", "scope",
                                                        "discount", "starts_on", "ends_on", "renewal_on", "status",
                                                        "status_on", "notes")},
            "party_a": labels[0] if labels else "", "party_b": labels[1] if len(labels) > 1 else "",
            "parties": ", ".join(labels), "party_count": len(labels),
            "priority_purchase": "예" if agreement.priority_purchase else "",
            "auto_renew": "예" if agreement.auto_renew else "",
            "ceremony": ceremonies.get(agreement.ceremony_id, ""), "trade_count": count, "trade_amount": amount})
    return rows


def trade_rows(db: sqlite_utils.Database, year: int | None = None) -> list[dict[str, Any]]:
    """One dict per live trade (of one year when given), oldest first."""
    service = TradeService(db)
    names = service.organisation_names(with_deleted=True)  # a trade keeps naming a member deleted since
    titles = {a.id: a.title for a in service.agreements()}
    return [{"id": t.id, "traded_on": t.traded_on, "buyer": names.get(t.buyer_id, ""), "seller": names.get(t.seller_id, ""),
             "item": t.item, "amount": t.amount, "agreement_id": t.agreement_id,
             "agreement": titles.get(t.agreement_id, ""), "note": t.note}
            for t in sorted(service.trades(year), key=lambda t: (t.traded_on, t.id or 0))]


def export_agreements(db: sqlite_utils.Database, path: str | Path, encoding: str = "utf-8-sig") -> TradeExportResult:
    """Write every agreement to `path` (.csv or .xlsx); raises `ExportError` with a Korean sentence."""
    return _export(path, encoding, AGREEMENT_COLUMNS, agreement_rows(db), "협약", "업무협약", label_column=2)


def export_trades(db: sqlite_utils.Database, path: str | Path, encoding: str = "utf-8-sig",
                  year: int | None = None) -> TradeExportResult:
    """Write the trade records (of `year` when given) to `path` (.csv or .xlsx)."""
    title = f"{year}년 상호거래" if year else "상호거래"
    return _export(path, encoding, TRADE_COLUMNS, trade_rows(db, year), "거래 기록", title, label_column=1)


def _export(path: str | Path, encoding: str, columns: Columns, records: list[dict[str, Any]], what: str,
            sheet_title: str, label_column: int) -> TradeExportResult:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ExportError(f"파일 이름은 .csv 또는 .xlsx로 끝나야 합니다: {path.name}")
    if encoding not in EXPORT_ENCODINGS:
        raise ExportError(f"알 수 없는 인코딩입니다: {encoding}. 가능한 값: {', '.join(EXPORT_ENCODINGS)}")
    if not path.parent.is_dir():
        raise ExportError(f"저장할 폴더가 없습니다: {path.parent}")
    raw = [[_cell(record.get(key), kind) for _, key, kind in columns] for record in records]
    headers = [c[0] for c in columns]
    if suffix == ".xlsx":  # text exactly as stored: the writer makes formula-like text a quote-prefixed text cell
        write_atomically(path, lambda handle: write_xlsx(handle, raw, columns, sheet_title, _WIDTHS))
        return TradeExportResult(path, len(raw), what, "")
    rows = [[neutralise(value) for value in row] for row in raw]
    if encoding == "cp949":
        check_cp949(rows, headers, label_column)
    write_atomically(path, lambda handle: write_csv(handle, rows, encoding, headers))
    return TradeExportResult(path, len(rows), what, encoding)


def _cell(value: Any, kind: str) -> Any:
    if kind == "int":
        return value if isinstance(value, int) else ""
    return "" if value is None else str(value)
