"""The personal-data store: consents read for any set of people, who owns an organisation's number, what is
held about one person, and 파기/익명화 leaving none of their name or numbers behind (unit tests)."""

from dataclasses import replace

from seecodesk.core.members import Consent, Organisation, Person, Role
from seecodesk.storage import organisations as org_store
from seecodesk.storage import people as people_store
from seecodesk.storage import personal_data as store
from seecodesk.storage.contact_holders import mobile_holders

MOBILE, PHONE = "010-1234-5678", "041-730-1234"


def setup(db):
    org_id = org_store.insert_organisation(db, Organisation(name="가람", phone=PHONE))
    kim = people_store.insert_person(db, Person("김하나", organisation_id=org_id, mobile=MOBILE, phone=PHONE, email="Kim@A.kr",
                                               notes="메모", roles=[Role("위원")],
                                               consents=[Consent("2026-02-01", "연락처", third_party=True),
                                                         Consent("2025-01-01", "이메일", withdrawn_on="2025-06-01")]))
    park = people_store.insert_person(db, Person("박둘", organisation_id=org_id, mobile="010-9999-8888"))
    meeting = db.execute("INSERT INTO meetings (kind, date, title) VALUES ('이사회', '2026-03-05', '정기')").lastrowid
    db.execute("INSERT INTO meeting_attendees (meeting_id, person_id, status) VALUES (?, ?, 'present')", [meeting, kim])
    db.execute("INSERT INTO meeting_attendees (meeting_id, guest_name, guest_phone) VALUES (?, '손님', '010 1234 5678')",
               [meeting])
    db.execute("INSERT INTO agenda_items (meeting_id, title, presenter_id, presenter_name) VALUES (?, '안건', ?, '김하나')",
               [meeting, kim])
    db.execute("INSERT INTO action_items (meeting_id, what, owner_person_id, owner_name) VALUES (?, '할 일', ?, '김하나')",
               [meeting, kim])
    db.execute("INSERT INTO consulting_applications (company_name, organisation_id, manager_name, manager_email, "
               "manager_phone, manager_mobile) VALUES ('가람', ?, '다른이', 'kim@a.kr', '', '')", [org_id])
    db.execute("INSERT INTO consulting_applications (company_name, manager_name, manager_mobile) "
               "VALUES ('나루', '남', '01012345678')")
    db.execute("INSERT INTO consulting_applications (company_name, organisation_id, manager_name) VALUES ('다온', ?, '박둘')",
               [org_id])
    return org_id, kim, park, meeting


def test_unit_consents_are_read_for_any_set_of_people_by_date(db):
    _org, kim, park, _meeting = setup(db)
    everyone = store.consents_by_person(db)
    assert list(everyone) == [kim] and [c.consented_on for c in everyone[kim]] == ["2025-01-01", "2026-02-01"]
    assert everyone[kim][1].third_party is True and everyone[kim][0].third_party is False
    assert everyone[kim][0].withdrawn_on == "2025-06-01" and everyone[kim][0].id
    assert store.consents_by_person(db, []) == {} and store.consents_by_person(db, [park]) == {}
    assert store.consents_by_person(db, iter([kim, kim, park] + list(range(1000, 2000)))) == everyone


def test_unit_the_owners_of_an_organisations_number_are_its_people_who_hold_it(db):
    org_id, kim, _park, _meeting = setup(db)
    (holder,) = mobile_holders(db, ("041",))
    assert holder[:5] == (org_id, PHONE, MOBILE, PHONE, 1)
    owner = holder.owner()
    assert owner.phones == frozenset({"01012345678", "0417301234"}) and owner.consents == tuple(holder.consents())
    recorded = store.consents_by_person(db, [kim])[kim]  # what they say: the same, without the ids
    assert owner.consents == tuple(replace(c, id=None) for c in recorded) and owner.consents[1].third_party
    assert list(mobile_holders(db, ("010", "02"))) == []  # not a prefix of the organisation's number
    everyone = store.contact_owners(db)
    assert len(everyone[org_id]) == 2 and everyone[org_id][0].emails == frozenset({"kim@a.kr"})
    assert everyone[org_id][0].phones == frozenset({"01012345678", "0417301234"}) and len(everyone[org_id][0].consents) == 2
    people_store.soft_delete_person(db, kim)
    assert list(mobile_holders(db, ("041",))) == [] and len(store.contact_owners(db)[org_id]) == 1


