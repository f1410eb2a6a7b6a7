"""Demo peer consulting, on the plan's 2022 calendar: three mentors and applications at every status.

Shaped like 논산 2-3 동료 컨설팅: mentors named in the 1차조사 (금융/현장관리, 인증 및 사업계획서 작성,
마케팅), mentee applications in spring, matching in summer, sessions in autumn, one result report.
The two applications still waiting for a mentor came in a few weeks before today, as they would in a
network in use (dated in 2022 they showed on 홈 as waiting for over four years).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from seecodesk.core.consulting import MentorOffer, ResultReport, Session
from seecodesk.services.consulting import ConsultingService

if TYPE_CHECKING:
    import sqlite_utils

# organisation, person title wanted (None = the representative), fields, capacity, availability
MENTORS = (
    ("가람로컬푸드협동조합", None, ("금융", "현장관리"), 2, "평일 오후, 직매장 방문 상담 가능"),
    ("은빛인쇄(주)", None, ("인증/사업계획서 작성", "회계/세무"), 1, "월 2회, 화·목요일 오전"),
    ("가람지역자활센터", "실장", ("마케팅",), 2, "자활센터 회의실 또는 온라인(줌)"),
)

REQUESTS = {
    "새벽빵협동조합": "제빵 설비 확충 자금을 어떻게 마련할지 모르겠습니다. 정책자금과 사회투자기금 중 무엇이 맞는지, "
                     "상환 계획을 어떻게 세우는지 선배 기업의 경험을 듣고 싶습니다.",
    "함께걷는길(주)": "교통약자 이동 지원 서비스를 기관에 알리는 방법을 찾고 있습니다. 홍보물, 온라인 채널 운영.",
    "별빛도서공방": "사회적기업 인증 신청을 준비 중입니다. 사업계획서의 사회적 목적 부분을 쓰기 어렵습니다.",
    "(주)초록에너지": "태양광 설치 현장의 안전관리와 공정 관리 방법을 배우고 싶습니다.",
    "늘봄마을돌봄협동조합": "직원 4명을 처음 채용했습니다. 근로계약서, 4대보험, 급여 회계 처리를 도와주세요.",
    "가람청년협동조합": "청년 창업 공간 홍보와 회원 모집 방안이 필요합니다.",
}


def _mentor_person(db: sqlite_utils.Database, org_id: int, title: str | None) -> int | None:
    sql = ("SELECT id FROM people WHERE organisation_id = ? AND deleted_at IS NULL "
           + ("AND title = ? " if title else "AND title = '대표' ") + "ORDER BY id LIMIT 1")
    row = db.execute(sql, [org_id, title] if title else [org_id]).fetchone()
    return row[0] if row else None


def _org_id(db: sqlite_utils.Database, name: str) -> int:
    return db.execute("SELECT id FROM organisations WHERE name = ?", [name]).fetchone()[0]


def _add_mentors(db: sqlite_utils.Database, service: ConsultingService) -> list[int]:
    ids = {name: fid for fid, name in service.field_names().items()}
    offers = []
    for org_name, title, fields, capacity, availability in MENTORS:
        org_id = _org_id(db, org_name)
        offer = MentorOffer(organisation_id=org_id, person_id=_mentor_person(db, org_id, title),
                            field_ids=[ids[f] for f in fields], capacity=capacity, availability=availability,
                            starts_on="2022-03-01", note="2021년 1차조사에서 멘토로 참여 의사를 밝힘")
        offers.append(int(service.save_mentor(offer).id or 0))
    return offers


def _apply(service: ConsultingService, member: str | None, name: str, fields: tuple[str, ...], on: str,
           **extra: object) -> int:
    ids = {n: fid for fid, n in service.field_names().items()}
    base = service.blank_application()
    base.applied_on, base.request, base.signed = on, REQUESTS[name], True
    base.field_ids = [ids[f] for f in fields]
    app = service.prefill_from_member(_org_id(service.db, member), base) if member else base
    app.company_name = name
    for key, value in extra.items():
        setattr(app, key, value)
    return int(service.save_application(app).id or 0)


def _sessions(service: ConsultingService, match_id: int, dates: list[str], topics: list[str], paid: bool) -> None:
    for number, (day, topic) in enumerate(zip(dates, topics, strict=False), start=1):
        service.work.save_session(Session(
            match_id=match_id, held_on=day, hours=2.0, place="온라인(줌)" if number % 3 == 0 else "멘토 기업 사무실",
            online=number % 3 == 0, topics=topic, paid_on=day if paid else "", mentor_signed=True,
            mentee_signed=paid or number == 1))


def populate(db: sqlite_utils.Database, rng: random.Random, today: date | None = None) -> None:
    """Three mentors and six applications: 완료, 진행, 매칭, 접수 (member and non-member), 취소."""
    today = today or date.today()
    service = ConsultingService(db)
    local_food, printer, self_help = _add_mentors(db, service)
    done = _apply(service, "새벽빵협동조합", "새벽빵협동조합", ("회계/세무", "금융"), "2022-04-11",
                  past_participation="2020년 가람시 사회적경제 창업 컨설팅 참여")
    match = service.work.confirm(done, local_food, "2022-05-02")
    _sessions(service, int(match.id or 0), ["2022-05-16", "2022-06-13", "2022-07-11", "2022-08-22", "2022-09-19"],
              ["자금 수요 정리와 정책자금 종류", "사회투자기금 신청서 검토", "상환 계획표 작성",
               "금융기관 면담 준비", "결과 정리와 후속 계획"], paid=True)
    service.move(done, "완료", "2022-09-30")
    service.work.save_report(ResultReport(
        match_id=int(match.id or 0), problem="제빵 설비 확충 자금 3천만 원을 마련할 방법을 몰랐음.",
        actions="정책자금과 사회투자기금을 비교하고, 신청서와 상환 계획표를 멘토와 함께 작성함 (5회, 10시간).",
        outcome="사회투자기금 2천만 원 융자 승인. 상환 계획을 분기별로 점검하기로 함.",
        follow_up="2023년 상반기에 멘토 기업과 한 번 더 점검 모임. 회계/세무 분야는 다음 해 별도 신청.",
        written_on="2022-10-07", author="정유진"))
    going = _apply(service, "함께걷는길(주)", "함께걷는길(주)", ("마케팅",), "2022-05-09")
    match = service.work.confirm(going, self_help, "2022-06-07")
    _sessions(service, int(match.id or 0), ["2022-07-05", "2022-08-02"],
              ["고객 기관 목록과 홍보 채널 점검", "홍보물 초안 검토"], paid=False)
    matched = _apply(service, "별빛도서공방", "별빛도서공방", ("인증/사업계획서 작성",), "2022-06-20")
    service.work.confirm(matched, printer, "2022-07-04")
    _apply(service, "(주)초록에너지", "(주)초록에너지", ("현장관리",), (today - timedelta(days=45)).isoformat(),
           other_checked=True, other_field="태양광 보조금 신청")
    _apply(service, None, "늘봄마을돌봄협동조합", ("인사/노무", "회계/세무"), (today - timedelta(days=12)).isoformat(),
           certification="", representative="선우정아", phone="041-731-2468", address="충청남도 가람시 은하면 늘봄길 12",
           email="neulbom.coop@example.kr", org_form="협동조합", support_status="지원받은 적 없음",
           manager_name="선우정아", manager_mobile="010-3141-5926", manager_email="neulbom.coop@example.kr")
    cancelled = _apply(service, "가람청년협동조합", "가람청년협동조합", ("마케팅",), "2022-04-25")
    service.move(cancelled, "취소", "2022-05-20", reason="대표 교체로 내년에 다시 신청하기로 함")
