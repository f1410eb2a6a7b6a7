"""회의 안내문: the notice a secretary pastes into the group chat (단톡방) and prints as a 공문.

Plain text for KakaoTalk: short lines, ■ marks, no markup; the date carries its weekday, the agenda
is numbered, and it ends by asking for a reply (참석/불참) by a date.
"""

from __future__ import annotations

from datetime import date, timedelta

from seecodesk.core.meeting_titles import korean_date
from seecodesk.core.meetings import Meeting

REPLY_DAYS_BEFORE = 2


def object_particle(word: str) -> str:
    """을 after a final consonant (받침), 를 otherwise: '이사회를', '분과 모임을'."""
    last = word.strip()[-1:] if word.strip() else ""
    if "가" <= last <= "힣":
        return "을" if (ord(last) - ord("가")) % 28 else "를"
    return "을(를)"


def reply_by(meeting: Meeting) -> str:
    """The reply deadline as printed: two days before the meeting ('12. 7.(월)', the year left out)."""
    day = date.fromisoformat(meeting.date) - timedelta(days=REPLY_DAYS_BEFORE)
    return korean_date(day.isoformat()).split(". ", 1)[1]


def time_text(meeting: Meeting) -> str:
    """'18:30~20:00', '18:30' or '' (time not set)."""
    return "~".join(t for t in (meeting.start_time, meeting.end_time) if t)


def notice_lines(meeting: Meeting) -> list[tuple[str, str]]:
    """(label, value) rows of the notice: 일시, 장소 and/or 온라인."""
    rows = [("일시", f"{korean_date(meeting.date)} {time_text(meeting)}".strip())]
    if meeting.place:
        rows.append(("장소", meeting.place))
    if meeting.online:
        rows.append(("온라인", meeting.link or "(접속 주소는 따로 안내드립니다)"))
    if not meeting.place and not meeting.online:
        rows.append(("장소", "(추후 안내)"))
    return rows


def agenda_titles(meeting: Meeting) -> list[str]:
    return [item.title for item in meeting.agenda if item.title.strip()]


def chat_notice(meeting: Meeting, network: str) -> str:
    """The notice as text for the group chat."""
    text = [f"[{network}] {meeting.display_title} 안내", "", "안녕하세요, 사무국입니다.",
            f"{meeting.display_title}{object_particle(meeting.display_title)} 아래와 같이 개최하오니 참석 부탁드립니다.", ""]
    text += [f"■ {label}: {value}" for label, value in notice_lines(meeting)]
    agenda = agenda_titles(meeting)
    if agenda:
        text += ["■ 안건"] + [f"  {n}. {title}" for n, title in enumerate(agenda, start=1)]
    text += ["", f"참석 여부(참석/불참)를 {reply_by(meeting)}까지 이 방에 댓글이나 개인 메시지로 알려 주세요.",
             "감사합니다.", "", f"- {network} 사무국"]
    return "\n".join(text)
