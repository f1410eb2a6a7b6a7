"""Meetings as plain records: the meeting, who was invited and came, agenda items, action items.

Value sets follow the networks' own words (seed-004-notes §1.6). Dates are ISO strings, times "HH:MM".
"""

import re
from dataclasses import dataclass, field, replace
from datetime import date

from seecodesk.core import validation as v
from seecodesk.core.errors import ValidationError, ValidationErrors
from seecodesk.core.josa import josa
from seecodesk.core.meeting_titles import default_title, korean_date
from seecodesk.core.members import check_date

MEETING_KINDS = ("이사회", "분과모임", "워크숍", "월례회", "정기총회", "임시총회", "간담회", "실무협의회", "공유회", "기타")
ATTENDEE_GROUPS = ("회원사", "시청", "지원센터", "연구진", "기타")
STATUS_LABELS = {"invited": "미정", "present": "참석", "late": "지각", "excused": "사유불참", "absent": "불참"}
ATTENDED = ("present", "late")
REPLIES = ("참석", "불참", "미정")  # 참석 회신, asked for in the notice
DECISIONS = ("", "의결", "보고", "보류")
ACTION_STATUSES = ("예정", "진행중", "완료", "취소")
OPEN_ACTION_STATUSES = ("예정", "진행중")
PLACE_LENGTH = 200  # a room and an address; a longer 장소 is a paste gone wrong and slows the editor down
_TIME = re.compile(r"^([01]?\d|2[0-3]):?([0-5]\d)$")


@dataclass
class Attendee:
    """One invitee: a person from the directory or a guest typed by name."""

    person_id: int | None = None
    guest_name: str = ""
    guest_organisation: str = ""
    guest_title: str = ""
    guest_phone: str = ""
    affiliation: str = "회원사"
    status: str = "invited"
    note: str = ""
    id: int | None = None
    reply: str = ""  # 참석 회신 before the meeting: '' (none yet), 참석, 불참 or 미정
    # Filled in when read back (from the directory for people, from the guest fields otherwise).
    name: str = ""
    organisation: str = ""
    title: str = ""
    phone: str = ""

    @property
    def attended(self) -> bool:
        return self.status in ATTENDED


@dataclass
class AgendaItem:
    """안건: title, presenter, discussion notes and the decision with its vote where voted."""

    title: str
    presenter_id: int | None = None
    presenter_name: str = ""
    discussion: str = ""
    decision: str = ""
    resolution: str = ""
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None
    from_action_id: int | None = None
    id: int | None = None

    @property
    def voted(self) -> bool:
        return any(n is not None for n in (self.votes_for, self.votes_against, self.votes_abstain))


@dataclass
class ActionItem:
    """조치 사항: what, owner (person or body), due date and status; may become a plan task."""

    what: str
    owner_person_id: int | None = None
    owner_body_id: int | None = None
    owner_name: str = ""
    due_on: str = ""
    status: str = "예정"
    done_on: str = ""
    task_id: int | None = None
    note: str = ""
    id: int | None = None
    meeting_id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_ACTION_STATUSES

    def overdue_on(self, today: date) -> bool:
        """Open and past its due date on `today`."""
        return self.is_open and bool(self.due_on) and self.due_on < today.isoformat()


@dataclass
class Attachment:
    """A file kept with the meeting in the network's data folder."""

    file_name: str
    original_name: str = ""
    size: int = 0
    note: str = ""
    added_at: str = ""
    id: int | None = None


@dataclass
class Meeting:
    """One meeting with everything recorded about it."""

    kind: str
    date: str
    body_id: int | None = None
    number: int | None = None
    title: str = ""
    start_time: str = ""
    end_time: str = ""
    place: str = ""
    online: bool = False
    link: str = ""
    chair_id: int | None = None
    recorder_id: int | None = None
    notes: str = ""
    attendees: list[Attendee] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    id: int | None = None
    body_name: str = ""

    @property
    def display_title(self) -> str:
        """회의명: the typed title, or one made from year, number, body and kind."""
        return self.title or default_title(self.kind, self.date, self.number, self.body_name)


