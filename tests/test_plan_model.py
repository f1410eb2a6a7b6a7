"""The plan model: reordering and moving, period storage at each grain, coarsening, budget totals,
late tasks and the quarter view, undo of grid changes."""

from datetime import date

import pytest
from plan_helpers import small_plan

from seecodesk.core.errors import ValidationError, ValidationErrors
from seecodesk.core.periods import Period, coarsen, parse_period, partly_marked, periods_between
from seecodesk.core.plan import BudgetLine, parse_won
from seecodesk.core.plan_tree import lateness
from seecodesk.services.plan_overview import quarter_view


def titles(service, plan_id, parent_id):
    return [n.title for n in sorted((n for n in service.nodes(plan_id) if n.parent_id == parent_id),
                                    key=lambda n: n.sort_order)]


def test_new_nodes_go_last_and_codes_stay_as_typed(db):
    service, plan, strategy, task, other, acts = small_plan(db)
    circled = service.add_node(plan.id, "task", "지원센터 운영", parent_id=strategy.id, code="㉠")
    assert titles(service, plan.id, strategy.id) == ["모두의 단톡방 운영", "상호방문 및 사례공유", "지원센터 운영"]
    assert service.node(circled.id).code == "㉠"
    assert service.node(acts[0].id).code == ""  # never generated


def test_reorder_within_parent(db):
    service, plan, strategy, task, other, acts = small_plan(db)
    service.move_node(acts[2].id, task.id, 0)
    assert titles(service, plan.id, task.id) == ["단톡방 운영", "운영자 선정", "회원 확보"]
    service.move_by(acts[2].id, +1)
    assert titles(service, plan.id, task.id) == ["운영자 선정", "단톡방 운영", "회원 확보"]


def test_move_activity_to_another_task_renumbers_both(db):
    service, plan, strategy, task, other, acts = small_plan(db)
    service.move_node(acts[1].id, other.id, 0)
    assert titles(service, plan.id, task.id) == ["운영자 선정", "단톡방 운영"]
    assert titles(service, plan.id, other.id) == ["회원 확보"]
    assert [n.sort_order for n in service.nodes(plan.id) if n.parent_id == task.id] == [0, 1]


def test_wrong_parent_kinds_are_refused(db):
    service, plan, strategy, task, other, acts = small_plan(db)
    second = service.add_node(plan.id, "strategy", "상호거래 상호협력", code="2")
    with pytest.raises(ValidationError, match="아래에 둘 수 없습니다"):
        service.move_node(second.id, task.id, 0)
    with pytest.raises(ValidationError, match="자기 아래로"):
        service.move_node(task.id, acts[0].id, 0)
    with pytest.raises(ValidationError):
        service.add_node(plan.id, "activity", "떠도는 활동")  # an activity needs a task
    with pytest.raises(ValidationErrors):
        service.add_node(plan.id, "task", "   ", parent_id=strategy.id)


def test_task_owner_is_independent_of_strategy(db):
    service, plan, strategy, task, other, acts = small_plan(db)
    rows = service.schedule(plan.id)
    assert [(t.label, t.body_name) for t in rows] == [("1-1. 모두의 단톡방 운영", "교육소통분과"),
                                                       ("1-2. 상호방문 및 사례공유", "담당 미정")]


@pytest.mark.parametrize("grain, period, stored", [
    ("month", Period(2021, 10, "month"), {"2021-10"}),
    ("quarter", Period(2021, 4, "quarter"), {"2021-10", "2021-11", "2021-12"}),
    ("half", Period(2022, 1, "half"), {"2022-01", "2022-02", "2022-03", "2022-04", "2022-05", "2022-06"}),
])
def test_marking_a_cell_stores_its_months(db, grain, period, stored):
    service, plan, strategy, task, other, acts = small_plan(db, grain=grain)
    service.mark([(acts[0].id, period)], on=True)
    assert service.months(acts[0].id) == stored
    service.mark([(acts[0].id, period)], on=False)
    assert service.months(acts[0].id) == set()


def test_marks_are_clipped_to_the_plan_span(db):
    service, plan, strategy, task, other, acts = small_plan(db, start="2021-08", end="2022-12")
    service.mark([(acts[0].id, Period(2021, 3, "quarter"))], on=True)
    assert service.months(acts[0].id) == {"2021-08", "2021-09"}