def test_unit_the_facts_of_a_person_and_what_identifies_them(db):
    _org, kim, _park, _meeting = setup(db)
    facts = store.person_facts(db, kim)
    assert (facts.name, facts.mobile, facts.phone, facts.email) == ("김하나", MOBILE, PHONE, "Kim@A.kr")
    assert facts.needles == ["김하나", MOBILE, PHONE, "Kim@A.kr", "01012345678", "0417301234"]
    assert store.person_facts(db, 9999) is None
    short = store.PersonFacts(1, "김", "", "", "", None)
    assert short.needles == []


def test_unit_everything_held_about_one_person(db):
    org_id, kim, _park, _meeting = setup(db)
    record = store.person_record(db, kim)
    assert record["person"]["name"] == "김하나" and record["organisation"] == [{"id": org_id, "name": "가람"}]
    assert [r["role"] for r in record["roles"]] == ["위원"] and len(record["consents"]) == 2
    assert [(a["title"], a["status"]) for a in record["attendance"]] == [("정기", "present")]
    assert {f["company_name"] for f in record["consulting_forms"]} == {"가람", "나루"}
    assert "agenda_items.presenter_id" in record["other"] and "action_items.owner_person_id" in record["other"]
    assert "history" in record and store.person_record(db, 9999) == {}
    references = store.person_references(db)
    assert ("agenda_items", "presenter_id", "SET NULL") in references and ("consents", "person_id", "CASCADE") in references


def test_unit_forgetting_a_person_leaves_none_of_their_name_or_numbers(db):
    org_id, kim, park, meeting = setup(db)
    facts = store.forget_person(db, kim)
    assert facts.name == "김하나" and store.person_facts(db, kim) is None
    assert db.execute("SELECT count(*) FROM consents").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM meeting_attendees WHERE person_id IS NOT NULL").fetchone()[0] == 0
    assert db.execute("SELECT guest_phone FROM meeting_attendees").fetchall() == [("",)]
    assert db.execute("SELECT presenter_name FROM agenda_items").fetchone()[0] == ""
    assert db.execute("SELECT owner_name FROM action_items").fetchone()[0] == ""
    forms = dict(db.execute("SELECT company_name, manager_name FROM consulting_applications").fetchall())
    assert forms == {"가람": "", "나루": "", "다온": "박둘"}
    assert store.remaining_mentions(db, facts) == {("organisations", "phone"): 1}  # the organisation's own number
    assert store.person_facts(db, park) is not None and store.forget_person(db, kim) is None


def test_unit_what_the_person_left_in_free_text_is_named_by_table_and_column(db):
    _org, kim, _park, meeting = setup(db)
    db.execute("UPDATE meetings SET notes = '김하나 님 발언; 010-1234-5678' WHERE id = ?", [meeting])
    facts = store.forget_person(db, kim)
    assert store.remaining_mentions(db, facts) == {("meetings", "notes"): 1, ("organisations", "phone"): 1}


def test_unit_anonymising_keeps_the_person_nameless_without_numbers_or_consents(db):
    _org, kim, _park, _meeting = setup(db)
    store.anonymise_person(db, kim)
    row = db.execute("SELECT name, mobile, phone, email, notes, in_group_chat FROM people WHERE id = ?", [kim]).fetchone()
    assert row == (store.ANONYMOUS_NAME, "", "", "", "", 0)
    assert db.execute("SELECT count(*) FROM consents").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM meeting_attendees WHERE person_id = ?", [kim]).fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM person_roles WHERE person_id = ?", [kim]).fetchone()[0] == 1
    assert store.anonymise_person(db, 9999) is None
    assert store.retention_rows(db) == []


def test_unit_the_retention_list_holds_people_with_consents_and_when_their_membership_ended(db):
    org_id, kim, _park, _meeting = setup(db)
    db.execute("INSERT INTO membership_periods (organisation_id, joined_on, left_on) VALUES (?, '2020-01-01', '2024-12-31')",
               [org_id])
    (row,) = store.retention_rows(db)
    assert (row["id"], row["name"], row["organisation"], row["periods"], row["open_periods"], row["last_left"]) == (
        kim, "김하나", "가람", 1, 0, "2024-12-31")
    assert row["person_deleted"] is None and row["org_deleted"] is None


def test_unit_the_privacy_log_keeps_counts_newest_first(db):
    store.log_privacy_action(db, "파기", 2, "보존기간 경과")
    store.log_privacy_action(db, "익명화", 1, "요청")
    assert [(a, n, r) for _when, a, n, r in store.privacy_log(db)] == [("익명화", 1, "요청"), ("파기", 2, "보존기간 경과")]
    assert len(store.privacy_log(db, 1)) == 1


