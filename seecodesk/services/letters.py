"""The 발송 대장: every letter (공문) the network sends, numbered per year (가람사경협 제2026-007호),
editable, exportable; a number once given is never given again, even when its row is deleted."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.core.errors import NotFoundError, ValidationError
from seecodesk.core.members import check_date
from seecodesk.exchange.table_export import TableExport, write_table
from seecodesk.services.settings import get_setting, network_name
from seecodesk.storage import dues as counters
from seecodesk.storage import letters as store
from seecodesk.storage.letters import LETTER_SERIES, Letter

if TYPE_CHECKING:
    import sqlite_utils

REGISTER_HEADERS = ["문서번호", "발송일", "수신", "제목", "붙임", "메모"]


class LetterService:
    """The register over one network database."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def prefix(self) -> str:
        """What stands before the number: the setting 'letter_prefix', or the network's name."""
        return get_setting(self.db, "letter_prefix") or network_name(self.db)

    def letters(self, year: int | None = None) -> list[Letter]:
        return store.letters(self.db, year)

    def register(self, title: str, recipient: str, sent_on: str | None = None, attachment: str = "",
                 meeting_id: int | None = None, note: str = "") -> Letter:
        """Give the next number of the year to a letter and enter it in the register."""
        day = check_date("sent_on", sent_on or date.today().isoformat())
        if not title.strip():
            raise ValidationError("title", "공문 제목을 적어 주세요.")
        year = int(day[:4])
        with self.db.atomic():
            sequence = counters.next_number(self.db, LETTER_SERIES, year)
            letter = Letter(None, year, sequence, f"{self.prefix()} 제{year}-{sequence:03d}호", day, recipient.strip(),
                            title.strip(), attachment.strip(), meeting_id, note.strip())
            return letter._replace(id=store.insert_letter(self.db, letter))

    def update(self, letter_id: int, sent_on: str | None = None, recipient: str | None = None,
               title: str | None = None, attachment: str | None = None, note: str | None = None) -> Letter:
        """Change date, recipient, title, attachment or note of a registered letter (None keeps it)."""
        letter = store.letter_by_id(self.db, letter_id)
        if letter is None:
            raise NotFoundError("발송 대장에서 그 공문을 찾을 수 없습니다.")
        if title is not None and not title.strip():
            raise ValidationError("title", "공문 제목은 비워 둘 수 없습니다.")
        day = (check_date("sent_on", sent_on) or letter.sent_on) if sent_on is not None else letter.sent_on
        updated = letter._replace(
            sent_on=day, recipient=letter.recipient if recipient is None else recipient.strip(),
            title=letter.title if title is None else title.strip(),
            attachment=letter.attachment if attachment is None else attachment.strip(),
            note=letter.note if note is None else note.strip())
        with self.db.atomic():
            store.update_letter(self.db, updated)
        return updated

    def delete(self, letter_id: int) -> None:
        """Remove a row (its number stays used)."""
        with self.db.atomic():
            store.delete_letter(self.db, letter_id)

    def for_meeting(self, meeting_id: int) -> Letter | None:
        return store.letter_for_meeting(self.db, meeting_id)

    def export(self, path: str | Path, encoding: str = "utf-8-sig") -> TableExport:
        """The whole register as CSV/XLSX."""
        rows = [[x.number, x.sent_on, x.recipient, x.title, x.attachment, x.note] for x in self.letters()]
        return write_table(path, REGISTER_HEADERS, rows, "발송 대장", encoding, {"문서번호": 26, "제목": 40, "수신": 24})