def test_coarsening_month_to_quarter_to_half():
    months = {"2021-08", "2021-10", "2022-05"}
    assert coarsen(months, "quarter") == {Period(2021, 3, "quarter"), Period(2021, 4, "quarter"),
                                          Period(2022, 2, "quarter")}
    assert coarsen(months, "half") == {Period(2021, 2, "half"), Period(2022, 1, "half")}
    assert partly_marked(months, Period(2021, 4, "quarter"))
    assert [p.label for p in periods_between("2021-07", "2022-12", "quarter")] == [
        "21년 3분기", "21년 4분기", "22년 1분기", "22년 2분기", "22년 3분기", "22년 4분기"]
    assert [p.label for p in periods_between("2021-08", "2022-02", "half")] == ["21년 하반기", "22년 상반기"]


def test_the_same_plan_prints_at_every_grain(db):
    service, plan, strategy, task, other, acts = small_plan(db, grain="month")
    service.mark([(acts[0].id, Period(2021, 11, "month")), (acts[0].id, Period(2022, 3, "month"))], on=True)
    months = service.schedule(plan.id)[0].rows[0].months
    assert coarsen(months, "quarter") == {Period(2021, 4, "quarter"), Period(2022, 1, "quarter")}
    assert coarsen(months, "half") == {Period(2021, 2, "half"), Period(2022, 1, "half")}


def test_undo_puts_back_the_last_grid_change(db):
    service, plan, strategy, task, other, acts = small_plan(db)
    service.mark([(acts[0].id, Period(2021, 3, "quarter"))], on=True)
    service.mark([(acts[0].id, Period(2021, 4, "quarter")), (acts[1].id, Period(2021, 4, "quarter"))], on=True)
    service.undo_marks()
    assert service.months(acts[0].id) == {"2021-07", "2021-08", "2021-09"}
    assert service.months(acts[1].id) == set()
    service.undo_marks()
    assert service.months(acts[0].id) == set()
    assert service.undo_marks() is None


def test_budget_totals_are_computed(db):
    service, plan, strategy, task, other, acts = small_plan(db)
    node = service.node(task.id)
    node.task.budget = [BudgetLine("강사료", 0, 1_800_000), BudgetLine("공공구매 스터디", parse_won("200,000"),
                                                                    parse_won("2,000,000원"))]
    saved = service.save_node(node).task
    assert (saved.private_total, saved.public_total, saved.total) == (200_000, 3_800_000, 4_000_000)
    assert saved.budget[1].total == 2_200_000
    columns = {row[1] for row in db.execute("PRAGMA table_info(plan_budget_lines)")}
    assert not {"total", "합계"} & columns
    with pytest.raises(ValidationError, match="금액"):
        parse_won("이백만")


def test_unit_parse_won_reads_blanks_dashes_and_spaced_amounts():
    assert [parse_won(t) for t in (None, "", " ", "-", "1 800 000", " 1,800,000 원 ")] == [0, 0, 0, 0, 1_800_000, 1_800_000]
    with pytest.raises(ValidationError) as refused:
        parse_won("--")
    assert refused.value.field == "amount"
    with pytest.raises(ValidationError) as refused:
        parse_won("1.5", "public_amount")
    assert refused.value.field == "public_amount"
    assert [parse_won(t) for t in ("300만", "1.5만", "１８0000")] == [3_000_000, 15_000, 180_000], "as a trade reads them"
    with pytest.raises(ValidationError, match="너무 큽니다") as refused:
        parse_won("9" * 23, "private_amount")
    assert refused.value.field == "private_amount"


def test_unit_a_node_under_the_wrong_parent_names_where_it_was_put():
    from seecodesk.core.plan import check_parent

    check_parent("activity", "group")
    with pytest.raises(ValidationError) as refused:
        check_parent("strategy", "task")
    assert refused.value.field == "parent_id" and "과제" in refused.value.message
    with pytest.raises(ValidationError) as refused:
        check_parent("group", None)
    assert "None" not in refused.value.message and "맨 위" in refused.value.message


