"""Importing trade records from the survey sheet a secretary collects (상호거래 실적 조사표): a preview
first, then every row or none — the same rules as the member import.

The file is read by `exchange/reading.py` (encoding detection, XLSX, broken CSV). Buyer and seller
are matched to the directory by 사업자등록번호 when a column gives it, else by name (spellings such
as ㈜ or spaces folded). A row that cannot be stored — an organisation not found or found twice, a
bad date or amount, buyer and seller the same, a 주민등록번호, a trade already recorded — is an
오류 and the whole file is refused with every row number; 주의 lines (a row repeated in the file)
are shown and do not block. A trade between two parties of exactly one agreement in force is
linked to it, unless the file names the agreement.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from seecodesk.core.errors import ImportFileError, SeeCoDeskError, ValidationError, ValidationErrors
from seecodesk.core.josa import josa
from seecodesk.core.trade import LIVE_STATUSES, Agreement, Trade, validated_trade
from seecodesk.exchange.fields import fold_header
from seecodesk.exchange.member_rows import ERROR, WARNING, RowProblem
from seecodesk.exchange.reading import SourceTable
from seecodesk.exchange.row_lookup import OrganisationFinder, RowChecks, cell_problem, match_columns, pick_header
from seecodesk.storage import trade as store

if TYPE_CHECKING:
    import sqlite_utils

TRADE_FIELDS: dict[str, str] = {
    "buyer": "구매 기관", "buyer_number": "구매 기관 사업자등록번호", "seller": "판매 기관",
    "seller_number": "판매 기관 사업자등록번호", "traded_on": "거래일", "item": "품목", "amount": "금액",
    "agreement": "협약", "note": "메모",
}
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "buyer": ("구매기관", "구매기업", "구매처", "구매자", "구매업체", "구입기관", "구입처", "매입처", "구매기관명", "희망기관"),
    "buyer_number": ("구매기관사업자등록번호", "구매처사업자등록번호", "구매자사업자등록번호", "구매기업사업자등록번호"),
    "seller": ("판매기관", "판매기업", "판매처", "판매자", "판매업체", "공급기관", "공급처", "공급업체", "제공기관",
               "납품업체", "판매기관명"),
    "seller_number": ("판매기관사업자등록번호", "판매처사업자등록번호", "공급처사업자등록번호", "판매기업사업자등록번호"),
    "traded_on": ("거래일", "거래일자", "거래날짜", "구매일", "구매일자", "납품일", "납품일자", "일자", "날짜"),
    "item": ("품목", "품목명", "거래품목", "제품", "제품명", "서비스", "제품서비스", "내용", "거래내용"),
    "amount": ("금액", "거래금액", "거래액", "구매금액", "합계금액", "공급가액", "금액원"),
    "agreement": ("협약", "협약명", "협약번호", "관련협약"),
    "note": ("메모", "비고", "참고"),
}
_LOOKUP = {fold_header(s): f for f, names in _SYNONYMS.items() for s in names}
_REQUIRED = ("buyer", "seller", "traded_on", "item", "amount")


@dataclass
class TradePreviewRow:
    """A source row, the trade it would become and its problems."""

    row: int
    cells: dict[str, str]
    trade: Trade | None
    problems: list[RowProblem] = field(default_factory=list)
    buyer: str = ""
    seller: str = ""

    @property
    def has_errors(self) -> bool:
        return any(p.severity == ERROR for p in self.problems)


@dataclass
class TradeImportPreview(RowChecks[TradePreviewRow]):
    """What an import would do: the column mapping, every row with its problems."""

    table: SourceTable
    columns: dict[str, str]  # field → header
    rows: list[TradePreviewRow]
    unknown_columns: list[str]
    blank_rows: int = 0

    @property
    def missing_columns(self) -> list[str]:
        return [TRADE_FIELDS[f] for f in _REQUIRED if f not in self.columns]

    def summary(self) -> str:
        errors = len(self.blocking_rows)
        total = sum(r.trade.amount for r in self.rows if r.trade and not r.has_errors)
        return (f"읽은 행 {len(self.rows):,} · 가져올 행 {len(self.rows) - errors:,} (합계 {total:,}원) · 오류 {errors:,}행 · "
                f"주의 {len(self.problems(WARNING)):,}건")


def field_for(header: str) -> str | None:
    return _LOOKUP.get(fold_header(header))


class _Directory:
    """The organisations and agreements rows are matched against."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.finder = OrganisationFinder.of(db)
        self.agreements = store.agreements(db)
        self.recorded = {(t.buyer_id, t.seller_id, t.traded_on, t.item, t.amount) for t in store.trades(db)}

    def organisation(self, name: str, number: str, label: str) -> tuple[int, str]:
        """(id, name) of the organisation a row names; raises ValidationError in Korean."""
        return self.finder.find(name, number, label)

    def agreement(self, text: str, buyer: int, seller: int, day: str) -> int | None:
        """The agreement a trade belongs to: the one the file names, else the only one in force binding both."""
        binding = [a for a in self.agreements if {buyer, seller} <= set(a.member_ids)]
        if text:
            named = [a for a in binding if str(a.id) == text.strip() or a.title == text.strip()]
            if not named:
                raise ValidationError("agreement", f"'{text[:40]}'{josa(text[:40], '은')} 두 기관 사이의 협약 번호나 이름이 아닙니다.")
            return named[0].id
        live = [a for a in binding if _in_force(a, day)]
        return live[0].id if len(live) == 1 else None


