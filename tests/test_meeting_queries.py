"""Reads across meetings on a small database: the meeting list and its figures, a body's roll on a day,
open actions, attendance counted together, meetings held, and the names and numbers the forms offer."""

from seecodesk.core.attendance import AttendanceRow, QuorumRule
from seecodesk.core.meetings import ActionItem
from seecodesk.storage import meeting_queries as store


def _add(db, table, **row):
    return db[table].insert(row).last_pk


def _small_network(db):
    """Two bodies with meetings of 2025 and 2026, people of two organisations and guests."""
    ids = {"이사회": _add(db, "bodies", name="이사회", kind="이사회"), "교육분과": _add(db, "bodies", name="교육분과", kind="분과")}
    ids["가람"] = _add(db, "organisations", name="가람", name_key="가람")
    ids["나래"] = _add(db, "organisations", name="나래", name_key="나래")
    ids["지운곳"] = _add(db, "organisations", name="지운곳", name_key="지운곳", deleted_at="2026-01-01")
    for name, org in (("김가람", "가람"), ("이나래", "나래"), ("박지운", "지운곳"), ("최무소속", None)):
        ids[name] = _add(db, "people", name=name, organisation_id=ids.get(org), title="팀장", affiliation="회원사")
    return ids


def test_the_meeting_list_counts_each_meeting_and_filters_by_body_kind_and_year(db):
    ids = _small_network(db)
    board = ids["이사회"]
    first = _add(db, "meetings", kind="이사회", body_id=board, number=1, date="2026-03-10", start_time="10:00",
                 place="사무국", online=1)
    for person, status in ((ids["김가람"], "present"), (ids["이나래"], "late"), (ids["박지운"], "absent"),
                           (ids["최무소속"], "invited")):
        _add(db, "meeting_attendees", meeting_id=first, person_id=person, status=status)
    _add(db, "agenda_items", meeting_id=first, title="예산")
    _add(db, "agenda_items", meeting_id=first, title="사업")
    _add(db, "agenda_items", meeting_id=first, title="기타")
    for status in ("예정", "진행중", "완료", "취소"):
        _add(db, "action_items", meeting_id=first, what=f"{status} 일", status=status)
    later = _add(db, "meetings", kind="이사회", body_id=board, date="2026-03-10", start_time="14:00", title="오후 회의")
    _add(db, "meeting_attendees", meeting_id=later, guest_name="손님", status="absent")
    same = _add(db, "meetings", kind="월례회", date="2026-03-10", start_time="14:00")
    old = _add(db, "meetings", kind="분과모임", body_id=ids["교육분과"], date="2025-11-02")
    _add(db, "meetings", kind="이사회", body_id=board, date="2026-05-01", deleted_at="2026-04-01")
    rows = store.meeting_rows(db)
    assert [r.id for r in rows] == [same, later, first, old]
    assert rows[2] == store.MeetingRow(first, "2026-03-10", "10:00", "이사회", board, "이사회", 1, "", "사무국", True,
                                       4, 2, 3, 2)
    assert rows[1].online is False and rows[1].invited == 1 and rows[1].title == "오후 회의"
    assert rows[0].body_name == ""
    assert [r.id for r in store.meeting_rows(db, body_id=board)] == [later, first]
    assert [r.id for r in store.meeting_rows(db, kind="월례회")] == [same]
    assert [r.id for r in store.meeting_rows(db, year=2025)] == [old]
    assert [r.id for r in store.meeting_rows(db, body_id=board, kind="이사회", year=2026)] == [later, first]
    assert store.meeting_rows(db, body_id=board, year=2025) == []
    assert store.meeting_years(db) == [2026, 2025]


