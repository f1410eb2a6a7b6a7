"""Small plans for the plan tests, built through the services."""

from seecodesk.core.bodies import Body
from seecodesk.core.plan import Plan
from seecodesk.services.bodies import BodyService
from seecodesk.services.plan import PlanService


def small_plan(db, grain: str = "quarter", start: str = "2021-07", end: str = "2022-12"):
    """A plan with one strategy, two tasks (one owned by 교육소통분과) and three activities."""
    body = BodyService(db).save(Body(name="교육소통분과", kind="분과"))
    service = PlanService(db)
    plan = service.save_plan(Plan("시험 계획", start, end, grain))
    strategy = service.add_node(plan.id, "strategy", "친목과 정보공유", code="1")
    task = service.add_node(plan.id, "task", "모두의 단톡방 운영", parent_id=strategy.id, code="1-1", body_id=body.id)
    other = service.add_node(plan.id, "task", "상호방문 및 사례공유", parent_id=strategy.id, code="1-2")
    acts = [service.add_node(plan.id, "activity", title, parent_id=task.id)
            for title in ("운영자 선정", "회원 확보", "단톡방 운영")]
    return service, plan, strategy, task, other, acts


def long_plan(db, tasks: int = 40, activities: int = 5, months: int = 36, title: str = "과제"):
    """A plan of `tasks` tasks × `activities` activities over `months` months, every activity marked."""
    from seecodesk.core.periods import month_from_index, month_index
    from seecodesk.core.plan import PlanNode
    from seecodesk.storage import plan as store

    service = PlanService(db)
    start = "2021-01"
    end = month_from_index(month_index(start) + months - 1)
    plan = service.save_plan(Plan("긴 계획", start, end, "month"))
    with db.atomic():
        strategy = store.insert_node(db, PlanNode(plan.id, "strategy", "전략", code="1"))
        for t in range(tasks):
            task_id = store.insert_node(db, PlanNode(plan.id, "task", f"{title} {t + 1}번", code=f"1-{t + 1}",
                                                     parent_id=strategy, sort_order=t, task=_details()))
            for a in range(activities):
                first = month_index(start) + (t + a) % (months - 3)
                marked = {month_from_index(first + k) for k in range(3)}
                store.insert_node(db, PlanNode(plan.id, "activity", f"세부활동 {t + 1}-{a + 1}", parent_id=task_id,
                                               sort_order=a, months=marked))
    return plan


def _details():
    from seecodesk.core.plan import TaskDetails

    return TaskDetails()
