"""UI state kept between runs (window geometry, last database, last folders), in one typed place."""

from PySide6.QtCore import QByteArray, QSettings


class UiSettings:
    """A typed wrapper over QSettings; business settings live in the database instead."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings("SeeCoDesk", "SeeCoDesk")

    @property
    def last_database(self) -> str:
        return str(self._s.value("last_database", "") or "")

    @last_database.setter
    def last_database(self, path: str) -> None:
        self._s.setValue("last_database", path)

    def geometry(self, key: str) -> QByteArray | None:
        value = self._s.value(f"geometry/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self._s.setValue(f"geometry/{key}", value)

    def last_folder(self, purpose: str) -> str:
        return str(self._s.value(f"folders/{purpose}", "") or "")

    def set_last_folder(self, purpose: str, folder: str) -> None:
        self._s.setValue(f"folders/{purpose}", folder)

    def recent_databases(self) -> list[str]:
        """Databases opened lately, the newest first."""
        value = self._s.value("recent_databases", [])
        if isinstance(value, str):  # QSettings hands back a one-item list as a plain string
            value = [value]
        return [str(path) for path in value or [] if path]

    def remember_database(self, path: str, keep: int = 8) -> None:
        """Put `path` first in the recent databases (and make it the last one used)."""
        recent = [path, *(p for p in self.recent_databases() if p != path)][:keep]
        self._s.setValue("recent_databases", recent)
        self.last_database = path

    def forget_database(self, path: str) -> None:
        """Drop `path` from the recent databases (it was moved or deleted)."""
        self._s.setValue("recent_databases", [p for p in self.recent_databases() if p != path])

    def start_folder(self, purpose: str) -> str:
        """Where a file dialog for `purpose` opens: the last folder used for it, else the documents folder."""
        from pathlib import Path

        from PySide6.QtCore import QStandardPaths

        last = self.last_folder(purpose)
        if last and Path(last).is_dir():
            return last
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return documents if documents and Path(documents).is_dir() else str(Path.home())

    def sync(self) -> None:
        self._s.sync()

    def report_columns(self, preset: str) -> list[str] | None:
        """The columns (keys, in order) last chosen for a report preset, or None."""
        value = self._s.value(f"report_columns/{preset}")
        if isinstance(value, str):
            return [k for k in value.split(",") if k]
        return None

    def set_report_columns(self, preset: str, keys: list[str]) -> None:
        self._s.setValue(f"report_columns/{preset}", ",".join(keys))
