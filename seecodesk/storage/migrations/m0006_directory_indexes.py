"""Schema 6: an index that lets the directory count each organisation's people without reading them."""

import sqlite_utils


def apply(db: sqlite_utils.Database) -> None:
    """Covering index for `count(*) … WHERE organisation_id = ? AND deleted_at IS NULL`."""
    db.execute("CREATE INDEX people_live_organisation ON people(organisation_id, deleted_at)")
