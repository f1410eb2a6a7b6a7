"""Errors a user can meet, each carrying one Korean sentence to show as it is.

Anything that is not a `SeeCoDeskError` is a bug and goes to the crash dialog / traceback log.
"""

import errno
import os


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


class StorageProblem(DatabaseError):
    """A known problem of the disk or the file, not a bug: the data is as it was before the attempt.

    `kind` is "busy" (another program holds a write lock), "full" (no space left), "readonly"
    (the file or its folder cannot be written) or "io" (the disk reported an error).
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


STORAGE_MESSAGES = {
    "busy": ("다른 프로그램이 데이터베이스 파일을 쓰고 있어 저장하지 못했습니다. "
             "동기화 프로그램(OneDrive, Dropbox 등)이나 DB 편집 프로그램을 닫거나 잠시 기다린 뒤 다시 저장해 주세요."),
    "full": ("디스크 공간이 부족해 저장하지 못했습니다. "
             "필요 없는 파일을 지워 공간을 확보한 뒤 다시 저장해 주세요."),
    "readonly": ("파일이 읽기 전용이거나 쓰기 권한이 없어 저장하지 못했습니다. "
                 "파일의 읽기 전용 속성과 폴더의 쓰기 권한을 확인하거나, 그 파일을 연 다른 프로그램을 닫은 뒤 다시 저장해 주세요."),
    "io": ("디스크에서 오류가 나서 저장하지 못했습니다. "
           "USB·네트워크 드라이브가 빠지지 않았는지 확인한 뒤 다시 시도해 주세요."),
}


def storage_problem(kind: str) -> StorageProblem:
    """The known storage problem of `kind`, with its Korean message (what happened, what to do)."""
    return StorageProblem(kind, STORAGE_MESSAGES[kind])


_UNSAVED_REASONS = {
    errno.ENOENT: "그 폴더에는 파일을 만들 수 없습니다",
    errno.ENOTDIR: "그 폴더에는 파일을 만들 수 없습니다",
    errno.EACCES: "쓰기 권한이 없거나, 다른 프로그램(엑셀 등)이 그 파일을 열고 있습니다",
    errno.EPERM: "쓰기 권한이 없거나, 다른 프로그램(엑셀 등)이 그 파일을 열고 있습니다",
    errno.ENOSPC: "디스크 공간이 부족합니다",
    errno.EDQUOT: "디스크 공간이 부족합니다",
    errno.EROFS: "읽기 전용 디스크입니다",
    errno.EISDIR: "같은 이름의 폴더가 있습니다",
    errno.ENAMETOOLONG: "파일 이름이 너무 깁니다",
    errno.EIO: "디스크에서 오류가 났습니다 (USB·네트워크 드라이브가 빠지지 않았는지 확인해 주세요)",
}


def os_reason(error: OSError) -> str:
    """Why the operating system refused, in Korean for the problems a user can meet (its own words otherwise)."""
    return _UNSAVED_REASONS.get(error.errno or 0) or error.strerror or str(error)


def unsaved_file_message(path: object, error: OSError) -> str:
    """The Korean sentence for a file (export, print, archive) that could not be written; written files are
    always finished beside the target and renamed over it, so an earlier file is still as it was (said when
    there is one)."""
    reason = os_reason(error)
    try:
        earlier = os.path.isfile(str(path))
    except (OSError, ValueError):
        earlier = False
    return f"파일을 저장하지 못했습니다: {path} ({reason})." + (" 이전 파일은 그대로 있습니다." if earlier else "")
