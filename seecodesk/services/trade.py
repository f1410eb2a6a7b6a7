"""Mutual-trade use cases: agreements (with their scan), ceremonies, requests, trade records and their figures.

`renewals_due(db)` and `idle_agreements(db)` are what the secretary should see first; the 상호거래
page shows them on top and a home screen can list them through `attention_lines(db)`.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.core import trade_figures as figures
from seecodesk.core.dates import paper_date
from seecodesk.core.errors import NotFoundError, ValidationError
from seecodesk.core.products import safe_file_stem
from seecodesk.core.trade import (
    LIVE_STATUSES,
    Agreement,
    AgreementParty,
    Ceremony,
    Trade,
    TradeRequest,
    ceremony_pairs,
    validated_agreement,
    validated_ceremony,
    validated_request,
    validated_trade,
)
from seecodesk.services.history import HistoryService
from seecodesk.storage import trade as store

if TYPE_CHECKING:
    import sqlite_utils

    from seecodesk.exchange.trade_import import TradeImportPreview

SCAN_DIR = "agreements"
SCAN_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".hwp", ".hwpx")


@dataclass
class TradeSummary:
    """The figures of one year (or of all years when `year` is None)."""

    year: int | None
    trades: list[Trade]
    by_year: dict[int, figures.Total]
    by_pair: dict[tuple[int, int], figures.Total]
    by_organisation: list[figures.OrganisationTotal]
    share: figures.AgreementShare
    never_traded: list[Agreement]

    @property
    def total(self) -> figures.Total:
        return figures.Total(len(self.trades), sum(t.amount for t in self.trades))


def year_range(year: int | None) -> tuple[str, str]:
    """ISO start and end dates of a calendar year (all time when None)."""
    return ("", "9999-12-31") if year is None else (f"{year}-01-01", f"{year}-12-31")


def renewals_due(db: sqlite_utils.Database, days: int = 60, today: date | None = None) -> list[Agreement]:
    """Agreements in force to renew within `days` (or overdue), soonest first."""
    return figures.renewals_due(store.agreements(db), today or date.today(), days)


def idle_agreements(db: sqlite_utils.Database, today: date | None = None) -> list[tuple[Agreement, str]]:
    """Agreements in force for a year or more with no trade in the last year, with their last trade date."""
    return figures.idle_agreements(store.agreements(db), store.trades(db), today or date.today())


def attention_lines(db: sqlite_utils.Database, today: date | None = None, days: int = 60) -> list[str]:
    """One Korean sentence per agreement to renew soon or gone quiet, for a home screen or the page's top."""
    today = today or date.today()
    lines = []
    for agreement in renewals_due(db, days, today):
        left = figures.days_until(agreement.due_on, today)
        when = f"{left}일 남음" if left >= 0 else f"{-left}일 지남"
        lines.append(f"갱신 {paper_date(agreement.due_on)} ({when}): {_named(agreement)}")
    for agreement, last in idle_agreements(db, today):
        since = f"마지막 거래 {paper_date(last)}" if last else "거래 기록 없음"
        lines.append(f"1년 넘게 거래 없음 ({since}): {_named(agreement)}")
    return lines


def _named(agreement: Agreement) -> str:
    """The title, with the parties when the title does not already name them all."""
    if all(party.label in agreement.title for party in agreement.parties):
        return agreement.title
    return f"{agreement.title} — {agreement.party_names}"


