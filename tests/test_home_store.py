"""The home screen's reads on a small database: which meetings, actions, tasks, applications and dues
come up, with the figures the lines show (reply counts, amounts paid, how many in all)."""

from seecodesk.storage import home as store


def _org(db, name, deleted=False):
    return db["organisations"].insert({"name": name, "name_key": name,
                                       "deleted_at": "2026-01-01" if deleted else None}).last_pk


def _meeting(db, day, **fields):
    return db["meetings"].insert({"kind": "정기회의", "date": day, **fields}).last_pk


def test_upcoming_meetings_in_the_period_with_their_replies(db):
    body = db["bodies"].insert({"name": "이사회", "kind": "이사회"}).last_pk
    first = _meeting(db, "2026-03-10", body_id=body, number=2, title="", start_time="14:00", place="", online=1)
    for reply in ("참석", "참석", "불참", "미정", ""):
        db["meeting_attendees"].insert({"meeting_id": first, "guest_name": "손님", "reply": reply})
    second = _meeting(db, "2026-03-20", place="사무국", start_time="10:00")
    db["meeting_attendees"].insert({"meeting_id": second, "guest_name": "손님", "reply": "참석"})
    _meeting(db, "2026-03-12", deleted_at="2026-03-01")
    _meeting(db, "2026-03-21")
    _meeting(db, "2026-03-09")
    found = store.upcoming_meetings(db, "2026-03-10", "2026-03-20")
    assert found == [
        store.UpcomingMeeting(first, "2026-03-10", "14:00", "정기회의", 2, "", "이사회", "", True, 2, 1, 1, 5),
        store.UpcomingMeeting(second, "2026-03-20", "10:00", "정기회의", None, "", "", "사무국", False, 1, 0, 0, 1),
    ]
    assert found[0].online is True and found[1].online is False


def test_overdue_actions_are_counted_and_the_oldest_listed_first(db):
    meeting = _meeting(db, "2026-01-05")
    gone = _meeting(db, "2026-01-06", deleted_at="2026-01-07")
    person = db["people"].insert({"name": "김담당"}).last_pk
    body = db["bodies"].insert({"name": "교육분과", "kind": "분과"}).last_pk
    rows = [
        (meeting, "늦은 일", "2026-02-01", "예정", {"owner_person_id": person, "owner_name": "다른이름"}),
        (meeting, "더 늦은 일", "2026-01-20", "진행중", {"owner_body_id": body}),
        (meeting, "적어 둔 담당", "2026-02-03", "예정", {"owner_name": "박손님"}),
        (meeting, "담당 없음", "2026-02-04", "예정", {}),
        (meeting, "기한 없음", "", "예정", {}),
        (meeting, "끝난 일", "2026-01-10", "완료", {}),
        (meeting, "취소된 일", "2026-01-10", "취소", {}),
        (meeting, "오늘까지", "2026-03-05", "예정", {}),
        (gone, "지운 회의의 일", "2026-01-10", "예정", {}),
    ]
    ids = [db["action_items"].insert({"meeting_id": m, "what": what, "due_on": due, "status": status, **extra}).last_pk
           for m, what, due, status, extra in rows]
    count, lines = store.overdue_actions(db, "2026-03-05", 8)
    assert count == 4
    assert lines == [store.OverdueAction(ids[1], meeting, "더 늦은 일", "2026-01-20", "교육분과"),
                     store.OverdueAction(ids[0], meeting, "늦은 일", "2026-02-01", "김담당"),
                     store.OverdueAction(ids[2], meeting, "적어 둔 담당", "2026-02-03", "박손님"),
                     store.OverdueAction(ids[3], meeting, "담당 없음", "2026-02-04", "")]
    count, lines = store.overdue_actions(db, "2026-03-05", 1)
    assert count == 4 and [a.id for a in lines] == [ids[1]]


