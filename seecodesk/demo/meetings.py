"""Demo meetings, 2025-12 … 2026-11 (and the next board meeting, still to come).

Quarterly 이사회, monthly meetings of the two 분과 and the bimonthly 공공구매TFT, a numbered
workshop series, the 정기총회, a 간담회 with city officials, a 실무협의회 and a 성과공유회 — with
roll calls (about 60–85 % attend), agenda items and decisions, action items of which some are
still open and overdue on 2026-11-24.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from seecodesk.core.attendance import QuorumRule
from seecodesk.core.meetings import ActionItem, AgendaItem, Attendee, Meeting
from seecodesk.demo import meeting_texts as texts
from seecodesk.services.meetings import MeetingService

if TYPE_CHECKING:
    import sqlite_utils

TODAY = date(2026, 11, 24)
OFFICE = "가람시 사회적경제통합지원센터 교육장"
GUESTS = (("윤하람", "가람대학교 산학협력단", "책임연구원", "연구진", "010-3141-5926"),
          ("신보미", "가람대학교 산학협력단", "연구원", "연구진", "010-2718-2818"),
          ("오세영", "광역사회적경제지원센터", "팀장", "지원센터", "010-1618-0339"))


def populate(db: sqlite_utils.Database, rng: random.Random) -> None:
    """About fifty meetings with minutes, attendance and action items."""
    service = MeetingService(db)
    bodies = {name: body_id for body_id, name, _ in service.bodies()}
    service.set_quorum_rule(bodies["이사회"], QuorumRule("majority", "body_members", note="정관 제20조"))
    service.set_quorum_rule(bodies["총회"], QuorumRule("majority", "member_organisations", note="정관 제14조"))
    service.set_quorum_rule(bodies["공공구매TFT"], QuorumRule("fixed", "body_members", 3))
    maker = _Maker(db, service, rng, _secretary(db), _president(db))
    for day in ("2025-12-10", "2026-03-11", "2026-06-10", "2026-09-09", "2026-12-09"):
        maker.body_meeting(bodies["이사회"], day, texts.BOARD, place="협의회 사무국 회의실", start="18:30")
    for month in range(12):
        first = date(2025 + (11 + month) // 12, (11 + month) % 12 + 1, 1)
        maker.body_meeting(bodies["교육소통분과"], _weekday(first, 1, 2), texts.EDUCATION, start="15:00")
        maker.body_meeting(bodies["상호협력분과"], _weekday(first, 3, 2), texts.COOPERATION, start="10:00")
        if month % 2 == 0:
            maker.body_meeting(bodies["공공구매TFT"], _weekday(first, 2, 3), texts.PROCUREMENT, start="14:00",
                               with_city=True)
    maker.assembly(bodies["총회"], "2026-02-26")
    maker.workshops()
    maker.city_meeting("2026-05-20", "간담회", "2026년 상반기 민·관 정기간담회", "가람시청 소회의실", texts.CITY_TALK)
    maker.city_meeting("2026-10-21", "실무협의회", "민·관 소통 실무협의회 (하반기)", "가람시청 별관 2층 회의실",
                       texts.CITY_COUNCIL)
    maker.city_meeting("2026-11-18", "공유회", "2026 가람시 사회적경제 성과공유회", "가람시민회관 다목적홀",
                       texts.SHARING, everyone=True)


def _weekday(first: date, weekday: int, nth: int) -> str:
    """The `nth` given weekday (0 = Monday) of the month starting at `first`."""
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return day.isoformat()


def _president(db: sqlite_utils.Database) -> int | None:
    row = db.execute("SELECT person_id FROM person_roles WHERE role = '회장' ORDER BY id LIMIT 1").fetchone()
    return row[0] if row else None


def _secretary(db: sqlite_utils.Database) -> int | None:
    row = db.execute("SELECT person_id FROM person_roles WHERE role = '간사' ORDER BY id LIMIT 1").fetchone()
    return row[0] if row else None


class _Maker:
    """Builds and saves demo meetings, remembering each person's habit of coming."""

    def __init__(self, db: sqlite_utils.Database, service: MeetingService, rng: random.Random,
                 recorder: int | None, president: int | None) -> None:
        self.db, self.service, self.rng, self.recorder = db, service, rng, recorder
        self.president = president
        self.habit: dict[object, float] = {}

    def _comes(self, key: object) -> bool:
        chance = self.habit.setdefault(key, self.rng.uniform(0.45, 0.95))
        return self.rng.random() < chance

    def roll_call(self, meeting: Meeting) -> None:
        """Decide every invitee's status (held meetings only)."""
        if date.fromisoformat(meeting.date) > TODAY:
            return
        for attendee in meeting.attendees:
            if attendee.person_id is not None and attendee.person_id in (meeting.chair_id, meeting.recorder_id):
                attendee.status = "present"  # whoever chairs or takes the minutes was there
            elif self._comes(attendee.person_id or attendee.guest_name):
                attendee.status = "late" if self.rng.random() < 0.08 else "present"
            else:
                attendee.status = "excused" if self.rng.random() < 0.6 else "absent"

    def body_meeting(self, body_id: int, day: str, topics: texts.Topics, place: str = OFFICE,
                     start: str = "14:00", with_city: bool = False) -> Meeting:
        meeting = self.service.new_meeting(body_id, day)
        if day < "2026-01-01":  # the year's last meeting, after eleven (or five, or three) the demo does not show
            meeting.number = {"이사회": 4, "분과모임": 12 if not with_city else 6}[meeting.kind]
        meeting.place, meeting.start_time = place, start
        meeting.end_time = f"{int(start[:2]) + 2:02d}:{start[3:]}"
        meeting.recorder_id = self.recorder
        if self.rng.random() < 0.12 and not with_city:
            meeting.online, meeting.place, meeting.link = True, "온라인 (줌)", "https://zoom.us/j/5550001234"
        if with_city:
            invited = {a.person_id for a in meeting.attendees}
            meeting.attendees += [a for a in self._city_people() if a.person_id not in invited]
        return self._finish(meeting, topics)

    def _finish(self, meeting: Meeting, topics: texts.Topics, voted: bool | None = None) -> Meeting:
        self.roll_call(meeting)
        held = date.fromisoformat(meeting.date) <= TODAY
        present = [a for a in meeting.attendees if a.attended and a.person_id] or \
                  [a for a in meeting.attendees if a.person_id]
        carried = self.service.carry_over_candidates(meeting) if meeting.body_id else []
        meeting = self.service.carry_over(meeting, carried[:2])
        voted = meeting.kind in ("이사회", "정기총회") if voted is None else voted
        count = sum(a.attended for a in meeting.attendees)
        picked = list(topics.fixed) + self.rng.sample(topics.items, k=min(3 - len(topics.fixed), len(topics.items)))
        for title, discussion, decision, resolution in picked:
            item = AgendaItem(title=title, discussion=discussion if held else "",
                              decision=decision if held else "", resolution=resolution if held else "",
                              presenter_id=self.rng.choice(present).person_id if present else None)
            if held and voted and decision == "의결":
                against = self.rng.choice((0, 0, 0, 1))
                item.votes_for, item.votes_against, item.votes_abstain = count - against - (count > 4), against, int(count > 4)
            meeting.agenda.append(item)
        if held:
            meeting.actions = self._actions(meeting, topics, present)
        return self.service.save(meeting)

    def _actions(self, meeting: Meeting, topics: texts.Topics, present: list[Attendee]) -> list[ActionItem]:
        held = date.fromisoformat(meeting.date)
        result = []
        for what in self.rng.sample(topics.actions, k=self.rng.randint(1, 2)):
            due = held + timedelta(days=self.rng.choice((14, 21, 30, 45)))
            if due < TODAY and self.rng.random() < 0.75:
                status, done_on = "완료", min(due, TODAY).isoformat()
            else:
                status, done_on = self.rng.choice(("예정", "진행중")), ""
            owner = self.rng.choice(present).person_id if present and self.rng.random() < 0.8 else None
            result.append(ActionItem(what=what, owner_person_id=owner, owner_body_id=None if owner else meeting.body_id,
                                     owner_name="" if owner or meeting.body_id else "사무국",
                                     due_on=due.isoformat(), status=status, done_on=done_on))
        return result

    def _city_people(self) -> list[Attendee]:
        rows = self.db.execute("SELECT id FROM people WHERE affiliation = '시청' AND deleted_at IS NULL AND id IN "
                               "(SELECT person_id FROM person_roles WHERE ended_on = '') ORDER BY id")
        return [Attendee(person_id=r[0], affiliation="시청") for r in rows]

    def _representatives(self, limit: int | None = None) -> list[Attendee]:
        sql = """SELECT p.id, p.affiliation FROM organisations o JOIN people p ON p.organisation_id = o.id
                 AND p.name = o.representative AND p.deleted_at IS NULL
                 WHERE o.deleted_at IS NULL AND o.id IN (SELECT organisation_id FROM membership_periods
                 WHERE left_on = '') ORDER BY o.id"""
        rows = list(self.db.execute(sql))[:limit]
        return [Attendee(person_id=r[0], affiliation="회원사") for r in rows]

    def _guests(self, count: int) -> list[Attendee]:
        return [Attendee(guest_name=n, guest_organisation=o, guest_title=t, affiliation=g, guest_phone=p)
                for n, o, t, g, p in GUESTS[:count]]

    def assembly(self, body_id: int, day: str) -> None:
        meeting = self.service.new_meeting(body_id, day, kind="정기총회")
        meeting.title, meeting.place = "2026년 정기총회", "가람시민회관 소공연장"
        meeting.start_time, meeting.end_time, meeting.recorder_id = "16:00", "18:00", self.recorder
        meeting.attendees = self._representatives() + self._city_people()[:1]
        self._finish(meeting, texts.ASSEMBLY)

    def workshops(self) -> None:
        days = ("2026-04-23", "2026-05-07", "2026-05-21", "2026-06-11", "2026-07-02", "2026-07-23", "2026-08-20")
        invited = self._representatives(12) + self._city_people() + self._guests(3)
        for number, day in enumerate(days, start=1):
            meeting = Meeting(kind="워크숍", date=day, number=number, title=f"네트워크 활성화 워크숍 {number}회차",
                              place=OFFICE, start_time="14:00", end_time="17:00", recorder_id=self.recorder,
                              chair_id=self.president,
                              attendees=[Attendee(person_id=a.person_id, guest_name=a.guest_name,
                                                  guest_organisation=a.guest_organisation, guest_title=a.guest_title,
                                                  guest_phone=a.guest_phone, affiliation=a.affiliation)
                                         for a in invited])
            if number == 5:
                meeting.online, meeting.place, meeting.link = True, "", "https://meet.google.com/abc-defg-hij"
            session = texts.Topics(items=texts.WORKSHOP.items, actions=texts.WORKSHOP.actions,
                                   fixed=(texts.WORKSHOP_SESSIONS[number - 1],))
            self._finish(meeting, session, voted=False)

    def city_meeting(self, day: str, kind: str, title: str, place: str, topics: texts.Topics,
                     everyone: bool = False) -> None:
        invited = self._representatives(None if everyone else 8) + self._city_people() + self._guests(
            3 if everyone else 1)
        meeting = Meeting(kind=kind, date=day, title=title, place=place, start_time="10:00", end_time="12:00",
                          recorder_id=self.recorder, chair_id=self.president, attendees=invited)
        self._finish(meeting, topics, voted=False)
