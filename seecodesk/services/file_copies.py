"""A finished file (a preview's PDF) saved where the user chose: written beside the target and renamed
over it, so a failure leaves the earlier file as it was and says why in one Korean sentence."""

from __future__ import annotations

import shutil
from pathlib import Path

from seecodesk.core.errors import ExportError, unsaved_file_message


def save_copy(source: str | Path, target: str | Path) -> Path:
    """Copy `source` to `target`; `ExportError` (Korean) when the target cannot be written."""
    target = Path(target)
    partial = target.with_name(f".{target.name}.part")
    try:
        shutil.copyfile(source, partial)
        partial.replace(target)
    except OSError as error:
        raise ExportError(unsaved_file_message(target, error)) from error
    finally:
        partial.unlink(missing_ok=True)
    return target
