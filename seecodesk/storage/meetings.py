"""SQL for one meeting and what belongs to it: attendees, agenda items, action items, attachments.

Children are rewritten on save, keeping their ids, so a carried-over agenda item or a plan task
that points at an action item keeps pointing at the same one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, fields
from typing import TYPE_CHECKING, Any

from seecodesk.core.errors import NotFoundError
from seecodesk.core.josa import josa
from seecodesk.core.meetings import ActionItem, AgendaItem, Attachment, Attendee, Meeting
from seecodesk.storage.rows import insert_row, new_row_id, update_row

if TYPE_CHECKING:
    import sqlite_utils

_MEETING_COLUMNS = ("kind", "body_id", "number", "title", "date", "start_time", "end_time", "place", "online",
                    "link", "chair_id", "recorder_id", "notes")
_ATTENDEE_COLUMNS = ("person_id", "guest_name", "guest_organisation", "guest_title", "guest_phone",
                     "affiliation", "status", "note", "reply")
_AGENDA_COLUMNS = tuple(f.name for f in fields(AgendaItem) if f.name != "id")
_ACTION_COLUMNS = tuple(f.name for f in fields(ActionItem) if f.name not in ("id", "meeting_id"))

_ATTENDEE_SQL = """
SELECT a.id, a.person_id, a.guest_name, a.guest_organisation, a.guest_title, a.guest_phone, a.affiliation,
       a.status, a.note, p.name, o.name, p.title, p.mobile, p.phone, a.reply
FROM meeting_attendees a
LEFT JOIN people p ON p.id = a.person_id
LEFT JOIN organisations o ON o.id = p.organisation_id
WHERE a.meeting_id = ? ORDER BY a.position, a.id
"""


def _meeting_row(meeting: Meeting) -> dict[str, Any]:
    row = {column: getattr(meeting, column) for column in _MEETING_COLUMNS}
    row["online"] = int(bool(meeting.online))
    return row


def insert_meeting(db: sqlite_utils.Database, meeting: Meeting) -> int:
    """Store a new meeting with all its parts; returns the id."""
    with db.atomic():
        meeting_id = insert_row(db, "meetings", _meeting_row(meeting))
        _write_children(db, meeting_id, meeting)
    return meeting_id


def update_meeting(db: sqlite_utils.Database, meeting: Meeting) -> None:
    """Replace the stored meeting `meeting.id` (attachments are kept; they have their own calls)."""
    if meeting.id is None or not exists(db, meeting.id):
        raise NotFoundError("수정하려는 회의를 찾을 수 없습니다. 다른 창에서 삭제되었을 수 있습니다.")
    with db.atomic():
        update_row(db, "meetings", meeting.id, _meeting_row(meeting), stamp=True)
        for table in ("meeting_attendees", "agenda_items", "action_items"):
            db.execute(f"DELETE FROM {table} WHERE meeting_id = ?", [meeting.id])
        _write_children(db, meeting.id, meeting)


def _write_children(db: sqlite_utils.Database, meeting_id: int, meeting: Meeting) -> None:
    children: tuple[tuple[str, tuple[str, ...], Sequence[Any]], ...] = (
        ("meeting_attendees", _ATTENDEE_COLUMNS, meeting.attendees),
        ("agenda_items", _AGENDA_COLUMNS, meeting.agenda),
        ("action_items", _ACTION_COLUMNS, meeting.actions))
    for table, columns, items in children:
        for position, item in enumerate(items):
            values = asdict(item)
            row = {"id": item.id, "meeting_id": meeting_id, "position": position,
                   **{c: values[c] for c in columns}}
            insert_row(db, table, row)


def exists(db: sqlite_utils.Database, meeting_id: int) -> bool:
    """True for a live (not deleted) meeting."""
    return db.execute("SELECT 1 FROM meetings WHERE id = ? AND deleted_at IS NULL", [meeting_id]).fetchone() is not None


def get_meeting(db: sqlite_utils.Database, meeting_id: int) -> Meeting:
    """The live meeting with attendees, agenda, actions and attachments, or NotFoundError."""
    row = db.execute(f"SELECT m.{', m.'.join(_MEETING_COLUMNS)}, m.id, coalesce(b.name, '') FROM meetings m "
                     "LEFT JOIN bodies b ON b.id = m.body_id WHERE m.id = ? AND m.deleted_at IS NULL",
                     [meeting_id]).fetchone()
    if row is None:
        raise NotFoundError(f"회의 번호 {meeting_id}{josa(meeting_id, '을')} 찾을 수 없습니다.")
    values = dict(zip(_MEETING_COLUMNS, row[: len(_MEETING_COLUMNS)], strict=True))
    values["online"] = bool(values["online"])
    meeting = Meeting(**values, id=row[-2], body_name=row[-1])
    meeting.attendees = attendees_of(db, meeting_id)
    meeting.agenda = [AgendaItem(**dict(zip(("id", *_AGENDA_COLUMNS), r, strict=True))) for r in db.execute(
        f"SELECT id, {', '.join(_AGENDA_COLUMNS)} FROM agenda_items WHERE meeting_id = ? ORDER BY position, id",
        [meeting_id])]
    meeting.actions = [ActionItem(**dict(zip(("id", "meeting_id", *_ACTION_COLUMNS), r, strict=True)))
                       for r in db.execute(f"SELECT id, meeting_id, {', '.join(_ACTION_COLUMNS)} FROM action_items "
                                           "WHERE meeting_id = ? ORDER BY position, id", [meeting_id])]
    meeting.attachments = attachments_of(db, meeting_id)
    return meeting


def attendees_of(db: sqlite_utils.Database, meeting_id: int) -> list[Attendee]:
    """Invitees in roll-call order, with name, organisation, title and phone filled in."""
    result = []
    for r in db.execute(_ATTENDEE_SQL, [meeting_id]):
        attendee = Attendee(id=r[0], person_id=r[1], guest_name=r[2], guest_organisation=r[3], guest_title=r[4],
                            guest_phone=r[5], affiliation=r[6], status=r[7], note=r[8], reply=r[14])
        if r[1] is not None and r[9] is not None:
            attendee.name, attendee.organisation, attendee.title = r[9], r[10] or "", r[11]
            attendee.phone = r[12] or r[13]
        else:
            attendee.name, attendee.organisation = r[2] or "(삭제된 사람)", r[3]
            attendee.title, attendee.phone = r[4], r[5]
        if not attendee.organisation and attendee.affiliation != "회원사":
            attendee.organisation = attendee.affiliation
        result.append(attendee)
    return result


def attachments_of(db: sqlite_utils.Database, meeting_id: int) -> list[Attachment]:
    """The meeting's attachments in the order they were added."""
    return [Attachment(id=r[0], file_name=r[1], original_name=r[2], size=r[3], note=r[4], added_at=r[5])
            for r in db.execute("SELECT id, file_name, original_name, size, note, added_at FROM meeting_attachments "
                                "WHERE meeting_id = ? ORDER BY id", [meeting_id])]


