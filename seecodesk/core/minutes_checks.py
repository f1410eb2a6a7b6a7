"""Minutes that contradict themselves, found before they are printed and signed.

A secretary fills the roll call and the decisions at different moments; these checks catch the
combinations no real meeting can have: decisions taken without a quorum, more votes than people
present, a roll call for a meeting that has not happened yet.
"""

from datetime import date

from seecodesk.core.attendance import QuorumResult
from seecodesk.core.meetings import Meeting


def not_yet_held(meeting: Meeting, today: date | None = None) -> bool:
    """True for a meeting whose date is still to come."""
    return meeting.date > (today or date.today()).isoformat()


def minutes_problems(meeting: Meeting, quorum: QuorumResult | None, today: date | None = None) -> list[str]:
    """Korean sentences, one per contradiction; empty when the minutes are consistent."""
    problems: list[str] = []
    decided = [i for i, item in enumerate(meeting.agenda, start=1) if item.decision == "의결" or item.voted]
    present = sum(1 for a in meeting.attendees if a.attended)
    if not_yet_held(meeting, today):
        if present:
            problems.append(f"아직 열리지 않은 회의인데 출석이 {present}명 기록되어 있습니다.")
        if decided:
            problems.append(f"아직 열리지 않은 회의인데 의결된 안건이 있습니다 (안건 {_numbers(decided)}).")
    elif decided and quorum is not None and not quorum.met:
        problems.append(f"성원 미달인데 의결된 안건이 있습니다 (안건 {_numbers(decided)}). 출석을 확인해 주세요.")
    for index, item in enumerate(meeting.agenda, start=1):
        votes = sum(n or 0 for n in (item.votes_for, item.votes_against, item.votes_abstain))
        if item.voted and votes > present:
            problems.append(f"안건 {index}의 표결 합계({votes}표)가 출석 인원({present}명)보다 많습니다.")
    return problems


def _numbers(indexes: list[int]) -> str:
    return ", ".join(str(i) for i in indexes)