def when_text(meeting: Meeting) -> str:
    """일시 as printed: '2025년 3월 5일(수) 14:00~16:00'."""
    times = "~".join(t for t in (meeting.start_time, meeting.end_time) if t)
    return f"{korean_date(meeting.date)} {times}".strip()


def where_text(meeting: Meeting) -> str:
    """장소 as printed, with '온라인' and the link when the meeting was online."""
    if not meeting.online:
        return meeting.place
    label = meeting.place or "온라인"
    if meeting.place and "온라인" not in meeting.place:
        label += " · 온라인"
    return f"{label} ({meeting.link})" if meeting.link else label


def mask_phone(phone: str) -> str:
    """010-1234-5678 → 010-****-5678 (middle digits hidden on printed sheets)."""
    parts = (phone or "").split("-")
    if len(parts) == 3:
        return f"{parts[0]}-{'*' * len(parts[1])}-{parts[2]}"
    digits = v.digits_of(phone or "")
    return f"{digits[:3]}-****-{digits[-4:]}" if len(digits) >= 9 else phone


def normalize_time(text: str, field_name: str) -> str:
    """'14:00', '1400', '9:5'? → 'HH:MM' or ValidationError; blank stays blank."""
    value = (text or "").strip()
    if not value:
        return ""
    match = _TIME.match(value)
    if not match:
        raise ValidationError(field_name, f"시각 '{value[:10]}'{josa(value[:10], '을')} 알 수 없습니다. 예: 14:00")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def validated_meeting(meeting: Meeting) -> Meeting:
    """A cleaned copy of `meeting`, or ValidationErrors naming every bad field."""
    e: dict[str, str] = {}
    if meeting.kind not in MEETING_KINDS:
        e["kind"] = f"알 수 없는 회의 종류입니다: {meeting.kind}"
    day = _try(e, "date", check_date, "date", meeting.date)
    if not day and "date" not in e:
        e["date"] = "회의 날짜를 입력해 주세요."
    start = _try(e, "start_time", normalize_time, meeting.start_time, "start_time")
    end = _try(e, "end_time", normalize_time, meeting.end_time, "end_time")
    if start and end and end < start:
        e["end_time"] = "끝나는 시각이 시작 시각보다 빠릅니다."
    if meeting.number is not None and not 0 < int(meeting.number) < 10_000:
        e["number"] = "회차는 1 이상의 숫자여야 합니다."
    texts = {"link": _try(e, "link", v.clean_line, meeting.link, "link", v.NOTE_LENGTH),
             "notes": _try(e, "notes", v.clean_text, meeting.notes, "notes")}
    texts["place"] = _try(e, "place", v.clean_text, meeting.place, "place", PLACE_LENGTH)
    title = _try(e, "title", v.clean_name, meeting.title, "title")
    person_ids = [a.person_id for a in meeting.attendees if a.person_id is not None]
    twice = next((a for a in meeting.attendees if a.person_id is not None and person_ids.count(a.person_id) > 1), None)
    if twice is not None:
        e["attendees"] = f"같은 사람이 명단에 두 번 있습니다{': ' + twice.name if twice.name else ''}. 한 줄을 빼 주세요."
    result = replace(meeting, date=day, start_time=start, end_time=end, title=title, **texts,
                     attendees=[_attendee(a, e) for a in meeting.attendees],
                     agenda=_agenda(meeting.agenda, e),
                     actions=[validated_action(a, e) for a in meeting.actions])
    if e:
        raise ValidationErrors(e)
    return result


def _try(errors: dict[str, str], field_name: str, check, *args):  # type: ignore[no-untyped-def]
    try:
        return check(*args)
    except ValidationError as error:
        errors.setdefault(field_name, error.message)
        return ""


def _attendee(a: Attendee, e: dict[str, str]) -> Attendee:
    if a.status not in STATUS_LABELS:
        e.setdefault("attendees", f"알 수 없는 출석 상태입니다: {a.status}")
    if a.affiliation not in ATTENDEE_GROUPS:
        e.setdefault("attendees", f"알 수 없는 소속 구분입니다: {a.affiliation}")
    if a.reply not in ("", *REPLIES):
        e.setdefault("attendees", f"알 수 없는 참석 회신입니다: {a.reply}")
    name = _try(e, "attendees", v.clean_name, a.guest_name, "attendees")
    if a.person_id is None and not name:
        e.setdefault("attendees", "외부 참석자의 이름을 입력해 주세요.")
    return replace(a, guest_name=name,
                   guest_organisation=_try(e, "attendees", v.clean_name, a.guest_organisation, "attendees"),
                   guest_title=_try(e, "attendees", v.clean_text, a.guest_title, "attendees", 100),
                   guest_phone=_try(e, "attendees", v.normalize_phone, a.guest_phone, "attendees"),
                   note=_try(e, "attendees", v.clean_line, a.note, "attendees", v.NOTE_LENGTH))


