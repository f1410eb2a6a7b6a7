"""Demo mutual trade: the five-party ceremony of 2021-10-05 (10 agreements), bilateral and outside
agreements at every status, requests, and trade records that match the minutes.

The 상호협력분과 minutes report "협약 이후 거래 7건, 약 840만원. 급식 식자재 거래가 절반": the
ceremony's agreements carry exactly seven trades (8,400,000원, 4,200,000원 of them 급식 식자재),
all before the first meeting that reports them. Other trades run through 2025–2026; 가람청년협동조합
and the two support centres take part in none, so the web shows its islands.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from seecodesk.core.trade import Agreement, AgreementParty, Ceremony, Trade, TradeRequest
from seecodesk.demo.members import NETWORK_NAME
from seecodesk.services.trade import TradeService
from seecodesk.storage import trade as store

if TYPE_CHECKING:
    import sqlite_utils

CEREMONY = ("(주)햇살두레푸드", "솔내들영농조합법인", "은하마을협동조합", "새벽빵협동조합", "은빛인쇄(주)")
CEREMONY_SCOPE = ("각 기관의 제품·서비스를 서로 우선 구매하고, 회원가보다 5~10% 낮은 가격으로 공급한다. "
                  "납품 일정과 수량은 분기마다 협의한다.")

# seller, buyer, date, item, product name or "", amount — the seven trades under the ceremony's agreements
CEREMONY_TRADES = (
    ("(주)햇살두레푸드", "은하마을협동조합", "2025-02-14", "마을식당 급식 식자재(두부)", "학교급식 두부 납품", 1_450_000),
    ("(주)햇살두레푸드", "은빛인쇄(주)", "2025-03-10", "두부 포장 라벨 인쇄", "친환경 인쇄물 제작", 1_200_000),
    ("솔내들영농조합법인", "새벽빵협동조합", "2025-04-18", "제빵용 딸기잼", "솔내 딸기잼", 900_000),
    ("솔내들영농조합법인", "은하마을협동조합", "2025-05-20", "마을식당 급식 식자재(딸기·채소)", "", 1_350_000),
    ("(주)햇살두레푸드", "은하마을협동조합", "2025-09-03", "마을식당 급식 식자재(두부)", "학교급식 두부 납품", 1_400_000),
    ("새벽빵협동조합", "은빛인쇄(주)", "2025-09-25", "명절 쿠키 선물세트 70세트", "명절 쿠키 선물세트", 1_540_000),
    ("새벽빵협동조합", "은하마을협동조합", "2025-11-12", "회의용 간식 꾸러미 140개", "회의용 간식 꾸러미", 560_000),
)
# seller, buyer, date, item, product name or "", amount, agreement title or ""
OTHER_TRADES = (
    ("은하골수제맥주협동조합", "가람로컬푸드협동조합", "2025-04-02", "가람 보리 에일 직매장 납품", "가람 보리 에일", 720_000, "로컬푸드 직매장 납품 협약"),
    ("은하마을협동조합", "(주)다온문화기획", "2025-06-12", "행사 단체 도시락 90개", "마을식당 단체 도시락", 810_000, ""),
    ("은하골수제맥주협동조합", "가람로컬푸드협동조합", "2025-10-15", "가람 보리 에일 직매장 납품", "가람 보리 에일", 960_000, "로컬푸드 직매장 납품 협약"),
    ("나눔세탁협동조합", "가람돌봄사회적협동조합", "2025-11-03", "요양원 세탁 대행", "요양원 세탁 대행", 520_000, ""),
    ("나눔세탁협동조합", "가람돌봄사회적협동조합", "2026-01-20", "요양원 세탁 대행", "요양원 세탁 대행", 480_000, ""),
    ("함께걷는길(주)", "(주)다온문화기획", "2026-02-11", "공연 장비 차량 운행", "단체 행사 차량 운행", 500_000, ""),
    ("(주)햇살두레푸드", "꿈터지역아동센터협동조합", "2026-03-05", "아동 급식 식자재(두부)", "학교급식 두부 납품", 650_000, ""),
    ("은하골수제맥주협동조합", "가람로컬푸드협동조합", "2026-03-20", "가람 보리 에일 직매장 납품", "가람 보리 에일", 840_000, "로컬푸드 직매장 납품 협약"),
    ("푸른손자연학교", "가람공동육아협동조합", "2026-04-22", "숲 체험 프로그램 30명", "숲 체험 프로그램", 360_000, ""),
    ("황토골마을", "은하마을협동조합", "2026-05-14", "황토 고구마 20상자", "황토 고구마", 500_000, ""),
    ("가람시니어클럽카페", "(주)온누리케어", "2026-06-03", "교육 행사 커피 케이터링", "핸드드립 커피 케이터링", 240_000, ""),
    ("가람로컬푸드협동조합", "한울장터협동조합", "2026-06-10", "로컬푸드 꾸러미 50개", "로컬푸드 꾸러미", 1_500_000, "가람 지역상생 협약"),
    ("(주)맑은물환경", "함께걷는길(주)", "2026-07-08", "차량 방역 소독", "방역 소독", 160_000, ""),
    ("은빛인쇄(주)", "들꽃공방협동조합", "2026-07-21", "체험 안내 리플릿 디자인", "리플릿 디자인", 300_000, ""),
    ("솔내누리마을", "가람목공협동조합", "2026-08-19", "명절 들기름 선물 20병", "저온압착 들기름", 360_000, ""),
    ("은하골수제맥주협동조합", "가람로컬푸드협동조합", "2026-08-28", "가람 보리 에일 직매장 납품", "가람 보리 에일", 1_080_000, "로컬푸드 직매장 납품 협약"),
    ("들녘한과영농조합법인", "한울장터협동조합", "2026-09-09", "전통 유과 선물세트 40세트", "전통 유과 선물세트", 1_400_000, ""),
    ("가람로컬푸드협동조합", "한울장터협동조합", "2026-09-15", "추석 로컬푸드 꾸러미 80개", "로컬푸드 꾸러미", 2_400_000, "가람 지역상생 협약"),
    ("별빛도서공방", "(주)초록에너지", "2026-10-02", "직원 그림책 만들기 수업", "그림책 만들기 수업", 200_000, ""),
    ("새벽빵협동조합", "가람시니어클럽카페", "2026-10-27", "회의용 간식 꾸러미 80개", "회의용 간식 꾸러미", 320_000, ""),
    ("가람집수리(주)", "(주)바른청소", "2026-11-10", "사무실 도배·장판 시공", "도배·장판 시공", 450_000, ""),
)


def populate(db: sqlite_utils.Database, rng: random.Random) -> None:
    """Add the ceremony, the other agreements, the requests and the trade records."""
    del rng  # every record here is written out: the minutes quote these figures
    service = TradeService(db)
    ids = {name: org_id for org_id, name in store.organisation_names(db).items()}
    products = {(org, name): product_id for product_id, (org, name) in store.product_names(db).items()}
    _ceremony(service, ids)
    agreements = _agreements(service, ids)
    pair_agreement = {frozenset(a.member_ids): a.id for a in service.agreements() if a.ceremony_id}
    for seller, buyer, day, item, product, amount in CEREMONY_TRADES:
        service.save_trade(Trade(buyer_id=ids[buyer], seller_id=ids[seller], traded_on=day, item=item, amount=amount,
                                 product_id=products.get((ids[seller], product)),
                                 agreement_id=pair_agreement[frozenset((ids[buyer], ids[seller]))]))
    for seller, buyer, day, item, product, amount, agreement in OTHER_TRADES:
        service.save_trade(Trade(buyer_id=ids[buyer], seller_id=ids[seller], traded_on=day, item=item, amount=amount,
                                 product_id=products.get((ids[seller], product)), agreement_id=agreements.get(agreement)))
    _requests(service, ids, products, agreements)


def _ceremony(service: TradeService, ids: dict[str, int]) -> None:
    _, agreement_ids = service.hold_ceremony(
        Ceremony(title="2021 회원사 상호거래 업무협약식", held_on="2021-10-05", place="(주)햇살두레푸드 2층 교육장",
                 organisation_ids=[ids[name] for name in CEREMONY],
                 notes="네트워크 활성화 워크숍 7회차에 이어 진행. 10건 체결."),
        Agreement(title="", kind="상호거래 협약", purpose="네트워크 회원사 간 신뢰를 쌓고 상호거래로 안정적인 판로를 함께 만든다.",
                  scope=CEREMONY_SCOPE, discount="회원가 5~10% 할인", priority_purchase=True, starts_on="2021-10-05",
                  ends_on="2024-10-04", auto_renew=True, status="체결",
                  other_terms="협약 기간이 끝나기 1개월 전까지 이의가 없으면 3년씩 자동 연장한다."))
    for agreement_id in agreement_ids:
        agreement = service.agreement(agreement_id)
        agreement.ends_on, agreement.renewal_on = "2027-10-04", "2027-09-04"
        service.save_agreement(agreement)
        service.set_status(agreement_id, "유효", "2024-10-05", "3년 자동 연장")


def _pair(ids: dict[str, int], *names: str) -> list[AgreementParty]:
    return [AgreementParty(organisation_id=ids[n]) if n in ids else AgreementParty(outside_name=n) for n in names]


def _agreements(service: TradeService, ids: dict[str, int]) -> dict[str, int]:
    """The other agreements; returns title → id."""
    specs = (
        Agreement(title="로컬푸드 직매장 납품 협약", parties=_pair(ids, "가람로컬푸드협동조합", "은하골수제맥주협동조합"),
                  signed_on="2025-03-14", place="가람로컬푸드 직매장", scope="가람 보리 에일을 직매장에 분기마다 납품",
                  discount="공급가 10% 할인", starts_on="2025-03-14", ends_on="2026-12-31", renewal_on="2026-12-15",
                  status="유효", status_on="2025-03-14"),
        Agreement(title="요양시설 세탁 상호거래 협약", parties=_pair(ids, "(주)온누리케어", "나눔세탁협동조합"),
                  signed_on="2024-06-10", scope="돌봄 시설 침구·의류 세탁을 우선 맡긴다", starts_on="2024-06-10",
                  ends_on="2027-06-09", status="유효", status_on="2024-06-10"),
        Agreement(title="돌봄시설 청소 협약", parties=_pair(ids, "가람돌봄사회적협동조합", "(주)바른청소"),
                  signed_on="2023-02-01", scope="주간보호센터 정기 청소", starts_on="2023-02-01", ends_on="2025-01-31",
                  status="만료", status_on="2025-01-31"),
        Agreement(title="아동센터 방역 협약", parties=_pair(ids, "(주)맑은물환경", "꿈터지역아동센터협동조합"),
                  signed_on="2024-09-01", scope="분기별 방역 소독", starts_on="2024-09-01", ends_on="2026-08-31",
                  status="해지", status_on="2025-08-31", notes="센터 이전으로 해지"),
        Agreement(title="사회적경제 인재 양성 업무협약", kind="업무협약",
                  parties=_pair(ids, NETWORK_NAME, "가람대학교 산학협력단"), signed_on="2025-01-28",
                  place="가람대학교 본관 회의실", purpose="지역 사회적경제 인재 양성과 현장 실습 연계",
                  scope="학생 현장 실습, 회원사 경영 자문, 공동 연구", starts_on="2025-01-28", ends_on="2027-01-27",
                  renewal_on="2027-01-10", status="유효", status_on="2025-01-28"),
        Agreement(title="학교 밖 청소년 인턴십 업무협약", kind="업무협약",
                  parties=_pair(ids, "푸른손자연학교", "가람시 청소년지원센터 꿈드림"), signed_on="2025-05-29",
                  scope="학교 밖 청소년 인턴십·취업 지원 연계, 문화체험 연계", starts_on="2025-05-29", ends_on="2026-05-28",
                  status="만료", status_on="2026-05-28"),
        Agreement(title="가람 지역상생 협약", kind="상생협약",
                  parties=_pair(ids, "가람로컬푸드협동조합", "한울장터협동조합", "가람상공회의소"), signed_on="2026-04-20",
                  place="가람상공회의소 대회의실", scope="지역 농산물 꾸러미 공동 판매, 명절 선물 공동 기획",
                  starts_on="2026-04-20", ends_on="2028-04-19", status="유효", status_on="2026-04-20"),
    )
    made = {}
    for spec in specs:
        status, status_on = spec.status, spec.status_on
        first = spec.signed_on
        saved = service.save_agreement(Agreement(**{**spec.__dict__, "status": "체결", "status_on": first}))
        if status != "체결":
            service.set_status(int(saved.id or 0), status, status_on)
        made[saved.title] = int(saved.id or 0)
    return made


def _requests(service: TradeService, ids: dict[str, int], products: dict[tuple[int, str], int],
              agreements: dict[str, int]) -> None:
    trades = {(t.seller_id, t.buyer_id, t.traded_on): t.id for t in service.trades()}
    service.save_request(TradeRequest(requester_id=ids["가람로컬푸드협동조합"], provider_id=ids["은하골수제맥주협동조합"],
                                      received_on="2025-02-20", item="직매장 수제맥주 납품", status="협약",
                                      agreement_id=agreements["로컬푸드 직매장 납품 협약"], closed_on="2025-03-14"))
    service.save_request(TradeRequest(
        requester_id=ids["꿈터지역아동센터협동조합"], provider_id=ids["(주)햇살두레푸드"], received_on="2026-02-10",
        item="아동 급식 식자재", product_id=products.get((ids["(주)햇살두레푸드"], "학교급식 두부 납품")), status="거래",
        trade_id=trades.get((ids["(주)햇살두레푸드"], ids["꿈터지역아동센터협동조합"], "2026-03-05")), closed_on="2026-03-05"))
    service.save_request(TradeRequest(requester_id=ids["은하마을협동조합"], provider_id=ids["은빛인쇄(주)"],
                                      received_on="2026-05-12", item="마을식당 메뉴판 인쇄", status="종결",
                                      closed_on="2026-06-02", close_reason="견적이 마을식당 예산을 넘어 다음 해로 미룸"))
    service.save_request(TradeRequest(requester_id=ids["가람공동육아협동조합"], provider_id=ids["새벽빵협동조합"],
                                      received_on="2026-09-03", item="공동육아 나눔터 간식 정기 납품",
                                      product_id=products.get((ids["새벽빵협동조합"], "회의용 간식 꾸러미"))))
    service.save_request(TradeRequest(requester_id=ids["(주)초록에너지"], provider_id=ids["가람목공협동조합"],
                                      received_on="2026-10-20", item="사무실 원목 가구 제작"))
