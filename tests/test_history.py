"""The change history and undo/redo: every change recorded, undone and redone whole, kept across a restart."""

import sqlite3

import pytest

from seecodesk.core.members import Consent, Designation, DuesPayment, MembershipPeriod, Organisation, Person, Role
from seecodesk.services.history import HistoryService
from seecodesk.services.members import MemberService
from seecodesk.services.workspace import open_workspace


def _org(name="가람청년협동조합", **changes):
    org = Organisation(name=name, business_number="124-81-00998", representative="한도윤",
                       designations=[Designation("협동조합", number="C-1")],
                       memberships=[MembershipPeriod("2021-01-10")], dues=[DuesPayment(2025, 120_000)])
    for key, value in changes.items():
        setattr(org, key, value)
    return org


def _changes(db, table):
    return db.execute("SELECT action, before, after FROM history_changes WHERE table_name = ? ORDER BY id",
                      [table]).fetchall()


def _snapshot(db):
    tables = ["organisations", "designations", "membership_periods", "dues", "people", "person_roles", "consents"]
    return {t: db.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}


def test_history_recorded_for_insert_update_and_delete(db):
    service = MemberService(db)
    org = service.save_organisation(_org())
    assert [a for a, _, _ in _changes(db, "organisations")] == ["insert"]
    assert '"name":"가람청년협동조합"' in _changes(db, "organisations")[0][2]
    org.phone = "041-730-1234"
    service.save_organisation(org)
    action, before, after = _changes(db, "organisations")[-1]
    assert action == "update" and '"phone":""' in before and '"phone":"041-730-1234"' in after
    assert '"name"' not in after  # only what changed
    db.execute("DELETE FROM designations WHERE organisation_id = ?", [org.id])
    assert _changes(db, "designations")[-1][0] == "delete"
    when, table, record = db.execute(
        "SELECT changed_at, table_name, record_id FROM history_changes ORDER BY id DESC LIMIT 1").fetchone()
    assert (table, record) == ("designations", org.designations[0].id) and len(when) == 19


def test_history_of_one_organisation_shows_its_children_with_the_operation_label(db):
    service = MemberService(db)
    org = service.save_organisation(_org())
    changes = service.history.record_changes("organisations", org.id)
    assert {c.table for c in changes} == {"organisations", "designations", "membership_periods", "dues"}
    assert {c.operation_label for c in changes} == {"회원사 추가 (가람청년협동조합)"}


def test_undo_and_redo_of_an_edit_round_trip_with_children(db):
    service = MemberService(db)
    org = service.save_organisation(_org())
    person = service.save_person(Person("김나연", organisation_id=org.id, mobile="010-1234-5678",
                                        roles=[Role("간사")], consents=[Consent("2024-01-02", "연락처", "연락", "3년")]))
    before = _snapshot(db)
    org.designations = [Designation("사회적기업", "일자리제공형")]
    org.dues = []
    service.save_organisation(org)
    person.roles, person.consents, person.title = [], [], "대표"
    service.save_person(person)
    after = _snapshot(db)
    assert service.history.labels()[0] == "사람 수정 (김나연)"
    assert service.history.undo().label == "사람 수정 (김나연)"
    assert service.history.undo().label == "회원사 수정 (가람청년협동조합)"
    assert _snapshot(db) == before
    assert service.history.labels() == ("사람 추가 (김나연)", "회원사 수정 (가람청년협동조합)")
    service.history.redo()
    service.history.redo()
    assert _snapshot(db) == after
    assert service.history.redo() is None


def test_undo_of_a_hard_delete_restores_cascaded_children_and_keeps_foreign_keys(db):
    service = MemberService(db)
    org = service.save_organisation(_org())
    service.save_person(Person("김나연", organisation_id=org.id, roles=[Role("간사")]))
    before = _snapshot(db)
    with service.history.operation("회원사 완전 삭제 (가람청년협동조합)"):
        db.execute("DELETE FROM organisations WHERE id = ?", [org.id])  # children cascade, the person is set free
    assert db.execute("SELECT count(*) FROM designations").fetchone()[0] == 0
    service.history.undo()
    assert _snapshot(db) == before
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_new_change_clears_redo(db):
    service = MemberService(db)
    first = service.save_organisation(_org())
    service.delete_organisations([first.id])
    service.history.undo()
    assert service.history.labels()[1] == "회원사 삭제 (가람청년협동조합)"
    service.save_organisation(_org(name="새 조합", business_number=""))
    assert service.history.labels() == ("회원사 추가 (새 조합)", "")


