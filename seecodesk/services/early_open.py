"""The window's network opened on a thread while Qt loads: `seecodesk --db PATH` knows its file at once.

Opening a big network's file costs the window several milliseconds before its first paint, most of
them SQLite parsing the schema (its ~140 history triggers) with the GIL let go, while importing
PySide6 keeps the main thread busy for ~0.1 s. Started with the quick check (storage/early_check.py),
the opening runs beside that import, and so do the first screen's reads (홈's groups, kept on the
workspace); the window then takes the open workspace (`take_opened`), or the error opening it raised,
exactly as if it had opened the file itself. A file to be created, or one the
window does not ask for, is never opened here (`discard_opened` closes an opening nobody took).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.storage.early_check import non_empty_file

if TYPE_CHECKING:
    from seecodesk.services.workspace import Workspace

_OPENING: dict[Path, tuple[threading.Thread, list[Workspace | BaseException]]] = {}


def start_opening(path: str | Path) -> None:
    """Begin opening the existing, non-empty network file at `path` on a thread (as the window would:
    locked, checked later); once per path."""
    key = non_empty_file(path)
    if key is None or key in _OPENING:
        return
    outcome: list[Workspace | BaseException] = []
    thread = threading.Thread(target=_open, args=(key, outcome), name="early-open", daemon=True)
    _OPENING[key] = (thread, outcome)
    thread.start()


def _open(key: Path, outcome: list[Workspace | BaseException]) -> None:
    try:
        from seecodesk.services.workspace import open_workspace

        workspace = open_workspace(key, check_later=True, any_thread=True)
    except BaseException as error:  # noqa: BLE001 - handed to the window, which reports it as its own
        outcome.append(error)
        return
    _read_home(workspace)
    outcome.append(workspace)


def _read_home(workspace: Workspace) -> None:
    """The first screen's reads (홈), done here too: the window shows them unless the file changed since."""
    try:
        from datetime import date

        from seecodesk.services.home import home_groups

        today = date.today()
        workspace.keep_first_home(today, home_groups(workspace.conn, today))
    except Exception:  # noqa: BLE001, S110 - the window reads them again and reports what goes wrong there
        pass


def take_opened(path: str | Path) -> Workspace | None:
    """The workspace opened early for `path` (waiting for it), or None when none was started for it; raises
    what the opening raised. Taken once."""
    try:
        started = _OPENING.pop(Path(path).resolve(), None)
    except OSError:
        return None
    if started is None:
        return None
    thread, outcome = started
    thread.join()
    if not outcome:
        return None
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def discard_opened() -> None:
    """Close whatever was opened early and not taken (the window opened something else, or nothing)."""
    for key in list(_OPENING):
        try:
            workspace = take_opened(key)
        except BaseException:  # noqa: BLE001, S112 - nobody asked for this file: its error is nobody's
            continue
        if workspace is not None:
            workspace.close()
