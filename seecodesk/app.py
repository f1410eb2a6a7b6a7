"""Composition root of the window: QApplication, fonts, logging, crash hook, the database, the window.

What only some starts need (the welcome dialog, the demo network, file dialogs) is imported where
it is used: a start on the last network paints its directory without loading them.
"""

import gc
import os
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from seecodesk import __version__
from seecodesk.core.errors import DamagedDatabaseError, SeeCoDeskError
from seecodesk.gui.fonts import install_korean_font
from seecodesk.gui.main_window import MainWindow
from seecodesk.gui.messages import handle_uncaught
from seecodesk.gui.ui_settings import UiSettings
from seecodesk.gui.widgets.first_paint import AfterFirstPaint
from seecodesk.logs import file_logger
from seecodesk.paths import RESOURCES_DIR, data_dir
from seecodesk.services.early_open import discard_opened, take_opened
from seecodesk.services.settings import set_setting
from seecodesk.services.workspace import Workspace, open_workspace
from seecodesk.storage.early_check import let_checks_read, start_quick_check

CHECK_POLL_MS = 25  # after the first paint, how often the window asks whether the quick check has answered


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, Korean locale and the bundled font."""
    # Qt hands every fill taller than ~96 lines (a scroll bar, a tab pane) to a pool of threads and
    # waits for them: on a busy 2-core machine the waiting cost more than the fill, on every keystroke
    # in the directory. Read by Qt at its first such fill, so set before anything paints.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("SeeCoDesk")
    app.setOrganizationName("SeeCoDesk")
    app.setApplicationVersion(__version__)
    QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
    install_korean_font(app)
    install_qt_translations(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def install_window_icon(app: QApplication) -> None:
    """The SeeCoDesk icon on every window (set once the first screen is up: loading it costs ~2 ms)."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(RESOURCES_DIR / "icons" / "seecodesk.png")))


def install_qt_translations(app: QApplication) -> bool:
    """Qt's own texts in Korean (확인/취소/예/아니요, file dialogs, edit menus); True when loaded."""
    if getattr(app, "_seecodesk_translator", None) is not None:
        return True
    translator = QTranslator(app)
    korean = QLocale(QLocale.Language.Korean)
    # Qt's own folder (PySide6 wheels ship qtbase_ko.qm); a packaged build also carries a copy in resources/.
    folders = (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(RESOURCES_DIR / "translations"))
    if not any(translator.load(korean, "qtbase", "_", folder) for folder in folders):
        return False
    app.installTranslator(translator)
    # The few Qt texts qtbase_ko leaves in English (the file dialog's "Look in:", "Files of type:").
    extra = QTranslator(app)
    if extra.load(str(RESOURCES_DIR / "translations" / "seecodesk_qt_ko.qm")):
        app.installTranslator(extra)
    app._seecodesk_translator = (translator, extra)  # type: ignore[attr-defined]  # keep them alive, install once
    return True


def fresh_demo_path() -> Path:
    """A new file for a fresh copy of the demo network."""
    folder = data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"demo-{datetime.now():%Y%m%d-%H%M%S-%f}.seecodesk"


def default_database_path() -> Path:
    """The database `seecodesk` opens when nothing was used before and none is named."""
    return data_dir() / "network.seecodesk"


