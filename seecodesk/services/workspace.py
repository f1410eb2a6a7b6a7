"""An open network: its database, where it lives, its lock, and the services over it."""

from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from seecodesk.services.members import MemberService
from seecodesk.services.settings import network_name
from seecodesk.storage.database import open_database
from seecodesk.storage.lock import DatabaseLock


@dataclass
class Workspace:
    """Everything a window needs of one network database."""

    db: sqlite_utils.Database
    path: Path | None
    lock: DatabaseLock | None = None
    members: MemberService = field(init=False)

    def __post_init__(self) -> None:
        self.members = MemberService(self.db)

    @property
    def network_name(self) -> str:
        return network_name(self.db)

    @property
    def data_folder(self) -> Path:
        """Folder for the network's attachments and photos, beside the database file."""
        base = self.path.parent if self.path else Path.cwd()
        stem = self.path.stem if self.path else "seecodesk"
        folder = base / f"{stem}_files"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def close(self) -> None:
        """Checkpoint, close the database and free the lock."""
        try:
            self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            self.db.close()
            if self.lock:
                self.lock.release()


def open_workspace(path: str | Path, lock: bool = True, create: bool = False) -> Workspace:
    """Lock and open the network database at `path`."""
    path = Path(path)
    held = DatabaseLock(path).acquire() if lock else None
    try:
        db = open_database(path, create=create)
    except BaseException:
        if held:
            held.release()
        raise
    return Workspace(db=db, path=path, lock=held)