def test_a_failed_operation_leaves_neither_changes_nor_history(db):
    service = MemberService(db)
    with pytest.raises(sqlite3.IntegrityError), service.history.operation("실패할 작업"):
        db.execute("INSERT INTO organisations (name, name_key) VALUES ('반쪽', '반쪽')")
        db.execute("INSERT INTO organisations (name, name_key) VALUES ('', '')")
    assert db.execute("SELECT count(*) FROM history_operations").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM organisations").fetchone()[0] == 0


def test_changes_made_without_an_operation_are_undone_as_one(db):
    history = HistoryService(db)
    db.execute("INSERT INTO meetings (kind, title, date) VALUES ('이사회', '정기 이사회', '2025-03-04')")
    assert history.labels()[0] == "변경: 회의 1건"
    history.undo()
    assert db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0


def _written_by_another_program(path, names):
    conn = sqlite3.connect(path)
    conn.executemany("INSERT INTO organisations (name, name_key) VALUES (?, ?)", [(n, n) for n in names])
    conn.commit()
    conn.close()


def test_changes_another_program_made_are_filed_through_a_connection_of_its_own(demo_path):
    from seecodesk.services.history import file_orphans_of

    _written_by_another_program(demo_path, ["외부 협동조합 1", "외부 협동조합 2"])
    workspace = open_workspace(demo_path, lock=False)
    try:
        history = workspace.history
        before = history.labels(file_orphans=False)
        assert before == ("변경", "") and history.has_orphans()  # named, not filed: nothing written
        assert file_orphans_of(demo_path) is True
        assert not history.has_orphans() and history.labels() == ("변경: 회원사 2곳", "")
        assert file_orphans_of(demo_path) is False  # nothing left to file
        assert history.undo().label == "변경: 회원사 2곳"
        names = [r.name for r in workspace.members.directory()]
        assert "외부 협동조합 1" not in names and "외부 협동조합 2" not in names
    finally:
        workspace.close()


def test_undo_survives_a_restart(demo_path):
    workspace = open_workspace(demo_path, lock=False)
    org_id = workspace.members.directory()[0].id
    name = workspace.members.organisation(org_id).name
    workspace.members.delete_organisations([org_id])
    workspace.close()
    again = open_workspace(demo_path, lock=False)
    try:
        assert again.history.labels()[0] == f"회원사 삭제 ({name})"
        assert again.history.undo().label == f"회원사 삭제 ({name})"
        assert again.members.organisation(org_id).name == name
    finally:
        again.close()


def test_a_deleted_person_is_brought_back_from_the_history(db):
    service = MemberService(db)
    person = service.save_person(Person("김나연", roles=[Role("간사")]))
    service.delete_person(person.id)
    deleted = service.history.deleted_records("people")
    assert [(d.record_id, d.name) for d in deleted] == [(person.id, "김나연")]
    assert service.history.restore("people", person.id) == "되살리기: 사람 (김나연)"
    assert service.person(person.id).roles[0].role == "간사"
    assert service.history.deleted_records("people") == []


def test_a_removed_meeting_comes_back_with_its_agenda(db):
    history = HistoryService(db)
    meeting = db.execute("INSERT INTO meetings (kind, title, date) VALUES ('이사회', '정기 이사회', '2025-03-04')").lastrowid
    db.execute("INSERT INTO agenda_items (meeting_id, title) VALUES (?, '예산 승인')", [meeting])
    history.labels()
    db.execute("DELETE FROM meetings WHERE id = ?", [meeting])
    assert [d.name for d in history.deleted_records("meetings")] == ["정기 이사회"]
    history.restore("meetings", meeting)
    assert db.execute("SELECT title FROM agenda_items WHERE meeting_id = ?", [meeting]).fetchone()[0] == "예산 승인"


def test_an_edit_shows_only_what_changed_not_the_children_written_back(db):
    service = MemberService(db)
    org = service.save_organisation(_org())
    org.phone = "041-730-1234"
    service.save_organisation(org)  # the form writes designations, periods and dues back unchanged
    edits = [c for c in service.history.record_changes("organisations", org.id)
             if c.operation_label.startswith("회원사 수정")]
    assert [(c.table, c.action) for c in edits] == [("organisations", "update")]


