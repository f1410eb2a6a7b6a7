"""Personal data: 파기 leaves no trace in the file's bytes, 익명화, a person's data on request, the log, the CLI."""

import json
import subprocess
import sys

from seecodesk.cli.main import main
from seecodesk.core.members import Consent, Person, Role
from seecodesk.services.privacy import PrivacyService
from seecodesk.services.workspace import open_workspace
from seecodesk.storage.personal_data import person_references

NAME, MOBILE, EMAIL = "탁하늘빛", "010-2468-1357", "sky.tak@example.kr"


def _traceable_person(db):
    """A person added to the demo everywhere a person can be: roles, consent, a body, meetings, agenda, actions, mentoring."""
    from seecodesk.services.members import MemberService

    person = MemberService(db).save_person(Person(
        NAME, organisation_id=3, title="사무국장", mobile=MOBILE, email=EMAIL, notes=f"{NAME} 메모",
        roles=[Role("간사", "가람돌봄")], consents=[Consent("2021-03-05", "연락처, 이메일", "연락", "탈퇴 후 3년")]))
    pid = person.id
    db.execute("INSERT INTO body_members (body_id, person_id) VALUES ((SELECT min(id) FROM bodies), ?)", [pid])
    meeting = db.execute("SELECT min(id) FROM meetings").fetchone()[0]
    db.execute("INSERT INTO meeting_attendees (meeting_id, person_id, status) VALUES (?, ?, 'present')", [meeting, pid])
    db.execute("INSERT INTO agenda_items (meeting_id, title, presenter_id, presenter_name) VALUES (?, '보고', ?, ?)",
               [meeting, pid, NAME])
    db.execute("INSERT INTO action_items (meeting_id, what, owner_person_id, owner_name) VALUES (?, '정리', ?, ?)",
               [meeting, pid, NAME])
    db.execute("UPDATE meetings SET recorder_id = ? WHERE id = ?", [pid, meeting])
    db.execute("INSERT INTO mentor_offers (organisation_id, person_id) VALUES (3, ?)", [pid])
    db.execute("INSERT INTO consulting_applications (company_name, organisation_id, manager_name, manager_mobile) "
               "VALUES ('가람돌봄사회적협동조합', 3, ?, ?)", [NAME, MOBILE.replace("-", "")])
    return pid, NAME, MOBILE


def _file_bytes(path):
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_after_destroying_a_person_the_name_and_phone_are_nowhere_in_the_db_file_and_wal(demo_path):
    workspace = open_workspace(demo_path, lock=False)
    person_id, name, mobile = _traceable_person(workspace.db)
    person = workspace.members.person(person_id)
    person.title = "새 직함"  # leaves the name in the history and in WAL pages
    workspace.members.save_person(person)
    workspace.members.delete_person(person_id)
    workspace.history.undo()
    assert name.encode() in _file_bytes(demo_path)
    result = PrivacyService(workspace.db, demo_path).destroy([person_id])
    assert result.count == 1 and result.compacted
    for needle in (name, mobile, mobile.replace("-", ""), EMAIL):
        assert needle.encode("utf-8") not in _file_bytes(demo_path), needle
    workspace.close()
    for needle in (name, mobile):
        assert needle.encode("utf-8") not in _file_bytes(demo_path), needle


def test_destroying_removes_the_person_from_every_table_that_refers_to_people(demo_db, demo_path):
    person_id, name, _ = _traceable_person(demo_db)
    references = person_references(demo_db)
    assert {t for t, _, _ in references} >= {"person_roles", "consents", "body_members", "meeting_attendees",
                                              "agenda_items", "action_items", "mentor_offers", "meetings"}
    PrivacyService(demo_db, demo_path).destroy([person_id])
    for table, column, _ in references:
        assert demo_db.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", [person_id]).fetchone()[0] == 0
    assert demo_db.execute("SELECT count(*) FROM people WHERE id = ?", [person_id]).fetchone()[0] == 0
    assert demo_db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert demo_db.execute("SELECT count(*) FROM history_changes WHERE instr(coalesce(before,'') || coalesce(after,''), ?)",
                           [name]).fetchone()[0] == 0


def test_destroying_is_logged_without_personal_data_and_closes_the_undo_stack(demo_db, demo_path):
    person_id, name, mobile = _traceable_person(demo_db)
    service = PrivacyService(demo_db, demo_path)
    from seecodesk.services.history import HistoryService

    history = HistoryService(demo_db)
    demo_db.execute("UPDATE people SET title = '간사' WHERE id = ?", [person_id])
    assert history.labels()[0]
    service.destroy([person_id])
    assert history.labels() == ("", "")
    (when, action, count, reason), = service.log()
    assert (action, count, reason) == ("파기", 1, "보유기간 경과") and len(when) == 19
    logged = json.dumps(demo_db.execute("SELECT * FROM privacy_log").fetchall(), ensure_ascii=False)
    assert name not in logged and mobile not in logged


def test_the_backup_made_before_destroying_is_named_as_still_holding_the_person(demo_db, demo_path):
    person_id, _, _ = _traceable_person(demo_db)
    result = PrivacyService(demo_db, demo_path).destroy([person_id])
    assert result.backup is not None and result.backup.parent.name == f"{demo_path.stem}_backups"
    assert result.holding_backups == [result.backup]
    assert "아직 남아 있습니다" in result.message() and "파기 전" in result.message()  # named as the backup list names it


