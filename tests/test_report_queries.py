"""The rows behind the report presets, read from a small database: who is a member on a day, which
designations are in force, the contact person, and each period's figures, dues, meetings, plan, spending,
consulting and trades."""

import sqlite_utils

from seecodesk.storage import report_queries as store


def _add(db, table, **row):
    return db[table].insert(row).last_pk


def _org(db, name, **fields):
    return _add(db, "organisations", name=name, name_key=name, **fields)


def test_members_on_a_day_with_the_day_they_joined(db):
    early = _org(db, "가람", representative="김대표", legal_form="협동조합", business_number="1234567890")
    left = _org(db, "나래")
    later = _org(db, "다온")
    gone = _org(db, "라온", deleted_at="2026-01-01")
    for org, joined, left_on in ((early, "2020-01-01", "2022-12-31"), (early, "2024-03-01", ""),
                                 (early, "2026-09-01", ""), (left, "2020-01-01", "2025-06-30"),
                                 (later, "2025-07-01", ""), (gone, "2020-01-01", "")):
        _add(db, "membership_periods", organisation_id=org, joined_on=joined, left_on=left_on)
    rows = store.members_on(db, "2025-06-30")
    assert [r["name"] for r in rows] == ["가람"]
    assert rows[0] == {"id": early, "name": "가람", "representative": "김대표", "legal_form": "협동조합", "industry": "",
                       "district": "", "business_number": "1234567890", "is_support_body": 0,
                       "joined_on": "2024-03-01"}
    assert [r["name"] for r in store.members_on(db, "2025-06-29")] == ["가람", "나래"]
    assert [(r["name"], r["joined_on"]) for r in store.members_on(db, "2025-07-01")] == [("가람", "2024-03-01"),
                                                                                       ("다온", "2025-07-01")]
    assert store.members_on(db, "2026-09-01")[0]["joined_on"] == "2026-09-01"


def test_designations_in_force_on_a_day_each_kind_once(db):
    org, other = _org(db, "가람"), _org(db, "나래")
    for owner, kind, start, end in ((org, "사회적기업", "2020-01-01", ""), (org, "마을기업", "", "2025-12-31"),
                                    (org, "사회적기업", "2024-01-01", ""), (org, "자활기업", "2026-01-02", ""),
                                    (other, "마을기업", "2025-01-01", "2026-01-01")):
        _add(db, "designations", organisation_id=owner, kind=kind, designated_on=start, ends_on=end)
    assert store.designations_on(db, "2026-01-01") == {org: ["사회적기업"], other: ["마을기업"]}
    assert store.designations_on(db, "2025-12-31") == {org: ["사회적기업", "마을기업"], other: ["마을기업"]}
    assert store.designations_on(db, "2026-01-02") == {org: ["사회적기업", "자활기업"]}


def test_the_contact_is_the_representative_when_recorded_else_the_first_person(db):
    org, other = _org(db, "가람", representative="박대표"), _org(db, "나래", representative="없는사람")
    first = _add(db, "people", name="김직원", organisation_id=org)
    _add(db, "people", name="박대표", organisation_id=org, deleted_at="2026-01-01")
    boss = _add(db, "people", name="박대표", organisation_id=org)
    _add(db, "people", name="이사라진", organisation_id=other, deleted_at="2026-01-01")
    staff = _add(db, "people", name="이직원", organisation_id=other)
    _add(db, "people", name="이직원둘", organisation_id=other)
    assert store.contact_people(db) == {org: boss, other: staff}
    db.execute("UPDATE people SET deleted_at = '2026-02-01' WHERE id = ?", [boss])
    assert store.contact_people(db)[org] == first