def test_a_table_with_bytes_is_recorded_and_undone_too(db):
    from seecodesk.storage.history_triggers import install_history_triggers

    db.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, data BLOB, organisation_id INTEGER REFERENCES organisations(id))")
    install_history_triggers(db)  # what migrate() does after a later migration adds a table
    history = HistoryService(db)
    with history.operation("사진 추가"):
        db.execute("INSERT INTO photos (data) VALUES (?)", [b"\x00\xff\x10"])
    with history.operation("사진 바꿈"):
        db.execute("UPDATE photos SET data = ? WHERE id = 1", [b"\x01"])
    history.undo()
    assert db.execute("SELECT data FROM photos").fetchone()[0] == b"\x00\xff\x10"
    history.undo()
    history.redo()
    assert db.execute("SELECT data FROM photos").fetchone()[0] == b"\x00\xff\x10"


def _import(db, tmp_path, rows):
    import csv

    from seecodesk.exchange.member_import import build_preview
    from seecodesk.exchange.reading import read_table
    from seecodesk.services.member_import import import_members

    source = tmp_path / "명단.csv"
    with open(source, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([["기업명", "대표자", "전화", "인증구분", "가입일"],
                                      *[[f"가져온협동조합{i}", f"대표{i}", f"041-730-{i:04d}", "협동조합", "2021-03-05"]
                                        for i in range(rows)]])
    return import_members(db, build_preview(read_table(source), db))


def test_an_import_keeps_one_small_history_row_per_organisation(db, tmp_path):
    result = _import(db, tmp_path, 30)
    assert result.added == 30
    rows = db.execute("SELECT table_name, action, after FROM history_changes").fetchall()
    assert {(t, a, after) for t, a, after in rows} == {("organisations", "insert", None)} and len(rows) == 30
    assert db.execute("SELECT count(*) FROM designations").fetchone()[0] == 30  # written, just not copied into history


def test_an_import_is_undone_and_redone_whole_with_its_designations_and_periods(db, tmp_path):
    history = HistoryService(db)
    before = _snapshot(db)
    _import(db, tmp_path, 12)
    imported = _snapshot(db)
    assert history.undo().effect == "회원사 12곳 지움"
    assert _snapshot(db) == before
    assert history.redo() is not None
    assert _snapshot(db) == imported
    history.undo()
    assert _snapshot(db) == before
    history.redo()
    assert _snapshot(db) == imported


def test_an_imported_organisation_shows_its_import_and_comes_back_after_deletion(db, tmp_path):
    service = MemberService(db)
    _import(db, tmp_path, 3)
    org_id = db.execute("SELECT id FROM organisations WHERE name = '가져온협동조합1'").fetchone()[0]
    changes = service.history.record_changes("organisations", org_id)
    assert [(c.action, c.operation_label) for c in changes] == [("insert", "가져오기: 회원사 3곳")]
    with service.history.operation("지움"):
        db.execute("DELETE FROM organisations WHERE id = ?", [org_id])
    assert db.execute("SELECT count(*) FROM designations WHERE organisation_id = ?", [org_id]).fetchone()[0] == 0
    service.history.restore("organisations", org_id)
    assert db.execute("SELECT name FROM organisations WHERE id = ?", [org_id]).fetchone()[0] == "가져온협동조합1"
    assert db.execute("SELECT count(*) FROM designations WHERE organisation_id = ?", [org_id]).fetchone()[0] == 1


def _age_operations(db, years):
    db.execute(f"UPDATE history_operations SET created_at = datetime(created_at, '-{years} years')")
    db.execute(f"UPDATE history_changes SET changed_at = datetime(changed_at, '-{years} years')")


def test_history_older_than_the_years_kept_is_trimmed_but_never_what_undo_can_reach(db):
    from seecodesk.services import history as history_module
    from seecodesk.services.settings import set_setting

    service = MemberService(db)
    old = [service.save_organisation(_org(f"오래된조합{i}", business_number="")) for i in range(4)]
    with service.history.operation("오래된 삭제"):
        db.execute("DELETE FROM organisations WHERE id = ?", [old[0].id])
    _age_operations(db, 6)
    recent = service.save_organisation(_org("최근조합", business_number=""))
    history = service.history
    history_module.UNDO_DEPTH, depth = 2, history_module.UNDO_DEPTH
    try:
        assert history.trim() == 4  # five old operations, the newest two (one old, one recent) still undoable
    finally:
        history_module.UNDO_DEPTH = depth
    assert history.labels()[0] == "회원사 추가 (최근조합)"
    assert [r.name for r in history.deleted_records("organisations")] == ["오래된조합0"]  # its delete is within reach
    assert history.record_changes("organisations", recent.id)
    history.undo()
    history.undo()
    assert db.execute("SELECT count(*) FROM organisations WHERE id = ?", [old[0].id]).fetchone()[0] == 1
    set_setting(db, history_module.KEEP_YEARS_SETTING, "0")  # 0 keeps everything
    _age_operations(db, 20)
    assert history.trim() == 0


def test_closing_the_window_trims_old_history_before_the_backup(demo_path):
    from seecodesk.gui.safety.window_hooks import close_with_backup
    from seecodesk.services import backups

    workspace = open_workspace(demo_path, lock=False)
    workspace.members.save_organisation(_org("닫기전조합", business_number=""))
    _age_operations(workspace.db, 7)
    for _ in range(3):
        workspace.members.save_organisation(_org(f"최근{_}", business_number=""))
    operations = workspace.db.execute("SELECT count(*) FROM history_operations").fetchone()[0]
    from seecodesk.services import history as history_module
    history_module.UNDO_DEPTH, depth = 3, history_module.UNDO_DEPTH
    try:
        close_with_backup(workspace)
    finally:
        history_module.UNDO_DEPTH = depth
    newest = backups.list_backups(demo_path)[0]
    conn = sqlite3.connect(newest.path)
    assert conn.execute("SELECT count(*) FROM history_operations").fetchone()[0] < operations
    assert conn.execute("SELECT count(*) FROM history_operations WHERE label LIKE '%최근%'").fetchone()[0] == 3
    conn.close()


def test_unit_undo_effect_names_the_main_records_and_what_happens_to_them():
    from seecodesk.core.history import undo_effect

    counts = {("organisations", "insert"): 977, ("people", "insert"): 3, ("designations", "insert"): 12}
    assert undo_effect(counts) == "회원사 977곳 지움, 사람 3명 지움"
    assert undo_effect(counts, redo=True) == "회원사 977곳 다시 추가, 사람 3명 다시 추가"
    assert undo_effect({("dues", "update"): 2, ("designations", "delete"): 1}) == "인증·지정 1건 되살림, 회비 2건 되돌림"
    assert undo_effect({("people", "update"): 1, ("people", "hide"): 2}) == "사람 2명 되살림"
    assert undo_effect({("people", "unhide"): 4}) == "사람 4명 다시 지움"
    assert undo_effect({("people", "unhide"): 4}, redo=True) == "사람 4명 되살림"
    assert undo_effect({("people", "delete"): 1}, redo=True) == "사람 1명 다시 지움"
    assert undo_effect({("people", "update"): 1}, redo=True) == "사람 1명 다시 바꿈"
    assert undo_effect({("people", "insert"): 0}) == ""
    many = {(t, "insert"): 1 for t in ("organisations", "people", "meetings", "plans")}
    assert undo_effect(many) == "회원사 1곳 지움, 사람 1명 지움, 회의 1건 지움"  # three at most
    assert undo_effect({("weird_table", "insert"): 1200}) == "weird_table 1,200건 지움"


def test_unit_change_kind_and_orphan_label():
    from seecodesk.core.history import change_kind, counted, field_word, orphan_label, shown_value, table_noun

    assert change_kind("update", {"deleted_at": "2026-01-01"}) == "hide"
    assert change_kind("update", {"deleted_at": None}) == "unhide"
    assert change_kind("update", {"name": "x"}) == "update" and change_kind("update", None) == "update"
    assert change_kind("insert", {"deleted_at": "2026-01-01"}) == "insert"
    assert orphan_label({}) == "변경"
    assert orphan_label({"plan_months": 3}) == "변경: 일정 표시 3칸"
    assert orphan_label({"plan_months": 3, "agenda_items": 5}) == "변경: 안건 5건 외"
    assert orphan_label({"plan_months": 30, "meetings": 1}) == "변경: 회의 1건 외"
    assert (counted("organisations", 1234), table_noun("people"), table_noun("x_table")) == ("회원사 1,234곳", "사람", "x_table")
    assert (field_word("business_number"), field_word("odd_column")) == ("사업자등록번호", "odd_column")
    assert (shown_value(None), shown_value(0), shown_value("가")) == ("", "0", "가")


def test_unit_a_moment_is_shown_as_the_window_shows_moments():
    from seecodesk.core.history import shown_when

    assert shown_when("2026-12-05 09:15:42") == "2026. 12. 5. 09:15"
    assert shown_when("2026-03-01") == "2026. 3. 1."  # a day alone has no clock
    assert (shown_when(None), shown_when(""), shown_when("어제")) == ("", "", "어제")
