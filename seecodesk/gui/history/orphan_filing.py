"""Changes another program made to the file, filed as one undoable operation by a worker, not the window.

A bulk write from outside (rows added by hand with another tool, a generated network) leaves every
change outside an operation; the first look at the 편집 menu's labels filed them all in one UPDATE,
seconds on the GUI thread for hundreds of thousands. The window asks `filing()` before reading its
labels: while a worker files them, the labels are read without filing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from seecodesk.gui.tasks import BackgroundTask

if TYPE_CHECKING:
    from seecodesk.services.workspace import Workspace

class OrphanFiling(QObject):
    """Files the changes made outside any operation in a worker; `done` once they are filed (or could not be)."""

    done = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.task: BackgroundTask | None = None
        self.failed = False

    def filing(self) -> bool:
        """True while a worker files them; starts one when some wait (a network in a file, no earlier failure)."""
        if self.task is not None or not self.workspace.checked:
            return True  # being filed, or not yet: nothing is written before the file has passed its check
        path = self.workspace.path
        if path is None or self.failed or not self.workspace.history.has_orphans():
            return False  # none, or filed where they are read (in memory; after a failure, as before)
        from seecodesk.services.history import file_orphans_of

        self.task = BackgroundTask(lambda _control: file_orphans_of(path))
        self.task.signals.finished.connect(self._finished)
        self.task.signals.failed.connect(self._failed)
        self.task.start()
        return True

    def _finished(self, _filed: bool) -> None:
        self.task = None
        self.done.emit()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.failed = True
        import logging

        logging.getLogger("seecodesk").warning("다른 프로그램의 변경 정리 실패: %s", error)
        self.done.emit()
