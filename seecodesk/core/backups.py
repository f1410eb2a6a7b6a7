"""What a backup is: its file name (the network's name, when, why), its counts, and the Korean words for it.

A backup's name carries the moment it was taken and why, so a folder of backups can be listed,
rotated and shown without opening a single file: `<stem>-YYYYMMDD-HHMMSS-<reason>.seecodesk`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

BACKUP_SUFFIX = ".seecodesk"
PARTIAL_SUFFIX = ".part"  # a backup being written; never listed, never restored
UNCHECKED_SUFFIX = ".unchecked"  # `.<backup name>.unchecked` beside a copy whose quick_check is still to run
UNCHECKED_LABEL = "검사 전"

# Why a backup was taken → how the window names it.
REASONS = {
    "open": "열 때 자동",
    "close": "닫을 때 자동",
    "daily": "하루 자동",
    "manual": "지금 백업",
    "migration": "업그레이드 전",
    "restore": "복원 전 안전 사본",
    "destroy": "파기 전",
    "anonymise": "익명화 전",
    "damaged": "손상 파일에서 복원 전",
}
# Copies a rotation never removes: the file as it was just before a restore (a restore must not
# push older good copies out, and the state it replaced must stay recoverable).
KEPT_REASONS = frozenset({"restore"})

_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupCounts:
    """What a backup holds, in the words a secretary checks: organisations, people, meetings."""

    organisations: int
    people: int
    meetings: int

    def describe(self) -> str:
        return f"조직 {self.organisations:,}곳, 사람 {self.people:,}명, 회의 {self.meetings:,}건"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in a backup folder."""

    path: Path
    taken_at: datetime  # local time, from the file name
    reason: str
    size: int  # bytes
    counts: BackupCounts | None = None  # None when the file could not be read
    schema: int | None = None  # the file's schema version
    checked: bool = True  # False while the copy waits for its quick_check of every page (검사 전)

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)

    @property
    def label(self) -> str:
        """Why it was taken, and '(검사 전)' while its full check is still to run, as the window and `backups` show it."""
        return self.reason_label if self.checked else f"{self.reason_label} ({UNCHECKED_LABEL})"

    @property
    def kept_always(self) -> bool:
        return self.reason in KEPT_REASONS


def backup_name(stem: str, taken_at: datetime, reason: str, serial: int = 0) -> str:
    """The file name of a backup of the database called `stem` (`serial` > 0 when the second repeats)."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason: {reason}")
    extra = f"-{serial}" if serial else ""
    return f"{stem}-{taken_at.strftime(_STAMP)}{extra}-{reason}{BACKUP_SUFFIX}"


def parse_backup_name(stem: str, name: str) -> tuple[datetime, str] | None:
    """When and why, from a backup's file name; None for any other file (another network's too)."""
    pattern = rf"{re.escape(stem)}-(\d{{8}}-\d{{6}})(?:-\d+)?-([a-z]+){re.escape(BACKUP_SUFFIX)}"
    match = re.fullmatch(pattern, name)
    if not match or match.group(2) not in REASONS:
        return None
    try:
        return datetime.strptime(match.group(1), _STAMP), match.group(2)
    except ValueError:
        return None


def format_size(size: int) -> str:
    """A file size as people read it (12.3 MB, 640 KB)."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024)):,} KB"


def format_when(moment: datetime, seconds: bool = False) -> str:
    """A backup's moment in the 공문서 style with the time: 2026. 12. 5. 09:15 (09:15:42 with `seconds`)."""
    clock = f"{moment:%H:%M:%S}" if seconds else f"{moment:%H:%M}"
    return f"{moment.year}. {moment.month}. {moment.day}. {clock}"


def backup_title(taken_at: datetime, reason: str) -> str:
    """A backup as the restore question names it: '2026. 12. 7. 13:08 백업(열 때 자동)'."""
    return f"{format_when(taken_at)} 백업({REASONS.get(reason, reason)})"


def backup_file_title(stem: str, name: str) -> str:
    """`backup_title` of the backup file `name` of the database `stem`; the file name itself when not one."""
    parsed = parse_backup_name(stem, name)
    return backup_title(*parsed) if parsed else f"{name} 백업"