def test_unit_a_backup_file_still_holding_the_person_is_found(tmp_path):
    from seecodesk.storage.database import open_database

    path = tmp_path / "b.seecodesk"
    db = open_database(path)
    setup(db)
    db.conn.commit()
    facts = store.person_facts(db, 1)
    db.close()
    assert store.file_holds_person(path, facts)
    assert store.file_holds_person(path, store.PersonFacts(99, "김하나", MOBILE, "", "", None))
    assert not store.file_holds_person(path, store.PersonFacts(99, "김하나", "010-0000-0000", "", "", None))
    assert not store.file_holds_person(path, store.PersonFacts(1, "다른이", "", "", "", None))
    assert not store.file_holds_person(tmp_path / "없음.seecodesk", facts)


# --- what the first mutation run of storage/personal_data.py showed untested --------------------------------
def test_unit_a_two_letter_name_and_a_number_stored_bare_are_looked_for_once(db):
    facts = store.PersonFacts(1, "김하", "01012345678", "", "", None)
    assert facts.needles == ["김하", "01012345678"]


def test_unit_a_person_without_an_organisation_owns_no_organisations_number(db):
    org_id, _kim, _park, _meeting = setup(db)
    people_store.insert_person(db, Person("무소속", mobile=MOBILE))
    assert set(store.contact_owners(db)) == {org_id}


def test_unit_the_retention_list_tells_open_periods_and_deletions(db):
    org_id, kim, _park, _meeting = setup(db)
    db.execute("INSERT INTO membership_periods (organisation_id, joined_on, left_on) VALUES (?, '2020-01-01', '2022-12-31'), "
               "(?, '2023-03-01', '')", [org_id, org_id])
    people_store.soft_delete_person(db, kim)
    org_store.soft_delete(db, org_id)
    (row,) = store.retention_rows(db)
    assert (row["periods"], row["open_periods"], row["last_left"]) == (2, 1, "2022-12-31")
    assert row["person_deleted"] and row["org_deleted"]


def test_unit_the_record_of_a_person_names_their_bodies_forms_and_history(db):
    org_id, kim, _park, _meeting = setup(db)
    body = db.execute("INSERT INTO bodies (name, kind) VALUES ('운영위원회', '위원회')").lastrowid
    db.execute("INSERT INTO body_members (body_id, person_id, role) VALUES (?, ?, '위원장')", [body, kim])
    db.execute("INSERT INTO consulting_applications (company_name, organisation_id, manager_name) VALUES ('라온', ?, '김하나')",
               [org_id])
    db.execute("INSERT INTO consulting_applications (company_name, manager_name) VALUES ('바다', '김하나')")
    db.execute("INSERT INTO consulting_applications (company_name, manager_name, manager_phone) "
               "VALUES ('사랑', '남', '041 730-1234')")
    record = store.person_record(db, kim)
    assert [(b["body"], b["role"]) for b in record["body_memberships"]] == [("운영위원회", "위원장")]
    assert {f["company_name"] for f in record["consulting_forms"]} == {"가람", "나루", "라온", "사랑"}
    assert set(record["other"]) == {"agenda_items.presenter_id", "action_items.owner_person_id"}
    assert [a["title"] for a in record["other"]["agenda_items.presenter_id"]] == ["안건"]
    history = record["history"]
    assert history and {h["table_name"] for h in history} >= {"people", "person_roles", "consents"}
    assert [h["action"] for h in history if h["table_name"] == "people"] == ["insert"]


def test_unit_forgetting_removes_the_person_from_a_table_added_later_and_their_history(db):
    from seecodesk.storage import history as history_store
    from seecodesk.storage.history_triggers import install_history_triggers

    _org, kim, park, _meeting = setup(db)
    db.execute("CREATE TABLE later_notes (id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES people(id), note TEXT)")
    install_history_triggers(db)
    op = history_store.new_operation(db, "메모: 김하나")
    history_store.set_current_operation(db, op)
    db.execute("INSERT INTO later_notes (person_id, note) VALUES (?, '메모'), (?, '다른 메모')", [kim, park])
    db.execute("UPDATE meetings SET notes = '010-1234-5678 연락'")
    db.execute("UPDATE people SET notes = '새 메모' WHERE id = ?", [kim])  # holds none of the name or numbers
    history_store.set_current_operation(db, None)
    log = history_store.new_operation(db, "실행 취소: 김하나", history_store.LOG)
    history_store.set_paused(db, True)
    store.forget_person(db, kim)
    assert db.execute("SELECT person_id FROM later_notes").fetchall() == [(park,)]
    held = db.execute("SELECT group_concat(coalesce(before, '') || coalesce(after, ''), '') FROM history_changes").fetchone()[0]
    assert "김하나" not in held and "01012345678" not in held and "010-1234-5678" not in held and "Kim@A.kr" not in held
    assert not db.execute("SELECT 1 FROM history_changes WHERE table_name = 'people' AND record_id = ?", [kim]).fetchone()
    labels = {o.id: o.label for o in history_store.operations(db)}
    assert labels[op] == "메모: (파기됨)" and log not in labels
    assert history_store.change_count(db, op) == 1  # park's note is kept


