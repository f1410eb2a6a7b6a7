"""Demo plans: the 2021–2022 mid-term plan shaped like 논산's (3 strategies, 10 tasks), and this
year's work plan, so a secretary opening the demo sees something in "이번 분기".

This year's plan is built around today's date: what lies wholly in the past is 완료 except one
task left 진행 (late), one task has not started although its first month passed, the rest are
진행 or 예정.
"""

from __future__ import annotations

import random
from datetime import date
from typing import TYPE_CHECKING

from seecodesk.core.periods import month_index, month_key, month_range, parse_period
from seecodesk.core.plan import BudgetLine, Plan, PlanNode, TaskDetails
from seecodesk.core.plan_tree import code_key
from seecodesk.demo.plan_data import STRATEGIES, TASKS
from seecodesk.storage import bodies as body_store
from seecodesk.storage import plan as store

if TYPE_CHECKING:
    import sqlite_utils


def populate(db: sqlite_utils.Database, rng: random.Random, today: date | None = None) -> None:
    """Add the mid-term plan and this year's plan."""
    bodies = {name: body_id for body_id, name in body_store.body_names(db).items()}
    _add_midterm_plan(db, bodies)
    _add_year_plan(db, bodies, today or date.today())


def months_of(spec: str) -> set[str]:
    """'2021-10~2022-02, 2021Q3' → the months it names."""
    months: set[str] = set()
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        first, _, last = part.partition("~")
        start = parse_period(first).first_month
        end = parse_period(last or first).last_month
        months.update(month_range(start, end))
    return months


def _node(db: sqlite_utils.Database, plan_id: int, kind: str, title: str, parent: int | None, order: int,
          code: str = "", task: TaskDetails | None = None, months: str = "") -> int:
    flagged = title.endswith("*")
    return store.insert_node(db, PlanNode(plan_id=plan_id, kind=kind, title=title.rstrip("*"), code=code,
                                          parent_id=parent, sort_order=order, flagged=flagged, task=task,
                                          months=months_of(months) if months else set()))


def _add_midterm_plan(db: sqlite_utils.Database, bodies: dict[str, int]) -> None:
    plan_id = store.insert_plan(db, Plan("2021–2022 중장기 실행계획", "2021-07", "2022-12", "quarter",
                                         notes="3대 핵심과제 / 10대 실행과제 (워크숍 7회차 결과)"))
    strategy_ids = {code: _node(db, plan_id, "strategy", title, None, i, code)
                    for i, (code, title) in enumerate(STRATEGIES)}
    orders: dict[str, int] = {}
    for strategy, code, title, body, priority, flagged, status, details, activities, *rest in TASKS:
        budget = [BudgetLine(item, private, public) for item, private, public in (rest[0] if rest else ())]
        task = TaskDetails(body_id=bodies.get(body), priority=priority, status=status, budget=budget, **details)
        orders[strategy] = orders.get(strategy, -1) + 1
        task_id = _node(db, plan_id, "task", title + ("*" if flagged else ""), strategy_ids[strategy],
                        orders[strategy], code, task)
        _add_activities(db, plan_id, task_id, activities)


def _add_activities(db: sqlite_utils.Database, plan_id: int, task_id: int,
                    activities: tuple[tuple[str, str, str], ...]) -> None:
    groups: dict[str, int] = {}
    order = 0
    for title, months, group in activities:
        parent = task_id
        if group:
            if group not in groups:
                groups[group] = _node(db, plan_id, "group", group, task_id, order)
                order += 1
            parent = groups[group]
        _node(db, plan_id, "activity", title, parent, order, months=months)
        order += 1


def _year_tasks(y: int) -> tuple[tuple[str, str, str, str, tuple[tuple[str, str], ...]], ...]:
    """(strategy, code, title, body, activities) of this year's plan; months are 'MM' lists."""
    return (
        ("1", "1-1", "단톡방 운영", "교육소통분과", (("월간 유용한 정보 나누기", "01~12"),)),
        ("1", "1-2", "상호방문의 달", "교육소통분과", (("방문의 달 정하기", "01"), ("조직 방문", "03~11"),
                                                   ("사례 및 자랑 공유회", "11"))),
        ("1", "1-4", "사회적경제 학습모임 2기", "교육소통분과", (("수요도 조사", "02"), ("학습모임 1회차", "04"),
                                                          ("학습모임 2회차", "07"), ("학습모임 3회차", "10"),
                                                          ("결과보고서 작성", "12"))),
        ("2", "2-3", "동료컨설팅 2기", "상호협력분과", (("멘티기업 신청받기", "03~04"), ("멘토·멘티 매칭", "05"),
                                                  ("컨설팅 진행", "06~10"), ("결과보고서", "11~12"))),
        ("2", "2-4", "상호거래 협약 넓히기", "상호협력분과", (("희망기관 접수", "02~09"), ("분기 업무협약", "03,06,09,12"))),
        ("2", "2-1", "회원사 카탈로그 개정판", "공공구매TFT", (("제품 정보 새로 받기", "01~03"), ("사진촬영", "04~05"),
                                                       ("카탈로그 인쇄", "06"), ("박람회 배포", "09~10"))),
        ("3", "3-1", "공공구매 사업단 법인화 준비", "공공구매TFT", (("공공구매 스터디", "01~11"), ("매칭데이", "10"),
                                                          ("법인화 준비", "07~12"))),
        ("1", "1-3", "분기 이사회 정례화", "이사회", (("분기 이사회", "02,05,08,11"),)),
        ("3", "3-2", "민·관 실무협의회", "이사회", (("반기별 간담회", "06,12"),)),
    )


def _year_months(y: int, spec: str) -> set[str]:
    months: set[str] = set()
    for part in spec.split(","):
        first, _, last = part.partition("~")
        months.update(month_key(y, m) for m in range(int(first), int(last or first) + 1))
    return months


def _year_status(months: set[str], now: str, code: str) -> str:
    first, last, current = month_index(min(months)), month_index(max(months)), month_index(now)
    if code == "3-2" and first < current:
        return "예정"  # deliberately not started: the view shows it as 시작 지연
    if last < current:
        return "진행" if code == "2-1" else "완료"  # 2-1 left open: late
    return "진행" if first <= current else "예정"


def _add_year_plan(db: sqlite_utils.Database, bodies: dict[str, int], today: date) -> None:
    y, now = today.year, month_key(today.year, today.month)
    plan_id = store.insert_plan(db, Plan(f"{y}년 사업계획", month_key(y, 1), month_key(y, 12), "month",
                                         notes="중장기 실행계획을 이어 가는 올해 계획"))
    strategy_ids = {code: _node(db, plan_id, "strategy", title, None, i, code)
                    for i, (code, title) in enumerate(STRATEGIES)}
    # The tree shows tasks in their stored order: store them in code order (1-3 before 1-4 before 1-10).
    year_tasks = sorted(_year_tasks(y), key=lambda t: (code_key(t[0]), code_key(t[1])))
    for order, (strategy, code, title, body, activities) in enumerate(year_tasks):
        all_months = set().union(*(_year_months(y, spec) for _, spec in activities))
        task = TaskDetails(body_id=bodies.get(body), priority="상" if code in ("1-2", "3-1") else "중상",
                           status=_year_status(all_months, now, code))
        task_id = _node(db, plan_id, "task", title, strategy_ids[strategy], order, code, task)
        for index, (activity, spec) in enumerate(activities):
            store.insert_node(db, PlanNode(plan_id=plan_id, kind="activity", title=activity, parent_id=task_id,
                                           sort_order=index, months=_year_months(y, spec)))
