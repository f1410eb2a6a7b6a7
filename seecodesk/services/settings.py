"""Business settings kept in the network's database (name, contact, catalog texts)."""

import sqlite_utils

from seecodesk.storage import settings as store

DEFAULT_NETWORK_NAME = "사회적경제네트워크"


def get_setting(db: sqlite_utils.Database, key: str, default: str = "") -> str:
    """The stored value of `key`, or `default`."""
    value = store.read_setting(db, key)
    return default if value is None else value


def set_setting(db: sqlite_utils.Database, key: str, value: str) -> None:
    """Store `value` under `key`."""
    with db.atomic():
        store.write_setting(db, key, value)


def network_name(db: sqlite_utils.Database) -> str:
    """The network's name as printed on forms and footers (e.g. 논산사회적경제기업협의회)."""
    return get_setting(db, "network_name", DEFAULT_NETWORK_NAME)
