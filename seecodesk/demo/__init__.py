"""The fictional demo network (가람시사회적경제기업협의회), shaped like the 논산 and 서산 networks.

Each part of the domain adds its own records through a module with `populate(db, rng)`;
parts run in the order below, so later ones can use what earlier ones made.
"""

from __future__ import annotations

import importlib
import random
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.storage.database import open_database

if TYPE_CHECKING:
    import sqlite_utils

DEMO_SEED = 2021
DEMO_PARTS = (
    "seecodesk.demo.members",
    "seecodesk.demo.bodies",
    "seecodesk.demo.plan",
    "seecodesk.demo.meetings",
    "seecodesk.demo.consulting",
    "seecodesk.demo.products",
    "seecodesk.demo.privacy",
    "seecodesk.demo.trade",
    "seecodesk.demo.figures",
    "seecodesk.demo.dues",
    "seecodesk.demo.notices",
    "seecodesk.demo.people_lists",
)


def populate_demo(db: sqlite_utils.Database) -> None:
    """Fill an empty, migrated database with the demo network, all in one transaction."""
    from seecodesk.services.history import HistoryService

    rng = random.Random(DEMO_SEED)
    with db.atomic(), HistoryService(db).paused():  # the demo is the starting point, not an undoable change
        for module_name in DEMO_PARTS:
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as error:
                if error.name != module_name:
                    raise
                continue
            module.populate(db, rng)


def demo_summary(db: sqlite_utils.Database) -> str:
    """A one-line count of what the demo holds."""
    orgs = db.execute("SELECT count(*) FROM organisations WHERE deleted_at IS NULL").fetchone()[0]
    people = db.execute("SELECT count(*) FROM people WHERE deleted_at IS NULL").fetchone()[0]
    bodies = db.execute("SELECT count(*) FROM bodies").fetchone()[0]
    return f"회원사 등 조직 {orgs}곳, 사람 {people}명, 분과·기구 {bodies}개"


def write_demo_database(path: str | Path) -> str:
    """Create `path` as a new demo database; returns the summary line. Refuses an existing file."""
    path = Path(path)
    if path.exists():
        raise SeeCoDeskError(f"'{path}' 파일이 이미 있습니다. 덮어쓰지 않습니다.")
    partial = path.with_name(path.name + ".part")
    partial.unlink(missing_ok=True)
    photos = path.parent / f"{path.stem}_files"
    photos_were_there = photos.exists()
    try:
        db = open_database(partial)
        try:
            populate_demo(db)
            summary = demo_summary(db)
            # Back to a rollback journal: SQLite folds the -wal into the file and removes it itself, so the
            # finished file stands alone before it is renamed (a -wal is never deleted by hand).
            db.execute("PRAGMA journal_mode = DELETE")
        finally:
            db.close()
        partial.rename(path)
    except BaseException:
        # A full disk or a stop half way: nothing of the unfinished file is left for the user to take for a network.
        for leftover in (partial, *(partial.with_name(partial.name + end) for end in ("-wal", "-shm", "-journal"))):
            leftover.unlink(missing_ok=True)
        if not photos_were_there:
            shutil.rmtree(photos, ignore_errors=True)
        raise
    return summary
