"""Long work off the GUI thread: a QThreadPool runner with progress, cancel and results on the GUI thread.

The work function gets a `TaskControl` to report progress and ask whether it was cancelled. It
must open its own database connection if it needs one (a connection belongs to its thread).
"""

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskCancelled(Exception):
    """Raised inside work that noticed its cancel request."""


class TaskControl:
    """Handed to the work function: progress reporting and the cancel flag."""

    def __init__(self, signals: "TaskSignals") -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, percent: int, message: str = "") -> None:
        self._signals.progress.emit(max(0, min(100, int(percent))), message)
        if self._cancel.is_set():
            raise TaskCancelled()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class TaskSignals(QObject):
    """Signals delivered on the GUI thread (queued across threads)."""

    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[TaskControl], Any], signals: TaskSignals, control: TaskControl) -> None:
        super().__init__()
        self._work, self._signals, self._control = work, signals, control

    def run(self) -> None:
        try:
            result = self._work(self._control)
        except TaskCancelled:
            _tell(self._signals.cancelled)
        except BaseException as error:  # noqa: BLE001 - handed to the GUI to show
            _tell(self._signals.failed, error)
        else:
            if self._control.cancelled():
                _tell(self._signals.cancelled)
            else:
                _tell(self._signals.finished, result)


def _tell(signal: Any, *args: Any) -> None:
    """Emit, unless whoever waited is gone: a window closed (Ctrl+Q) while its backup ran deletes the signals,
    and the emit's RuntimeError, raised in a worker as the program ends, aborted the whole process."""
    try:
        signal.emit(*args)
    except RuntimeError:
        pass


class BackgroundTask:
    """One piece of long work; keep a reference until it has finished."""

    def __init__(self, work: Callable[[TaskControl], Any]) -> None:
        self.signals = TaskSignals()
        self.control = TaskControl(self.signals)
        self._runnable = _Runnable(work, self.signals, self.control)
        self._runnable.setAutoDelete(False)

    def start(self, pool: QThreadPool | None = None) -> "BackgroundTask":
        (pool or QThreadPool.globalInstance()).start(self._runnable)
        return self

    def cancel(self) -> None:
        self.control.cancel()
