"""Schema: mutual trade (상호거래) — agreements with their parties, signing ceremonies, requests and trades.

An agreement party is a member organisation or an outside body (a city agency, a company) named
in the row itself; the representative and address are copied when the agreement is made, so a
printed 업무협약서 reads as it was signed even when the directory changes later. A ceremony is one
event that produced several agreements (every pair, or one multi-party agreement).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


SCHEMA = """
CREATE TABLE agreement_ceremonies (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(title) > 0),
    held_on TEXT NOT NULL CHECK (length(held_on) = 10),
    place TEXT NOT NULL DEFAULT '',
    mode TEXT NOT NULL DEFAULT 'pairwise' CHECK (mode IN ('pairwise', 'multi')),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    deleted_at TEXT
);

CREATE TABLE ceremony_organisations (
    ceremony_id INTEGER NOT NULL REFERENCES agreement_ceremonies(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (ceremony_id, organisation_id)
);

CREATE TABLE agreements (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(title) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('상호거래 협약', '업무협약', '상생협약')),
    signed_on TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    scope TEXT NOT NULL DEFAULT '',
    discount TEXT NOT NULL DEFAULT '',
    priority_purchase INTEGER NOT NULL DEFAULT 0,
    starts_on TEXT NOT NULL DEFAULT '',
    ends_on TEXT NOT NULL DEFAULT '',
    renewal_on TEXT NOT NULL DEFAULT '',
    auto_renew INTEGER NOT NULL DEFAULT 0,
    other_terms TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '체결' CHECK (status IN ('체결', '유효', '만료', '해지')),
    status_on TEXT NOT NULL DEFAULT '',
    scan_path TEXT NOT NULL DEFAULT '',
    ceremony_id INTEGER REFERENCES agreement_ceremonies(id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    updated_at TEXT NOT NULL DEFAULT (datetime('now')),
    deleted_at TEXT
);
CREATE INDEX agreements_ceremony ON agreements(ceremony_id);
CREATE INDEX agreements_renewal ON agreements(status, renewal_on, ends_on);

CREATE TABLE agreement_parties (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    outside_name TEXT NOT NULL DEFAULT '',
    representative TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    CHECK (organisation_id IS NOT NULL OR length(outside_name) > 0)
);
CREATE INDEX agreement_parties_agreement ON agreement_parties(agreement_id, position);
CREATE UNIQUE INDEX agreement_parties_once
    ON agreement_parties(agreement_id, organisation_id) WHERE organisation_id IS NOT NULL;
CREATE INDEX agreement_parties_organisation ON agreement_parties(organisation_id);

CREATE TABLE agreement_products (
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    PRIMARY KEY (agreement_id, product_id)
);

CREATE TABLE agreement_status_history (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    changed_on TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX agreement_status_history_agreement ON agreement_status_history(agreement_id);

CREATE TABLE trades (
    id INTEGER PRIMARY KEY,
    buyer_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    seller_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    traded_on TEXT NOT NULL CHECK (length(traded_on) = 10),
    product_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
    item TEXT NOT NULL CHECK (length(item) > 0),
    amount INTEGER NOT NULL CHECK (amount >= 0),
    agreement_id INTEGER REFERENCES agreements(id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    updated_at TEXT NOT NULL DEFAULT (datetime('now')),
    deleted_at TEXT,
    CHECK (buyer_id != seller_id)
);
CREATE INDEX trades_date ON trades(traded_on);
CREATE INDEX trades_agreement ON trades(agreement_id);
CREATE INDEX trades_buyer ON trades(buyer_id);
CREATE INDEX trades_seller ON trades(seller_id);

CREATE TABLE trade_requests (
    id INTEGER PRIMARY KEY,
    requester_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    provider_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    product_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
    item TEXT NOT NULL DEFAULT '',
    received_on TEXT NOT NULL CHECK (length(received_on) = 10),
    status TEXT NOT NULL DEFAULT '접수' CHECK (status IN ('접수', '협약', '거래', '종결')),
    agreement_id INTEGER REFERENCES agreements(id) ON DELETE SET NULL,
    trade_id INTEGER REFERENCES trades(id) ON DELETE SET NULL,
    closed_on TEXT NOT NULL DEFAULT '',
    close_reason TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    updated_at TEXT NOT NULL DEFAULT (datetime('now')),
    deleted_at TEXT,
    CHECK (requester_id != provider_id)
);
CREATE INDEX trade_requests_status ON trade_requests(status)
"""


def apply(db: sqlite_utils.Database) -> None:
    """Create the agreement, ceremony, request and trade tables."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
