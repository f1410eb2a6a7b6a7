"""Demo figures for the city reports: two years (last year and this year) of each member's 고용·매출·
사회공헌 figures shaped like the 서산 network's yearly sheet, public procurement records month by month
with the 논산 TF's goal (10억원 in 5 years), spending against the plans' budget lines and the days
activities were completed.

Draws from its own random generator, so adding this part changes nothing the earlier parts made.
"""

from __future__ import annotations

import random
from datetime import date
from typing import TYPE_CHECKING

from seecodesk.core.figures import CONTRIBUTION_CATEGORIES, OrgFigures, ProcurementRecord, Spending
from seecodesk.core.periods import month_key
from seecodesk.core.plan import BudgetLine
from seecodesk.services.figures import FigureService, ProcurementGoal
from seecodesk.storage import figures as figure_store
from seecodesk.storage import plan as plan_store
from seecodesk.storage import plan_execution as execution_store
from seecodesk.storage import procurement as procurement_store

if TYPE_CHECKING:
    import sqlite_utils

# 사회공헌 활동 by 주 사업분야: (content, category, beneficiaries)
CONTRIBUTIONS = {
    "사회복지": (("독거 어르신 반찬 나눔 (월 2회)", "사회서비스", "독거 어르신"),
             ("장애인 가정 무료 집수리", "지역공헌", "장애인 가정"),
             ("취약계층 청년 직무 교육 후 채용", "지역일자리 창출", "청년")),
    "환경": (("하천 정화 활동과 폐비닐 수거", "지역공헌", "지역 주민"),
           ("친환경 농법 교육 무료 개방", "창의혁신", "귀농 청년")),
    "문화": (("다문화가정 아동 문화체험 무료 초청", "사회서비스", "다문화가정 아동"),
           ("마을 축제 공연 재능 기부", "지역공헌", "지역 주민")),
    "교육": (("지역아동센터 방과후 교실 무료 운영", "사회서비스", "아동"),
           ("경력보유 여성 강사 양성 과정", "지역일자리 창출", "경력보유 여성")),
    "기타": (("명절 선물세트 수익 일부 기부", "지역공헌", "저소득가구"),
           ("공동 작업장 장비 구입 후 회원사 공유", "전문 장비 구입", "회원사")),
}
PURPOSE_OF_FIELD = {"사회복지": "사회서비스제공형", "환경": "지역사회공헌형", "문화": "혼합형", "교육": "사회서비스제공형",
                    "기타": "일자리제공형"}
VULNERABLE_BY_FIELD = {"사회복지": ("고령자", "장애인", "저소득가구"), "환경": ("고령자", "저소득가구"),
                       "문화": ("청년", "경력보유 여성"), "교육": ("경력보유 여성", "청년"), "기타": ("고령자", "결혼이주여성")}
# institution → departments; the whole yearly purchase total (A) in 원 for last year
INSTITUTIONS = (
    ("가람시청", ("회계과", "복지정책과", "환경위생과", "문화관광과", "일자리경제과"), 9_800_000_000),
    ("가람교육지원청", ("행정지원과",), 2_100_000_000),
    ("가람시시설관리공단", ("경영지원팀",), 1_300_000_000),
    ("가람의료원", ("총무팀",), 3_400_000_000),
)
CONTRACT_WEIGHTS = (("수의계약", 6), ("카드 구매", 3), ("제한경쟁입찰", 2), ("협상에 의한 계약", 1))
OUTSIDE_SUPPLIERS = (("(주)이웃고을푸드", "급식 식자재"), ("바다마을사회적협동조합", "수산물 가공품"),
                     ("(주)한뜻방역", "방역 소독"))
GENERIC_ITEMS = {"제조업": "기념품 제작", "도매 및 소매업": "사무용품", "건설업": "시설 보수 공사",
                 "협회 및 단체, 수리 및 기타 개인서비스업": "청소 용역", "숙박 및 음식점업": "행사 도시락",
                 "교육서비스업": "교육 프로그램 운영", "보건 및 사회복지 서비스업": "돌봄 서비스",
                 "예술, 스포츠 및 여가관련 서비스업": "행사 공연", "운수업": "차량 운행 용역",
                 "농업, 임업 및 어업": "농산물 꾸러미"}
