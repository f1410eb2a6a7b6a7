"""Quorum (성원) and attendance rates, computed from plain numbers and rows (no SQL here).

Quorum follows the usual 정관 wording: "재적 과반수의 출석으로 개의" — more than half of the
current members present; other bodies use two thirds or a fixed number.
"""

from collections.abc import Iterable
from dataclasses import dataclass

QUORUM_RULES = {"majority": "재적 과반수", "two_thirds": "재적 3분의 2 이상", "fixed": "정해진 인원 이상",
                "none": "정족수 없음"}
QUORUM_BASES = {"body_members": "기구 위원", "member_organisations": "회원사"}
DEFAULT_TARGET = 0.70  # the 논산 plan's participation goal


@dataclass
class QuorumRule:
    """How a body decides it may open: rule, what counts as the roll (위원 or 회원사), fixed count."""

    rule: str = "majority"
    basis: str = "body_members"
    fixed_count: int = 0
    note: str = ""

    @property
    def label(self) -> str:
        if self.rule == "fixed":
            return f"{self.fixed_count}명 이상 출석"
        return f"{QUORUM_RULES.get(self.rule, self.rule)} 출석"


@dataclass
class QuorumResult:
    """재적 (roll), 출석 (present among the roll), 필요 (needed) and whether the meeting is 성원."""

    rule: QuorumRule
    roll: int
    present: int
    needed: int

    @property
    def met(self) -> bool:
        if self.rule.rule == "none":
            return True
        return self.present >= self.needed and (self.roll > 0 or self.rule.rule == "fixed")

    @property
    def text(self) -> str:
        """'재적 6명 중 4명 출석 — 성원 (재적 과반수 출석: 4명 이상)'."""
        unit = "곳" if self.rule.basis == "member_organisations" else "명"
        if self.rule.rule == "none":
            return f"재적 {self.roll}{unit} 중 {self.present}{unit} 출석 (정족수 없음)"
        verdict = "성원" if self.met else "성원 미달"
        return (f"재적 {self.roll}{unit} 중 {self.present}{unit} 출석 — {verdict} "
                f"({self.rule.label}: {self.needed}{unit} 이상)")


def needed_for(rule: QuorumRule, roll: int) -> int:
    """How many of `roll` must be present under `rule`."""
    if rule.rule == "majority":
        return roll // 2 + 1
    if rule.rule == "two_thirds":
        return -(-roll * 2 // 3)
    if rule.rule == "fixed":
        return max(0, rule.fixed_count)
    return 0


def quorum_result(rule: QuorumRule, roll: int, present: int) -> QuorumResult:
    """The verdict for `present` of `roll` under `rule`."""
    return QuorumResult(rule=rule, roll=roll, present=min(present, roll) if roll else present,
                        needed=needed_for(rule, roll))


@dataclass(frozen=True)
class AttendanceRow:
    """One invitation with its outcome (or `times` alike ones), as read for statistics."""

    key: str  # person id or guest name, so one person counts once per meeting
    name: str
    organisation: str
    affiliation: str
    attended: bool
    times: int = 1  # alike invitations counted as one row (storage groups them)


@dataclass
class AttendanceRate:
    """Invitations and attendances of one person or organisation over a period."""

    label: str
    group: str
    invited: int = 0
    attended: int = 0

    @property
    def rate(self) -> float:
        return self.attended / self.invited if self.invited else 0.0

    def meets(self, target: float) -> bool:
        return self.invited > 0 and self.rate + 1e-9 >= target


def rates_by(rows: Iterable[AttendanceRow], per: str) -> list[AttendanceRate]:
    """Rates per 'person' or per 'organisation', best first, then by name."""
    table: dict[str, AttendanceRate] = {}
    for row in rows:
        if per == "person":
            key, label, group = row.key, row.name, row.organisation or row.affiliation
        else:
            key = label = row.organisation or row.affiliation
            group = row.affiliation
        entry = table.setdefault(key, AttendanceRate(label=label, group=group))
        entry.invited += row.times
        entry.attended += row.times if row.attended else 0
    return sorted(table.values(), key=lambda r: (-r.rate, -r.invited, r.label))


def overall_rate(rows: Iterable[AttendanceRow]) -> AttendanceRate:
    """All invitations together."""
    total = AttendanceRate(label="전체", group="")
    for row in rows:
        total.invited += row.times
        total.attended += row.times if row.attended else 0
    return total
