"""Business settings kept in the network's database (name, contact, catalog texts)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from seecodesk.storage import settings as store

if TYPE_CHECKING:
    import sqlite_utils

    from seecodesk.storage.database import Queryable

DEFAULT_NETWORK_NAME = "사회적경제네트워크"
# The 범위 of a role held for the whole network (besides its own name): blank or the word the dialog suggests.
NETWORK_SCOPES = ("", "협의회")


def get_setting(db: Queryable, key: str, default: str = "") -> str:
    """The stored value of `key`, or `default`."""
    value = store.read_setting(db, key)
    return default if value is None else value


def set_setting(db: sqlite_utils.Database, key: str, value: str) -> None:
    """Store `value` under `key`."""
    with db.atomic():
        store.write_setting(db, key, value)


def network_name(db: Queryable) -> str:
    """The network's name as printed on forms and footers (e.g. 논산사회적경제기업협의회)."""
    return get_setting(db, "network_name", DEFAULT_NETWORK_NAME)


def network_head(db: Queryable, on: date | None = None) -> str:
    """Who signs for the network on `on` (today by default): the 회장 whose role is the network's own
    (범위 blank, '협의회' or the network's name), not a body's chair holding the same title."""
    from seecodesk.storage import dues as dues_store  # not at import: the window's first paint needs none of it

    day = (on or date.today()).isoformat()
    return dues_store.network_head(db, day, (*NETWORK_SCOPES, network_name(db)))