def test_unit_anonymising_clears_title_and_gender_too(db):
    _org, kim, _park, _meeting = setup(db)
    db.execute("UPDATE people SET title = '사무국장', gender = '여' WHERE id = ?", [kim])
    store.anonymise_person(db, kim)
    assert db.execute("SELECT title, gender FROM people WHERE id = ?", [kim]).fetchone() == ("", "")
    assert store.person_facts(db, kim).name == store.ANONYMOUS_NAME


def test_unit_the_privacy_log_lists_fifty_by_default(db):
    for i in range(51):
        store.log_privacy_action(db, "파기", i, "")
    listed = store.privacy_log(db)
    assert len(listed) == 50 and listed[0][2] == 50


def test_unit_a_compacted_file_no_longer_holds_deleted_bytes(tmp_path):
    from seecodesk.storage.database import open_database

    path = tmp_path / "c.seecodesk"
    db = open_database(path)
    setup(db)
    db.conn.commit()
    store.set_secure_delete(db.conn, True)
    db.execute("UPDATE people SET notes = '' ")
    db.conn.commit()
    assert db.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert store.compact(db.conn) is True
    store.set_secure_delete(db.conn, False)
    assert db.conn.execute("PRAGMA secure_delete").fetchone()[0] == 0
    db.close()


def test_unit_a_backup_holding_the_person_by_phone_is_found_and_a_broken_one_is_not(tmp_path):
    from seecodesk.storage.database import open_database

    path = tmp_path / "b.seecodesk"
    db = open_database(path)
    setup(db)
    db.conn.commit()
    db.close()
    assert store.file_holds_person(path, store.PersonFacts(99, "김하나", "", PHONE, "", None))
    assert not store.file_holds_person(path, store.PersonFacts(99, "김하나", "", "", "", None))
    broken = tmp_path / "깨짐.seecodesk"
    broken.write_bytes(b"not a database" * 100)
    assert not store.file_holds_person(broken, store.PersonFacts(1, "김하나", MOBILE, "", "", None))
    assert not store.file_holds_person(tmp_path / "없는 폴더" / "b.seecodesk", store.PersonFacts(1, "김하나", "", "", "", None))


def test_unit_mentions_are_looked_for_in_text_and_untyped_columns_only(db):
    _org, kim, _park, _meeting = setup(db)
    facts = store.person_facts(db, kim)
    db.execute("CREATE TABLE loose (id INTEGER PRIMARY KEY, anything, amount INTEGER)")
    db.execute("INSERT INTO loose (anything, amount) VALUES ('김하나 님', 0)")
    found = store.remaining_mentions(db, facts)
    assert found[("loose", "anything")] == 1 and found[("people", "name")] == 1
    assert all(table != "history_changes" for table, _ in found)
    store.log_privacy_action(db, "파기", 1, "김하나 님 요청")  # the log is about 파기, not the person's data
    assert all(table != "privacy_log" for table, _ in store.remaining_mentions(db, facts))
    assert store.remaining_mentions(db, store.PersonFacts(1, "김", "", "", "", None)) == {}


def test_unit_compacting_tells_when_another_connection_keeps_old_pages_in_the_wal(tmp_path):
    import sqlite3

    from seecodesk.storage.database import open_database

    path = tmp_path / "w.seecodesk"
    db = open_database(path)
    setup(db)
    db.conn.commit()
    reader = sqlite3.connect(path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM people").fetchone()  # another program in the middle of reading
    db.execute("UPDATE people SET notes = ''")
    db.conn.commit()
    db.conn.execute("PRAGMA busy_timeout = 0")  # no waiting for the reader in a test
    assert store.compact(db.conn) is False
    reader.close()
    assert store.compact(db.conn) is True
    db.close()
