"""Writing a file the secretary asked for so that it is either whole or not there at all.

Every export, printed PDF, preview copy and archive is written into a hidden temporary file beside the
target, flushed to the disk, and only then renamed over the target: a full disk, a cancelled build or a
power cut leaves the earlier file as it was, never a half-written or empty one. The hidden file a
killed run left is removed by the next write of the same target once it is an hour old.
"""

import glob
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from seecodesk.core.errors import ExportError, unsaved_file_message

STALE_SECONDS = 3600  # a hidden .part this old belongs to a run that was killed


@contextmanager
def replaced_atomically(target: str | Path) -> Iterator[Path]:
    """A temporary path beside `target` to write; when the block ends normally it is flushed and renamed
    over `target`, otherwise removed. An OSError (no room, no right to write, no folder) becomes an
    ExportError with the Korean sentence, raised before any work when the folder cannot take a file."""
    target = Path(target)
    remove_stale_parts(target)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as error:
        raise ExportError(unsaved_file_message(target, error)) from error
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        _flush(temp)
        os.replace(temp, target)
    except OSError as error:
        raise ExportError(unsaved_file_message(target, error)) from error
    finally:
        temp.unlink(missing_ok=True)
    os.chmod(target, 0o644)


def _flush(path: Path) -> None:
    """Push the file's bytes to the disk before its rename makes it the target (a rename alone can be
    remembered by the disk before the bytes are, leaving an empty file after a power cut)."""
    with open(path, "r+b") as handle:
        os.fsync(handle.fileno())


def remove_stale_parts(target: Path) -> None:
    """Delete the hidden `.part` files of `target` that a killed run left (an hour old or more)."""
    limit = time.time() - STALE_SECONDS
    try:
        leftovers = list(target.parent.glob(f".{glob.escape(target.name)}.*.part"))
    except OSError:
        return
    for part in leftovers:
        try:
            if part.stat().st_mtime < limit:
                part.unlink()
        except OSError:
            continue