def test_the_roll_on_a_day_follows_terms_chair_first_and_each_person_once(db):
    ids = _small_network(db)
    board = ids["이사회"]
    for person, role, started, ended in ((ids["김가람"], "위원", "2025-01-01", ""),
                                         (ids["이나래"], "위원장", "", "2026-12-31"),
                                         (ids["김가람"], "부위원장", "2026-01-01", ""),
                                         (ids["박지운"], "위원", "2026-03-11", ""),
                                         (ids["최무소속"], "위원", "2024-01-01", "2026-03-09")):
        _add(db, "body_members", body_id=board, person_id=person, role=role, started_on=started, ended_on=ended)
    gone = _add(db, "people", name="지운사람", deleted_at="2026-01-01")
    _add(db, "body_members", body_id=board, person_id=gone, role="위원")
    namesake = _add(db, "people", name="김가람", organisation_id=ids["나래"], title="이사", affiliation="회원사")
    _add(db, "body_members", body_id=ids["교육분과"], person_id=namesake, role="위원")
    assert [m.person_id for m in store.roster(db, ids["교육분과"], "2026-03-10")] == [namesake]
    _add(db, "body_members", body_id=board, person_id=namesake, role="위원", started_on="2026-06-01")
    assert [m.person_id for m in store.roster(db, board, "2026-06-01")] == [ids["이나래"], ids["김가람"], ids["박지운"],
                                                                          namesake]
    roll = store.roster(db, board, "2026-03-10")
    assert roll == [store.RosterMember(ids["이나래"], "이나래", "나래", "팀장", "회원사", "위원장"),
                    store.RosterMember(ids["김가람"], "김가람", "가람", "팀장", "회원사", "부위원장")]
    assert [m.person_id for m in store.roster(db, board, "2026-03-11")] == [ids["이나래"], ids["김가람"], ids["박지운"]]
    assert store.roster(db, board, "2026-03-11")[2].organisation == ""
    assert [m.person_id for m in store.roster(db, board, "2026-03-09")] == [ids["이나래"], ids["김가람"],
                                                                          ids["최무소속"]]
    assert [m.person_id for m in store.roster(db, board, "2027-01-01")] == [ids["김가람"], ids["박지운"], namesake]


def test_member_organisations_on_a_day_and_those_present_at_a_meeting(db):
    ids = _small_network(db)
    _add(db, "membership_periods", organisation_id=ids["가람"], joined_on="2025-03-01", left_on="")
    _add(db, "membership_periods", organisation_id=ids["나래"], joined_on="2024-01-01", left_on="2025-06-30")
    _add(db, "membership_periods", organisation_id=ids["지운곳"], joined_on="2024-01-01", left_on="")
    assert store.member_organisation_ids(db, "2025-03-01") == {ids["가람"], ids["나래"]}
    assert store.member_organisation_ids(db, "2025-06-30") == {ids["가람"], ids["나래"]}
    assert store.member_organisation_ids(db, "2025-07-01") == {ids["가람"]}
    assert store.member_organisation_ids(db, "2025-02-28") == {ids["나래"]}
    meeting = _add(db, "meetings", kind="정기총회", date="2026-02-20")
    for person, status in ((ids["김가람"], "present"), (ids["이나래"], "late"), (ids["박지운"], "absent"),
                           (ids["최무소속"], "present")):
        _add(db, "meeting_attendees", meeting_id=meeting, person_id=person, status=status)
    _add(db, "meeting_attendees", meeting_id=meeting, guest_name="손님", status="present")
    assert store.organisations_present(db, meeting) == {ids["가람"], ids["나래"]}
    assert store.organisation_ids_of(db, [ids["김가람"], ids["박지운"], ids["최무소속"]]) == {ids["가람"], ids["지운곳"]}
    assert store.organisation_ids_of(db, []) == set()


def test_a_quorum_rule_is_stored_replaced_and_read_back(db):
    ids = _small_network(db)
    assert store.quorum_rule(db, ids["이사회"]) is None
    store.set_quorum_rule(db, ids["이사회"], QuorumRule("fixed", "member_organisations", 7, "정관 제5조"))
    store.set_quorum_rule(db, ids["교육분과"], QuorumRule("two_thirds"))
    assert store.quorum_rule(db, ids["이사회"]) == QuorumRule("fixed", "member_organisations", 7, "정관 제5조")
    store.set_quorum_rule(db, ids["이사회"], QuorumRule("majority", "body_members", 0, "바뀜"))
    assert store.quorum_rule(db, ids["이사회"]) == QuorumRule("majority", "body_members", 0, "바뀜")
    assert store.quorum_rule(db, ids["교육분과"]) == QuorumRule("two_thirds")


