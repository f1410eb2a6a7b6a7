"""Business settings kept in the network's database (name, contact, catalog texts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from seecodesk.storage import settings as store

if TYPE_CHECKING:
    import sqlite_utils

    from seecodesk.storage.database import Queryable

DEFAULT_NETWORK_NAME = "사회적경제네트워크"


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
