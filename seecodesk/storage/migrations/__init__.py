"""Append-only schema migrations. Never edit or reorder one that has shipped; add a new module.

Each module has `apply(db)`; the position in `MIGRATIONS` is the schema version it brings.
"""

from types import ModuleType

from seecodesk.storage.migrations import m0001_members
from seecodesk.storage.migrations import m0005_products
from seecodesk.storage.migrations import m0004_consulting
from seecodesk.storage.migrations import m0003_meetings
from seecodesk.storage.migrations import m0002_plan
from seecodesk.storage.migrations import m0006_directory_indexes

MIGRATIONS: list[ModuleType] = [
    m0001_members,
    m0005_products,
    m0004_consulting,
    m0003_meetings,
    m0002_plan,
    m0006_directory_indexes,
]