def test_parse_period_spellings_and_refusal():
    assert parse_period("2021Q3") == Period(2021, 3, "quarter")
    assert parse_period("21년 4분기") == Period(2021, 4, "quarter")
    assert parse_period("2021H2") == Period(2021, 2, "half")
    assert parse_period("2022-01") == Period(2022, 1, "month")
    for bad in ("2021Q5", "2021-13", "내년", ""):
        with pytest.raises(ValidationError, match="기간으로 읽을 수 없습니다"):
            parse_period(bad)


def test_lateness_rules():
    months = {"2022-01", "2022-02"}
    assert lateness(months, "진행", "2022-03") == "기한 지남"
    assert lateness(months, "완료", "2022-03") == ""
    assert lateness(months, "예정", "2022-02") == "시작 지연"
    assert lateness(months, "진행", "2022-02") == ""
    assert lateness(set(), "예정", "2030-01") == ""


def test_unit_a_task_is_not_late_in_its_own_month():
    # in its first month a 예정 task has not started late, in its last month it is not overdue yet
    assert lateness({"2022-02", "2022-03"}, "예정", "2022-02") == ""
    assert lateness({"2022-02", "2022-03"}, "예정", "2022-03") == "시작 지연"
    assert lateness({"2022-03"}, "진행", "2022-03") == ""
    assert lateness({"2022-03"}, "완료", "2023-01") == ""


def test_quarter_view_lists_scheduled_and_late_per_body(db):
    service, plan, strategy, task, other, acts = small_plan(db)
    service.mark([(acts[2].id, Period(2022, 2, "quarter"))], on=True)
    service.mark([(acts[0].id, Period(2021, 3, "quarter"))], on=True)
    view = quarter_view(db, today=date(2022, 5, 10))
    assert view.quarter == Period(2022, 2, "quarter")
    (body,) = view.bodies
    assert body.body_name == "교육소통분과"
    assert [s.row_label for s in body.scheduled] == ["단톡방 운영"]
    assert [(late.task_label, late.reason) for late in body.late] == [("1-1. 모두의 단톡방 운영", "시작 지연")]
    node = service.node(task.id)
    node.task.status = "완료"
    service.save_node(node)
    assert quarter_view(db, today=date(2022, 5, 10)).late_count == 0


def test_demo_has_the_nonsan_shaped_plan(demo_db):
    from seecodesk.services.plan import PlanService

    service = PlanService(demo_db)
    midterm = next(p for p in service.plans() if p.start_month == "2021-07")
    nodes = service.nodes(midterm.id)
    assert sum(n.kind == "strategy" for n in nodes) == 3
    tasks = service.schedule(midterm.id)
    assert len(tasks) == 10
    assert {t.body_name for t in tasks} == {"교육소통분과", "상호협력분과", "공공구매TFT", "이사회"}
    procurement = next(n for n in nodes if n.code == "3-1")
    assert (procurement.task.private_total, procurement.task.public_total) == (1_800_000, 40_000_000)
    assert quarter_view(demo_db).scheduled_count > 0  # this year's plan fills "이번 분기"


def test_unit_period_columns_labels_and_codes():
    """What the schedule grid and the command line show for each grain, at the year's edges."""
    half = Period(2021, 2, "half")
    assert (half.first_month, half.last_month, half.short_label, half.label, half.code) == (
        "2021-07", "2021-12", "하반기", "21년 하반기", "2021H2")
    first_half = Period(2022, 1, "half")
    assert (first_half.months[0], first_half.months[-1], first_half.label, first_half.code) == (
        "2022-01", "2022-06", "22년 상반기", "2022H1")
    quarter = Period(2021, 4, "quarter")
    assert (quarter.months, quarter.label, quarter.code) == (["2021-10", "2021-11", "2021-12"], "21년 4분기", "2021Q4")
    month = Period(2009, 3, "month")
    assert (month.months, month.label, month.code) == (["2009-03"], "09년 3월", "2009-03")
    assert [p.code for p in periods_between("2021-11", "2022-02", "month")] == [
        "2021-11", "2021-12", "2022-01", "2022-02"]
    assert [p.code for p in periods_between("2021-12", "2022-01", "quarter")] == ["2021Q4", "2022Q1"]
    assert periods_between("2021-05", "2021-05", "half") == [Period(2021, 1, "half")]


