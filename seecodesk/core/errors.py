"""Errors a user can meet, each carrying one Korean sentence to show as it is.

Anything that is not a `SeeCoDeskError` is a bug and goes to the crash dialog / traceback log.
"""


class SeeCoDeskError(Exception):
    """A known, user-facing problem. `str(error)` is the Korean message."""


class ValidationError(SeeCoDeskError):
    """One field holds a value the program cannot accept."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class ValidationErrors(SeeCoDeskError):
    """Several fields are wrong at once; `errors` maps field name to its Korean message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(" ".join(self.errors.values()))


class DatabaseError(SeeCoDeskError):
    """The database file cannot be used (not ours, too new, damaged, disk full)."""


class DamagedDatabaseError(DatabaseError):
    """The file is a SeeCoDesk database but SQLite finds it damaged: it must not be worked on."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = list(problems or [])


class DatabaseLockedError(DatabaseError):
    """Another SeeCoDesk window already holds this database."""


class NotFoundError(SeeCoDeskError):
    """A record the user asked for does not exist (any more)."""


class DuplicateError(SeeCoDeskError):
    """The record would repeat one that is already kept (same business number, same name)."""


class ImportFileError(SeeCoDeskError):
    """A file to import cannot be read at all (encoding, format, empty)."""


class ExportError(SeeCoDeskError):
    """An export cannot be written as asked (e.g. a character cp949 cannot hold)."""
