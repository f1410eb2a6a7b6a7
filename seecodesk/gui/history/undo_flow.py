"""실행 취소 (Ctrl+Z, 편집 → 실행 취소) in a window, as a careful secretary expects it.

A small change this window made is undone at once, as always. Anything else is asked about first —
a change another program made (a command-line import, another window, a tool outside SeeCoDesk) or a
large one (an import, more than core.history.LARGE_UNDO_ROWS rows) — naming what, when, how many rows
and by whom, with 취소 the default. A large undo runs in a worker with a progress box whose 취소 leaves
everything as it was; the window stays responsive meanwhile. Changes another program left unfiled are
filed first (by a worker when there are many), so the question names what is really on top.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.core.history import LARGE_UNDO_ROWS, UndoPlan, undo_question
from seecodesk.gui.history.replay import NOTHING_TO_UNDO, replay
from seecodesk.gui.messages import show_error
from seecodesk.gui.tasks import BackgroundTask, TaskControl

if TYPE_CHECKING:
    from seecodesk.gui.main_window import MainWindow
    from seecodesk.services.history import Replayed

QUESTION_TITLE = "실행 취소"
KEPT = "실행 취소를 하지 않았습니다. 아무것도 바뀌지 않았습니다."
STOPPING = "실행 취소를 멈추는 중입니다… 되돌리던 것은 모두 원래대로 둡니다."
STOPPED = "실행 취소를 멈췄습니다. 아무것도 되돌리지 않았습니다 (모두 그대로입니다)."
FILING = "다른 프로그램이 바꾼 내용을 정리하는 중입니다. 끝나면 무엇을 되돌릴지 여쭙겠습니다."
BUSY = "실행 취소가 아직 진행 중입니다."


class UndoFlow(QObject):
    """The window's 실행 취소: ask when it matters, undo large changes off the GUI thread."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.task: BackgroundTask | None = None
        self.dialog: QDialog | None = None  # the progress of a large undo, while it runs
        self._finished: list[Replayed | None] = []  # what a worker undid, once it has committed
        self._after_filing = False

    def undo(self) -> None:
        """Undo what is on top of the stack, asking first when it is not a small change of this window."""
        if self.task is not None or self._after_filing:
            self._say(FILING if self._after_filing else BUSY)
            return
        try:
            if self._filing_first():
                return
            from seecodesk.services.history_undo import undo_plan

            plan = undo_plan(self.window.workspace.history)
        except (sqlite3.Error, SeeCoDeskError) as error:
            show_error(self.window, error, "되돌릴 수 없습니다")
            return
        if plan is None:
            self.window.after_history_change(NOTHING_TO_UNDO)
        elif plan.needs_question and not self.ask(plan):
            self._say(KEPT)
        elif plan.large and self.window.workspace.path is not None:
            self._undo_in_worker(plan)
        else:
            text = replay(self.window, self.window.workspace, expected=plan.operation_id)
            if text is not None:
                self.window.after_history_change(text)

    def ask(self, plan: UndoPlan) -> bool:
        """The question, 취소 by default; True on 되돌리기."""
        question, details = undo_question(plan)
        box = QMessageBox(self.window)
        box.setObjectName("undo_question")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QUESTION_TITLE)
        box.setText(question)
        box.setInformativeText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText("되돌리기")
        box.button(QMessageBox.StandardButton.No).setText("취소")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    # --- changes another program left outside any operation ------------------------------------------
    def _filing_first(self) -> bool:
        """File waiting changes of other programs first: here when few, by a worker when many (then True:
        the undo goes on once they are filed)."""
        history = self.window.workspace.history
        waiting = history.waiting_changes(LARGE_UNDO_ROWS + 1)
        if not waiting:
            return False
        filing = self.window.orphan_filing()
        if waiting <= LARGE_UNDO_ROWS or not filing.filing():
            history.labels()  # files them here, as one operation for each program that made them
            return False
        self._after_filing = True
        filing.done.connect(self._filed)
        self._say(FILING)
        return True

    def _filed(self) -> None:
        self.window.orphan_filing().done.disconnect(self._filed)
        self._after_filing = False
        self.window.refresh_undo_labels()
        self.undo()

    # --- a large undo in a worker ----------------------------------------------------------------------
    def _undo_in_worker(self, plan: UndoPlan) -> None:
        from seecodesk.gui.history.undo_progress import UndoProgressDialog
        from seecodesk.services.history_undo import undo_file

        path, expected = self.window.workspace.path, plan.operation_id
        assert path is not None

        finished = self._finished = []

        def work(control: TaskControl) -> Replayed | None:
            def progress(done: int, total: int) -> None:
                control.progress(100 * done // max(total, 1), f"{done:,} / {total:,}건")

            finished.append(undo_file(path, expected, progress))  # committed, even if 취소 comes now
            return finished[0]

        self.task = BackgroundTask(work)
        dialog = UndoProgressDialog(plan.label, plan.rows, self.task, self.window)
        dialog.rejected.connect(lambda: self._say(STOPPING))
        self.task.signals.finished.connect(self._undone)
        self.task.signals.failed.connect(self._failed)
        self.task.signals.cancelled.connect(self._stopped)
        self.task.start()
        dialog.open()
        self.dialog = dialog

    def _undone(self, done: Replayed | None) -> None:
        self.task = None
        workspace = self.window.workspace
        workspace.note_outside_write()
        workspace.history.last_replayed = done
        self.window.after_history_change(done.message if done else NOTHING_TO_UNDO)

    def _failed(self, error: BaseException) -> None:
        stopped = self.task is not None and self.task.control.cancelled()
        self.task = None
        if stopped or not self.window.isVisible():  # 취소 was pressed, or the window is gone: nothing was undone
            self._say(STOPPED)
            return
        show_error(self.window, error, "되돌릴 수 없습니다")

    def _stopped(self) -> None:
        self.task = None
        if self._finished:  # 취소 came after the last row, as the worker committed: the undo is done
            self._undone(self._finished[0])
        else:
            self._say(STOPPED)

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)
