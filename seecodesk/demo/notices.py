"""Demo notices: replies (참석/불참/미정) to the meetings still to come, a meeting in the next days
whatever the date, and a 발송 대장 with the year's letters."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from seecodesk.core.meetings import AgendaItem
from seecodesk.services.letters import LetterService
from seecodesk.services.meetings import MeetingService
from seecodesk.services.settings import set_setting

if TYPE_CHECKING:
    import sqlite_utils

LETTERS = (  # (month-day, recipient, title, attachment)
    ("01-15", "가람시장 (시민공동체과장)", "2026년 사회적경제 네트워크 운영 지원사업 신청", "사업계획서"),
    ("02-10", "회원사 대표", "2026년 정기총회 개최 안내", "총회 자료"),
    ("04-22", "가람시장 (시민공동체과장)", "민·관 정기간담회 일정 협의 요청", ""),
    ("07-01", "가람시 사회적경제통합지원센터장", "회원사 카탈로그 제작 협조 요청", "협조 요청서"),
    ("09-30", "가람시장 (시민공동체과장)", "네트워크 운영 지원사업 중간 보고", "중간보고서"),
)


def populate(db: sqlite_utils.Database, rng: random.Random, today: date | None = None) -> None:
    """Replies to coming meetings (one is always within the week), and the register of letters."""
    today = today or date.today()
    set_setting(db, "network_address", "충청남도 가람시 중앙로 120, 가람시 사회적경제통합지원센터 3층")
    service = MeetingService(db)
    coming = [row[0] for row in db.execute("SELECT id FROM meetings WHERE deleted_at IS NULL AND date BETWEEN ? AND ?",
                                           [today.isoformat(), (today + timedelta(days=14)).isoformat()])]
    if not coming:
        coming.append(_meeting_next_week(service, today))
    for meeting_id in coming:
        meeting = service.meeting(meeting_id)
        for attendee in meeting.attendees:
            attendee.reply = rng.choice(("참석", "참석", "참석", "불참", "미정", ""))
        service.save(meeting)
    letters = LetterService(db)
    for month_day, recipient, title, attachment in LETTERS:
        day = f"{today.year}-{month_day}"
        if day <= today.isoformat():
            letters.register(title, recipient, day, attachment)


def _meeting_next_week(service: MeetingService, today: date) -> int:
    """A 교육소통분과 meeting six days ahead with its roll invited (the demo is made on any date)."""
    bodies = {name: body_id for body_id, name, _ in service.bodies()}
    body_id = bodies.get("교육소통분과") or next(iter(bodies.values()))
    meeting = service.new_meeting(body_id, (today + timedelta(days=6)).isoformat())
    meeting.start_time, meeting.end_time, meeting.place = "15:00", "17:00", "가람시 사회적경제통합지원센터 교육장"
    meeting.agenda = [AgendaItem(title="내년 학습모임 주제 정하기"), AgendaItem(title="단톡방 운영자 교대")]
    stored = service.save(meeting)
    assert stored.id is not None
    return stored.id