def test_open_actions_soonest_first_with_their_meeting_and_owner(db):
    ids = _small_network(db)
    board, study = ids["이사회"], ids["교육분과"]
    march = _add(db, "meetings", kind="이사회", body_id=board, number=2, date="2026-03-10")
    april = _add(db, "meetings", kind="분과모임", body_id=study, number=1, date="2026-04-01")
    gone = _add(db, "meetings", kind="이사회", body_id=board, date="2026-02-01", deleted_at="2026-02-02")
    rows = ((march, 0, "기한 없음", "", "예정", {}), (march, 1, "늦은 기한", "2026-06-01", "진행중", {"owner_body_id": study}),
            (april, 0, "이른 기한", "2026-05-01", "예정", {"owner_person_id": ids["김가람"], "owner_name": "딴이름",
                                                  "done_on": "2026-04-30", "task_id": 77, "note": "메모"}),
            (april, 1, "적은 담당", "2026-05-01", "예정", {"owner_name": "박손님"}),
            (march, 2, "끝난 일", "2026-01-01", "완료", {}), (gone, 0, "지운 회의", "2026-01-01", "예정", {}))
    action = {what: _add(db, "action_items", meeting_id=m, position=p, what=what, due_on=due, status=status, **extra)
              for m, p, what, due, status, extra in rows}
    found = store.open_actions(db)
    assert [a.action.what for a in found] == ["이른 기한", "적은 담당", "늦은 기한", "기한 없음"]
    first = found[0]
    assert first.action == ActionItem(what="이른 기한", owner_person_id=ids["김가람"], owner_name="딴이름",
                                      due_on="2026-05-01", status="예정", done_on="2026-04-30", task_id=77, note="메모",
                                      meeting_id=april, id=action["이른 기한"])
    assert (first.meeting_date, first.meeting_title, first.body_id, first.owner) == ("2026-04-01", "2026년 교육분과 제1차 모임", study,
                                                                                   "김가람")
    assert [a.owner for a in found[1:]] == ["박손님", "교육분과", "(담당 미정)"]
    assert found[3].meeting_title == "2026년 제2차 이사회" and found[3].body_id == board
    assert found[2].action.owner_body_id == study and found[2].action.status == "진행중"
    assert [a.action.what for a in store.open_actions(db, body_id=board)] == ["늦은 기한", "기한 없음"]
    assert [a.action.what for a in store.open_actions(db, before="2026-04-01")] == ["늦은 기한", "기한 없음"]
    assert store.open_actions(db, body_id=study, before="2026-04-01") == []


def test_actions_carried_into_an_agenda_are_known(db):
    meeting = _add(db, "meetings", kind="이사회", date="2026-03-10")
    later = _add(db, "meetings", kind="이사회", date="2026-04-10")
    carried = _add(db, "action_items", meeting_id=meeting, what="가져갈 일")
    _add(db, "agenda_items", meeting_id=later, title="이어서", from_action_id=carried)
    _add(db, "agenda_items", meeting_id=later, title="새 안건")
    assert store.agenda_action_ids(db, later) == {carried}
    assert store.agenda_action_ids(db, meeting) == set()


