"""A meeting's notice: the text for the group chat, and the 공문 PDF numbered in the 발송 대장."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.core.meetings import Meeting
from seecodesk.core.notice import agenda_titles, chat_notice, notice_lines, object_particle, reply_by
from seecodesk.reports.notice_letter import NoticeLetter, write_notice_letter
from seecodesk.services.letters import LetterService
from seecodesk.services.meetings import MeetingService
from seecodesk.services.settings import get_setting, network_head, network_name
from seecodesk.storage.letters import Letter

if TYPE_CHECKING:
    import sqlite_utils


def meeting_chat_notice(db: sqlite_utils.Database, meeting: Meeting) -> str:
    """The group-chat text of `meeting` (saved or not)."""
    return chat_notice(meeting, network_name(db))


def letter_title(meeting: Meeting) -> str:
    return f"{meeting.display_title} 개최 안내"


def default_recipient(meeting: Meeting) -> str:
    return f"{meeting.body_name} 위원" if meeting.body_name else "회원사 대표"


def notice_letter(db: sqlite_utils.Database, meeting: Meeting, letter: Letter) -> NoticeLetter:
    """What the 공문 prints for `meeting` under the registered `letter`."""
    title = meeting.display_title
    return NoticeLetter(network=network_name(db), number=letter.number, sent_on=letter.sent_on,
                        recipient=letter.recipient, title=letter.title,
                        meeting_phrase=f"{title}{object_particle(title)}", details=notice_lines(meeting),
                        agenda=agenda_titles(meeting), reply_by=reply_by(meeting), attachment=letter.attachment,
                        head=network_head(db, date.fromisoformat(letter.sent_on)), address=get_setting(db, "network_address"),
                        phone=get_setting(db, "network_phone"), email=get_setting(db, "network_email"))


def print_notice(db: sqlite_utils.Database, meeting_id: int, out_path: str | Path, new_number: bool = False) -> Letter:
    """Write the meeting's 공문 to `out_path`, numbered from the 발송 대장.

    The meeting's letter already in the register is printed again under its number; with
    `new_number` (or when there is none) the next number of the year is registered first.
    """
    meeting = MeetingService(db).require(meeting_id)
    letters = LetterService(db)
    letter = None if new_number else letters.for_meeting(meeting_id)
    if letter is None:
        letter = letters.register(letter_title(meeting), default_recipient(meeting),
                                  attachment="회의 자료" if meeting.agenda else "", meeting_id=meeting_id)
    write_notice_letter(str(out_path), notice_letter(db, meeting, letter))
    return letter