def test_anonymising_keeps_attendance_without_name_numbers_or_consents(demo_db, demo_path):
    person_id, name, mobile = _traceable_person(demo_db)
    attended = demo_db.execute("SELECT count(*) FROM meeting_attendees WHERE person_id = ?", [person_id]).fetchone()[0]
    PrivacyService(demo_db, demo_path).anonymise([person_id])
    row = demo_db.execute("SELECT name, mobile, email FROM people WHERE id = ?", [person_id]).fetchone()
    assert tuple(row) == ("(익명)", "", "")
    assert demo_db.execute("SELECT count(*) FROM meeting_attendees WHERE person_id = ?", [person_id]).fetchone()[0] == attended
    assert demo_db.execute("SELECT count(*) FROM consents WHERE person_id = ?", [person_id]).fetchone()[0] == 0
    assert name.encode() not in _file_bytes(demo_path) and mobile.encode() not in _file_bytes(demo_path)


def test_the_retention_list_holds_people_past_their_period(db):
    from seecodesk.services.members import MemberService

    members = MemberService(db)
    members.save_person(Person("기간지남", consents=[Consent("2020-01-02", "연락처", retention="동의일로부터 2년")]))
    members.save_person(Person("기간남음", consents=[Consent("2025-01-02", "연락처", retention="동의일로부터 2년")]))
    members.save_person(Person("철회함", consents=[Consent("2025-01-02", "연락처", retention="탈퇴 후 3년",
                                                          withdrawn_on="2025-06-01")]))
    members.save_person(Person("회원중", consents=[Consent("2015-01-02", "연락처", retention="탈퇴 후 3년")]))
    due = PrivacyService(db, None).retention_due()
    assert [(e.name, e.due_on.isoformat()) for e in due] == [("기간지남", "2022-01-02"), ("철회함", "2025-06-01")]


def test_person_export_writes_everything_held_as_utf8_json(demo_path, tmp_path, capsys):
    conn = open_workspace(demo_path, lock=False)
    person_id, name, mobile = _traceable_person(conn.db)
    conn.close()
    out = tmp_path / "열람.json"
    assert main(["person", "export", str(person_id), str(out), "--db", str(demo_path)]) == 0
    text = out.read_text(encoding="utf-8")
    assert name in text and "\\u" not in text  # Hangul as Hangul
    record = json.loads(text)
    assert record["person"]["mobile"] == mobile
    assert record["consents"] and record["attendance"] and record["body_memberships"]
    assert "저장했습니다" in capsys.readouterr().out


def test_person_forget_on_the_command_line_and_its_errors(demo_path, tmp_path):
    conn = open_workspace(demo_path, lock=False)
    person_id, name, _ = _traceable_person(conn.db)
    conn.close()
    run = [sys.executable, "-m", "seecodesk", "person", "forget"]
    done = subprocess.run([*run, str(person_id), "--db", str(demo_path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "1명의 개인정보를 파기했습니다" in done.stdout
    assert name.encode() not in _file_bytes(demo_path)
    again = subprocess.run([*run, str(person_id), "--db", str(demo_path)], capture_output=True, text=True, check=False)
    assert again.returncode == 1 and again.stderr.strip() == f"오류: 사람을 찾을 수 없습니다: 번호 {person_id}"
    usage = subprocess.run([*run, "둘", "--db", str(demo_path)], capture_output=True, text=True, check=False)
    assert usage.returncode == 2


def test_the_result_names_text_that_still_holds_the_name(demo_db, demo_path):
    person_id, name, _ = _traceable_person(demo_db)
    demo_db.execute("UPDATE agenda_items SET discussion = ? WHERE id = (SELECT min(id) FROM agenda_items)",
                    [f"{name} 사무국장이 보고함"])
    result = PrivacyService(demo_db, demo_path).destroy([person_id])
    assert result.mentions == ["안건 논의 내용 1건"]
    assert "다른 기록의 글 속에 아직 적혀 있습니다: 안건 논의 내용 1건" in result.message()


def test_a_destroy_never_evicts_older_good_copies_and_its_own_copy_ages_out_with_the_person(demo_db, demo_path):
    from datetime import timedelta

    from seecodesk.services import backups

    first = backups.backup_and_check(demo_path)
    stamp = first.taken_at.strftime("%Y%m%d-%H%M%S")
    for hours in range(1, 12):  # more recent copies than the rotation's last ten
        old = (first.taken_at - timedelta(hours=hours)).strftime("%Y%m%d-%H%M%S")
        first.path.with_name(first.path.name.replace(stamp, old)).write_bytes(first.path.read_bytes())
    before = {info.path for info in backups.list_backups(demo_path, counts=False)}
    person_id, _, _ = _traceable_person(demo_db)
    result = PrivacyService(demo_db, demo_path).destroy([person_id])
    listed = backups.list_backups(demo_path, counts=False)
    assert {info.path for info in listed} == before | {result.backup}  # the 파기 pushed nothing out
    assert listed[0].path == result.backup and listed[0].reason_label == "파기 전"
    made = listed[0].taken_at
    for days in range(1, 12):  # the weeks after: newer copies come, and the pre-파기 copy is an ordinary one
        newer = (made + timedelta(days=days)).strftime("%Y%m%d-%H%M%S")
        first.path.with_name(first.path.name.replace(stamp, newer)).write_bytes(first.path.read_bytes())
    assert result.backup in backups.rotate_backups(demo_path, now=made + timedelta(days=60))
