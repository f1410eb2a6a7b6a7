"""A finished file (a preview's PDF) saved where the user chose: written beside the target and renamed
over it, so a failure leaves the earlier file as it was and says why in one Korean sentence."""

from __future__ import annotations

import shutil
from pathlib import Path

from seecodesk.core.atomic_files import replaced_atomically


def save_copy(source: str | Path, target: str | Path) -> Path:
    """Copy `source` to `target`; `ExportError` (Korean) when the target cannot be written."""
    with replaced_atomically(target) as temp:
        shutil.copyfile(source, temp)
    return Path(target)
