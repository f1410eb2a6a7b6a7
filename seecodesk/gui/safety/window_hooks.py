"""What the window's owner does for the safety net: automatic backups, the damaged file, the restore, the place warning.

Called from `app.WindowController`; everything here runs after the first paint or on the user's
request, so a start on a sound file pays nothing for it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from seecodesk.core.backups import BackupInfo, backup_file_title, format_when
from seecodesk.core.errors import DamagedDatabaseError, DatabaseError, SeeCoDeskError
from seecodesk.core.josa import josa
from seecodesk.gui.tasks import BackgroundTask, TaskControl
from seecodesk.services import backups

if TYPE_CHECKING:
    from seecodesk.services.workspace import Workspace

DAILY_CHECK_MS = 60 * 60 * 1000  # once an hour the window asks whether a day has passed since the newest backup
_log = logging.getLogger("seecodesk")


class AutoBackups(QObject):
    """The automatic backups of the open window's file: once after the first paint, then daily."""

    def __init__(self, window: QMainWindow, db_path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.db_path = db_path
        self.task: BackgroundTask | None = None
        self.timer = QTimer(self, interval=DAILY_CHECK_MS)
        self.timer.timeout.connect(self.back_up_if_due)
        self.timer.start()

    def back_up_on_open(self) -> None:
        """A backup when the file changed since the newest one (off the GUI thread)."""
        self._start(lambda: backups.backup_if_changed(self.db_path, "open"))

    def back_up_if_due(self) -> None:
        """A backup when the newest is a day old and the file changed since."""
        path = self.db_path
        self._start(lambda: backups.backup_now(path, "daily") if backups.backup_due(path) else None)

    def _start(self, make: Any) -> None:
        if self.task is not None:
            return

        def work(_control: TaskControl) -> BackupInfo | None:
            result: BackupInfo | None = make()
            # The quick_check of the day's first copy (this one, or one made on the last close) runs here, off
            # the GUI thread; a copy that fails it is deleted and reported.
            failed = backups.check_waiting(self.db_path)
            if failed:
                raise DatabaseError(failed[0])
            return result

        self.task = BackgroundTask(work)
        self.task.signals.finished.connect(self._done)
        self.task.signals.failed.connect(self._failed)
        self.task.start()

    def _done(self, info: BackupInfo | None) -> None:
        self.task = None
        if info is not None:
            self.window.statusBar().showMessage(f"자동 백업을 만들었습니다 ({format_when(info.taken_at)}).", 8000)

    def _failed(self, error: BaseException) -> None:
        self.task = None
        _log.warning("자동 백업 실패: %s", error)
        text = str(error) if isinstance(error, SeeCoDeskError) else f"{type(error).__name__}: {error}"
        text = text.removeprefix("백업을 만들지 못했습니다: ")  # said once, not twice
        self.window.statusBar().showMessage(f"자동 백업을 만들지 못했습니다: {text}", 15000)


def after_first_paint(window: QMainWindow, workspace: Workspace) -> None:
    """The backup on open and the once-only warning about a network or cloud folder."""
    if workspace.path is None:
        return
    auto = AutoBackups(window, workspace.path)
    window.setProperty("auto_backups", auto)
    auto.back_up_on_open()
    from seecodesk.services.storage_place import place_warning

    warning = place_warning(workspace.path)
    if warning:
        QMessageBox.warning(window, "저장 위치 주의", warning)


def close_with_backup(workspace: Workspace) -> None:
    """Trim old history, close the workspace, then back its file up when it changed (never an error on the way out)."""
    try:
        workspace.history.trim()
    except Exception as error:  # noqa: BLE001 - closing must not fail on trimming; it is logged
        _log.warning("변경 이력 정리 실패: %s", error)
    workspace.close()
    if workspace.path is None or not workspace.path.exists():
        return
    try:
        backups.backup_if_changed(workspace.path, "close")
    except Exception as error:  # noqa: BLE001 - closing must not fail on a backup; it is logged
        _log.warning("닫을 때 백업 실패: %s", error)


def recover_damaged(controller: Any, path: Path, error: DamagedDatabaseError) -> bool:
    """Set the damaged file aside, then offer the newest sound backup or a fresh start; True when a window opened."""
    from seecodesk.gui.safety.damaged_dialog import FRESH, RESTORE, DamagedFileDialog
    from seecodesk.services.damage import set_aside

    try:
        aside = set_aside(path)
    except SeeCoDeskError as move_error:
        QMessageBox.warning(controller.window, "열 수 없습니다", f"{error} {move_error}")
        return False
    newest = backups.newest_sound_backup(path)
    problem = error.problems[0] if error.problems else str(error)
    choice = DamagedFileDialog.ask(path, aside, newest, problem, controller.window)
    if choice == RESTORE and newest is not None:
        try:
            backups.restore_backup(newest.path, path)
        except SeeCoDeskError as restore_error:
            QMessageBox.warning(controller.window, "복원하지 못했습니다", str(restore_error))
            return False
        opened = bool(controller.open_path(path))
        if opened:
            controller.window.statusBar().showMessage(
                f"{format_when(newest.taken_at)} 백업으로 복원했습니다. 손상된 파일은 {aside.name}{josa(aside.name, '으로')} 보관했습니다.", 30000)
        return opened
    if choice == FRESH:
        return bool(controller.open_path(path, create=True))
    return False


def restore_in_window(controller: Any, backup: Path) -> bool:
    """Close the open file (keeping its lock), restore `backup` into it, and open it again in a new window."""
    from seecodesk.services.workspace import open_workspace

    workspace = controller.workspace
    path, lock = workspace.path, workspace.lock
    workspace.lock = None  # the lock stays held across the restore: nobody else may open the file meanwhile
    workspace.close()
    controller.workspace = None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        safety = backups.restore_backup(backup, path)
        failure = None
    except SeeCoDeskError as error:
        safety, failure = None, error
    finally:
        QApplication.restoreOverrideCursor()
    try:
        reopened = open_workspace(path, lock=False)
    except BaseException:
        if lock:
            lock.release()
        raise
    reopened.lock = lock
    controller._show(reopened)
    if failure is not None:
        QMessageBox.warning(controller.window, "복원하지 못했습니다", str(failure))
        return False
    kept = f"\n복원 전 파일은 안전 사본으로 보관했습니다: {safety.path.name}" if safety else ""
    controller.window.statusBar().showMessage("백업으로 복원했습니다.", 10000)
    title = backup_file_title(Path(path).stem, Path(backup).name)
    QMessageBox.information(controller.window, "복원했습니다", f"{title}으로 되돌렸습니다.{kept}")
    return True