def test_unit_partly_marked_only_between_none_and_all():
    quarter = Period(2021, 3, "quarter")
    assert not partly_marked(set(), quarter)
    assert partly_marked({"2021-07"}, quarter)
    assert partly_marked({"2021-07", "2021-08"}, quarter)
    assert not partly_marked({"2021-07", "2021-08", "2021-09"}, quarter)


def test_unit_year_bands_count_the_columns_of_each_year():
    from seecodesk.core.periods import year_bands

    columns = periods_between("2021-07", "2023-03", "quarter")
    assert year_bands(columns) == [(2021, 2), (2022, 4), (2023, 1)]
    assert year_bands([]) == []


def test_unit_current_month_of_a_given_day():
    from seecodesk.core.periods import current_month, month_range

    assert current_month(date(2026, 1, 31)) == "2026-01"
    assert current_month().startswith(str(date.today().year))
    assert month_range("2025-11", "2026-02") == ["2025-11", "2025-12", "2026-01", "2026-02"]


@pytest.mark.parametrize("text, period", [
    ("21Q3", Period(2021, 3, "quarter")), ("2021 q 1", Period(2021, 1, "quarter")),
    ("21h1", Period(2021, 1, "half")), ("2021 H 2", Period(2021, 2, "half")),
    ("2021.3", Period(2021, 3, "month")), ("21/12", Period(2021, 12, "month")), ("2021 - 1", Period(2021, 1, "month")),
    ("2021년 1분기", Period(2021, 1, "quarter")), ("21 년 2 분기", Period(2021, 2, "quarter")),
    ("21년 12월", Period(2021, 12, "month")), ("2021년 1월", Period(2021, 1, "month")),
    ("21년 상반기", Period(2021, 1, "half")), ("2022하반기", Period(2022, 2, "half")),
    ("2022 년 하반기", Period(2022, 2, "half")), ("  2021Q2  ", Period(2021, 2, "quarter")),
])
def test_unit_parse_period_reads_every_spelling(text, period):
    assert parse_period(text) == period


@pytest.mark.parametrize("text", ["2021-0", "2021-00", "21년 13월", "21년 0월", "2021Q0", "2021H3", "202Q1",
                                  "2021Q1x", "x2021Q1", "2021년 5분기", "2021 중반기", "21년 상반기 끝", None])
def test_unit_parse_period_refuses_what_is_no_period(text):
    with pytest.raises(ValidationError) as caught:
        parse_period(text, "기간")
    assert caught.value.field == "기간"


def test_unit_lateness_starts_the_month_after():
    months = {"2022-01", "2022-03"}
    assert lateness(months, "예정", "2022-01") == ""  # its first month is this month: not yet late
    assert lateness(months, "예정", "2022-03") == "시작 지연"
    assert lateness(months, "예정", "2022-04") == "기한 지남"
    assert lateness(months, "보류", "2022-02") == ""
    assert lateness(months, "완료", "2021-12") == ""


def _node(id_, kind, title, parent=None, order=0, **more):
    from seecodesk.core.plan import PlanNode

    return PlanNode(1, kind, title, parent_id=parent, sort_order=order, id=id_, **more)


def _tree():
    from seecodesk.core.plan import TaskDetails

    return [
        _node(1, "strategy", "연대", code="1"),
        _node(2, "task", "단톡방", parent=1, order=2, code="1-2", task=TaskDetails(body_id=7), months={"2021-03"}),
        _node(3, "task", "상호방문", parent=1, order=1, code="1-1)", flagged=True, task=TaskDetails(body_id=8)),
        _node(4, "activity", "견학", parent=3, order=2, months={"2021-05"}),
        _node(5, "group", "교육", parent=3, order=1),
        _node(6, "activity", "강의", parent=5, flagged=True, months={"2021-04", "2021-06"}),
        _node(9, "note", "메모", parent=5),
        _node(8, "strategy", "성장", order=1, code="2"),
        _node(10, "task", "판로", parent=8, task=TaskDetails(body_id=None, status="진행")),
        _node(11, "task", "회계", parent=8, order=1, task=TaskDetails(body_id=99)),
    ]