def _node(db, plan, kind, title, parent=None, code="", months=(), status=None):
    node = db["plan_nodes"].insert({"plan_id": plan, "parent_id": parent, "kind": kind, "title": title,
                                    "code": code}).last_pk
    if status:
        db["plan_tasks"].insert({"node_id": node, "status": status})
    for month in months:
        db["plan_months"].insert({"node_id": node, "month": month})
    return node


def test_open_tasks_gather_the_months_of_their_activities(db):
    plan = db["plans"].insert({"name": "2026 계획", "start_month": "2026-01", "end_month": "2026-12"}).last_pk
    strategy = _node(db, plan, "strategy", "전략")
    task = _node(db, plan, "task", "교육", strategy, "1-1", ["2026-05"], "진행")
    _node(db, plan, "activity", "강의", task, months=["2026-02"])
    group = _node(db, plan, "group", "묶음", task)
    _node(db, plan, "activity", "실습", group, months=["2026-09", "2026-04"])
    quiet = _node(db, plan, "task", "조용한 과제", strategy, "1-2", ["2026-11"], "예정")
    _node(db, plan, "task", "끝난 과제", strategy, "1-3", ["2026-04"], "완료")
    _node(db, plan, "task", "멈춘 과제", strategy, "1-4", ["2026-04"], "보류")
    found = store.open_task_months(db, "2026-04", "2026-06")
    assert found == [store.TaskMonths(task, "1-1", "교육", "진행", "2026 계획", "2026-02", "2026-09", 2),
                     store.TaskMonths(quiet, "1-2", "조용한 과제", "예정", "2026 계획", "2026-11", "2026-11", 0)]


def test_waiting_applications_are_the_live_received_ones_oldest_first(db):
    def apply(name, day, status="접수", deleted=None):
        return db["consulting_applications"].insert({"company_name": name, "applied_on": day, "status": status,
                                                     "deleted_at": deleted}).last_pk

    late = apply("나중기업", "2026-03-02")
    early = apply("먼저기업", "2026-02-01")
    apply("매칭된기업", "2026-01-01", "매칭")
    apply("지운기업", "2026-01-01", deleted="2026-02-01")
    assert store.waiting_applications(db) == [store.WaitingApplication(early, "먼저기업", "2026-02-01"),
                                                   store.WaitingApplication(late, "나중기업", "2026-03-02")]


def test_unpaid_dues_count_every_live_member_and_list_the_first_by_name(db):
    partly, unpaid, gone, free, paid = (_org(db, "가람"), _org(db, "나래"), _org(db, "다솜", deleted=True),
                                        _org(db, "라온"), _org(db, "마루"))
    for org, amount, paid_on in ((partly, 100000, ""), (unpaid, 50000, ""), (gone, 70000, ""), (free, 0, ""),
                                 (paid, 30000, "2026-02-01")):
        db["dues"].insert({"organisation_id": org, "year": 2026, "amount": amount, "paid_on": paid_on})
    db["dues"].insert({"organisation_id": paid, "year": 2025, "amount": 30000, "paid_on": ""})
    for amount, year, deleted in ((30000, 2026, None), (10000, 2026, "2026-03-01"), (5000, 2025, None)):
        db["dues_payments"].insert({"organisation_id": partly, "year": year, "amount": amount,
                                    "paid_on": "2026-02-10", "deleted_at": deleted})
    count, lines = store.unpaid_dues(db, 2026, 8)
    assert count == 2
    assert lines == [store.UnpaidDues(partly, "가람", 100000, 30000), store.UnpaidDues(unpaid, "나래", 50000, 0)]
    count, lines = store.unpaid_dues(db, 2026, 1)
    assert count == 2 and lines == [store.UnpaidDues(partly, "가람", 100000, 30000)]
    assert store.unpaid_dues(db, 2025, 8) == (1, [store.UnpaidDues(paid, "마루", 30000, 0)])
    assert store.unpaid_dues(db, 2024, 8) == (0, [])
