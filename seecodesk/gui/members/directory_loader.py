"""The whole directory read off the GUI thread, so a big network's window never freezes while it loads.

A worker (gui.tasks.BackgroundTask) opens its own read-only connection, reads every organisation and
folds their search texts; the page gets rows, index and 업종 list at once on the GUI thread, where
putting them in the table costs a model reset and nothing per row.
"""

import gc
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from seecodesk.core.collector import collector_paused
from seecodesk.core.search_index import SearchIndex
from seecodesk.gui.members.directory_view import search_text
from seecodesk.gui.tasks import BackgroundTask, TaskControl
from seecodesk.services.workspace import read_directory
from seecodesk.storage.directory import DirectoryRow

_PACE_EVERY, _PACE_SECONDS = 400, 0.0005
_RUNNING: set[BackgroundTask] = set()  # a task lives until its worker has returned, even if the page is gone


class DirectoryLoad(NamedTuple):
    """What the worker hands over: the rows by name, their search index, the 업종 they use."""

    generation: int
    rows: list[DirectoryRow]
    index: SearchIndex
    industries: set[str]


def read_and_index(path: Path, generation: int) -> DirectoryLoad:
    """The worker's part: read, fold the search texts, collect the 업종 (no Qt, its own connection).

    It also imports what the organisation card needs (the members service, sqlite_utils): shown
    first once the rows are in, it would otherwise import them on the GUI thread (0.3-0.6 s). After
    reading, not before: the start-up's warm-up may still be importing sqlite_utils (under a lock),
    and the read need not wait for it."""
    with collector_paused():  # see core/collector.py: each collection here held the GIL for up to 60 ms
        rows = read_directory(path, paced)
        index = SearchIndex.build(paced(search_text(r) for r in rows))
        industries = {r.industry for r in paced(rows) if r.industry}
        # The rows live as long as the table shows them and hold no cycles (reference counting frees
        # them when replaced): frozen, no later full collection on the GUI thread walks them again.
        gc.freeze()
    import html  # noqa: F401 - the card escapes with it

    import seecodesk.services.members  # noqa: F401
    from seecodesk.storage.database import load_sqlite_utils

    load_sqlite_utils()
    return DirectoryLoad(generation, rows, index, industries)


def paced[T](items: Iterable[T]) -> Iterator[T]:
    """`items`, with a short sleep every few hundred: a Python thread keeps the GIL for up to 5 ms at a
    time, and on a busy 2-core machine the GUI thread then waits tens of ms for its turn; while this
    worker sleeps it gets the interpreter at once (the longest stall drops from ~60 to ~20 ms)."""
    for count, item in enumerate(items, 1):
        if not count % _PACE_EVERY:
            time.sleep(_PACE_SECONDS)
        yield item


def load_directory(path: Path, generation: int, on_loaded: Callable[[DirectoryLoad], None],
                   on_failed: Callable[[BaseException], None]) -> BackgroundTask:
    """Start reading in the background. Pass bound methods of a widget: Qt then forgets them when the
    widget is destroyed before the worker is done."""
    def work(_control: TaskControl) -> DirectoryLoad:
        return read_and_index(path, generation)

    task = BackgroundTask(work)
    _RUNNING.add(task)
    for signal in (task.signals.finished, task.signals.failed, task.signals.cancelled):
        signal.connect(lambda *_args, t=task: _RUNNING.discard(t))
    task.signals.finished.connect(on_loaded)
    task.signals.failed.connect(on_failed)
    return task.start()
