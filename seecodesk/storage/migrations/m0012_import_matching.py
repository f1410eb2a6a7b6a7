"""Schema 12: organisations and people typed before text was kept in NFC are put in NFC, and each
organisation's name_key is computed anew, so a name once pasted from a Mac (NFD) is found by
search and matched by an import like the same name typed on Windows."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from seecodesk.core.validation import name_key

if TYPE_CHECKING:
    import sqlite_utils

_TEXT_COLUMNS = {
    "organisations": ("name", "legal_form", "representative", "address", "district", "industry", "service_field",
                      "news", "notes"),
    "people": ("name", "title", "notes"),
}


def apply(db: sqlite_utils.Database) -> None:
    """Rewrite only the rows whose text changes; name keys follow the (now NFC) names."""
    for table, columns in _TEXT_COLUMNS.items():
        for row_id, *values in db.execute(f"SELECT id, {', '.join(columns)} FROM {table}").fetchall():
            nfc = [unicodedata.normalize("NFC", value or "") for value in values]
            if nfc != [value or "" for value in values]:
                assignments = ", ".join(f"{column} = ?" for column in columns)
                db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*nfc, row_id])
    for row_id, name, key in db.execute("SELECT id, name, name_key FROM organisations").fetchall():
        fresh = name_key(name)
        if fresh != key:
            db.execute("UPDATE organisations SET name_key = ? WHERE id = ?", [fresh, row_id])
