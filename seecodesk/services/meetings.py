"""Meeting use cases: list, prepare, save, delete with undo, quorum, carry-over of unfinished actions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from seecodesk.core.attendance import QuorumResult, QuorumRule, quorum_result
from seecodesk.core.errors import NotFoundError
from seecodesk.core.meetings import (
    ActionItem,
    AgendaItem,
    Attendee,
    Meeting,
    korean_date,
    validated_action,
    validated_meeting,
)
from seecodesk.storage import bodies as body_store
from seecodesk.storage import meeting_queries as queries
from seecodesk.storage import meetings as store
from seecodesk.storage.meeting_queries import MeetingRow, OpenAction, RosterMember

if TYPE_CHECKING:
    import sqlite_utils

DEFAULT_BODY_RULES = {"총회": QuorumRule(rule="majority", basis="member_organisations")}
KIND_FOR_BODY = {"이사회": "이사회", "총회": "정기총회", "분과": "분과모임", "TFT": "분과모임", "실무단": "실무협의회"}


class MeetingService:
    """The meetings of one network database."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.last_deleted: list[int] = []

    def meetings(self, body_id: int | None = None, kind: str = "", year: int | None = None) -> list[MeetingRow]:
        """The meeting list, newest first, filtered."""
        return queries.meeting_rows(self.db, body_id, kind, year)

    def years(self) -> list[int]:
        return queries.meeting_years(self.db)

    def bodies(self) -> list[tuple[int, str, str]]:
        """(id, name, kind) of every body, in their sort order."""
        return body_store.body_kinds(self.db)

    def meeting(self, meeting_id: int) -> Meeting:
        return store.get_meeting(self.db, meeting_id)

    def kind_for_body(self, body_id: int | None) -> str:
        """The usual 종류 of a body's meetings (a 분과 meets in 분과모임); 기타 for none."""
        body = next((b for b in self.bodies() if b[0] == body_id), None)
        return KIND_FOR_BODY.get(body[2], "기타") if body else "기타"

    def roster(self, body_id: int, on: str) -> list[RosterMember]:
        """Members of the body on the date `on`, chair first."""
        return queries.roster(self.db, body_id, on)

    def people(self) -> list[RosterMember]:
        """Everyone in the directory, as people to invite or name as chair, presenter or owner."""
        return queries.people_choices(self.db)

    def invitee(self, person: RosterMember) -> Attendee:
        """A directory person as a new invitee."""
        return Attendee(person_id=person.person_id, name=person.name, organisation=person.organisation,
                        title=person.title, affiliation=_group(person.affiliation))

    def new_meeting(self, body_id: int | None, on: str, kind: str = "") -> Meeting:
        """A fresh meeting of `body_id`: kind from the body, next number of the year, roster invited."""
        body = next((b for b in self.bodies() if b[0] == body_id), None)
        meeting = Meeting(kind=kind or self.kind_for_body(body_id), date=on,
                          body_id=body_id, body_name=body[1] if body else "", start_time="14:00", end_time="16:00")
        if body_id is not None:
            meeting.number = self.next_number(body_id, on, meeting.kind)
            meeting.attendees = self.invitees_from_roster(body_id, on)
            chair = next((m for m in self.roster(body_id, on) if m.role != "위원"), None)
            meeting.chair_id = chair.person_id if chair else None
        return meeting

    def invitees_from_roster(self, body_id: int, on: str, keep: list[Attendee] | None = None) -> list[Attendee]:
        """The body's roll as invitees, keeping the status of people already on `keep`, guests appended."""
        kept = {a.person_id: a for a in keep or [] if a.person_id is not None}
        result = [kept.pop(m.person_id) if m.person_id in kept else self.invitee(m) for m in self.roster(body_id, on)]
        return result + list(kept.values()) + [a for a in keep or [] if a.person_id is None]

    def next_number(self, body_id: int, on: str, kind: str) -> int:
        """1 + the highest number this body gave a meeting of this kind earlier in the year of `on`."""
        return queries.highest_number(self.db, body_id, on, kind) + 1

    def save(self, meeting: Meeting) -> Meeting:
        """Validate and store the whole meeting (insert when new); returns the stored version."""
        clean = validated_meeting(meeting)
        with self.db.atomic():
            if clean.id is None:
                clean.id = store.insert_meeting(self.db, clean)
            else:
                store.update_meeting(self.db, clean)
        return store.get_meeting(self.db, clean.id)

    def delete(self, meeting_ids: list[int]) -> None:
        """Delete meetings; Ctrl+Z (`undo_delete`) brings them back."""
        with self.db.atomic():
            for meeting_id in meeting_ids:
                store.set_deleted(self.db, meeting_id, True)
        self.last_deleted = list(meeting_ids)

    def undo_delete(self) -> list[int]:
        """Restore what the last delete removed; returns their ids (empty when nothing to undo)."""
        restored, self.last_deleted = self.last_deleted, []
        with self.db.atomic():
            for meeting_id in restored:
                store.set_deleted(self.db, meeting_id, False)
        return restored

    def quorum_rule(self, body_id: int) -> QuorumRule:
        """The body's quorum rule: stored, or 회원사 과반수 for 총회, or 재적 과반수."""
        stored = queries.quorum_rule(self.db, body_id)
        if stored:
            return stored
        kind = next((b[2] for b in self.bodies() if b[0] == body_id), "")
        return replace(DEFAULT_BODY_RULES.get(kind, QuorumRule()))

    def set_quorum_rule(self, body_id: int, rule: QuorumRule) -> None:
        with self.db.atomic():
            queries.set_quorum_rule(self.db, body_id, rule)

    def quorum(self, meeting: Meeting) -> QuorumResult | None:
        """성원 verdict of the meeting as it stands (unsaved roll call included); None without a body."""
        if meeting.body_id is None:
            return None
        rule = self.quorum_rule(meeting.body_id)
        if rule.basis == "member_organisations":
            roll_ids = queries.member_organisation_ids(self.db, meeting.date)
            present_orgs = self._organisations_of([a.person_id for a in meeting.attendees if a.attended])
            return quorum_result(rule, len(roll_ids), len(present_orgs & roll_ids))
        roll = {m.person_id for m in self.roster(meeting.body_id, meeting.date)}
        present = {a.person_id for a in meeting.attendees if a.attended and a.person_id in roll}
        return quorum_result(rule, len(roll), len(present))

    def _organisations_of(self, person_ids: list[int | None]) -> set[int]:
        return queries.organisation_ids_of(self.db, [i for i in person_ids if i is not None])

    def carry_over_candidates(self, meeting: Meeting) -> list[OpenAction]:
        """Unfinished action items of earlier meetings of the same body, not yet on this agenda."""
        if meeting.body_id is None:
            return []
        already = {a.from_action_id for a in meeting.agenda if a.from_action_id is not None}
        return [o for o in queries.open_actions(self.db, meeting.body_id, before=meeting.date)
                if o.action.id not in already and o.action.meeting_id != meeting.id]

    def carry_over(self, meeting: Meeting, chosen: list[OpenAction]) -> Meeting:
        """The meeting with one agenda item per chosen action item ('[이월] …'), not yet saved."""
        items = [AgendaItem(title=f"[이월] {o.action.what.splitlines()[0][:200]}", from_action_id=o.action.id,
                            discussion=f"{korean_date(o.meeting_date)} {o.meeting_title}에서 정한 조치 사항 "
                                       f"(담당: {o.owner}"
                                       f"{', 기한: ' + korean_date(o.action.due_on) if o.action.due_on else ''})")
                 for o in chosen]
        return replace(meeting, agenda=[*meeting.agenda, *items])

    def open_actions(self, body_id: int | None = None) -> list[OpenAction]:
        """Every unfinished action item, soonest due first."""
        return queries.open_actions(self.db, body_id)

    def set_action_status(self, action_id: int, status: str, today: date | None = None) -> ActionItem:
        """Mark an action item 예정/진행중/완료/취소 (완료 records today's date)."""
        action = store.action_item(self.db, action_id)
        done_on = (today or date.today()).isoformat() if status == "완료" else ""
        clean = validated_action(replace(action, status=status, done_on=done_on))
        with self.db.atomic():
            store.set_action_status(self.db, action_id, clean.status, clean.done_on)
        return store.action_item(self.db, action_id)

    def action(self, action_id: int) -> ActionItem:
        return store.action_item(self.db, action_id)

    def link_task(self, action_id: int, task_id: int | None) -> None:
        """Remember which plan task carries this action item on."""
        store.action_item(self.db, action_id)
        with self.db.atomic():
            store.set_action_task(self.db, action_id, task_id)

    def require(self, meeting_id: int) -> Meeting:
        """The meeting, or a NotFoundError worded for the command line."""
        try:
            return self.meeting(meeting_id)
        except NotFoundError:
            raise NotFoundError(f"회의 번호 {meeting_id}번을 찾을 수 없습니다. 회의 목록에서 번호를 확인해 주세요.") from None


def _group(affiliation: str) -> str:
    """A directory affiliation as an attendance group (없음 → 기타)."""
    return affiliation if affiliation in ("회원사", "시청", "지원센터", "연구진") else "기타"
