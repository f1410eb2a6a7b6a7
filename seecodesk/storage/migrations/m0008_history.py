"""Schema: the change history (변경 이력), the undo/redo stack over it, and the personal-data log.

- `history_operations`: one labelled unit of work ("회원사 삭제 (가람청년협동조합)", "가져오기: 회원사
  977곳"). `state` is 'done' (on the undo stack), 'undone' (on the redo stack), 'closed' (kept as
  history, no longer undoable) or 'log' (the record of an undo or redo itself). `seq` orders the
  stacks: it is renewed each time an operation is done or undone.
- `history_changes`: one row per changed row, written by triggers (storage/history_triggers.py).
- `history_state`: the one row the triggers read: which operation is open, and whether recording
  is paused (building the demo, 파기).
- `privacy_log`: when personal data was destroyed or anonymised and for how many people — never who.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

SCHEMA = """
CREATE TABLE history_operations (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'closed', 'log')),
    seq INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'))
);
CREATE INDEX history_operations_state ON history_operations(state, seq);

CREATE TABLE history_changes (
    id INTEGER PRIMARY KEY,
    operation_id INTEGER REFERENCES history_operations(id) ON DELETE CASCADE,
    changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')),
    table_name TEXT NOT NULL,
    record_id INTEGER,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    owner_table TEXT,
    owner_id INTEGER,
    before TEXT,
    after TEXT
);
CREATE INDEX history_changes_operation ON history_changes(operation_id);
CREATE INDEX history_changes_owner ON history_changes(owner_table, owner_id);
CREATE INDEX history_changes_record ON history_changes(table_name, record_id);

CREATE TABLE history_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    operation_id INTEGER,
    paused INTEGER NOT NULL DEFAULT 0
);
INSERT INTO history_state (id, operation_id, paused) VALUES (1, NULL, 0);

CREATE TABLE privacy_log (
    id INTEGER PRIMARY KEY,
    done_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')),
    action TEXT NOT NULL CHECK (action IN ('파기', '익명화')),
    people_count INTEGER NOT NULL CHECK (people_count >= 0),
    reason TEXT NOT NULL DEFAULT ''
);
"""


def apply(db: sqlite_utils.Database) -> None:
    """Create the history tables and a trigger set for every domain table there is now."""
    from seecodesk.storage.history_triggers import install_history_triggers

    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    install_history_triggers(db)