def test_unit_schedule_rows_follow_the_plan_order_and_owners():
    from seecodesk.core.plan_tree import group_by_body, schedule_tasks, tree_order

    nodes = _tree()
    assert [n.id for n in tree_order(nodes)] == [1, 3, 5, 6, 9, 4, 2, 8, 10, 11]
    tasks = schedule_tasks(nodes, {7: "홍보분과", 8: "교육분과"})
    assert [(t.label, t.body_name, t.status) for t in tasks] == [
        ("1-1) 상호방문*", "교육분과", "예정"), ("1-2. 단톡방", "홍보분과", "예정"), ("판로", "담당 미정", "진행"),
        ("회계", "담당 미정", "예정")]
    visit = tasks[0]
    assert [(r.label, r.group, r.node_id) for r in visit.rows] == [("강의*", "교육", 6), ("견학", "", 4)]
    assert visit.months == {"2021-04", "2021-05", "2021-06"}
    assert [(r.label, r.months) for r in tasks[1].rows] == [("단톡방", frozenset({"2021-03"}))]
    assert [t.title for t in schedule_tasks(nodes, {}, body_id=7)] == ["단톡방"]
    assert [t.title for t in schedule_tasks(nodes, {}, root_id=1)] == ["상호방문", "단톡방"]
    assert [t.title for t in schedule_tasks(nodes, {}, root_id=6)] == ["상호방문"]  # the task holding an activity
    assert [t.title for t in schedule_tasks(nodes, {}, root_id=10)] == ["판로"]
    groups = group_by_body(tasks, [8, 7])
    assert [(name, [t.title for t in group]) for name, group in groups] == [
        ("교육분과", ["상호방문"]), ("홍보분과", ["단톡방"]), ("담당 미정", ["회계"]), ("담당 미정", ["판로"])]


def test_unit_an_empty_plan_prints_no_rows_and_siblings_of_one_order_read_as_made():
    from seecodesk.core.plan_tree import schedule_tasks, tree_order

    assert tree_order([]) == [] and schedule_tasks([], {}) == []
    made = [_node(5, "task", "나중", order=3), _node(2, "task", "먼저", order=3), _node(9, "task", "앞", order=1)]
    assert [n.title for n in tree_order(made)] == ["앞", "먼저", "나중"]


def test_unit_a_task_with_no_activity_is_its_own_row_flag_and_all():
    from seecodesk.core.plan import TaskDetails
    from seecodesk.core.plan_tree import schedule_tasks

    nodes = [_node(4, "task", "홍보", code="2-1", flagged=True, task=TaskDetails(), months={"2021-07"}),
             _node(6, "group", "빈 묶음", parent=4)]
    [task] = schedule_tasks(nodes, {})
    [row] = task.rows
    assert (row.node_id, row.label, row.group, row.flagged, row.months) == (4, "홍보*", "", True, {"2021-07"})
    assert task.label == "2-1. 홍보*" and task.months == {"2021-07"}


def test_unit_a_task_node_without_its_details_is_left_off_the_schedule():
    from seecodesk.core.plan import TaskDetails
    from seecodesk.core.plan_tree import schedule_tasks

    nodes = [_node(1, "task", "세부 미확인"), _node(2, "task", "판로", order=1, task=TaskDetails())]
    assert [t.title for t in schedule_tasks(nodes, {})] == ["판로"]


def test_unit_tasks_grouped_in_the_bodies_own_order_not_the_plan_order():
    from seecodesk.core.plan_tree import group_by_body, schedule_tasks

    tasks = schedule_tasks(_tree(), {7: "홍보분과", 8: "교육분과", 99: "재정분과"})
    groups = group_by_body(tasks, [7, 99, 8])
    assert [(name, [t.title for t in group]) for name, group in groups] == [
        ("홍보분과", ["단톡방"]), ("재정분과", ["회계"]), ("교육분과", ["상호방문"]), ("담당 미정", ["판로"])]