def test_figures_and_dues_of_live_organisations_by_name(db):
    second, first, gone = _org(db, "나래"), _org(db, "가람", business_number="111"), _org(db, "다솜", deleted_at="x")
    for org, year, workers in ((second, 2025, 3), (first, 2025, 5), (gone, 2025, 9), (first, 2024, 1)):
        _add(db, "organisation_figures", organisation_id=org, year=year, paid_workers=workers)
    rows = store.figures_rows(db, 2025)
    assert [(r["name"], r["business_number"], r["paid_workers"], r["year"]) for r in rows] == [
        ("가람", "111", 5, 2025), ("나래", "", 3, 2025)]
    for org, year, amount, paid_on in ((second, 2025, 100, "2025-02-01"), (first, 2025, 200, ""),
                                       (first, 2024, 50, ""), (first, 2027, 70, ""), (gone, 2025, 90, "")):
        _add(db, "dues", organisation_id=org, year=year, amount=amount, paid_on=paid_on, note=f"{year}")
    assert store.dues_rows(db, 2024, 2026) == [
        {"year": 2024, "name": "가람", "amount": 50, "paid_on": "", "note": "2024"},
        {"year": 2025, "name": "가람", "amount": 200, "paid_on": "", "note": "2025"},
        {"year": 2025, "name": "나래", "amount": 100, "paid_on": "2025-02-01", "note": "2025"}]
    assert [r["year"] for r in store.dues_rows(db, 2025, 2025)] == [2025, 2025]


def test_meetings_of_the_period_with_attendance_and_actions(db):
    body = _add(db, "bodies", name="이사회", kind="이사회")
    held = _add(db, "meetings", kind="이사회", body_id=body, number=1, date="2026-03-10", place="사무국", online=1)
    for status in ("present", "late", "absent", "excused", "invited"):
        _add(db, "meeting_attendees", meeting_id=held, guest_name="손님", status=status)
    for status in ("예정", "완료", "완료", "취소"):
        _add(db, "action_items", meeting_id=held, what="일", status=status)
    other = _add(db, "meetings", kind="월례회", date="2026-03-31")
    _add(db, "meetings", kind="월례회", date="2026-03-15", deleted_at="2026-03-16")
    _add(db, "meetings", kind="월례회", date="2026-04-01")
    _add(db, "meetings", kind="월례회", date="2026-03-09")
    assert store.meeting_rows(db, "2026-03-10", "2026-03-31") == [
        {"id": held, "date": "2026-03-10", "kind": "이사회", "body": "이사회", "number": 1, "title": "",
         "place": "사무국", "online": 1, "invited": 4, "attended": 2, "actions": 3, "actions_done": 2},
        {"id": other, "date": "2026-03-31", "kind": "월례회", "body": "", "number": None, "title": "", "place": "",
         "online": 0, "invited": 0, "attended": 0, "actions": 0, "actions_done": 0}]


def _plan(db, name, start, end):
    return _add(db, "plans", name=name, start_month=start, end_month=end)


def test_plan_tasks_of_overlapping_plans_with_their_budget(db):
    body = _add(db, "bodies", name="교육분과", kind="분과")
    plan = _plan(db, "2026 계획", "2026-01", "2026-12")
    old = _plan(db, "2025 계획", "2025-01", "2025-12")
    task = _add(db, "plan_nodes", plan_id=plan, kind="task", code="1-1", title="교육")
    _add(db, "plan_tasks", node_id=task, body_id=body, status="진행")
    bare = _add(db, "plan_nodes", plan_id=plan, kind="task", title="맨 과제")
    _add(db, "plan_nodes", plan_id=plan, kind="activity", parent_id=task, title="강의")
    _add(db, "plan_nodes", plan_id=old, kind="task", title="작년 과제")
    for private, public in ((100, 1000), (50, 0)):
        _add(db, "plan_budget_lines", task_id=task, item="강사비", private_amount=private, public_amount=public)
    assert store.plan_task_rows(db, "2026-01", "2026-03") == [
        {"id": task, "plan": "2026 계획", "code": "1-1", "title": "교육", "body": "교육분과", "status": "진행",
         "private": 150, "public": 1000},
        {"id": bare, "plan": "2026 계획", "code": "", "title": "맨 과제", "body": "", "status": None,
         "private": 0, "public": 0}]
    assert [r["title"] for r in store.plan_task_rows(db, "2025-12", "2026-01")] == ["교육", "맨 과제", "작년 과제"]
    assert store.plan_task_rows(db, "2027-01", "2027-12") == []


