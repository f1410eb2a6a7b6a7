"""Printing a meeting: the minutes and the sign-in sheet, from the stored record."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.core.meetings import Meeting
from seecodesk.reports.minutes import MinutesSheet, write_minutes
from seecodesk.reports.signin import DEFAULT_BLANK_ROWS, SigninSheet, write_signin
from seecodesk.services.meetings import MeetingService
from seecodesk.services.settings import network_name
from seecodesk.storage import bodies as body_store
from seecodesk.storage import meeting_queries as queries

if TYPE_CHECKING:
    import sqlite_utils


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
    """Write the sign-in sheet of stored meeting `meeting_id` to `out_path`."""
    meeting = MeetingService(db).require(meeting_id)
    sheet = SigninSheet(meeting=meeting, network=network_name(db), show_phones=show_phones, blank_rows=blank_rows)
    write_signin(str(out_path), sheet)
    return Path(out_path)
