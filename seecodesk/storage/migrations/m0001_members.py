"""Schema 1: the network's settings, organisations, people, roles, consent, dues and bodies."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


SCHEMA = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    name_key TEXT NOT NULL,
    legal_form TEXT NOT NULL DEFAULT '',
    business_number TEXT NOT NULL DEFAULT '',
    corporation_number TEXT NOT NULL DEFAULT '',
    representative TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    district TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    fax TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    homepage TEXT NOT NULL DEFAULT '',
    industry TEXT NOT NULL DEFAULT '',
    service_field TEXT NOT NULL DEFAULT '',
    founded_on TEXT NOT NULL DEFAULT '',
    is_support_body INTEGER NOT NULL DEFAULT 0,
    news TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    updated_at TEXT NOT NULL DEFAULT (datetime('now')),
    deleted_at TEXT
);
CREATE UNIQUE INDEX organisations_business_number
    ON organisations(business_number) WHERE business_number != '' AND deleted_at IS NULL;
CREATE INDEX organisations_name_key ON organisations(name_key);

CREATE TABLE designations (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    subtype TEXT NOT NULL DEFAULT '',
    number TEXT NOT NULL DEFAULT '',
    designated_on TEXT NOT NULL DEFAULT '',
    ends_on TEXT NOT NULL DEFAULT ''
);
CREATE INDEX designations_organisation ON designations(organisation_id);

CREATE TABLE membership_periods (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    joined_on TEXT NOT NULL,
    left_on TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX membership_periods_organisation ON membership_periods(organisation_id);

CREATE TABLE dues (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    amount INTEGER NOT NULL CHECK (amount >= 0),
    paid_on TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (organisation_id, year)
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    affiliation TEXT NOT NULL DEFAULT '회원사',
    name TEXT NOT NULL CHECK (length(name) > 0),
    title TEXT NOT NULL DEFAULT '',
    mobile TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL DEFAULT '',
    in_group_chat INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    updated_at TEXT NOT NULL DEFAULT (datetime('now')),
    deleted_at TEXT
);
CREATE INDEX people_organisation ON people(organisation_id);

CREATE TABLE person_roles (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT '',
    started_on TEXT NOT NULL DEFAULT '',
    ended_on TEXT NOT NULL DEFAULT ''
);
CREATE INDEX person_roles_person ON person_roles(person_id);

CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    consented_on TEXT NOT NULL,
    items TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    retention TEXT NOT NULL DEFAULT '',
    third_party INTEGER NOT NULL DEFAULT 0,
    withdrawn_on TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consents_person ON consents(person_id);

CREATE TABLE bodies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    kind TEXT NOT NULL,
    purpose TEXT NOT NULL DEFAULT '',
    cadence TEXT NOT NULL DEFAULT '',
    cadence_period TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE body_members (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT '위원',
    term TEXT NOT NULL DEFAULT '',
    started_on TEXT NOT NULL DEFAULT '',
    ended_on TEXT NOT NULL DEFAULT ''
);
CREATE INDEX body_members_body ON body_members(body_id);
CREATE INDEX body_members_person ON body_members(person_id);
"""


def apply(db: sqlite_utils.Database) -> None:
    """Create the member directory tables."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