def test_activities_marked_in_the_period_with_their_task_and_done_day(db):
    plan = _plan(db, "2026 계획", "2026-01", "2026-12")
    task = _add(db, "plan_nodes", plan_id=plan, kind="task", title="교육")
    group = _add(db, "plan_nodes", plan_id=plan, kind="group", parent_id=task, title="묶음")
    near = _add(db, "plan_nodes", plan_id=plan, kind="activity", parent_id=task, title="강의", sort_order=2)
    deep = _add(db, "plan_nodes", plan_id=plan, kind="activity", parent_id=group, title="실습", sort_order=1)
    idle = _add(db, "plan_nodes", plan_id=plan, kind="activity", parent_id=task, title="쉼")
    for node, month in ((near, "2026-02"), (near, "2026-04"), (near, "2026-09"), (deep, "2026-03"),
                        (idle, "2026-11")):
        _add(db, "plan_months", node_id=node, month=month)
    _add(db, "plan_activity_done", node_id=deep, done_on="2026-03-20")
    assert store.plan_activity_rows(db, "2026-03", "2026-06") == [
        {"id": deep, "title": "실습", "task_id": task, "first_month": "2026-03", "last_month": "2026-03",
         "final_month": "2026-03", "done_on": "2026-03-20"},
        {"id": near, "title": "강의", "task_id": task, "first_month": "2026-04", "last_month": "2026-04",
         "final_month": "2026-09", "done_on": ""}]


def test_spending_of_the_period_and_the_undated(db):
    plan = _plan(db, "2026 계획", "2026-01", "2026-12")
    task = _add(db, "plan_nodes", plan_id=plan, kind="task", title="교육")
    for day, amount in (("2026-03-01", 10), ("", 20), ("2026-02-28", 30), ("2026-03-31", 40), ("2026-04-01", 50)):
        _add(db, "plan_spending", task_id=task, budget_item="강사비", spent_on=day, amount=amount,
             funding_source="시비")
    rows = store.spending_rows(db, "2026-03-01", "2026-03-31")
    assert [r["amount"] for r in rows] == [10, 20, 40]
    assert rows[0] == {"task_id": task, "budget_item": "강사비", "spent_on": "2026-03-01", "amount": 10,
                       "funding_source": "시비"}


def test_consulting_applications_of_the_period_with_match_sessions_and_report(db):
    mentor_org = _org(db, "멘토협동조합")
    mentor = _add(db, "people", name="한멘토", organisation_id=mentor_org)
    offer = _add(db, "mentor_offers", organisation_id=mentor_org, person_id=mentor)
    fields = [_add(db, "consulting_fields", name=name) for name in ("가상분야 하나", "가상분야 둘")]

    def apply(name, day, **extra):
        return _add(db, "consulting_applications", company_name=name, applied_on=day, receipt_number=f"{day[:4]}-1",
                    **extra)

    matched = apply("가람기업", "2026-03-05", status="진행")
    for field in fields:
        _add(db, "consulting_application_fields", application_id=matched, field_id=field)
    match = _add(db, "consulting_matches", application_id=matched, mentor_offer_id=offer, confirmed_on="2026-03-10")
    for day, hours, fee in (("2026-03-20", 2, 100000), ("2026-04-02", 3, 150000), ("2026-03-31", 1, 50000)):
        _add(db, "consulting_sessions", match_id=match, held_on=day, hours=hours, fee=fee)
    _add(db, "consulting_reports", match_id=match, written_on="2026-04-05")
    earlier = apply("나래기업", "2025-12-01", status="진행")
    old_match = _add(db, "consulting_matches", application_id=earlier, mentor_offer_id=offer, confirmed_on="2025-12-05")
    _add(db, "consulting_sessions", match_id=old_match, held_on="2026-03-02", hours=4, fee=0)
    waiting = apply("다온기업", "2026-03-31")
    apply("지운기업", "2026-03-06", deleted_at="2026-03-07")
    apply("늦은기업", "2026-04-01")
    rows = store.consulting_rows(db, "2026-03-01", "2026-03-31")
    assert [r["id"] for r in rows] == [earlier, matched, waiting]
    assert rows[1] == {"id": matched, "applied_on": "2026-03-05", "receipt_number": "2026-1", "company_name": "가람기업",
                       "status": "진행", "fields": "가상분야 하나, 가상분야 둘", "mentor_org": "멘토협동조합", "mentor": "한멘토",
                       "matched_on": "2026-03-10", "sessions": 2, "hours": 3, "fees": 150000,
                       "reported_on": "2026-04-05"}
    assert (rows[0]["sessions"], rows[0]["hours"], rows[0]["fees"]) == (1, 4, 0)
    assert rows[2] | {"id": 0} == {"id": 0, "applied_on": "2026-03-31", "receipt_number": "2026-1",
                                   "company_name": "다온기업", "status": "접수", "fields": None, "mentor_org": "",
                                   "mentor": "", "matched_on": "", "sessions": 0, "hours": 0, "fees": 0,
                                   "reported_on": ""}