class TradeService:
    """Agreements, ceremonies, requests and trades of one network database."""

    def __init__(self, db: sqlite_utils.Database, data_folder: Path | None = None) -> None:
        self.db = db
        self.data_folder = data_folder
        self.history = HistoryService(db)
        self._undo: tuple[str, int] | None = None

    # --- reading ---------------------------------------------------------------------------------
    def organisation_names(self, with_deleted: bool = False) -> dict[int, str]:
        """id → name of the organisations to choose from; `with_deleted` adds those deleted since, whose
        trades and requests still name them."""
        return store.organisation_names(self.db, with_deleted)

    def product_names(self) -> dict[int, tuple[int, str]]:
        return store.product_names(self.db)

    def agreements(self) -> list[Agreement]:
        return store.agreements(self.db)

    def agreement(self, agreement_id: int) -> Agreement:
        return store.get_agreement(self.db, agreement_id)

    def status_history(self, agreement_id: int) -> list[tuple[str, str, str]]:
        return store.status_history(self.db, agreement_id)

    def ceremonies(self) -> list[Ceremony]:
        return store.ceremonies(self.db)

    def ceremony_agreements(self, ceremony_id: int) -> list[Agreement]:
        return store.agreements(self.db, store.ceremony_agreement_ids(self.db, ceremony_id))

    def trades(self, year: int | None = None) -> list[Trade]:
        return store.trades(self.db, *year_range(year))

    def trade_years(self) -> list[int]:
        return store.trade_years(self.db)

    def requests(self) -> list[TradeRequest]:
        return store.requests(self.db)

    def summary(self, year: int | None = None) -> TradeSummary:
        """Totals per year, pair and organisation, the share inside agreements, agreements never traded on."""
        trades = self.trades(year)
        every_trade = trades if year is None else self.trades()
        return TradeSummary(
            year=year, trades=trades, by_year=figures.totals_by_year(every_trade),
            by_pair=figures.totals_by_pair(trades), by_organisation=figures.totals_by_organisation(trades),
            share=figures.agreement_share(trades), never_traded=figures.never_traded(self.agreements(), every_trade))

    def renewals_due(self, days: int = 60, today: date | None = None) -> list[Agreement]:
        return renewals_due(self.db, days, today)

    def idle_agreements(self, today: date | None = None) -> list[tuple[Agreement, str]]:
        return idle_agreements(self.db, today)

    def attention_lines(self, today: date | None = None) -> list[str]:
        return attention_lines(self.db, today)

    # --- agreements ------------------------------------------------------------------------------
    def save_agreement(self, agreement: Agreement, scan_source: str | Path | None = None) -> Agreement:
        """Validate and store (insert when `agreement.id` is None); member parties get the directory's
        representative and address where none was typed; a status change is kept in the history."""
        clean = validated_agreement(agreement)
        self._fill_party_contacts(clean)
        if scan_source:
            clean.scan_path = self.import_scan(scan_source, clean.title)
        old_status = None if clean.id is None else store.get_agreement(self.db, clean.id).status
        with self.db.atomic():
            if clean.id is None:
                clean.id = store.insert_agreement(self.db, clean)
            else:
                store.update_agreement(self.db, clean)
            if clean.status != old_status:
                store.add_status_history(self.db, clean.id, clean.status,
                                         clean.status_on or clean.signed_on or date.today().isoformat())
        return store.get_agreement(self.db, clean.id)

    def set_status(self, agreement_id: int, status: str, on: str, reason: str = "") -> Agreement:
        """Move an agreement to 체결/유효/만료/해지 on a date, keeping the change in its history.

        One operation on the program's undo stack (편집 → 실행 취소 puts the status and its date back).
        """
        agreement = store.get_agreement(self.db, agreement_id)
        if status == agreement.status:
            raise ValidationError("status", f"이미 '{status}' 상태인 협약입니다.")
        clean = validated_agreement(replace(agreement, status=status, status_on=on))
        if clean.status_on and agreement.signed_on and clean.status_on < agreement.signed_on:
            raise ValidationError("status_on", f"상태를 바꾼 날({paper_date(clean.status_on)})이 협약일({paper_date(agreement.signed_on)})보다 앞섭니다.")
        with self.history.operation(f"협약 상태 {agreement.status} → {clean.status} ({agreement.title})"):
            store.update_status(self.db, agreement_id, clean.status, clean.status_on)
            store.add_status_history(self.db, agreement_id, clean.status, clean.status_on or date.today().isoformat(),
                                     reason)
        return store.get_agreement(self.db, agreement_id)

    def _fill_party_contacts(self, agreement: Agreement) -> None:
        contacts = store.organisation_contacts(self.db, agreement.member_ids)
        for party in agreement.parties:
            if party.organisation_id is not None and party.organisation_id in contacts:
                representative, address = contacts[party.organisation_id]
                party.representative = party.representative or representative
                party.address = party.address or address

    def import_scan(self, source: str | Path, name_hint: str) -> str:
        """Copy the signed scan into `<data folder>/agreements/` under a safe, unused name; returns the relative path."""
        source = Path(source)
        if self.data_folder is None:
            raise ValidationError("scan_path", "메모리 데이터베이스에는 첨부 파일을 저장할 수 없습니다.")
        if source.suffix.lower() not in SCAN_SUFFIXES:
            raise ValidationError("scan_path", "협약서 사본은 PDF, JPG, PNG, TIFF, HWP 파일만 붙일 수 있습니다.")
        if not source.is_file():
            raise ValidationError("scan_path", f"파일을 찾을 수 없습니다: {source}")
        folder = self.data_folder / SCAN_DIR
        folder.mkdir(parents=True, exist_ok=True)
        stem, suffix = safe_file_stem(name_hint, 60), source.suffix.lower()
        target, counter = folder / f"{stem}{suffix}", 2
        while target.exists():
            target, counter = folder / f"{stem}_{counter}{suffix}", counter + 1
        try:
            shutil.copyfile(source, target)
        except OSError as error:
            raise ValidationError("scan_path", f"첨부 파일을 복사하지 못했습니다 ({error.strerror or error}).") from error
        return f"{SCAN_DIR}/{target.name}"

    def scan_file(self, agreement: Agreement) -> Path | None:
        """The attached scan as a file, or None."""
        if not agreement.scan_path or self.data_folder is None:
            return None
        path = self.data_folder / agreement.scan_path
        return path if path.is_file() else None

    def delete_agreement(self, agreement_id: int) -> None:
        """Delete an agreement (undo brings it back); trades that named it keep their record."""
        store.get_agreement(self.db, agreement_id)
        with self.db.atomic():
            store.set_deleted(self.db, "agreements", agreement_id, True)
        self._undo = ("agreements", agreement_id)

    # --- ceremonies ------------------------------------------------------------------------------
    def hold_ceremony(self, ceremony: Ceremony, template: Agreement | None = None) -> tuple[int, list[int]]:
        """Store a ceremony and its agreements in one transaction: every pair (N → N(N-1)/2) or one
        agreement of all, as `ceremony.mode` says. `template` gives kind, scope, period and terms."""
        clean = validated_ceremony(ceremony)
        names = store.organisation_names(self.db)
        missing = [org for org in clean.organisation_ids if org not in names]
        if missing:
            raise NotFoundError("협약식 기관 중 명단에 없는 곳이 있습니다. 다시 골라 주세요.")
        base = template or Agreement(title="")
        groups = ([list(pair) for pair in ceremony_pairs(clean.organisation_ids)] if clean.mode == "pairwise"
                  else [clean.organisation_ids])
        with self.db.atomic():
            ceremony_id = store.insert_ceremony(self.db, clean)
            agreement_ids = []
            for group in groups:
                title = f"{' · '.join(names[o] for o in group)} {base.kind}" if len(group) <= 3 else f"{clean.title} {base.kind}"
                agreement = replace(
                    base, title=title, parties=[AgreementParty(organisation_id=o) for o in group], id=None,
                    signed_on=base.signed_on or clean.held_on, place=base.place or clean.place, ceremony_id=ceremony_id,
                    starts_on=base.starts_on or clean.held_on, product_ids=[])
                agreement_ids.append(self.save_agreement(agreement).id or 0)
        return ceremony_id, agreement_ids

    # --- trades ----------------------------------------------------------------------------------
    def save_trade(self, trade: Trade) -> Trade:
        """Validate and store a trade record; an agreement it names must bind both organisations."""
        clean = validated_trade(trade)
        names = store.organisation_names(self.db)
        if clean.buyer_id not in names or clean.seller_id not in names:
            raise NotFoundError("구매 또는 판매 기관을 명단에서 찾을 수 없습니다.")
        if clean.agreement_id is not None:
            agreement = store.get_agreement(self.db, clean.agreement_id)
            if not {clean.buyer_id, clean.seller_id} <= set(agreement.member_ids):
                raise ValidationError("agreement_id", "고른 협약의 당사자가 아닌 기관 사이의 거래입니다. 협약을 다시 골라 주세요.")
        with self.db.atomic():
            if clean.id is None:
                clean.id = store.insert_trade(self.db, clean)
            else:
                store.update_trade(self.db, clean)
        return clean

    def delete_trade(self, trade_id: int) -> None:
        with self.db.atomic():
            store.set_deleted(self.db, "trades", trade_id, True)
        self._undo = ("trades", trade_id)

    def agreements_between(self, a: int, b: int) -> list[Agreement]:
        """Agreements binding both organisations (in force first) — the ones a trade between them may belong to."""
        found = [x for x in self.agreements() if {a, b} <= set(x.member_ids)]
        return sorted(found, key=lambda x: (x.status not in LIVE_STATUSES, x.signed_on), reverse=False)

    # --- requests --------------------------------------------------------------------------------
    def save_request(self, request: TradeRequest) -> TradeRequest:
        clean = validated_request(request)
        with self.db.atomic():
            if clean.id is None:
                clean.id = store.insert_request(self.db, clean)
            else:
                store.update_request(self.db, clean)
        return clean

    def close_request(self, request_id: int, reason: str, on: str | None = None) -> TradeRequest:
        """Close a request that led nowhere, with the reason."""
        request = self._open_request(request_id)
        return self.save_request(replace(request, status="종결", close_reason=reason,
                                         closed_on=on or date.today().isoformat()))

    def request_to_agreement(self, request_id: int, agreement: Agreement) -> Agreement:
        """Store the agreement a request led to and mark the request 협약."""
        request = self._open_request(request_id)
        with self.db.atomic():
            saved = self.save_agreement(agreement)
            self.save_request(replace(request, status="협약", agreement_id=saved.id,
                                      closed_on=saved.signed_on or date.today().isoformat()))
        return saved

    def request_to_trade(self, request_id: int, trade: Trade) -> Trade:
        """Store the trade a request led to and mark the request 거래."""
        request = self._open_request(request_id)
        with self.db.atomic():
            saved = self.save_trade(trade)
            self.save_request(replace(request, status="거래", trade_id=saved.id, closed_on=saved.traded_on))
        return saved

    def _open_request(self, request_id: int) -> TradeRequest:
        """The request, while it is still open (접수): its outcome is written once and not overwritten."""
        request = store.get_request(self.db, request_id)
        if request.status != "접수":
            outcome = {"협약": "협약으로 이어진", "거래": "거래로 이어진", "종결": "종결한"}.get(request.status, "끝난")
            raise ValidationError("status", f"이미 {outcome} 접수입니다. 결과를 바꾸려면 새로 접수하세요.")
        return request

    def delete_request(self, request_id: int) -> None:
        with self.db.atomic():
            store.set_deleted(self.db, "trade_requests", request_id, True)
        self._undo = ("trade_requests", request_id)

    # --- import ----------------------------------------------------------------------------------
    def preview_trade_file(self, path: str | Path, encoding: str = "auto") -> TradeImportPreview:
        """Read a survey sheet and check every row; writes nothing."""
        from seecodesk.exchange.reading import read_table
        from seecodesk.exchange.trade_import import build_trade_preview

        return build_trade_preview(read_table(path, encoding), self.db)

    def import_trades(self, preview: TradeImportPreview) -> int:
        """Store every row of a clean preview in one transaction; returns how many."""
        from seecodesk.exchange.trade_import import commit_trade_import

        return commit_trade_import(self.db, preview)

    def undo_delete(self) -> bool:
        """Bring back the last deleted agreement, trade or request; False when there is nothing to undo."""
        if self._undo is None:
            return False
        table, row_id = self._undo
        self._undo = None
        with self.db.atomic():
            store.set_deleted(self.db, table, row_id, False)
        return True
