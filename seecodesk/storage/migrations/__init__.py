"""Append-only schema migrations. Never edit or reorder one that has shipped; add a new module.

Each module has `apply(db)`; the position in `MIGRATIONS` is the schema version it brings.
"""

from types import ModuleType

from seecodesk.storage.migrations import (
    m0001_members,
    m0002_plan,
    m0003_meetings,
    m0004_consulting,
    m0005_products,
    m0006_directory_indexes,
)

MIGRATIONS: list[ModuleType] = [
    m0001_members,
    m0005_products,
    m0004_consulting,
    m0003_meetings,
    m0002_plan,
    m0006_directory_indexes,
]
