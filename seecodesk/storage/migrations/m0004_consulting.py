"""Schema 4: peer consulting (동료컨설팅) — fields, mentor offers, applications, matches, sessions, reports.

An application keeps every field of 【별지 제1호 서식】 피어경영컨설팅 신청서 as printed, so a
form can be reprinted exactly as it was received even when the member directory changes later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


DEFAULT_FIELDS = ("인사/노무", "회계/세무", "금융", "현장관리", "인증/사업계획서 작성", "마케팅")

SCHEMA = """
CREATE TABLE consulting_fields (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE mentor_offers (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    other_fields TEXT NOT NULL DEFAULT '',
    capacity INTEGER NOT NULL DEFAULT 1 CHECK (capacity >= 1),
    availability TEXT NOT NULL DEFAULT '',
    starts_on TEXT NOT NULL DEFAULT '',
    ends_on TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    deleted_at TEXT
);
CREATE INDEX mentor_offers_organisation ON mentor_offers(organisation_id);

CREATE TABLE mentor_offer_fields (
    mentor_offer_id INTEGER NOT NULL REFERENCES mentor_offers(id) ON DELETE CASCADE,
    field_id INTEGER NOT NULL REFERENCES consulting_fields(id) ON DELETE CASCADE,
    PRIMARY KEY (mentor_offer_id, field_id)
);

CREATE TABLE consulting_applications (
    id INTEGER PRIMARY KEY,
    receipt_number TEXT NOT NULL DEFAULT '',
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    company_name TEXT NOT NULL CHECK (length(company_name) > 0),
    certification TEXT NOT NULL DEFAULT '' CHECK (certification IN ('', '예비', '인증')),
    certification_number TEXT NOT NULL DEFAULT '',
    representative TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    fax TEXT NOT NULL DEFAULT '',
    org_form TEXT NOT NULL DEFAULT '',
    support_status TEXT NOT NULL DEFAULT '',
    support_year INTEGER,
    past_participation TEXT NOT NULL DEFAULT '',
    manager_name TEXT NOT NULL DEFAULT '',
    manager_email TEXT NOT NULL DEFAULT '',
    manager_phone TEXT NOT NULL DEFAULT '',
    manager_mobile TEXT NOT NULL DEFAULT '',
    other_checked INTEGER NOT NULL DEFAULT 0,
    other_field TEXT NOT NULL DEFAULT '',
    request TEXT NOT NULL DEFAULT '',
    applied_on TEXT NOT NULL DEFAULT '',
    signed INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT '접수' CHECK (status IN ('접수', '매칭', '진행', '완료', '취소')),
    cancel_reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    updated_at TEXT NOT NULL DEFAULT (datetime('now')),
    deleted_at TEXT
);
CREATE INDEX consulting_applications_status ON consulting_applications(status);
CREATE INDEX consulting_applications_organisation ON consulting_applications(organisation_id);

CREATE TABLE consulting_application_fields (
    application_id INTEGER NOT NULL REFERENCES consulting_applications(id) ON DELETE CASCADE,
    field_id INTEGER NOT NULL REFERENCES consulting_fields(id) ON DELETE CASCADE,
    PRIMARY KEY (application_id, field_id)
);

CREATE TABLE consulting_status_history (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES consulting_applications(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    changed_on TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX consulting_status_history_application ON consulting_status_history(application_id);

CREATE TABLE consulting_matches (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES consulting_applications(id) ON DELETE CASCADE,
    mentor_offer_id INTEGER NOT NULL REFERENCES mentor_offers(id) ON DELETE RESTRICT,
    confirmed_on TEXT NOT NULL,
    explanation TEXT NOT NULL DEFAULT '',
    UNIQUE (application_id, mentor_offer_id)
);
CREATE INDEX consulting_matches_offer ON consulting_matches(mentor_offer_id);

CREATE TABLE consulting_sessions (
    id INTEGER PRIMARY KEY,
    match_id INTEGER NOT NULL REFERENCES consulting_matches(id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,
    hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
    place TEXT NOT NULL DEFAULT '',
    online INTEGER NOT NULL DEFAULT 0,
    topics TEXT NOT NULL DEFAULT '',
    fee INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),
    paid_on TEXT NOT NULL DEFAULT '',
    mentor_signed INTEGER NOT NULL DEFAULT 0,
    mentee_signed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX consulting_sessions_match ON consulting_sessions(match_id);

CREATE TABLE consulting_reports (
    id INTEGER PRIMARY KEY,
    match_id INTEGER NOT NULL UNIQUE REFERENCES consulting_matches(id) ON DELETE CASCADE,
    problem TEXT NOT NULL DEFAULT '',
    actions TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    follow_up TEXT NOT NULL DEFAULT '',
    written_on TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT ''
)
"""


def apply(db: sqlite_utils.Database) -> None:
    """Create the peer consulting tables and the six fields of the form."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    for order, name in enumerate(DEFAULT_FIELDS):
        db.execute("INSERT INTO consulting_fields (name, sort_order) VALUES (?, ?)", [name, order])