def test_attendance_rows_count_alike_invitations_together_in_the_order_first_held(db):
    ids = _small_network(db)
    board = ids["이사회"]
    days = ("2026-01-10", "2026-02-10", "2026-03-10")
    meetings = [_add(db, "meetings", kind="이사회", body_id=board, date=day) for day in days]
    other = _add(db, "meetings", kind="월례회", date="2026-02-15")
    _add(db, "meetings", kind="이사회", body_id=board, date="2026-02-20", deleted_at="2026-02-21")
    for meeting in meetings:
        _add(db, "meeting_attendees", meeting_id=meeting, person_id=ids["김가람"], status="present")
    _add(db, "meeting_attendees", meeting_id=meetings[0], person_id=ids["이나래"], status="absent")
    _add(db, "meeting_attendees", meeting_id=meetings[1], person_id=ids["이나래"], status="late")
    _add(db, "meeting_attendees", meeting_id=meetings[1], person_id=ids["최무소속"], status="invited")
    _add(db, "meeting_attendees", meeting_id=meetings[2], guest_name="윤손님", guest_organisation="대학",
         affiliation="연구진", status="excused")
    _add(db, "meeting_attendees", meeting_id=other, guest_name="윤손님", affiliation="연구진", status="present")
    rows = store.attendance_rows(db, "2026-01-10", "2026-03-10")
    person, nare = f"p{ids['김가람']}", f"p{ids['이나래']}"
    assert rows == [AttendanceRow(person, "김가람", "가람", "회원사", True, 3),
                    AttendanceRow(nare, "이나래", "나래", "회원사", False, 1),
                    AttendanceRow(nare, "이나래", "나래", "회원사", True, 1),
                    AttendanceRow("g윤손님", "윤손님", "", "연구진", True, 1),
                    AttendanceRow("g윤손님", "윤손님", "대학", "연구진", False, 1)]
    assert store.attendance_rows(db, "2026-02-10", "2026-02-14") == [AttendanceRow(person, "김가람", "가람", "회원사", True, 1),
                                                                     AttendanceRow(nare, "이나래", "나래", "회원사", True, 1)]
    assert [r.times for r in store.attendance_rows(db, "2026-01-01", "2026-12-31", body_id=board)] == [3, 1, 1, 1]
    assert [r.key for r in store.attendance_rows(db, "2026-01-01", "2026-12-31", kind="월례회")] == ["g윤손님"]


def test_meetings_held_per_body_or_kind_most_first(db):
    ids = _small_network(db)
    for day in ("2026-01-10", "2026-02-10", "2026-12-31"):
        _add(db, "meetings", kind="이사회", body_id=ids["이사회"], date=day)
    _add(db, "meetings", kind="이사회", body_id=ids["이사회"], date="2027-01-01")
    _add(db, "meetings", kind="이사회", body_id=ids["이사회"], date="2026-03-01", deleted_at="2026-03-02")
    for day in ("2026-01-01", "2026-05-05"):
        _add(db, "meetings", kind="월례회", date=day)
    _add(db, "meetings", kind="분과모임", body_id=ids["교육분과"], date="2026-04-04")
    _add(db, "meetings", kind="워크숍", date="2026-04-05")
    assert store.meetings_held(db, "2026-01-01", "2026-12-31") == [("이사회", 3), ("월례회", 2), ("교육분과", 1),
                                                                    ("워크숍", 1)]


def test_names_numbers_and_people_to_invite(db):
    ids = _small_network(db)
    gone = _add(db, "people", name="가지운", deleted_at="2026-01-01")
    assert store.person_names(db, {ids["김가람"], gone}) == {ids["김가람"]: "김가람", gone: "가지운"}
    assert store.person_names(db, set()) == {}
    board = ids["이사회"]
    for number, day, kind, deleted in ((3, "2026-03-01", "이사회", None), (5, "2026-05-01", "이사회", None),
                                       (9, "2026-04-01", "이사회", "2026-04-02"), (8, "2026-04-02", "워크숍", None),
                                       (7, "2025-12-01", "이사회", None)):
        _add(db, "meetings", kind=kind, body_id=board, number=number, date=day, deleted_at=deleted)
    _add(db, "meetings", kind="이사회", body_id=ids["교육분과"], number=6, date="2026-04-01")
    assert store.highest_number(db, board, "2026-05-01", "이사회") == 3
    assert store.highest_number(db, board, "2026-05-02", "이사회") == 5
    assert store.highest_number(db, board, "2026-05-02", "워크숍") == 8
    assert store.highest_number(db, board, "2026-01-01", "이사회") == 0
    choices = store.people_choices(db)
    assert [p.name for p in choices] == ["김가람", "박지운", "이나래", "최무소속"]
    assert choices[0] == store.RosterMember(ids["김가람"], "김가람", "가람", "팀장", "회원사", "")
    assert choices[1].organisation == ""