class WindowController:
    """Opens networks into windows and switches between them on the user's request."""

    def __init__(self, settings: UiSettings) -> None:
        self.settings = settings
        self.window: MainWindow | None = None
        self.workspace: Workspace | None = None

    def open_path(self, path: str | Path, create: bool = False, check_later: bool = False) -> bool:
        """Open `path` in a new window (`check_later`: the start's file may paint before its quick check ends)."""
        if self.workspace and self.workspace.path and self.workspace.path.resolve() == Path(path).resolve():
            self.window.raise_()  # type: ignore[union-attr]
            return True
        try:
            workspace = take_opened(path) or open_workspace(path, create=create, check_later=check_later)
        except DamagedDatabaseError as error:  # set aside, then a backup or a fresh start is offered
            from seecodesk.gui.safety.window_hooks import recover_damaged

            return recover_damaged(self, Path(path), error)
        except SeeCoDeskError as error:
            _warn(self.window, "열 수 없습니다", str(error))
            return False
        try:
            self._show(workspace)
        except sqlite3.DatabaseError as error:
            problems = workspace.damaged_by(error)  # painted ahead of its check, the file proved damaged
            if not problems:
                raise
            self.workspace = None
            return self._recover(workspace, problems)
        return True

    def _recover(self, workspace: Workspace, problems: list[str]) -> bool:
        """Close the damaged file as found and offer its newest sound backup or a fresh start."""
        from seecodesk.gui.safety.window_hooks import recover_damaged

        path, error = workspace.path, workspace.damage_error(problems)
        assert path is not None
        workspace.close()  # the -wal stays as found: the connection was never allowed to checkpoint
        return recover_damaged(self, path, error)

    def open_demo(self) -> bool:
        from seecodesk.demo import write_demo_database

        path = fresh_demo_path()
        write_demo_database(path)
        return self.open_path(path)

    def open_new(self) -> bool:
        from seecodesk.gui.welcome import ask_new_network

        answer = ask_new_network(self.window, self.settings.start_folder("database"))
        if answer is None:
            return False
        path, name = answer
        if Path(path).exists():
            _warn(self.window, "새 네트워크", "같은 이름의 파일이 이미 있습니다. 다른 이름을 지정해 주세요.")
            return False
        if not self.open_path(path, create=True):
            return False
        assert self.workspace is not None
        set_setting(self.workspace.db, "network_name", name)
        self.window.setWindowTitle(f"SeeCoDesk — {name}")  # type: ignore[union-attr]
        return True

    def open_file(self) -> bool:
        from seecodesk.gui.welcome import ask_open_file

        path = ask_open_file(self.window, self.settings.start_folder("database"))
        return self.open_path(path) if path else False

    def open_recent(self, path: str) -> bool:
        """파일 → 최근 파일: open it, or say it is gone and drop it from the list."""
        if not Path(path).is_file():
            _warn(self.window, "최근 파일", f"파일을 찾을 수 없어 목록에서 지웠습니다: {path}")
            self.settings.forget_database(path)
            return False
        return self.open_path(path)

    def handle_request(self, kind: str) -> None:
        {"new": self.open_new, "open": self.open_file, "demo": self.open_demo}[kind]()

    def _show(self, workspace: Workspace) -> None:
        old_window, old_workspace = self.window, self.workspace
        self.workspace = workspace
        self.window = MainWindow(workspace, self.settings)
        self.window.open_requested.connect(self.handle_request)
        self.window.restore_requested.connect(self.restore)
        self.window.open_path_requested.connect(self.open_recent)
        self.window.show()
        AfterFirstPaint(self.window, lambda w=self.window, ws=workspace: self._when_checked(w, ws))
        if workspace.path:
            self.settings.remember_database(str(workspace.path.resolve()))
            self.settings.set_last_folder("database", str(workspace.path.resolve().parent))
        if old_window is not None:
            old_window.close()
        if old_workspace is not None:
            _close_with_backup(old_workspace)

    def _when_checked(self, window: MainWindow, workspace: Workspace) -> None:
        """After the first paint, once the file has passed its quick check: the safety chores (backups)."""
        if self.workspace is not workspace:
            return  # another file was opened meanwhile
        if not workspace.check_finished():
            QTimer.singleShot(CHECK_POLL_MS, window, lambda: self._when_checked(window, workspace))
            return
        was_checked = workspace.checked
        problems = workspace.settle_check()
        if problems:
            self._damaged_after_paint(window, workspace, problems)
            return
        if not was_checked:
            window.file_checked()
        _safety_after_first_paint(window, workspace)

    def _damaged_after_paint(self, window: MainWindow, workspace: Workspace, problems: list[str]) -> None:
        """The file painted ahead of its check is damaged: it is set aside and a backup or a fresh start
        offered, as when the check ends before the window is built."""
        self.workspace = None
        window.hide()
        if not self._recover(workspace, problems) and self.window is window:
            # Nothing else to show: the program ends with 1, as a start on a damaged file does. A hidden
            # window's closing does not end the event loop by itself.
            window.close()
            QApplication.exit(1)

    def restore(self, backup: str) -> bool:
        """Put `backup` back into the open file (백업 및 복원) and reopen it."""
        from seecodesk.gui.safety.window_hooks import restore_in_window

        return restore_in_window(self, Path(backup))

    def close(self) -> None:
        if self.workspace is not None:
            _close_with_backup(self.workspace)
            self.workspace = None


