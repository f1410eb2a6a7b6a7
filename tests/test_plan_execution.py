"""Plan execution as stored: spending entries of a task (in date order, changed, deleted) and the completion
day of activities, read back per plan."""

import pytest

from seecodesk.core.errors import ValidationErrors
from seecodesk.core.figures import Spending
from seecodesk.core.plan import Plan
from seecodesk.services.plan_execution import ExecutionService
from seecodesk.storage import plan_execution as store
from tests.plan_helpers import small_plan


def test_unit_spending_rules(demo_db):
    service = ExecutionService(demo_db)
    task_id = demo_db.execute("SELECT id FROM plan_nodes WHERE kind = 'task' ORDER BY id").fetchone()[0]
    saved = service.save_spending(Spending(task_id=task_id, budget_item=" 강사료 ", amount="1,200,000원",  # type: ignore[arg-type]
                                           funding_source="도비", spent_on="2026.3.5"))
    assert (saved.budget_item, saved.amount, saved.spent_on) == ("강사료", 1_200_000, "2026-03-05")
    for bad, field in ((dict(amount="많이"), "amount"), (dict(funding_source="구비"), "funding_source"),
                       (dict(spent_on="2026-02-30"), "spent_on"), (dict(budget_item=""), "budget_item"),
                       (dict(note="900101-1234567"), "note")):
        with pytest.raises(ValidationErrors) as problem:
            service.save_spending(Spending(**{**saved.__dict__, "id": None, **bad}))
        assert field in problem.value.errors
    activity = demo_db.execute("SELECT id FROM plan_nodes WHERE kind = 'activity'").fetchone()[0]
    assert service.set_done(activity, "2026년 3월 5일") == "2026-03-05"
    with pytest.raises(Exception, match="세부활동에만"):
        service.set_done(task_id, "2026-03-05")


def test_spending_is_listed_per_task_by_date_and_changed_or_deleted_one_by_one(db):
    _service, _plan, _strategy, task, other, _acts = small_plan(db)
    late = Spending(task.id, "강사료", 300, "도비", "2022-05-01", "메모")
    ids = [store.insert_spending(db, late),
           store.insert_spending(db, Spending(task.id, "다과비", 100, "자담", "2022-01-03")),
           store.insert_spending(db, Spending(other.id, "홍보비", 50, "시비")),
           store.insert_spending(db, Spending(task.id, "임차료", 200, "시비", "2022-01-03"))]
    assert [s.id for s in store.spending_of_task(db, task.id)] == [ids[1], ids[3], ids[0]]
    assert store.spending_of_task(db, task.id)[-1] == Spending(task.id, "강사료", 300, "도비", "2022-05-01", "메모",
                                                                  ids[0])
    changed = Spending(other.id, "교통비", 70, "국비", "2021-12-01", "바뀜", ids[0])
    store.update_spending(db, changed)
    assert store.spending_of_task(db, other.id) == [Spending(other.id, "홍보비", 50, "시비", id=ids[2]), changed]
    store.delete_spending(db, ids[1])
    assert [s.id for s in store.spending_of_task(db, task.id)] == [ids[3]]


def test_completion_days_are_set_replaced_cleared_and_read_per_plan(db):
    service, plan, _strategy, _task, _other, acts = small_plan(db)
    second = service.save_plan(Plan("다음 계획", "2023-01", "2023-12", "quarter"))
    task = service.add_node(second.id, "task", "다른 과제")
    elsewhere = service.add_node(second.id, "activity", "다른 활동", parent_id=task.id)
    store.set_activity_done(db, acts[0].id, "2022-01-05")
    store.set_activity_done(db, acts[1].id, "2022-02-01")
    store.set_activity_done(db, acts[1].id, "2022-03-01")
    store.set_activity_done(db, elsewhere.id, "2023-04-01")
    assert store.done_days(db, plan.id) == {acts[0].id: "2022-01-05", acts[1].id: "2022-03-01"}
    store.set_activity_done(db, acts[0].id, "")
    assert store.done_days(db, plan.id) == {acts[1].id: "2022-03-01"}
    assert store.done_days(db, second.id) == {elsewhere.id: "2023-04-01"}