def _in_force(agreement: Agreement, day: str) -> bool:
    begun = (agreement.signed_on or agreement.starts_on or "") <= day
    return begun and (agreement.status in LIVE_STATUSES or agreement.status_on >= day)


def build_trade_preview(table: SourceTable, db: sqlite_utils.Database) -> TradeImportPreview:
    """Check every row of `table` against the directory and the trades in `db`; writes nothing."""
    table = pick_header(table, field_for)
    columns, unknown = match_columns(table.headers, field_for)
    directory = _Directory(db)
    rows: list[TradePreviewRow] = []
    blank = 0
    seen: dict[tuple[int, int, str, str, int], int] = {}
    for record in table.records:
        if not any(record.cells):
            blank += 1
            continue
        cells = {h: (record.cells[i] if i < len(record.cells) else "") for i, h in enumerate(table.headers)}
        row = _convert(record.row, cells, columns, directory)
        if len(record.cells) > len(table.headers) and any(record.cells[len(table.headers):]):
            row.problems.append(RowProblem(record.row, "", "머리글보다 칸이 많습니다. 칸이 밀렸는지 확인해 주세요."))
        if row.trade is not None:
            key = (row.trade.buyer_id, row.trade.seller_id, row.trade.traded_on, row.trade.item, row.trade.amount)
            if key in directory.recorded:
                row.problems.append(RowProblem(record.row, "", "이미 기록된 거래와 같습니다 (같은 날, 같은 기관, 품목, 금액). "
                                                               "이미 가져온 파일이면 다시 가져오지 마세요."))
            elif key in seen:
                row.problems.append(RowProblem(record.row, "", f"{seen[key]}행과 같은 거래입니다. 두 번 거래했으면 그대로 "
                                                               "두어도 됩니다.", WARNING))
            else:
                seen[key] = record.row
        rows.append(row)
    return TradeImportPreview(table=table, columns=columns, rows=rows, unknown_columns=unknown, blank_rows=blank)


def _convert(number: int, cells: dict[str, str], columns: dict[str, str], directory: _Directory) -> TradePreviewRow:
    values = {f: cells.get(h, "").strip() for f, h in columns.items()}
    row = TradePreviewRow(row=number, cells=cells, trade=None, buyer=values.get("buyer", ""), seller=values.get("seller", ""))
    for f, h in columns.items():
        problem = cell_problem(values[f])
        if problem:
            row.problems.append(RowProblem(number, h, problem))
            return row
    ids = {}
    for side in ("buyer", "seller"):
        try:
            ids[side] = directory.organisation(values.get(side, ""), values.get(f"{side}_number", ""), TRADE_FIELDS[side])
        except ValidationError as error:
            row.problems.append(RowProblem(number, columns.get(side, ""), error.message))
    if len(ids) < 2:
        return row
    (buyer, row.buyer), (seller, row.seller) = ids["buyer"], ids["seller"]
    try:
        trade = validated_trade(Trade(buyer_id=buyer, seller_id=seller, traded_on=values.get("traded_on", ""),
                                      item=values.get("item", ""), amount=values.get("amount", ""),  # type: ignore[arg-type]
                                      note=values.get("note", ""), source="가져오기"))
        trade.agreement_id = directory.agreement(values.get("agreement", ""), buyer, seller, trade.traded_on)
    except ValidationErrors as errors:
        for key, message in errors.errors.items():
            column = columns.get({"seller_id": "seller", "buyer_id": "buyer"}.get(key, key), "")
            row.problems.append(RowProblem(number, column, message))
        return row
    except ValidationError as error:
        row.problems.append(RowProblem(number, columns.get(error.field, ""), error.message))
        return row
    row.trade = trade
    return row


def commit_trade_import(db: sqlite_utils.Database, preview: TradeImportPreview, source: str = "") -> int:
    """Store every row in one transaction; returns how many. Any failure stores nothing."""
    if not preview.can_commit:
        raise ImportFileError(preview.refusal())
    current: TradePreviewRow | None = None
    try:
        with db.atomic():
            for current in preview.rows:
                assert current.trade is not None
                current.trade.source = source or preview.table.path.name
                store.insert_trade(db, current.trade)
    except (SeeCoDeskError, sqlite3.Error) as error:
        where = f"{current.row}행을 저장하지 못해" if current else "저장하지 못해"
        raise ImportFileError(f"{where} 아무것도 가져오지 않았습니다 ({error}).") from error
    return len(preview.rows)