def _warn(parent: MainWindow | None, title: str, text: str) -> None:
    # QMessageBox (and its enums) loads only when a warning is shown: never on the way to the first paint.
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


def _safety_after_first_paint(window: MainWindow, workspace: Workspace) -> None:
    from seecodesk.gui.safety.window_hooks import after_first_paint

    after_first_paint(window, workspace)


def _close_with_backup(workspace: Workspace) -> None:
    from seecodesk.gui.safety.window_hooks import close_with_backup

    close_with_backup(workspace)


def _first_window(controller: WindowController, db_path: str | None, demo: bool) -> bool:
    if demo:
        return controller.open_demo()
    if db_path:
        return controller.open_path(db_path, create=not Path(db_path).exists(), check_later=True)
    last = controller.settings.last_database
    if last and Path(last).exists():
        return controller.open_path(last, check_later=True)
    from seecodesk.gui.welcome import WelcomeDialog

    choice = WelcomeDialog.ask()
    if choice == "demo":
        return controller.open_demo()
    if choice == "new":
        return controller.open_new()
    if choice == "open":
        return controller.open_file()
    return False


def _has_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _after_first_paint() -> None:
    """Start-up chores that need not hold up the first screen."""
    let_checks_read()
    # What the start-up made (modules, classes, the window) lives as long as the program: frozen out of
    # the collector, a full collection later need not walk it (0.1-0.2 s on the GUI thread, or in a
    # worker holding the GIL, once a big directory is in).
    gc.freeze()
    gc.enable()  # the command line turned the collector off for the start-up
    file_logger()
    install_window_icon(QApplication.instance())  # type: ignore[arg-type]
    from seecodesk.gui.tasks import BackgroundTask

    # From here on workers run beside the window (this warm-up, the directory, backups): a worker
    # holding the GIL hands it over after 1 ms rather than Python's 5 when the GUI thread asks.
    sys.setswitchinterval(0.001)
    _WARM_UP.append(BackgroundTask(_warm_up).start())


def _warm_up(_control: object) -> None:
    """Import in a worker what the window soon asks for on the GUI thread (the 편집 menu's labels, the
    회원 card): the members service and sqlite_utils, 0.3-0.6 s that would otherwise freeze the window."""
    import seecodesk.services.members  # noqa: F401
    from seecodesk.storage.database import load_sqlite_utils

    load_sqlite_utils()
    gc.freeze()  # these modules are never garbage either


_WARM_UP: list[object] = []  # the warm-up task, kept until the program ends


def _record_as_window() -> None:
    """This run's changes are recorded as a window's (실행 취소 in it undoes its own without asking)."""
    from seecodesk.core.origins import WINDOW
    from seecodesk.services.history_origin import set_origin

    set_origin(WINDOW)


def run_window(db_path: str | None = None, demo: bool = False) -> int:
    """Show the window; returns the exit code when it closes."""
    if not _has_display():
        discard_opened()
        sys.stderr.write("오류: 화면(DISPLAY)이 없어 창을 열 수 없습니다. 명령 사용법은 'seecodesk --help'를 보세요.\n")
        return 1
    settings = UiSettings()  # QSettings needs no QApplication: the last network is known before it exists
    if not demo and (db_path or settings.last_database):
        start_quick_check(db_path or settings.last_database, hold=True)  # on a thread, reading once painted
    app = make_application()
    sys.excepthook = handle_uncaught
    _record_as_window()
    controller = WindowController(settings)
    try:
        opened = _first_window(controller, db_path, demo)
        discard_opened()  # an early opening the first window did not take (the demo was asked for)
        if not opened:
            return 1
        assert controller.window is not None
        AfterFirstPaint(controller.window, _after_first_paint)
        return app.exec()
    finally:
        gc.enable()
        controller.close()
