"""A deleted organisation drops out of live pickers, rosters and mentor matching (its people stay, unaffiliated)."""

import pytest

from seecodesk.services.bodies import BodyService
from seecodesk.services.consulting import ConsultingService
from seecodesk.services.meetings import MeetingService
from seecodesk.services.members import MemberService

DELETED = "가람로컬푸드협동조합"  # mentor offer 1 in the demo; 정유진 of it sits on 상호협력분과


@pytest.fixture
def deleted_org(demo_db):
    org_id = next(o.organisation_id for o in ConsultingService(demo_db).mentors() if o.organisation_name == DELETED)
    MemberService(demo_db).delete_organisations([org_id])
    return org_id


def test_its_mentor_offer_is_neither_listed_nor_proposed(demo_db, deleted_org):
    service = ConsultingService(demo_db)
    assert deleted_org not in {offer.organisation_id for offer in service.mentors()}
    waiting = next(a for a in service.applications() if a.status == "접수")
    proposed = service.work.propose(int(waiting.id or 0))
    assert DELETED not in " ".join(p.label for p in proposed.proposals)
    assert proposed.proposals  # the other mentors are still there


def test_its_people_no_longer_carry_its_name_in_bodies_rosters_and_pickers(demo_db, deleted_org):
    bodies = BodyService(demo_db)
    seats = [m for b in bodies.bodies() for m in b.members if m.person_name == "정유진"]
    assert seats and all(DELETED not in m.affiliation for m in seats)
    assert all(DELETED not in label for _, label in bodies.people_choices())
    meetings = MeetingService(demo_db)
    body_id = next(b[0] for b in meetings.bodies() if b[1] == "상호협력분과")
    roster = meetings.roster(body_id, "2026-01-08")
    assert "정유진" in {m.name for m in roster}
    assert all(m.organisation != DELETED for m in roster)
