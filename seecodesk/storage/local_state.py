"""Small facts this computer keeps about database files, outside them: where their backups go, warnings given.

They live in the user's SeeCoDesk folder, not in the database, because they must be readable when
the database is not (a damaged file still has backups to offer). Keyed by the file's full path.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from seecodesk.paths import data_dir

STATE_FILE = "files.json"


def _state_path() -> Path:
    return data_dir() / STATE_FILE


def _load() -> dict[str, dict[str, Any]]:
    try:
        state = json.loads(_state_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def _key(db_path: str | Path) -> str:
    return str(Path(db_path).resolve())


def read_fact(db_path: str | Path, name: str) -> Any:
    """The fact called `name` kept for `db_path`, or None."""
    entry = _load().get(_key(db_path))
    return entry.get(name) if isinstance(entry, dict) else None


def write_fact(db_path: str | Path, name: str, value: Any) -> None:
    """Keep `value` as the fact `name` of `db_path` (None forgets it); written whole or not at all."""
    state = _load()
    entry = state.get(_key(db_path))
    if not isinstance(entry, dict):  # a hand-edited or damaged entry is written anew, not crashed on
        entry = state[_key(db_path)] = {}
    if value is None:
        entry.pop(name, None)
    else:
        entry[name] = value
    path = _state_path()
    partial = path.with_name(path.name + f".{os.getpid()}.part")
    try:
        partial.write_text(json.dumps(state, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise


def try_write_fact(db_path: str | Path, name: str, value: Any) -> bool:
    """`write_fact` for a fact that only saves work later (a warning given, a restore's time): a full or
    read-only user folder is no reason to fail what was done. False when it could not be kept."""
    try:
        write_fact(db_path, name, value)
    except OSError:
        return False
    return True
