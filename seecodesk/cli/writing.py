"""The lock every writing command takes: it refuses while a window (or another command) holds the file.

Reading commands (export, print, check, backup) take none: they can run beside an open window.
"""

from pathlib import Path

from seecodesk.storage.lock import COMMAND, DatabaseLock


def writing_lock(db_path: str | Path) -> DatabaseLock:
    """The command's lock on `db_path`, for `with`: raises `DatabaseLockedError` with a Korean sentence when held."""
    return DatabaseLock(db_path, purpose=COMMAND)
