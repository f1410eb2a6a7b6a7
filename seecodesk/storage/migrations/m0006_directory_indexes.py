"""Schema 6: indexes the directory needs at 20,000 organisations (people counts, first screen by name)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def apply(db: sqlite_utils.Database) -> None:
    """A covering index for people counts; live organisations in name order for the first screen."""
    db.execute("CREATE INDEX people_live_organisation ON people(organisation_id, deleted_at)")
    db.execute("CREATE INDEX organisations_live_name ON organisations(name, id) WHERE deleted_at IS NULL")