MONTH_WEIGHTS = (1, 1, 2, 2, 2, 3, 2, 2, 3, 3, 4, 5)  # purchases bunch toward the year's end


def populate(db: sqlite_utils.Database, rng: random.Random, today: date | None = None) -> None:
    """Two years of figures and procurement, the goal, plan spending and completed activities."""
    del rng  # own generator: see the module docstring
    own = random.Random("garam-figures")
    day = today or date.today()
    years = (day.year - 1, day.year)
    members = _members(db)
    _add_figures(db, own, members, years)
    _add_procurement(db, own, members, years, day)
    FigureService(db).set_procurement_goal(ProcurementGoal(1_000_000_000, years[0], 5))
    _add_plan_execution(db, own, day)


def _members(db: sqlite_utils.Database) -> list[tuple[int, str, str, str]]:
    """(id, name, 업종, 주 사업분야) of the member organisations that are not support bodies."""
    return [tuple(r) for r in db.execute(  # type: ignore[misc]
        "SELECT id, name, industry, service_field FROM organisations "
        "WHERE deleted_at IS NULL AND is_support_body = 0 ORDER BY id")]


def _add_figures(db: sqlite_utils.Database, rng: random.Random, members: list[tuple[int, str, str, str]],
                 years: tuple[int, int]) -> None:
    for org_id, _name, _industry, field in members:
        workers = rng.randint(3, 38)
        revenue = rng.randint(8, 260) * 10_000_000
        vulnerable_pool = VULNERABLE_BY_FIELD.get(field, VULNERABLE_BY_FIELD["기타"])
        content, category, beneficiaries = rng.choice(CONTRIBUTIONS.get(field, CONTRIBUTIONS["기타"]))
        for year in years:
            if year == years[1]:
                workers = max(2, workers + rng.randint(-2, 4))
                revenue = int(revenue * rng.uniform(0.92, 1.25)) // 1000 * 1000
            vulnerable = rng.randint(0, workers * 2 // 3)
            types = ", ".join(rng.sample(vulnerable_pool, k=min(len(vulnerable_pool), rng.randint(1, 2)))) if vulnerable else ""
            public = revenue * rng.randint(0, 35) // 100 // 1000 * 1000
            figure_store.upsert_figures(db, OrgFigures(
                organisation_id=org_id, year=year, paid_workers=workers, vulnerable_workers=vulnerable,
                vulnerable_types=types, revenue=revenue, public_revenue=public,
                social_purpose=PURPOSE_OF_FIELD.get(field, "기타형"), contribution=content,
                contribution_category=category if category in CONTRIBUTION_CATEGORIES else "지역공헌",
                beneficiaries=beneficiaries))


def _add_procurement(db: sqlite_utils.Database, rng: random.Random, members: list[tuple[int, str, str, str]],
                     years: tuple[int, int], today: date) -> None:
    items = _eligible_items(db)
    sellers = [m for m in members if m[0] in items] or members
    methods = [m for m, weight in CONTRACT_WEIGHTS for _ in range(weight)]
    for year in years:
        last_month = 12 if year < today.year else max(1, today.month - 1)
        for month in range(1, last_month + 1):
            for _ in range(MONTH_WEIGHTS[month - 1] + rng.randint(0, 1)):
                institution, departments, _total = rng.choice(INSTITUTIONS)
                record = ProcurementRecord(year=year, month=month, institution=institution,
                                           department=rng.choice(departments), amount=rng.randint(3, 160) * 100_000,
                                           contract_method=rng.choice(methods))
                if rng.random() < 0.12:
                    record.supplier, record.item = rng.choice(OUTSIDE_SUPPLIERS)
                    record.is_local = False
                else:
                    org_id, name, industry, _field = rng.choice(sellers)
                    record.organisation_id, record.supplier = org_id, name
                    record.item = rng.choice(items.get(org_id) or [GENERIC_ITEMS.get(industry, "물품 구매")])
                procurement_store.insert_record(db, record)
    for index, year in enumerate(years):
        for institution, _departments, total in INSTITUTIONS:
            procurement_store.set_institution_total(db, year, institution, total + index * total // 20)


def _eligible_items(db: sqlite_utils.Database) -> dict[int, list[str]]:
    items: dict[int, list[str]] = {}
    for org_id, name in db.execute("SELECT organisation_id, name FROM products WHERE procurement_eligible = 1 "
                                   "ORDER BY organisation_id, sort_order, id"):
        items.setdefault(org_id, []).append(name)
    return items


def _add_plan_execution(db: sqlite_utils.Database, rng: random.Random, today: date) -> None:
    now = month_key(today.year, today.month)
    for plan in plan_store.list_plans(db):
        nodes = plan_store.load_nodes(db, plan.id or 0)
        if plan.start_month[:4] == str(today.year):
            _give_year_plan_a_budget(db, rng, nodes)
            nodes = plan_store.load_nodes(db, plan.id or 0)
        months = _scheduled_months(nodes)
        for node in nodes:
            if node.kind == "task" and node.task:
                latest = min(plan.end_month, month_key(today.year, max(1, today.month - 1)))
                # money goes out in the months the task's work was scheduled, so a plan spanning two
                # years reports spending in each of them
                spent_months = [m for m in months.get(node.id or 0, []) if m <= latest] or [latest]
                _spend(db, rng, node.id or 0, node.task.budget, plan.end_month < now, spent_months)
            if node.kind == "activity" and node.months:
                last = max(node.months)
                if last < now and rng.random() < 0.85:
                    execution_store.set_activity_done(db, node.id or 0, f"{last}-{rng.randint(10, 28):02d}")


def _scheduled_months(nodes: list) -> dict[int, list[str]]:  # type: ignore[type-arg]
    """Each task's scheduled months with those of the activities under it, in order."""
    by_id = {n.id: n for n in nodes}
    months: dict[int, set[str]] = {}
    for node in nodes:
        owner = node
        while owner.kind != "task" and owner.parent_id in by_id:
            owner = by_id[owner.parent_id]
        if owner.kind == "task":
            months.setdefault(owner.id, set()).update(node.months)
    return {task_id: sorted(found) for task_id, found in months.items()}


def _give_year_plan_a_budget(db: sqlite_utils.Database, rng: random.Random, nodes: list) -> None:  # type: ignore[type-arg]
    lines = (("강사료", 0, 1_200_000), ("회의 다과비", 300_000, 0), ("자료집 인쇄", 0, 800_000),
             ("행사 장소 대관", 200_000, 1_000_000), ("홍보물 제작", 0, 1_500_000))
    for node in nodes:
        if node.kind == "task" and node.task and not node.task.budget:
            item, private, public = rng.choice(lines)
            node.task.budget = [BudgetLine(item=item, private_amount=private, public_amount=public)]
            plan_store.update_node(db, node)


def _spend(db: sqlite_utils.Database, rng: random.Random, task_id: int, budget: list[BudgetLine], ended: bool,
           months: list[str]) -> None:
    for line in budget:
        share = rng.uniform(0.85, 1.0) if ended else rng.uniform(0.2, 0.8)
        spent_on = f"{rng.choice(months)}-{rng.randint(5, 25):02d}"
        if line.public_amount:
            execution_store.insert_spending(db, Spending(
                task_id=task_id, budget_item=line.item, amount=int(line.public_amount * share) // 1000 * 1000,
                funding_source=rng.choice(("시비", "시비", "시비", "도비")), spent_on=spent_on))
        if line.private_amount:
            execution_store.insert_spending(db, Spending(
                task_id=task_id, budget_item=line.item, amount=int(line.private_amount * share) // 1000 * 1000,
                funding_source=rng.choice(("자담", "자담", "민간")), spent_on=spent_on))
