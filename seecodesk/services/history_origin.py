"""Which program this process is, as the change history records it: a window, a command, or SeeCoDesk used as a library.

Each start of a program gets a fresh token, so 실행 취소 in a window tells the operations of this run
(its own edits, its own imports) from those of a command run earlier, a window opened yesterday, or a
program outside SeeCoDesk. The window and the command line say which they are when they start.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from seecodesk.core.origins import PROGRAM, origin_session, origin_text


def _token() -> str:
    """A fresh run token (random: two runs started in the same instant still differ)."""
    return os.urandom(6).hex()


_current = [origin_text(PROGRAM, _token())]


def this_origin() -> str:
    """The origin this process records its operations with now."""
    return _current[0]


def set_origin(kind: str, detail: str = "") -> str:
    """Be `kind` (core.history WINDOW, COMMAND …) from now on, as a new run; returns the origin replaced."""
    previous = _current[0]
    _current[0] = origin_text(kind, _token(), detail)
    return previous


@contextmanager
def acting_as(kind: str, detail: str = "") -> Iterator[str]:
    """Record as `kind` for the block (a command run inside another program, as tests do), then as before."""
    previous = set_origin(kind, detail)
    try:
        yield _current[0]
    finally:
        _current[0] = previous


def is_own(origin: str | None) -> bool:
    """True when an operation was made by this run of the program."""
    return origin is not None and origin_session(origin) == origin_session(_current[0])
