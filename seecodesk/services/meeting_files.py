"""Attachments of a meeting: files copied into `<data folder>/attachments/<meeting id>/` under safe names."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.core.errors import NotFoundError, SeeCoDeskError
from seecodesk.core.filenames import inside, safe_file_name, unique_name
from seecodesk.core.meetings import Attachment
from seecodesk.storage import meetings as store

if TYPE_CHECKING:
    import sqlite_utils

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


def attachment_folder(data_folder: Path, meeting_id: int) -> Path:
    """The folder holding one meeting's attachments (not created here)."""
    return Path(data_folder) / "attachments" / str(int(meeting_id))


def add_attachment(db: sqlite_utils.Database, data_folder: Path, meeting_id: int, source: str | Path,
                   note: str = "") -> Attachment:
    """Copy `source` into the meeting's folder under a safe, unused name and record it."""
    source = Path(source)
    if not store.exists(db, meeting_id):
        raise NotFoundError("첨부할 회의를 찾을 수 없습니다. 회의를 먼저 저장해 주세요.")
    if not source.is_file():
        raise SeeCoDeskError(f"첨부할 파일을 찾을 수 없습니다: {source.name}")
    size = source.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise SeeCoDeskError(f"파일이 너무 큽니다 ({size / 1024 / 1024:.0f}MB). 200MB 이하만 첨부할 수 있습니다.")
    folder = attachment_folder(data_folder, meeting_id)
    folder.mkdir(parents=True, exist_ok=True)
    name = unique_name(folder, safe_file_name(source.name))
    target = folder / name
    if not inside(folder, target):  # safe_file_name makes this impossible; keep the promise explicit
        raise SeeCoDeskError("첨부 파일 이름이 올바르지 않습니다.")
    partial = folder / f".{name}.part"
    try:
        shutil.copyfile(source, partial)
        partial.replace(target)
        with db.atomic():
            attachment = Attachment(file_name=name, original_name=source.name, size=size, note=note)
            attachment.id = store.insert_attachment(db, meeting_id, attachment)
    except BaseException:
        partial.unlink(missing_ok=True)
        if target.exists() and not _recorded(db, meeting_id, name):
            target.unlink()
        raise
    return attachment


def _recorded(db: sqlite_utils.Database, meeting_id: int, name: str) -> bool:
    return any(a.file_name == name for a in store.attachments_of(db, meeting_id))


def attachment_path(data_folder: Path, meeting_id: int, attachment: Attachment) -> Path:
    """Where the stored copy is; refuses a recorded name that would point outside the folder."""
    folder = attachment_folder(data_folder, meeting_id)
    path = folder / safe_file_name(attachment.file_name)
    if not inside(folder, path):
        raise SeeCoDeskError("첨부 파일 경로가 올바르지 않습니다.")
    return path


def remove_attachment(db: sqlite_utils.Database, data_folder: Path, attachment_id: int) -> None:
    """Forget the attachment and delete its stored copy."""
    with db.atomic():
        meeting_id, name = store.delete_attachment(db, attachment_id)
    path = attachment_path(data_folder, meeting_id, Attachment(file_name=name))
    path.unlink(missing_ok=True)
