"""Schema 3: meetings, invitees and attendance, quorum rules, agenda items, action items, attachments.

Action items link to a plan task by a plain `task_id` (no foreign key): the plan tables come from
another migration and a task may be deleted without losing the meeting's record of what was agreed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


SCHEMA = """
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    body_id INTEGER REFERENCES bodies(id) ON DELETE SET NULL,
    number INTEGER,
    title TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL CHECK (length(date) = 10),
    start_time TEXT NOT NULL DEFAULT '',
    end_time TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    online INTEGER NOT NULL DEFAULT 0,
    link TEXT NOT NULL DEFAULT '',
    chair_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    recorder_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    updated_at TEXT NOT NULL DEFAULT (datetime('now')),
    deleted_at TEXT
);
CREATE INDEX meetings_date ON meetings(date);
CREATE INDEX meetings_body ON meetings(body_id);

CREATE TABLE meeting_attendees (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    guest_name TEXT NOT NULL DEFAULT '',
    guest_organisation TEXT NOT NULL DEFAULT '',
    guest_title TEXT NOT NULL DEFAULT '',
    guest_phone TEXT NOT NULL DEFAULT '',
    affiliation TEXT NOT NULL DEFAULT '회원사',
    status TEXT NOT NULL DEFAULT 'invited'
        CHECK (status IN ('invited', 'present', 'absent', 'excused', 'late')),
    note TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    CHECK (person_id IS NOT NULL OR length(guest_name) > 0)
);
CREATE INDEX meeting_attendees_meeting ON meeting_attendees(meeting_id);
CREATE INDEX meeting_attendees_person ON meeting_attendees(person_id);

CREATE TABLE quorum_rules (
    body_id INTEGER PRIMARY KEY REFERENCES bodies(id) ON DELETE CASCADE,
    rule TEXT NOT NULL DEFAULT 'majority' CHECK (rule IN ('majority', 'two_thirds', 'fixed', 'none')),
    basis TEXT NOT NULL DEFAULT 'body_members' CHECK (basis IN ('body_members', 'member_organisations')),
    fixed_count INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL CHECK (length(title) > 0),
    presenter_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    presenter_name TEXT NOT NULL DEFAULT '',
    discussion TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', '의결', '보고', '보류')),
    resolution TEXT NOT NULL DEFAULT '',
    votes_for INTEGER CHECK (votes_for IS NULL OR votes_for >= 0),
    votes_against INTEGER CHECK (votes_against IS NULL OR votes_against >= 0),
    votes_abstain INTEGER CHECK (votes_abstain IS NULL OR votes_abstain >= 0),
    from_action_id INTEGER
);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);

CREATE TABLE action_items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    what TEXT NOT NULL CHECK (length(what) > 0),
    owner_person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    owner_body_id INTEGER REFERENCES bodies(id) ON DELETE SET NULL,
    owner_name TEXT NOT NULL DEFAULT '',
    due_on TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '예정' CHECK (status IN ('예정', '진행중', '완료', '취소')),
    done_on TEXT NOT NULL DEFAULT '',
    task_id INTEGER,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX action_items_meeting ON action_items(meeting_id);
CREATE INDEX action_items_open ON action_items(status, due_on);

CREATE TABLE meeting_attachments (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL CHECK (length(file_name) > 0),
    original_name TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (meeting_id, file_name)
);
"""


def apply(db: sqlite_utils.Database) -> None:
    """Create the meeting tables."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