def test_unit_tasks_grouped_under_their_strategy_in_plan_order_with_loose_tasks_last():
    from seecodesk.core.plan import TaskDetails
    from seecodesk.core.plan_tree import ScheduleTask, group_by_strategy, schedule_tasks

    nodes = [*_tree(), _node(20, "strategy", "비어 있음", code="3", order=2),
             _node(21, "task", "맨 위 과제", order=3, task=TaskDetails())]
    tasks = schedule_tasks(nodes, {})
    named = [(label, [t.title for t in group]) for label, group in group_by_strategy(tasks, nodes)]
    assert named == [("1. 연대", ["상호방문", "단톡방"]), ("2. 성장", ["판로", "회계"]), ("전략 미정", ["맨 위 과제"])]
    whole = [(label, [t.title for t in group]) for label, group in group_by_strategy(tasks, nodes, include_empty=True)]
    assert whole == [*named[:2], ("3. 비어 있음", []), ("전략 미정", ["맨 위 과제"])]
    assert [label for label, _ in group_by_strategy(tasks[:2], nodes)] == ["1. 연대"]
    stray = ScheduleTask(77, "", "목록 밖", False, None, "담당 미정", "예정")
    assert [(label, [t.title for t in group]) for label, group in group_by_strategy([stray], nodes)] == [
        ("전략 미정", ["목록 밖"])]


def test_unit_scheduled_in_and_code_order():
    from seecodesk.core.plan_tree import code_key, scheduled_in

    assert scheduled_in({"2021-09"}, Period(2021, 3, "quarter"))
    assert not scheduled_in({"2021-10", "2020-08"}, Period(2021, 3, "quarter"))
    assert not scheduled_in(set(), Period(2021, 3, "quarter"))
    codes = ["1-10", "1-2", "2", "1-3", "1-2a", " 1 "]
    assert sorted(codes, key=code_key) == [" 1 ", "1-2", "1-2a", "1-3", "1-10", "2"]
    assert code_key("가-3") == ((1, "가-"), (0, 3))


def test_unit_parse_period_refusal_names_the_period_field_by_default():
    with pytest.raises(ValidationError) as caught:
        parse_period("내년")
    assert caught.value.field == "period"


def test_unit_stored_spending_and_completion_days(db):
    from seecodesk.core.figures import Spending
    from seecodesk.storage import plan_execution as store

    service, plan, strategy, task, other, acts = small_plan(db)
    late = store.insert_spending(db, Spending(task.id, "강사료", 300, "시비", spent_on="2022-03-01", note="2회차"))
    early = store.insert_spending(db, Spending(task.id, "강사료", 100, "자담", spent_on="2021-09-01"))
    store.insert_spending(db, Spending(other.id, "대관료", 50, "국비", spent_on="2021-01-01"))
    assert late != early and late and early
    assert [(s.id, s.amount, s.funding_source, s.spent_on, s.note, s.budget_item) for s in
            store.spending_of_task(db, task.id)] == [(early, 100, "자담", "2021-09-01", "", "강사료"),
                                                     (late, 300, "시비", "2022-03-01", "2회차", "강사료")]
    store.set_activity_done(db, acts[0].id, "2021-10-05")
    store.set_activity_done(db, acts[1].id, "2021-11-01")
    store.set_activity_done(db, acts[1].id, "2021-12-24")  # a later day replaces the first
    store.set_activity_done(db, acts[2].id, "2021-12-01")
    store.set_activity_done(db, acts[2].id, "")  # an empty day clears it
    assert store.done_days(db, plan.id) == {acts[0].id: "2021-10-05", acts[1].id: "2021-12-24"}
    assert store.done_days(db, plan.id + 1) == {}


def test_unit_a_plan_names_every_wrong_field_and_keeps_its_own_values():
    from seecodesk.core.plan import Plan, validated_plan

    with pytest.raises(ValidationErrors) as refused:
        validated_plan(Plan(name=" ", start_month="2021-13", end_month="", grain="week"))
    assert set(refused.value.errors) == {"name", "start_month", "end_month", "grain"}
    assert all(refused.value.errors.values())
    with pytest.raises(ValidationErrors) as refused:
        validated_plan(Plan(name="계획", start_month="2022-01", end_month="2021-12"))
    assert set(refused.value.errors) == {"end_month"} and refused.value.errors["end_month"]
    with pytest.raises(ValidationErrors) as refused:
        validated_plan(Plan(name="계획", start_month="2022-01", end_month=None))  # type: ignore[arg-type]
    assert set(refused.value.errors) == {"end_month"}
    same = validated_plan(Plan(name=" 계획 ", start_month="2022-01", end_month="2022-01", grain="half",
                               notes=" 메모 ", id=7))
    assert same == Plan(name="계획", start_month="2022-01", end_month="2022-01", grain="half", notes="메모", id=7)


