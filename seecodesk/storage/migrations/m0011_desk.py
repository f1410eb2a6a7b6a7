"""Schema: the secretary's desk — dues payments with numbered receipts, number series that never
reuse a number, the 발송 대장 (register of letters sent) and 참석 회신 (replies before a meeting).

Payments live in their own table rather than as columns of `dues`: one year's dues may be paid in
parts, each part gets its own receipt, and the 회원 dialog rewrites a member's `dues` rows on every
save. A deleted payment is only marked deleted, so its receipt number stays on record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


SCHEMA = """
CREATE TABLE dues_payments (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    amount INTEGER NOT NULL CHECK (amount > 0),
    paid_on TEXT NOT NULL CHECK (length(paid_on) = 10),
    method TEXT NOT NULL DEFAULT '',
    receipt_number TEXT,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    deleted_at TEXT
);
CREATE INDEX dues_payments_organisation_year ON dues_payments(organisation_id, year);
CREATE UNIQUE INDEX dues_payments_receipt ON dues_payments(receipt_number) WHERE receipt_number IS NOT NULL;
-- the home screen counts this year's unpaid dues at every start: only those rows are indexed
CREATE INDEX dues_unpaid ON dues(year, organisation_id, amount) WHERE paid_on = '' AND amount > 0;
CREATE INDEX organisations_deleted ON organisations(id) WHERE deleted_at IS NOT NULL;

CREATE TABLE number_series (
    series TEXT NOT NULL,
    year INTEGER NOT NULL,
    last_number INTEGER NOT NULL DEFAULT 0 CHECK (last_number >= 0),
    PRIMARY KEY (series, year)
) WITHOUT ROWID;

CREATE TABLE letters (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    sequence INTEGER NOT NULL,
    number TEXT NOT NULL UNIQUE CHECK (length(number) > 0),
    sent_on TEXT NOT NULL CHECK (length(sent_on) = 10),
    recipient TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL CHECK (length(title) > 0),
    attachment TEXT NOT NULL DEFAULT '',
    meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (year, sequence)
);
CREATE INDEX letters_sent_on ON letters(sent_on);

ALTER TABLE meeting_attendees ADD COLUMN reply TEXT NOT NULL DEFAULT ''
    CHECK (reply IN ('', '참석', '불참', '미정'));
"""

# Dues already marked paid before payments had their own table become one payment each, without a
# receipt number (no receipt was issued for them).
BACKFILL = """
INSERT INTO dues_payments (organisation_id, year, amount, paid_on, note)
SELECT organisation_id, year, amount, paid_on, '이전 기록' FROM dues
WHERE amount > 0 AND length(paid_on) = 10
"""


def apply(db: sqlite_utils.Database) -> None:
    """Create the desk tables and carry the recorded dues payments over."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute(BACKFILL)
