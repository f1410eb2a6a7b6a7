"""A finished file (a preview's PDF) saved where the user chose: written beside the target and renamed
over it, so a failure leaves the earlier file as it was and says why in one Korean sentence.

Also the scratch folders a long job (the handover archive) works in: named with the process id, so
what a killed run left (a copy of the whole database among it) is removed by the next run.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from seecodesk.core.atomic_files import replaced_atomically
from seecodesk.storage.lock import process_alive


def save_copy(source: str | Path, target: str | Path) -> Path:
    """Copy `source` to `target`; `ExportError` (Korean) when the target cannot be written."""
    with replaced_atomically(target) as temp:
        shutil.copyfile(source, temp)
    return Path(target)


@contextmanager
def scratch_folder(prefix: str) -> Iterator[Path]:
    """A new private folder in the system's temporary folder, removed when the block ends.

    Folders of the same `prefix` whose process is gone (killed, or the power cut) are removed first.
    """
    remove_abandoned(prefix)
    folder = Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def remove_abandoned(prefix: str, where: str | Path | None = None) -> None:
    """Remove `<prefix><pid>-…` folders in `where` (the temporary folder) whose process no longer runs."""
    for folder in Path(where or tempfile.gettempdir()).glob(f"{prefix}*-*"):
        pid = folder.name[len(prefix):].split("-", 1)[0]
        if folder.is_dir() and pid.isdigit() and not process_alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