def test_unit_a_task_names_its_wrong_priority_status_and_budget_row():
    from seecodesk.core.plan import PlanNode, TaskDetails, validated_node

    def refused(task: TaskDetails) -> dict[str, str]:
        with pytest.raises(ValidationErrors) as caught:
            validated_node(PlanNode(plan_id=1, kind="task", title="과제", task=task))
        return caught.value.errors

    errors = refused(TaskDetails(priority="최상", status="끝"))
    assert set(errors) == {"priority", "status"} and all(errors.values())
    assert "1번째" in refused(TaskDetails(budget=[BudgetLine("", 1000)]))["budget"]
    assert "2번째" in refused(TaskDetails(budget=[BudgetLine("강사료", 1000), BudgetLine("자료", -1)]))["budget"]
    kept = validated_node(PlanNode(plan_id=1, kind="task", title="과제", task=TaskDetails(
        budget=[BudgetLine("", 0, 0), BudgetLine(" 자료집 ")])))
    assert kept.task is not None and [line.item for line in kept.task.budget] == ["자료집"]


def test_unit_a_node_names_a_missing_title_and_an_unknown_kind_and_keeps_what_was_given():
    from seecodesk.core.plan import PlanNode, TaskDetails, validated_node

    with pytest.raises(ValidationErrors) as refused:
        validated_node(PlanNode(plan_id=1, kind="chapter", title=" "))
    assert set(refused.value.errors) == {"title", "kind"} and all(refused.value.errors.values())
    with pytest.raises(ValidationErrors) as refused:
        validated_node(PlanNode(plan_id=1, kind="task", title=" ", task=TaskDetails(status="끝")))
    assert set(refused.value.errors) == {"title", "status"}
    task = TaskDetails(priority="상", city_roles=[" 예산 지원 ", " "], network_roles=["", " 운영 "],
                       budget=[BudgetLine("", 0, 0, id=3), BudgetLine("강사료", 0, 500, id=4), BudgetLine("자료", 300, id=5)])
    node = validated_node(PlanNode(plan_id=1, kind="task", title="과제", sort_order=4, flagged=1, task=task))  # type: ignore[arg-type]
    assert (node.sort_order, node.flagged) == (4, True)
    assert node.task is not None and node.task.priority == "상"
    assert (node.task.city_roles, node.task.network_roles) == (["예산 지원"], ["운영"])
    assert [(line.item, line.id) for line in node.task.budget] == [("강사료", 4), ("자료", 5)]
    with pytest.raises(ValidationErrors) as refused:
        validated_node(PlanNode(plan_id=1, kind="task", title="과제", task=TaskDetails(
            budget=[BudgetLine("강사료", -100, 500)])))
    assert "budget" in refused.value.errors


def test_unit_an_activity_keeps_its_months_and_carries_no_task_details():
    from seecodesk.core.plan import PlanNode, TaskDetails, validated_node

    node = validated_node(PlanNode(plan_id=1, kind="activity", title="운영", months={"2021-10"},
                                   task=TaskDetails(priority="상")))
    assert node.months == {"2021-10"} and node.task is None


def test_unit_cells_split_a_half_year_or_a_quarter_into_finer_columns_only():
    from seecodesk.core.periods import cell_grain

    assert [cell_grain("half", 2), cell_grain("half", 6), cell_grain("quarter", 3)] == ["quarter", "month", "month"]
    assert [cell_grain(grain, 1) for grain in ("month", "quarter", "half")] == ["month", "quarter", "half"]
    for grain, cells in (("quarter", 2), ("half", 3), ("month", 3), ("week", 2)):
        with pytest.raises(ValidationError) as refused:
            cell_grain(grain, cells)
        assert refused.value.field == "cells" and refused.value.message
