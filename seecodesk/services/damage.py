"""A damaged database is never worked on: it is set aside under a dated name, and a backup or a fresh file takes its place."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from seecodesk.core.errors import DatabaseError

# SQLite's companions of a database file; they move with it so a -wal is never paired with another file.
COMPANIONS = ("-wal", "-shm", "-journal")


def set_aside(db_path: str | Path, now: datetime | None = None) -> Path:
    """Rename the damaged file (and its -wal, -shm, -journal) to `<name>.damaged-YYYYMMDD-HHMMSS`; the new path.

    Nothing is deleted or written into: the damaged file stays as it was, for a specialist.
    """
    path = Path(db_path)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    serial = 1
    while target.exists():
        serial += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{serial}")
    try:
        os.rename(path, target)
        for suffix in COMPANIONS:
            companion = Path(str(path) + suffix)
            if companion.exists():
                os.rename(companion, Path(str(target) + suffix))
    except OSError as error:
        raise DatabaseError(f"손상된 파일을 다른 이름으로 옮기지 못했습니다: {path.name} ({error.strerror})") from error
    return target
