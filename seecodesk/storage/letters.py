"""SQL for the 발송 대장 (register of letters sent): numbered per year, never renumbered."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from seecodesk.storage.rows import insert_row, update_row

if TYPE_CHECKING:
    import sqlite_utils

    from seecodesk.storage.database import Queryable

LETTER_SERIES = "letter"
_COLUMNS = ("year", "sequence", "number", "sent_on", "recipient", "title", "attachment", "meeting_id", "note")


class Letter(NamedTuple):
    id: int | None
    year: int
    sequence: int
    number: str
    sent_on: str
    recipient: str
    title: str
    attachment: str
    meeting_id: int | None
    note: str


def letters(db: Queryable, year: int | None = None) -> list[Letter]:
    """The register (all years, or one), in number order."""
    sql = f"SELECT id, {', '.join(_COLUMNS)} FROM letters"
    params: list[int] = []
    if year is not None:
        sql += " WHERE year = ?"
        params.append(year)
    return [Letter(*r) for r in db.execute(sql + " ORDER BY year, sequence", params)]


def letter_for_meeting(db: Queryable, meeting_id: int) -> Letter | None:
    """The latest letter registered for a meeting's notice."""
    row = db.execute(f"SELECT id, {', '.join(_COLUMNS)} FROM letters WHERE meeting_id = ? "
                     "ORDER BY year DESC, sequence DESC LIMIT 1", [meeting_id]).fetchone()
    return Letter(*row) if row else None


def insert_letter(db: sqlite_utils.Database, letter: Letter) -> int:
    return insert_row(db, "letters", {c: getattr(letter, c) for c in _COLUMNS})


def update_letter(db: sqlite_utils.Database, letter: Letter) -> None:
    """Change what may change: date, recipient, title, attachment, note (never the number)."""
    update_row(db, "letters", letter.id, {c: getattr(letter, c) for c in ("sent_on", "recipient", "title",
                                                                          "attachment", "note")})


def delete_letter(db: sqlite_utils.Database, letter_id: int) -> None:
    db.execute("DELETE FROM letters WHERE id = ?", [letter_id])


def letter_by_id(db: Queryable, letter_id: int) -> Letter | None:
    row = db.execute(f"SELECT id, {', '.join(_COLUMNS)} FROM letters WHERE id = ?", [letter_id]).fetchone()
    return Letter(*row) if row else None
