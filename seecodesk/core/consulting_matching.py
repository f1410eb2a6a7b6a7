"""Proposing mentors for an application, each proposal explained in one line.

Ranking, in order: more fields in common first; then more spare capacity; then mentors who
already coached this applicant before (continuity); then by name. Never proposed: the
applicant's own organisation, a mentor with no spare place, an offer outside its active period,
or a mentor already matched to this application. Mentors sharing no field come last, marked so.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from seecodesk.core.consulting import Application, MentorOffer
from seecodesk.core.validation import name_key


@dataclass(frozen=True)
class MentorLoad:
    """A mentor offer with what the database knows of it right now."""

    offer: MentorOffer
    active_mentees: int
    past_pairings: int
    organisation_key: str = ""


@dataclass(frozen=True)
class Proposal:
    """One proposed mentor, with why."""

    offer_id: int
    label: str
    matched_fields: tuple[str, ...]
    spare: int
    past_pairings: int
    explanation: str


@dataclass(frozen=True)
class Exclusion:
    """A mentor not proposed, and the reason (shown greyed in the panel)."""

    offer_id: int
    label: str
    reason: str


@dataclass(frozen=True)
class MatchingResult:
    proposals: list[Proposal]
    excluded: list[Exclusion]


def past_pairings(pairings: Iterable[tuple[int, int | None, str]], organisation_id: int | None,
                  applicant_key: str) -> dict[int, int]:
    """offer id → earlier matches with this applicant, from (offer id, applicant organisation id, company name)
    of the other applications' matches: the same member organisation, or a company name with the same name_key."""
    past: dict[int, int] = {}
    for offer_id, org_id, company in pairings:
        if (organisation_id is not None and org_id == organisation_id) or name_key(company) == applicant_key:
            past[offer_id] = past.get(offer_id, 0) + 1
    return past


def _other_overlap(app: Application, offer: MentorOffer) -> str:
    if not app.other_checked:
        return ""
    wanted, offered = app.other_field.strip(), offer.other_fields.strip()
    if not (wanted and offered):
        return ""
    words = [w for w in offered.replace(",", " ").split() if len(w) >= 2]
    hit = wanted in offered or offered in wanted or any(w in wanted for w in words)
    return f"기타({wanted})" if hit else ""


def _matched_fields(app: Application, offer: MentorOffer, wanted: list[tuple[int, str]]) -> tuple[str, ...]:
    """The names of the applied-for fields (`wanted`, in the list's own order) the offer covers, and 기타."""
    offered = offer.field_ids
    common = [name for fid, name in wanted if fid in offered]
    other = _other_overlap(app, offer)
    return tuple(common + ([other] if other else []))


def explain(fields: tuple[str, ...], spare: int, past: int) -> str:
    """'회계/세무 일치, 여유 1명' (plus '이전 매칭 1회' when they worked together before)."""
    parts = [f"{'·'.join(fields)} 일치" if fields else "일치 분야 없음", f"여유 {spare}명"]
    if past:
        parts.append(f"이전 매칭 {past}회")
    return ", ".join(parts)


def _exclusion_reason(app: Application, applicant_key: str, load: MentorLoad, day: str,
                      already: set[int]) -> str:
    offer = load.offer
    if offer.id in already:
        return "이미 이 신청에 매칭됨"
    same_org = app.organisation_id is not None and offer.organisation_id == app.organisation_id
    if same_org or (applicant_key and applicant_key == load.organisation_key):
        return "신청 기업 자신"
    if not offer.active_on(day):
        return "활동 기간이 아님"
    if offer.capacity - load.active_mentees <= 0:
        return f"정원 {offer.capacity}명이 모두 찼음"
    return ""


def propose_mentors(app: Application, applicant_key: str, loads: list[MentorLoad],
                    field_names: dict[int, str], day: str, already_matched: set[int] | None = None) -> MatchingResult:
    """Rank the mentor offers for `app` on `day` (YYYY-MM-DD); see the module docstring for the rules."""
    proposals: list[Proposal] = []
    excluded: list[Exclusion] = []
    applied = set(app.field_ids)
    wanted = [(fid, name) for fid, name in field_names.items() if fid in applied]
    for load in loads:
        offer = load.offer
        reason = _exclusion_reason(app, applicant_key, load, day, already_matched or set())
        if reason:
            excluded.append(Exclusion(int(offer.id or 0), offer.label, reason))
            continue
        fields = _matched_fields(app, offer, wanted)
        spare = offer.capacity - load.active_mentees
        proposals.append(Proposal(int(offer.id or 0), offer.label, fields, spare, load.past_pairings,
                                  explain(fields, spare, load.past_pairings)))
    proposals.sort(key=lambda p: (-len(p.matched_fields), -p.spare, -p.past_pairings, p.label))
    return MatchingResult(proposals, excluded)
