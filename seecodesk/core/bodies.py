"""Bodies of the network (분과, TFT, 의제팀, 실무단, 이사회, 총회) and who sits on them, when.

Members are people from the directory, members of the network or not (a city official may sit
on a TFT). The chair is the member holding a chair role, with a term such as '2021'.
"""

from dataclasses import dataclass, field
from datetime import date

from seecodesk.core import validation as v
from seecodesk.core.errors import ValidationErrors
from seecodesk.core.vocab import BODY_KINDS

CHAIR_ROLES = ("분과장", "팀장", "회장", "위원장", "대표")
MEMBER_ROLES = (*CHAIR_ROLES, "부분과장", "위원", "간사", "실무자", "자문")
CADENCE_PERIODS = {
    "": "정하지 않음", "weekly": "매주", "biweekly": "격주", "monthly": "매월", "bimonthly": "격월",
    "quarterly": "분기마다", "half": "반기마다", "yearly": "해마다", "irregular": "수시",
}


@dataclass
class BodyMember:
    """A person's seat on a body for a period (blank dates = open-ended)."""

    person_id: int
    role: str = "위원"
    term: str = ""
    started_on: str = ""
    ended_on: str = ""
    person_name: str = ""
    affiliation: str = ""
    id: int | None = None

    @property
    def is_chair(self) -> bool:
        return self.role in CHAIR_ROLES

    def sits_on(self, day: str) -> bool:
        """True when the seat covers the ISO date `day`."""
        return (not self.started_on or self.started_on <= day) and (not self.ended_on or self.ended_on >= day)


@dataclass
class Body:
    """A subcommittee, TFT, issue team, working group, board or general assembly."""

    name: str
    kind: str = "분과"
    purpose: str = ""
    cadence: str = ""
    cadence_period: str = ""
    notes: str = ""
    sort_order: int = 0
    members: list[BodyMember] = field(default_factory=list)
    id: int | None = None

    def current_members(self, day: str | None = None) -> list[BodyMember]:
        day = day or date.today().isoformat()
        return [m for m in self.members if m.sits_on(day)]

    def chair(self, day: str | None = None) -> BodyMember | None:
        """The chair on `day` (today by default); the latest chair seat when none covers it."""
        chairs = [m for m in self.members if m.is_chair]
        current = [m for m in chairs if m.sits_on(day or date.today().isoformat())]
        pool = current or chairs
        return max(pool, key=lambda m: (m.term, m.started_on)) if pool else None

    @property
    def chair_label(self) -> str:
        """'하주현 (분과장 2021)' or ''."""
        chair = self.chair()
        if chair is None:
            return ""
        term = f" {chair.term}" if chair.term else ""
        return f"{chair.person_name} ({chair.role}{term})"


def validated_body(body: Body) -> Body:
    """A cleaned copy of `body`, or ValidationErrors naming every wrong field."""
    errors: dict[str, str] = {}
    name = v.collect(errors, "name", v.clean_name, body.name, "name")
    if not name:
        errors.setdefault("name", "분과·기구 이름을 적어 주세요.")
    if body.kind not in BODY_KINDS:
        errors["kind"] = f"종류는 {', '.join(BODY_KINDS)} 가운데 하나입니다."
    if body.cadence_period not in CADENCE_PERIODS:
        errors["cadence_period"] = "모임 주기를 목록에서 골라 주세요."
    lines = {key: v.collect(errors, key, v.clean_line, getattr(body, key), key) for key in ("purpose", "cadence")}
    notes = v.collect(errors, "notes", v.clean_text, body.notes, "notes")
    members = [_member(number, member, errors) for number, member in enumerate(body.members, start=1)]
    if errors:
        raise ValidationErrors(errors)
    return Body(name=name, kind=body.kind, **lines, cadence_period=body.cadence_period, notes=notes,
                sort_order=body.sort_order, members=members, id=body.id)


def _member(number: int, member: BodyMember, errors: dict[str, str]) -> BodyMember:
    if member.started_on and member.ended_on and member.ended_on < member.started_on:
        errors["members"] = f"{number}번째 구성원의 활동 끝 날짜가 시작 날짜보다 앞섭니다."
    role, term = (v.collect(errors, "members", v.clean_line, text, "members") for text in (member.role, member.term))
    return BodyMember(person_id=member.person_id, role=role or "위원", term=term,
                      started_on=v.collect(errors, "members", v.parse_date, member.started_on, "members"),
                      ended_on=v.collect(errors, "members", v.parse_date, member.ended_on, "members"),
                      person_name=member.person_name, affiliation=member.affiliation, id=member.id)
