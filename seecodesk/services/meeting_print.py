"""Printing a meeting: the minutes and the sign-in sheet, from the stored record."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.core.consent import Item, Use
from seecodesk.core.contact_release import Withheld, person_value
from seecodesk.core.meetings import Meeting
from seecodesk.reports.minutes import MinutesSheet, write_minutes
from seecodesk.reports.signin import DEFAULT_BLANK_ROWS, SigninSheet, write_signin
from seecodesk.services.meetings import MeetingService
from seecodesk.services.settings import network_name
from seecodesk.storage import bodies as body_store
from seecodesk.storage import meeting_queries as queries
from seecodesk.storage.personal_data import consents_by_person

if TYPE_CHECKING:
    import sqlite_utils

# The sheet lies open on a table for everyone who signs, and goes to 시청 with the 보조금 정산: a use
# outside the network, so a phone prints only with 제3자 제공 consent (a guest has none on record).
SIGNIN_USE = Use.THIRD_PARTY


def released_for_signin(db: sqlite_utils.Database, meeting: Meeting) -> tuple[Meeting, Withheld]:
    """`meeting` with each invitee's phone kept only where their consent covers the sign-in sheet."""
    ids = [a.person_id for a in meeting.attendees if a.person_id is not None]
    consents = consents_by_person(db, ids)
    withheld = Withheld()
    attendees = [replace(a, phone=person_value(a.phone, consents.get(a.person_id, []) if a.person_id else [],
                                               Item.PHONE, SIGNIN_USE, withheld))
                 for a in meeting.attendees]
    return replace(meeting, attendees=attendees), withheld


def signin_sheet(db: sqlite_utils.Database, meeting: Meeting, show_phones: bool = False,
                 blank_rows: int = DEFAULT_BLANK_ROWS) -> tuple[SigninSheet, Withheld]:
    """The sign-in sheet of `meeting` (saved or not) with phones released by consent, and what was withheld."""
    released, withheld = released_for_signin(db, meeting)
    return SigninSheet(meeting=released, network=network_name(db), show_phones=show_phones,
                       blank_rows=blank_rows), withheld


def minutes_sheet(db: sqlite_utils.Database, meeting: Meeting) -> MinutesSheet:
    """What the minutes print for `meeting` (saved or not), names looked up."""
    ids = {i for i in (meeting.chair_id, meeting.recorder_id) if i is not None}
    ids |= {a.presenter_id for a in meeting.agenda if a.presenter_id is not None}
    ids |= {a.owner_person_id for a in meeting.actions if a.owner_person_id is not None}
    names = queries.person_names(db, ids)
    bodies = body_store.body_names(db)
    presenters = {i: names.get(a.presenter_id, "") if a.presenter_id else a.presenter_name
                  for i, a in enumerate(meeting.agenda)}
    owners = {i: names.get(a.owner_person_id, "") if a.owner_person_id else
              (bodies.get(a.owner_body_id, "") if a.owner_body_id else a.owner_name)
              for i, a in enumerate(meeting.actions)}
    return MinutesSheet(meeting=meeting, network=network_name(db), chair=names.get(meeting.chair_id or 0, ""),
                        recorder=names.get(meeting.recorder_id or 0, ""), quorum=MeetingService(db).quorum(meeting),
                        presenters=presenters, owners=owners)


def print_minutes(db: sqlite_utils.Database, meeting_id: int, out_path: str | Path) -> Path:
    """Write the minutes of stored meeting `meeting_id` to `out_path`."""
    meeting = MeetingService(db).require(meeting_id)
    write_minutes(str(out_path), minutes_sheet(db, meeting))
    return Path(out_path)


def print_signin(db: sqlite_utils.Database, meeting_id: int, out_path: str | Path, show_phones: bool = False,
                 blank_rows: int = DEFAULT_BLANK_ROWS) -> Path:
    """Write the sign-in sheet of stored meeting `meeting_id` to `out_path` (phones only where consent allows)."""
    sheet, _withheld = signin_sheet(db, MeetingService(db).require(meeting_id), show_phones, blank_rows)
    write_signin(str(out_path), sheet)
    return Path(out_path)


def signin_withheld(db: sqlite_utils.Database, meeting_id: int) -> Withheld:
    """How many phones the sign-in sheet of a stored meeting leaves blank for want of consent."""
    return released_for_signin(db, MeetingService(db).require(meeting_id))[1]
