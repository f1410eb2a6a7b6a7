"""Demo organisations and people: invented names, real shapes (multiple designations, officers, dues)."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from seecodesk.core.members import Consent, Designation, DuesPayment, MembershipPeriod, Organisation, Person, Role
from seecodesk.core.validation import is_valid_business_number
from seecodesk.services.members import MemberService
from seecodesk.services.settings import set_setting

if TYPE_CHECKING:
    import sqlite_utils

NETWORK_NAME = "가람시사회적경제기업협의회"
CITY = "가람시"

# name, legal form, designations, 업종, 주 사업분야, 읍/면/동, 대표자, news
ORGANISATIONS = (
    ("(주)햇살두레푸드", "주식회사", ("사회적기업",), "제조업", "사회복지", "가람읍", "한도윤", "두부 공장 증설, 학교급식 납품 시작"),
    ("솔내들영농조합법인", "영농조합법인", ("마을기업", "예비사회적기업"), "농업, 임업 및 어업", "환경", "솔내면", "백승호", "딸기잼 새 포장 출시"),
    ("가람돌봄사회적협동조합", "사회적협동조합", ("사회적협동조합", "사회적기업"), "보건 및 사회복지 서비스업", "사회복지", "중앙동", "오미란", "방문요양 이용자 40명 돌파"),
    ("은하마을협동조합", "협동조합", ("협동조합", "마을기업"), "숙박 및 음식점업", "문화", "은하면", "남궁현", "마을식당 주말 운영"),
    ("들꽃공방협동조합", "협동조합", ("협동조합",), "제조업", "문화", "들꽃면", "윤세아", "천연염색 체험 예약 증가"),
    ("(주)바른청소", "주식회사", ("자활기업",), "협회 및 단체, 수리 및 기타 개인서비스업", "환경", "새터동", "강태식", "공공기관 청소 용역 재계약"),
    ("가람집수리(주)", "주식회사", ("자활기업", "예비사회적기업"), "건설업", "사회복지", "중앙동", "조현우", "저소득층 집수리 30가구"),
    ("새벽빵협동조합", "협동조합", ("협동조합", "예비사회적기업"), "제조업", "사회복지", "새터동", "임하늘", "발달장애인 제빵사 2명 채용"),
    ("푸른손자연학교", "사단법인", ("예비사회적기업",), "교육서비스업", "교육", "솔내면", "서지훈", "숲 체험 프로그램 학교 연계"),
    ("(주)다온문화기획", "주식회사", ("사회적기업",), "예술, 스포츠 및 여가관련 서비스업", "문화", "중앙동", "문가온", "찾아가는 공연 20회"),
    ("황토골마을", "영농조합법인", ("마을기업",), "농업, 임업 및 어업", "환경", "황토면", "김순옥", "고구마 수확 체험 행사"),
    ("가람로컬푸드협동조합", "협동조합", ("협동조합", "사회적기업"), "도매 및 소매업", "환경", "가람읍", "정유진", "직매장 2호점 개점 준비"),
    ("함께걷는길(주)", "주식회사", ("예비사회적기업",), "운수업", "사회복지", "새터동", "배성민", "교통약자 이동 지원 차량 추가"),
    ("나눔세탁협동조합", "협동조합", ("자활기업", "협동조합"), "협회 및 단체, 수리 및 기타 개인서비스업", "사회복지", "중앙동", "유경희", "요양원 세탁 계약"),
    ("별빛도서공방", "개인사업자", ("예비사회적기업",), "교육서비스업", "교육", "은하면", "홍다인", "그림책 출판 준비"),
    ("(주)초록에너지", "주식회사", ("소셜벤처", "예비사회적기업"), "제조업", "환경", "가람읍", "차민혁", "태양광 설치 상담 증가"),
    ("가람청년협동조합", "협동조합", ("협동조합",), "예술, 스포츠 및 여가관련 서비스업", "문화", "중앙동", "장서윤", "청년 창업 공간 운영"),
    ("솔내누리마을", "영농조합법인", ("마을기업", "예비마을기업"), "농업, 임업 및 어업", "환경", "솔내면", "엄기철", "들기름 착유장 신축"),
    ("(주)온누리케어", "주식회사", ("사회적기업",), "보건 및 사회복지 서비스업", "사회복지", "새터동", "신혜원", "장애인 활동지원 확대"),
    ("가람공동육아협동조합", "협동조합", ("협동조합", "지역공동체기업"), "교육서비스업", "교육", "중앙동", "권나래", "공동육아 나눔터 2곳"),
    ("들녘한과영농조합법인", "영농조합법인", ("마을기업", "사회적기업"), "제조업", "기타", "들꽃면", "송명자", "명절 한과 선물세트 완판"),
    ("은빛인쇄(주)", "주식회사", ("사회적기업",), "제조업", "기타", "가람읍", "표상진", "친환경 인쇄 인증 획득"),
    ("가람목공협동조합", "협동조합", ("협동조합", "예비사회적기업"), "제조업", "교육", "황토면", "나도훈", "어린이 목공 교실"),
    ("꿈터지역아동센터협동조합", "사회적협동조합", ("사회적협동조합",), "보건 및 사회복지 서비스업", "교육", "새터동", "하지민", "방과후 돌봄 대기 15명"),
    ("가람시니어클럽카페", "비영리민간단체", ("자활기업",), "숙박 및 음식점업", "사회복지", "중앙동", "구본철", "어르신 바리스타 10명"),
    ("(주)맑은물환경", "주식회사", ("예비사회적기업",), "협회 및 단체, 수리 및 기타 개인서비스업", "환경", "가람읍", "류소연", "방역 소독 공공 수주"),
    ("은하골수제맥주협동조합", "협동조합", ("협동조합", "마을기업"), "제조업", "문화", "은하면", "지태호", "지역 보리로 맥주 개발"),
    ("가람지역자활센터", "사회복지법인", (), "보건 및 사회복지 서비스업", "사회복지", "중앙동", "편정란", "자활사업단 8개 운영"),
    ("가람시 도시재생지원센터", "재단법인", (), "협회 및 단체, 수리 및 기타 개인서비스업", "기타", "새터동", "도상훈", "새터동 뉴딜 사업 2년차"),
    ("한울장터협동조합", "협동조합", ("협동조합",), "도매 및 소매업", "기타", "가람읍", "마은비", "온라인 장터 입점 15개사"),
)
SUPPORT_BODIES = {"가람지역자활센터", "가람시 도시재생지원센터"}
SUBTYPES = {"사회적기업": "일자리제공형", "예비사회적기업": "지역형", "협동조합": "일반협동조합"}
STAFF_NAMES = (
    "이서진", "박하은", "최민재", "정다온", "김유나", "이준호", "한지우", "오세린", "문태경", "황보람",
    "안채원", "고은별", "양지호", "전미숙", "손영재", "허윤아", "길예준", "노수빈", "심재현", "탁가윤",
    "방준서", "석하린", "진우성", "봉소희", "추민호", "염다은", "변지성", "여수아", "왕도현", "육하윤",
)
CITY_OFFICIALS = (("류재석", "주무관", "2021-01-01", "2022-06-30"), ("김나연", "주무관", "2022-07-01", ""),
                  ("박상철", "팀장", "2021-01-01", ""))
TITLES_STAFF = ("사무국장", "팀장", "실장", "매니저", "간사")


def business_number(rng: random.Random) -> str:
    """A random number that passes the 사업자등록번호 checksum."""
    while True:
        head = f"{rng.randint(101, 899)}{rng.randint(81, 88)}{rng.randint(1000, 9999)}"
        for check in range(10):
            digits = head + str(check)
            if is_valid_business_number(digits):
                return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"


def _mobile(rng: random.Random) -> str:
    return f"010-{rng.randint(2000, 9999)}-{rng.randint(1000, 9999)}"


def _organisation(rng: random.Random, index: int, spec: tuple) -> Organisation:
    name, legal_form, kinds, industry, service_field, district, representative, news = spec
    joined_year = 2015 + index % 7
    designations = [
        Designation(kind=k, subtype=SUBTYPES.get(k, ""), number=f"{2015 + (index + i) % 7}-{rng.randint(100, 999)}",
                    designated_on=f"{2015 + (index + i) % 7}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        for i, k in enumerate(kinds)
    ]
    memberships = [] if name in SUPPORT_BODIES else [MembershipPeriod(joined_on=f"{joined_year}-03-05")]
    if index == 16:
        memberships[0].left_on = "2024-02-28"
    dues = [DuesPayment(year=y, amount=120_000 if index % 3 else 240_000,
                        paid_on=f"{y}-0{rng.randint(2, 6)}-{rng.randint(10, 28)}" if (index + y) % 5 else "")
            for y in (2023, 2024, 2025) if memberships and y >= joined_year]
    local = rng.randint(700, 899)
    return Organisation(
        name=name, legal_form=legal_form, business_number=business_number(rng), representative=representative,
        address=f"충청남도 {CITY} {district} {rng.choice(('중앙로', '시민로', '들꽃길', '솔내로', '은하길'))} {rng.randint(3, 180)}",
        district=district, phone=f"041-{local}-{rng.randint(1000, 9999)}",
        fax=f"041-{local}-{rng.randint(1000, 9999)}" if index % 3 == 0 else "",
        email=f"office{index + 1:02d}@garam-se.kr", homepage=f"https://garam-se.kr/m{index + 1:02d}" if index % 2 == 0 else "",
        industry=industry, service_field=service_field, founded_on=f"{2010 + index % 11}-0{1 + index % 9}-15",
        is_support_body=name in SUPPORT_BODIES, news=news, designations=designations, memberships=memberships, dues=dues,
    )


def populate(db: sqlite_utils.Database, rng: random.Random) -> None:
    """About 30 organisations with 2–4 people each, officers, city officials and consent records."""
    set_setting(db, "network_name", NETWORK_NAME)
    set_setting(db, "network_city", CITY)
    set_setting(db, "network_phone", "041-730-1234")
    set_setting(db, "network_email", "garam.se.network@example.kr")
    service = MemberService(db)
    staff = iter(STAFF_NAMES * 4)
    officer_roles = {0: "회장", 2: "부회장", 3: "이사", 5: "이사", 9: "이사", 11: "감사", 20: "이사"}
    for index, spec in enumerate(ORGANISATIONS):
        org = service.save_organisation(_organisation(rng, index, spec))
        affiliation = "지원센터" if org.is_support_body else "회원사"
        rep_roles = [Role(role=officer_roles[index], started_on="2021-03-05")] if index in officer_roles else []
        people = [Person(name=org.representative, organisation_id=org.id, affiliation=affiliation, title="대표",
                         mobile=_mobile(rng), email=org.email, gender=rng.choice(("여", "남")),
                         in_group_chat=True, roles=rep_roles)]
        for extra in range(1 + index % 3):
            role = [Role(role="간사", scope="협의회 사무국", started_on="2021-01-01")] if index == 1 and extra == 0 else []
            people.append(Person(name=next(staff), organisation_id=org.id, affiliation=affiliation,
                                 title=TITLES_STAFF[(index + extra) % len(TITLES_STAFF)], mobile=_mobile(rng),
                                 gender=rng.choice(("여", "남")), in_group_chat=extra == 0, roles=role))
        for person in people:
            person.consents = [Consent(consented_on="2021-03-05", items="이름, 소속, 직함, 연락처, 이메일",
                                       purpose="협의회 회원 관리 및 연락", retention="탈퇴 후 3년",
                                       third_party=rng.random() < 0.7)]
            service.save_person(person)
    for name, title, started, ended in CITY_OFFICIALS:
        service.save_person(Person(name=name, affiliation="시청", title=f"{CITY}청 사회적경제팀 {title}",
                                   phone=f"041-730-{rng.randint(1000, 9999)}",
                                   roles=[Role(role="실무단", scope="민관 실무협의회", started_on=started, ended_on=ended)]))
