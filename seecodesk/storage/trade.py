"""SQL for agreements (with parties, linked products and status history), ceremonies, requests and trades."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from seecodesk.core.errors import NotFoundError
from seecodesk.core.trade import Agreement, AgreementParty, Ceremony, Trade, TradeRequest
from seecodesk.storage.rows import insert_row, update_row

if TYPE_CHECKING:
    import sqlite_utils

_AGREEMENT_COLUMNS = ("title", "kind", "signed_on", "place", "purpose", "scope", "discount", "priority_purchase",
                      "starts_on", "ends_on", "renewal_on", "auto_renew", "other_terms", "status", "status_on",
                      "scan_path", "ceremony_id", "notes")
_TRADE_COLUMNS = ("buyer_id", "seller_id", "traded_on", "product_id", "item", "amount", "agreement_id", "note", "source")
_REQUEST_COLUMNS = ("requester_id", "provider_id", "product_id", "item", "received_on", "status", "agreement_id",
                    "trade_id", "closed_on", "close_reason", "notes")


def _agreement_row(agreement: Agreement) -> dict[str, Any]:
    row = {name: getattr(agreement, name) for name in _AGREEMENT_COLUMNS}
    row["priority_purchase"] = int(bool(agreement.priority_purchase))
    row["auto_renew"] = int(bool(agreement.auto_renew))
    return row


def insert_agreement(db: sqlite_utils.Database, agreement: Agreement) -> int:
    """Store a new agreement with its parties and products; returns its id."""
    agreement_id = insert_row(db, "agreements", _agreement_row(agreement))
    _write_children(db, agreement_id, agreement)
    return agreement_id


def update_agreement(db: sqlite_utils.Database, agreement: Agreement) -> None:
    """Replace the stored agreement `agreement.id`, its parties and products."""
    if update_row(db, "agreements", agreement.id, _agreement_row(agreement), stamp=True) == 0:
        raise NotFoundError("수정하려는 협약을 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.")
    assert agreement.id is not None
    _write_children(db, agreement.id, agreement)


def _write_children(db: sqlite_utils.Database, agreement_id: int, agreement: Agreement) -> None:
    db.execute("DELETE FROM agreement_parties WHERE agreement_id = ?", [agreement_id])
    for position, party in enumerate(agreement.parties):
        insert_row(db, "agreement_parties", {
            "agreement_id": agreement_id, "organisation_id": party.organisation_id,
            "outside_name": party.outside_name, "representative": party.representative,
            "address": party.address, "position": position})
    db.execute("DELETE FROM agreement_products WHERE agreement_id = ?", [agreement_id])
    for product_id in dict.fromkeys(agreement.product_ids):
        db.execute("INSERT INTO agreement_products(agreement_id, product_id) VALUES (?, ?)", [agreement_id, product_id])


def update_status(db: sqlite_utils.Database, agreement_id: int, status: str, status_on: str) -> None:
    """Only the status and its date (parties and products untouched, so an undo has one row to put back)."""
    if update_row(db, "agreements", agreement_id, {"status": status, "status_on": status_on}, stamp=True) == 0:
        raise NotFoundError("상태를 바꾸려는 협약을 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.")


def add_status_history(db: sqlite_utils.Database, agreement_id: int, status: str, changed_on: str, reason: str = "") -> None:
    insert_row(db, "agreement_status_history",
               {"agreement_id": agreement_id, "status": status, "changed_on": changed_on, "reason": reason})


def status_history(db: sqlite_utils.Database, agreement_id: int) -> list[tuple[str, str, str]]:
    """(status, date, reason) of an agreement, oldest first."""
    return [(r[0], r[1], r[2]) for r in db.execute(
        "SELECT status, changed_on, reason FROM agreement_status_history WHERE agreement_id = ? ORDER BY changed_on, id",
        [agreement_id])]


def set_deleted(db: sqlite_utils.Database, table: str, row_id: int, deleted: bool) -> None:
    """Soft-delete (or restore) one row of agreements, trades, trade_requests or agreement_ceremonies."""
    assert table in ("agreements", "trades", "trade_requests", "agreement_ceremonies")
    db.execute(f"UPDATE {table} SET deleted_at = CASE WHEN ? THEN datetime('now') END WHERE id = ?",
               [int(deleted), row_id])


def agreements(db: sqlite_utils.Database, ids: list[int] | None = None) -> list[Agreement]:
    """Live agreements (or the given ones), newest first, with parties and products."""
    where = "deleted_at IS NULL"
    params: list[Any] = []
    if ids is not None:
        where += f" AND id IN ({', '.join('?' * len(ids))})" if ids else " AND 0"
        params = list(ids)
    rows = list(db.query(f"SELECT * FROM agreements WHERE {where} ORDER BY signed_on DESC, id DESC", params))
    parties = _parties(db, [r["id"] for r in rows])
    products: dict[int, list[int]] = {}
    for agreement_id, product_id in db.execute("SELECT agreement_id, product_id FROM agreement_products"):
        products.setdefault(agreement_id, []).append(product_id)
    return [_agreement(r, parties.get(r["id"], []), products.get(r["id"], [])) for r in rows]


def get_agreement(db: sqlite_utils.Database, agreement_id: int) -> Agreement:
    found = agreements(db, [agreement_id])
    if not found:
        raise NotFoundError(f"협약 {agreement_id}번을 찾을 수 없습니다. 번호를 확인해 주세요.")
    return found[0]


def _parties(db: sqlite_utils.Database, agreement_ids: list[int]) -> dict[int, list[AgreementParty]]:
    parties: dict[int, list[AgreementParty]] = {}
    if not agreement_ids:
        return parties
    for row in db.query(
        "SELECT p.*, coalesce(o.name, '') AS org_name FROM agreement_parties p "
        "LEFT JOIN organisations o ON o.id = p.organisation_id ORDER BY p.agreement_id, p.position, p.id"
    ):
        parties.setdefault(row["agreement_id"], []).append(AgreementParty(
            organisation_id=row["organisation_id"], outside_name=row["outside_name"],
            representative=row["representative"], address=row["address"], name=row["org_name"], id=row["id"]))
    return parties


def _agreement(row: dict[str, Any], parties: list[AgreementParty], product_ids: list[int]) -> Agreement:
    values = {name: row[name] for name in _AGREEMENT_COLUMNS}
    values["priority_purchase"] = bool(values["priority_purchase"])
    values["auto_renew"] = bool(values["auto_renew"])
    return Agreement(**values, parties=parties, product_ids=product_ids, id=row["id"])


def insert_ceremony(db: sqlite_utils.Database, ceremony: Ceremony) -> int:
    ceremony_id = insert_row(db, "agreement_ceremonies", {
        "title": ceremony.title, "held_on": ceremony.held_on, "place": ceremony.place,
        "mode": ceremony.mode, "notes": ceremony.notes})
    for position, org_id in enumerate(ceremony.organisation_ids):
        db.execute("INSERT INTO ceremony_organisations(ceremony_id, organisation_id, position) VALUES (?, ?, ?)",
                   [ceremony_id, org_id, position])
    return ceremony_id


def ceremonies(db: sqlite_utils.Database) -> list[Ceremony]:
    """Live ceremonies, newest first, with their organisations in the order entered."""
    members: dict[int, list[int]] = {}
    for ceremony_id, org_id in db.execute(
            "SELECT ceremony_id, organisation_id FROM ceremony_organisations ORDER BY ceremony_id, position"):
        members.setdefault(ceremony_id, []).append(org_id)
    return [Ceremony(title=r["title"], held_on=r["held_on"], organisation_ids=members.get(r["id"], []), place=r["place"],
                     mode=r["mode"], notes=r["notes"], id=r["id"])
            for r in db.query("SELECT * FROM agreement_ceremonies WHERE deleted_at IS NULL ORDER BY held_on DESC, id DESC")]


def ceremony_agreement_ids(db: sqlite_utils.Database, ceremony_id: int) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM agreements WHERE ceremony_id = ? AND deleted_at IS NULL ORDER BY id",
                                     [ceremony_id])]


def insert_trade(db: sqlite_utils.Database, trade: Trade) -> int:
    return insert_row(db, "trades", {name: getattr(trade, name) for name in _TRADE_COLUMNS})


def update_trade(db: sqlite_utils.Database, trade: Trade) -> None:
    if update_row(db, "trades", trade.id, {name: getattr(trade, name) for name in _TRADE_COLUMNS}, stamp=True) == 0:
        raise NotFoundError("수정하려는 거래 기록을 찾을 수 없습니다.")


def trades(db: sqlite_utils.Database, start: str = "", end: str = "9999-12-31") -> list[Trade]:
    """Live trades dated from `start` to `end` (ISO dates, inclusive), newest first."""
    return [Trade(**{name: r[name] for name in _TRADE_COLUMNS}, id=r["id"]) for r in db.query(
        "SELECT * FROM trades WHERE deleted_at IS NULL AND traded_on BETWEEN ? AND ? ORDER BY traded_on DESC, id DESC",
        [start, end])]


def trade_years(db: sqlite_utils.Database) -> list[int]:
    return [int(r[0]) for r in db.execute(
        "SELECT DISTINCT substr(traded_on, 1, 4) FROM trades WHERE deleted_at IS NULL ORDER BY 1")]


def insert_request(db: sqlite_utils.Database, request: TradeRequest) -> int:
    return insert_row(db, "trade_requests", {name: getattr(request, name) for name in _REQUEST_COLUMNS})


def update_request(db: sqlite_utils.Database, request: TradeRequest) -> None:
    if update_row(db, "trade_requests", request.id, {name: getattr(request, name) for name in _REQUEST_COLUMNS},
                  stamp=True) == 0:
        raise NotFoundError("수정하려는 희망기관 접수를 찾을 수 없습니다.")


def requests(db: sqlite_utils.Database) -> list[TradeRequest]:
    """Live requests, open ones first, newest first within each status."""
    return [TradeRequest(**{name: r[name] for name in _REQUEST_COLUMNS}, id=r["id"]) for r in db.query(
        "SELECT * FROM trade_requests WHERE deleted_at IS NULL "
        "ORDER BY status != '접수', received_on DESC, id DESC")]


def get_request(db: sqlite_utils.Database, request_id: int) -> TradeRequest:
    rows = [r for r in requests(db) if r.id == request_id]
    if not rows:
        raise NotFoundError("희망기관 접수를 찾을 수 없습니다.")
    return rows[0]


def organisation_names(db: sqlite_utils.Database, with_deleted: bool = False) -> dict[int, str]:
    """id → name of every live organisation (and deleted ones with `with_deleted`), in name order."""
    live = "" if with_deleted else " WHERE deleted_at IS NULL"
    return {r[0]: r[1] for r in db.execute(f"SELECT id, name FROM organisations{live} ORDER BY name")}


def organisation_contacts(db: sqlite_utils.Database, org_ids: list[int]) -> dict[int, tuple[str, str]]:
    """id → (representative, address) of the given organisations."""
    if not org_ids:
        return {}
    return {r[0]: (r[1], r[2]) for r in db.execute(
        f"SELECT id, representative, address FROM organisations WHERE id IN ({', '.join('?' * len(org_ids))})", org_ids)}


def product_names(db: sqlite_utils.Database) -> dict[int, tuple[int, str]]:
    """product id → (organisation id, product name)."""
    return {r[0]: (r[1], r[2]) for r in db.execute("SELECT id, organisation_id, name FROM products ORDER BY organisation_id, sort_order, id")}