def insert_attachment(db: sqlite_utils.Database, meeting_id: int, attachment: Attachment) -> int:
    """Record a file already copied into the meeting's folder."""
    cursor = db.execute("INSERT INTO meeting_attachments (meeting_id, file_name, original_name, size, note) "
                        "VALUES (?, ?, ?, ?, ?)", [meeting_id, attachment.file_name, attachment.original_name,
                                                   attachment.size, attachment.note])
    return new_row_id(cursor)


def delete_attachment(db: sqlite_utils.Database, attachment_id: int) -> tuple[int, str]:
    """Forget one attachment; returns (meeting id, stored file name) so the caller can remove the file."""
    row = db.execute("SELECT meeting_id, file_name FROM meeting_attachments WHERE id = ?", [attachment_id]).fetchone()
    if row is None:
        raise NotFoundError("첨부 파일을 찾을 수 없습니다.")
    db.execute("DELETE FROM meeting_attachments WHERE id = ?", [attachment_id])
    return int(row[0]), str(row[1])


def set_deleted(db: sqlite_utils.Database, meeting_id: int, deleted: bool) -> None:
    """Soft delete (or restore) a meeting; its records stay for undo."""
    db.execute("UPDATE meetings SET deleted_at = CASE WHEN ? THEN datetime('now') END WHERE id = ?",
               [int(deleted), meeting_id])


def action_item(db: sqlite_utils.Database, action_id: int) -> ActionItem:
    """One action item by id, or NotFoundError."""
    row = db.execute(f"SELECT id, meeting_id, {', '.join(_ACTION_COLUMNS)} FROM action_items WHERE id = ?",
                     [action_id]).fetchone()
    if row is None:
        raise NotFoundError("조치 사항을 찾을 수 없습니다.")
    return ActionItem(**dict(zip(("id", "meeting_id", *_ACTION_COLUMNS), row, strict=True)))


def set_action_task(db: sqlite_utils.Database, action_id: int, task_id: int | None) -> None:
    """Link an action item to a plan task (or unlink it)."""
    db.execute("UPDATE action_items SET task_id = ? WHERE id = ?", [task_id, action_id])


def set_action_status(db: sqlite_utils.Database, action_id: int, status: str, done_on: str) -> None:
    """Change an action item's status (from the open-actions list)."""
    db.execute("UPDATE action_items SET status = ?, done_on = ? WHERE id = ?", [status, done_on, action_id])
