"""Meetings at scale: ten years of a busy network (about 2,000 meetings, 20,000 roll-call lines).

Prints how long the list, the open actions, a year's attendance statistics, a save and the minutes PDF
take. Targets (the window must feel instant): list, actions and statistics under 0.3 s, a save under
0.1 s, a minutes PDF under 1 s.
"""

import random
import tempfile
import time
from pathlib import Path

from seecodesk.core.meetings import ActionItem, AgendaItem
from seecodesk.demo import populate_demo
from seecodesk.services.attendance import attendance_report
from seecodesk.services.meeting_print import print_minutes
from seecodesk.services.meetings import MeetingService
from seecodesk.storage.database import open_database


def timed(label: str, target: float, work) -> object:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = work()
    spent = time.perf_counter() - start
    print(f"{label:<42} {spent * 1000:8.1f} ms   (목표 {target * 1000:.0f} ms 이하) {'OK' if spent <= target else '느림'}")
    return result


def grow(service: MeetingService, rng: random.Random, count: int) -> None:
    """Copies of the demo meetings spread over ten years."""
    templates = [service.meeting(r.id) for r in service.meetings()]
    with service.db.atomic():
        for index in range(count):
            meeting = rng.choice(templates)
            year = 2016 + index % 10
            copy = type(meeting)(**{**meeting.__dict__, "id": None, "date": f"{year}{meeting.date[4:]}",
                                    "attachments": []})
            copy.attendees = [type(a)(**{**a.__dict__, "id": None}) for a in meeting.attendees]
            copy.agenda = [AgendaItem(**{**a.__dict__, "id": None, "from_action_id": None}) for a in meeting.agenda]
            copy.actions = [ActionItem(**{**a.__dict__, "id": None, "task_id": None}) for a in meeting.actions]
            service.save(copy)


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-meetings-"))
    db = open_database(folder / "bench.seecodesk")
    populate_demo(db)
    service = MeetingService(db)
    timed("2,000회의 만들기 (준비)", 60, lambda: grow(service, random.Random(7), 2000))
    lines = db.execute("SELECT count(*) FROM meeting_attendees").fetchone()[0]
    print(f"회의 {len(service.meetings())}건, 출석 기록 {lines:,}줄")
    timed("회의 목록 (전체)", 0.3, service.meetings)
    timed("회의 목록 (기구·연도 필터)", 0.3, lambda: service.meetings(body_id=1, year=2020))
    timed("미완료 조치 사항", 0.3, service.open_actions)
    timed("출석 통계 1년", 0.3, lambda: attendance_report(db, "2020-01-01", "2020-12-31"))
    timed("출석 통계 10년", 1.0, lambda: attendance_report(db, "2016-01-01", "2026-12-31"))
    meeting = service.meeting(service.meetings()[0].id)
    timed("회의 한 건 저장", 0.1, lambda: service.save(meeting))
    assembly = next(r for r in service.meetings() if r.kind == "정기총회")
    timed("회의록 PDF", 1.0, lambda: print_minutes(db, assembly.id, folder / "minutes.pdf"))
    db.close()


if __name__ == "__main__":
    main()
