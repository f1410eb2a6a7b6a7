"""Small stores every part leans on: the row builders, the settings table, the 발송 대장 and the whole-file
check — what is stored is what is read back, and only the row asked for changes."""

from dataclasses import dataclass

from seecodesk.storage import letters as letter_store
from seecodesk.storage.integrity import check_integrity
from seecodesk.storage.letters import Letter
from seecodesk.storage.rows import child_rows, insert_row, insert_rows, update_row, without
from seecodesk.storage.settings import read_setting, write_setting


def _names(db):
    return db.execute("SELECT id, name, name_key FROM organisations ORDER BY id").fetchall()


def test_rows_are_inserted_and_only_the_named_row_is_updated(db):
    first = insert_row(db, "organisations", {"name": "가람", "name_key": "ㄱ"})
    second = insert_row(db, "organisations", {"name_key": "ㄴ", "name": "나루"})
    assert second == first + 1
    insert_rows(db, "organisations", [{"name": "다온", "name_key": "ㄷ"}, {"name_key": "ㄹ", "name": "라온"}])
    insert_rows(db, "organisations", [])
    insert_rows(db, "organisations", [{"name": "마루", "name_key": "ㅁ"}])  # a batch of one
    assert _names(db) == [(first, "가람", "ㄱ"), (second, "나루", "ㄴ"), (second + 1, "다온", "ㄷ"),
                          (second + 2, "라온", "ㄹ"), (second + 3, "마루", "ㅁ")]
    assert update_row(db, "organisations", second, {"name_key": "ㄴㄴ", "name": "나루터"}) == 1
    assert update_row(db, "organisations", 999_999, {"name": "x"}) == 0
    assert _names(db)[:3] == [(first, "가람", "ㄱ"), (second, "나루터", "ㄴㄴ"), (second + 1, "다온", "ㄷ")]


def test_a_stamped_update_records_when_the_row_changed(db):
    db.execute("INSERT INTO organisations (name, name_key, updated_at) VALUES ('가람', '가람', '2000-01-01 00:00:00')")
    org_id = db.execute("SELECT id FROM organisations").fetchone()[0]
    update_row(db, "organisations", org_id, {"name": "나루"})
    assert db.execute("SELECT name, updated_at FROM organisations").fetchone() == ("나루", "2000-01-01 00:00:00")
    update_row(db, "organisations", org_id, {"name": "다온"}, stamp=True)
    assert db.execute("SELECT updated_at FROM organisations").fetchone()[0] > "2020"


@dataclass
class _Child:
    kind: str
    day: str = ""
    id: int | None = 7


def test_children_become_rows_of_their_parent_without_their_own_id():
    assert child_rows([_Child("예비"), _Child("인증", "2024-01-01")], "organisation_id", 3) == [
        {"kind": "예비", "day": "", "organisation_id": 3},
        {"kind": "인증", "day": "2024-01-01", "organisation_id": 3}]
    assert without({"a": 1, "b": 2, "c": 3}, "b") == {"a": 1, "c": 3}


def test_a_setting_is_read_back_replaced_and_none_when_never_stored(db):
    assert read_setting(db, "t.없음") is None
    write_setting(db, "t.이름", "가람")
    write_setting(db, "t.다른", "나루")
    write_setting(db, "t.이름", "")
    assert read_setting(db, "t.이름") == "" and read_setting(db, "t.다른") == "나루"


def _letter(year, sequence, meeting_id=None, **changes):
    values = dict(id=None, year=year, sequence=sequence, number=f"가람-{year}-{sequence:03d}", sent_on=f"{year}-03-05",
                  recipient="회원사", title=f"공문 {sequence}", attachment="1부", meeting_id=meeting_id, note="")
    return Letter(**{**values, **changes})


def test_the_register_runs_in_number_order_and_a_change_never_renumbers(db):
    db.execute("INSERT INTO meetings (kind, date) VALUES ('이사회', '2025-03-10')")
    meeting = db.execute("SELECT id FROM meetings").fetchone()[0]
    ids = {}
    for year, sequence, meeting_id in ((2025, 2, meeting), (2024, 9, None), (2025, 1, meeting), (2025, 10, None)):
        ids[year, sequence] = letter_store.insert_letter(db, _letter(year, sequence, meeting_id))
    assert [(x.year, x.sequence) for x in letter_store.letters(db)] == [(2024, 9), (2025, 1), (2025, 2), (2025, 10)]
    assert [x.sequence for x in letter_store.letters(db, 2025)] == [1, 2, 10]
    assert letter_store.letter_for_meeting(db, meeting) == _letter(2025, 2, meeting, id=ids[2025, 2])
    assert letter_store.letter_for_meeting(db, meeting + 1) is None
    changed = Letter(ids[2025, 1], 2030, 99, "바뀐번호", "2025-04-01", "시청", "바뀐 제목", "없음", None, "메모")
    letter_store.update_letter(db, changed)
    assert letter_store.letter_by_id(db, ids[2025, 1]) == Letter(
        ids[2025, 1], 2025, 1, "가람-2025-001", "2025-04-01", "시청", "바뀐 제목", "없음", meeting, "메모")
    letter_store.delete_letter(db, ids[2025, 2])
    assert letter_store.letter_by_id(db, ids[2025, 2]) is None
    assert letter_store.letter_for_meeting(db, meeting).id == ids[2025, 1]


def test_a_sound_file_has_no_problems_and_a_dangling_reference_is_named(db):
    assert check_integrity(db) == []
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("INSERT INTO letters (year, sequence, number, sent_on, title, meeting_id) "
               "VALUES (2025, 1, 'n', '2025-01-01', 't', 4242)")
    problems = check_integrity(db)
    assert len(problems) == 1 and "letters" in problems[0] and "meetings" in problems[0]
