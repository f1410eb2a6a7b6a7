"""File dialogs that open where the user expects: the last folder used for the same purpose, else
the documents folder; the chosen folder is remembered (through `UiSettings`, not scattered QSettings)."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from seecodesk.gui.ui_settings import UiSettings


def wrappable(text: str) -> str:
    """`text` with a zero-width break after each / \\ and _, so a narrow label wraps a long file path
    instead of cutting its end ('…_20261207.csv' lost its '.csv' beside the 내보내기 buttons)."""
    return text.replace("/", "/\u200b").replace("\\", "\\\u200b").replace("_", "_\u200b")


def _remember(settings: UiSettings, purpose: str, path: str) -> str:
    if path:
        settings.set_last_folder(purpose, str(Path(path).parent))
    return path


def open_file_name(parent: QWidget | None, title: str, purpose: str, file_filter: str = "",
                   settings: UiSettings | None = None) -> str:
    """A file to read, or "" when cancelled."""
    settings = settings or UiSettings()
    path, _ = QFileDialog.getOpenFileName(parent, title, settings.start_folder(purpose), file_filter)
    return _remember(settings, purpose, path)


def open_file_names(parent: QWidget | None, title: str, purpose: str, file_filter: str = "",
                    settings: UiSettings | None = None) -> list[str]:
    """Files to read, or [] when cancelled."""
    settings = settings or UiSettings()
    paths, _ = QFileDialog.getOpenFileNames(parent, title, settings.start_folder(purpose), file_filter)
    if paths:
        _remember(settings, purpose, paths[0])
    return list(paths)


def save_file_name(parent: QWidget | None, title: str, purpose: str, suggested_name: str, file_filter: str = "",
                   settings: UiSettings | None = None) -> str:
    """A file to write (offered as `suggested_name` in the start folder), or "" when cancelled."""
    settings = settings or UiSettings()
    start = str(Path(settings.start_folder(purpose)) / Path(suggested_name).name)
    path, _ = QFileDialog.getSaveFileName(parent, title, start, file_filter)
    return _remember(settings, purpose, path)
