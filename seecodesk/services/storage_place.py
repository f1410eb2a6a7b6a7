"""The once-only warning about a database kept on a network share or in a synced cloud folder."""

from __future__ import annotations

from pathlib import Path

from seecodesk.core.storage_place import ADVICE, risky_place_reason
from seecodesk.storage import local_state

WARNED_FACT = "place_warned"


def read_mounts(table: str | Path = "/proc/mounts") -> list[tuple[str, str]]:
    """(mount point, file system type) of every mount (Linux); empty where there is no mount table."""
    try:
        lines = Path(table).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    mounts = []
    for line in lines:
        fields = line.split()
        if len(fields) >= 3:
            mounts.append((fields[1].replace("\\040", " "), fields[2]))
    return mounts


def place_warning(db_path: str | Path, mounts: list[tuple[str, str]] | None = None) -> str | None:
    """The warning to show for `db_path`, once: None when the place is safe or the user was already told."""
    path = Path(db_path).resolve()
    reason = risky_place_reason(path, read_mounts() if mounts is None else mounts)
    if reason is None or local_state.read_fact(path, WARNED_FACT) == reason:
        return None
    local_state.try_write_fact(path, WARNED_FACT, reason)  # not kept: the warning comes again next time
    return f"{reason} {ADVICE}"
