"""A worker whose window went away meanwhile (Ctrl+Q while the backup on open ran) ends quietly: its emit
to the deleted signals raised in the worker, the crash handler built a dialog off the GUI thread as the
program ended, and the process aborted (SIGABRT, sometimes SIGSEGV)."""

import sys
import threading

import shiboken6
from PySide6.QtCore import QThreadPool

from seecodesk.gui.tasks import BackgroundTask, TaskCancelled


def _finished_without_a_word(qtbot, monkeypatch, work) -> list[object]:
    uncaught: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: uncaught.append(args))
    release = threading.Event()
    task = BackgroundTask(lambda control: (release.wait(5), work(control))[1])
    task.start()
    shiboken6.delete(task.signals)  # the window, and with it the task's signals, are gone
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    return uncaught


def test_unit_a_task_finishing_after_its_window_closed_raises_nothing(qtbot, monkeypatch):
    assert _finished_without_a_word(qtbot, monkeypatch, lambda control: "done") == []


def test_unit_a_task_failing_or_cancelled_after_its_window_closed_raises_nothing(qtbot, monkeypatch):
    def fails(control):
        raise OSError("디스크가 빠졌습니다")

    def cancelled(control):
        raise TaskCancelled()

    assert _finished_without_a_word(qtbot, monkeypatch, fails) == []
    assert _finished_without_a_word(qtbot, monkeypatch, cancelled) == []


def test_unit_a_task_still_reports_to_a_window_that_is_there(qtbot):
    task = BackgroundTask(lambda control: "done")
    with qtbot.waitSignal(task.signals.finished, timeout=5000) as finished:
        task.start()
    assert finished.args == ["done"]
