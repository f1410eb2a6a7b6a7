"""SQLite's quick check of the database the window will open, started early on a thread.

The quick check reads the whole file (about a second for 20,000 organisations on a slow laptop).
Started as soon as the path is known, on a read-only connection of its own, its thread lets the
window open the file ahead of it (`still_checking`); `open_connection` then takes its answer instead
of checking again, before anything is written. Whatever goes wrong here, the check is simply done
again on the window's connection, which reports it properly.

A window's start holds the reading (`hold=True`) until the window has painted (`let_checks_read`) or
something waits for the answer: read beside the start, it slowed the first paint by ~10 % on a busy
2-core machine, where the two compete for the same cores.
"""

import os
import sqlite3
import sys
import threading
from pathlib import Path

_THREADS: dict[Path, tuple[threading.Thread, tuple[int, ...]]] = {}
_ANSWERS: dict[Path, list[str]] = {}
_READ_NOW = threading.Event()  # set once the window has painted, or an answer is waited for
HOLD_LIMIT_S = 3.0  # a held check reads after this long whatever happens (a start that never paints)
QUICK_CHECK = "PRAGMA quick_check(20)"


def start_quick_check(path: str | Path, hold: bool = False) -> None:
    """Begin the quick check of `path` (an existing, non-empty file) on a thread; once per path. `hold`: it
    reads only once `let_checks_read` is called (or its answer waited for)."""
    key = non_empty_file(path)
    if key is None or key in _THREADS:
        return
    thread = threading.Thread(target=_check, args=(key, hold), name="quick-check", daemon=True)
    _THREADS[key] = (thread, _state(key))
    thread.start()


def non_empty_file(path: str | Path) -> Path | None:
    """`path` resolved when it is an existing, non-empty file (one a window opens without creating it); None
    otherwise."""
    try:
        key = Path(path).resolve()
        return key if key.is_file() and key.stat().st_size > 0 else None
    except OSError:
        return None


def _state(key: Path) -> tuple[int, ...]:
    """Size and time of the file, size of its -wal (none = empty: the check's own connection may leave an
    empty one): an answer about other contents is not used."""
    try:
        stat = key.stat()
        found = [stat.st_size, stat.st_mtime_ns]
    except OSError:
        found = [-1, -1]
    try:
        wal_size = key.with_name(key.name + "-wal").stat().st_size
    except OSError:
        wal_size = 0
    return (*found, wal_size)


def let_checks_read() -> None:
    """The window has painted: held checks read now (and any started later reads at once)."""
    _READ_NOW.set()


def _check(key: Path, hold: bool) -> None:
    if hold:
        _READ_NOW.wait(HOLD_LIMIT_S)
    _yield_to_the_window()
    try:
        _ANSWERS[key] = check_now(key)
    except sqlite3.Error:
        pass


def _yield_to_the_window() -> None:
    """Run this thread at the lowest priority: on an idle machine it still has a core to itself, but on a busy
    one the CPU time the scheduler grants this program goes to the window's start first (Linux sets a
    thread's niceness by its id; raising one's own needs no privilege)."""
    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
        except OSError:
            pass


def check_now(path: str | Path) -> list[str]:
    """SQLite's quick check of `path` on a read-only connection of its own (any thread); raises sqlite3.Error."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    try:
        # Closing this connection must not fold the -wal into the file: a damaged file is set aside as found.
        conn.setconfig(sqlite3.SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, True)
        return [str(row[0]) for row in conn.execute(QUICK_CHECK).fetchall()]
    finally:
        conn.close()


def still_checking(path: str | Path) -> bool:
    """True while the early check of `path` is still reading (without waiting for it)."""
    try:
        started = _THREADS.get(Path(path).resolve())
    except OSError:
        return False
    return started is not None and started[0].is_alive()


def early_answer(path: str | Path) -> list[str] | None:
    """The early check's findings for `path` (waiting for it to end), taken once; None if none was made
    or the file has changed since it began."""
    try:
        key = Path(path).resolve()
    except OSError:
        return None
    started = _THREADS.pop(key, None)
    if started is None:
        return None
    thread, state = started
    let_checks_read()  # waited for: a held check reads now
    thread.join()
    answer = _ANSWERS.pop(key, None)
    return answer if _state(key) == state else None
