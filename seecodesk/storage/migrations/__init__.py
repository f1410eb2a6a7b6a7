"""Append-only schema migrations. Never edit or reorder one that has shipped; add a new module.

Each module has `apply(db)`; the position in `MIGRATIONS` is the schema version it brings.
All pending migrations run in one exclusive transaction (storage/database.py `migrate`): a migration
must not commit, VACUUM or change the journal mode.
Modules are named here and imported only when a file needs them: opening an up-to-date
network reads none of them.
"""

import importlib
from types import ModuleType

MIGRATIONS: tuple[str, ...] = (
    "m0001_members",
    "m0005_products",
    "m0004_consulting",
    "m0003_meetings",
    "m0002_plan",
    "m0006_directory_indexes",
    "m0012_import_matching",
    "m0008_history",
    "m0009_trade",
    "m0010_figures",
    "m0011_desk",
    "m0013_history_compact",
    "m0014_history_origin",
)


def load_migration(name: str) -> ModuleType:
    """The migration module called `name` (one of MIGRATIONS)."""
    return importlib.import_module(f"{__name__}.{name}")