def test_tables_and_columns_of_the_file(db):
    assert {"organisations", "trades", "meetings"} <= store.table_names(db)
    assert store.column_names(db, "dues") == ["id", "organisation_id", "year", "amount", "paid_on", "note"]
    assert store.column_names(db, "no_such_table") == []


def test_trades_of_the_period_between_live_rows_with_names(db):
    buyer, seller = _org(db, "가람"), _org(db, "나래")
    for day, amount, deleted in (("2026-03-01", 10, None), ("2026-02-28", 20, None), ("2026-03-31", 30, None),
                                 ("2026-03-15", 40, "2026-03-16"), ("2026-03-02", 50, None)):
        _add(db, "trades", buyer_id=buyer, seller_id=seller, traded_on=day, item="도시락", amount=amount,
             deleted_at=deleted)
    agreement = _add(db, "agreements", title="상호거래 협약", kind="상호거래 협약")
    db.execute("UPDATE trades SET agreement_id = ? WHERE amount = 30", [agreement])
    rows = store.trade_rows(db, "2026-03-01", "2026-03-31")
    assert [r["amount"] for r in rows] == [10, 50, 30]
    assert rows[2]["agreement_id"] == agreement
    assert rows[0] == {"day": "2026-03-01", "buyer": "가람", "seller": "나래", "item": "도시락", "amount": 10,
                       "agreement_id": None}


def test_a_trades_table_with_other_column_names_is_read_by_their_roles():
    db = sqlite_utils.Database(memory=True)
    db.execute("CREATE TABLE organisations (id INTEGER PRIMARY KEY, name TEXT)")
    db.execute("INSERT INTO organisations VALUES (1, '가람'), (2, '나래')")
    db.execute("CREATE TABLE trades (date TEXT, buyer_org_id INTEGER, seller_organisation_id INTEGER, total INTEGER)")
    db.execute("INSERT INTO trades VALUES ('2026-03-02', 1, 2, 70), ('2026-03-01', 2, 3, 30), ('2025-01-01', 1, 2, 9)")
    assert store.trade_columns(db) == {"day": "date", "buyer": "buyer_org_id", "seller": "seller_organisation_id",
                                       "item": "", "amount": "total", "agreement": ""}
    assert store.trade_rows(db, "2026-01-01", "2026-12-31") == [
        {"day": "2026-03-01", "buyer": "나래", "seller": "", "item": "", "amount": 30, "agreement_id": None},
        {"day": "2026-03-02", "buyer": "가람", "seller": "나래", "item": "", "amount": 70, "agreement_id": None}]
    db.execute("CREATE TABLE other (x)")
    db.execute("DROP TABLE trades")
    db.execute("CREATE TABLE trades (date TEXT, buyer_org_id INTEGER, seller_org_id INTEGER, what TEXT)")
    assert store.trade_columns(db) is None and store.trade_rows(db, "2026-01-01", "2026-12-31") == []
    for missing in ("day", "buyer", "seller"):
        columns = {"day": "traded_on", "buyer": "buyer_id", "seller": "seller_id", "amount": "amount"}
        del columns[missing]
        db.execute("DROP TABLE trades")
        db.execute(f"CREATE TABLE trades ({', '.join(columns.values())})")
        assert store.trade_columns(db) is None