AGENDA_FIELD_LABELS = {"title": "안건 제목", "presenter_name": "발표자", "discussion": "논의 내용",
                       "decision": "결정", "votes": "표결", "resolution": "결정 내용"}


def agenda_item_errors(item: AgendaItem, number: int) -> dict[str, str]:
    """What is wrong with the `number`-th agenda item, by its field; each message names the item and field
    (e.g. "2번 안건 '예산 심의'의 논의 내용: 주민등록번호로 …"), so the secretary knows where to look."""
    own: dict[str, str] = {}
    _agenda_item(item, own)
    return _named(item, number, own)


def _named(item: AgendaItem, number: int, own: dict[str, str]) -> dict[str, str]:
    return {f: f"{_agenda_place(number, item.title, f, bool(item.title.strip()))}: {m}" for f, m in own.items()}


def _agenda_place(number: int, title: str, field_name: str, titled: bool) -> str:
    place = f"{number}번 안건" + (f" '{v.shown(' '.join(title.split()), 20)}'" if titled else "")
    return place if field_name == "title" and not titled else f"{place}의 {AGENDA_FIELD_LABELS[field_name]}"


def _agenda_item(item: AgendaItem, own: dict[str, str]) -> AgendaItem:
    """The cleaned item; what is wrong goes into `own` by the item's field name."""
    title = _try(own, "title", v.clean_text, item.title, "title", 500)
    if not title:
        own.setdefault("title", "안건 제목을 입력해 주세요.")
    if item.decision not in DECISIONS:
        own.setdefault("decision", f"알 수 없는 결정 구분입니다: {item.decision}")
    votes = (item.votes_for, item.votes_against, item.votes_abstain)
    if any(n is not None and int(n) < 0 for n in votes):
        own.setdefault("votes", "찬성·반대·기권 수는 0 이상이어야 합니다.")
    return replace(item, title=title.replace("\n", " "),
                   presenter_name=_try(own, "presenter_name", v.clean_name, item.presenter_name, "presenter_name"),
                   discussion=_try(own, "discussion", v.clean_text, item.discussion, "discussion"),
                   resolution=_try(own, "resolution", v.clean_text, item.resolution, "resolution"))


def _agenda(items: list[AgendaItem], e: dict[str, str]) -> list[AgendaItem]:
    """The cleaned agenda; the first problem, naming its item and field, goes into `e["agenda"]`."""
    cleaned = []
    for number, item in enumerate(items, 1):
        own: dict[str, str] = {}
        cleaned.append(_agenda_item(item, own))
        if own and "agenda" not in e:
            e["agenda"] = next(iter(_named(item, number, own).values()))
    return cleaned


def validated_action(action: ActionItem, e: dict[str, str] | None = None) -> ActionItem:
    """A cleaned action item; errors go into `e` (or raise when `e` is None)."""
    errors: dict[str, str] = {} if e is None else e
    what = _try(errors, "actions", v.clean_text, action.what, "actions", 1000)
    if not what:
        errors.setdefault("actions", "조치 사항의 내용을 입력해 주세요.")
    if action.status not in ACTION_STATUSES:
        errors.setdefault("actions", f"알 수 없는 진행 상태입니다: {action.status}")
    result = replace(action, what=what,
                     owner_name=_try(errors, "actions", v.clean_name, action.owner_name, "actions"),
                     due_on=_try(errors, "actions", check_date, "actions", action.due_on),
                     done_on=_try(errors, "actions", check_date, "actions", action.done_on),
                     note=_try(errors, "actions", v.clean_line, action.note, "actions", v.NOTE_LENGTH))
    if e is None and errors:
        raise ValidationErrors(errors)
    return result
