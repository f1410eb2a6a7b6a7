"""회비 as stored: who a year's sheet lists (membership overlapping the year, or charged or paying in it),
charges and payments read back, receipt counters that only go up, the unpaid count and who signs."""

from seecodesk.core.dues import Payment
from seecodesk.storage import dues as store


def _org(db, name, legal_form="", deleted=False):
    db.execute("INSERT INTO organisations (name, name_key, legal_form, representative, address, deleted_at) "
               "VALUES (?, ?, ?, ?, ?, ?)", [name, name, legal_form, f"{name} 대표", f"{name} 주소",
                                             "2025-01-01" if deleted else None])
    return db.execute("SELECT max(id) FROM organisations").fetchone()[0]


def _member(db, org_id, joined, left=""):
    db.execute("INSERT INTO membership_periods (organisation_id, joined_on, left_on) VALUES (?, ?, ?)",
               [org_id, joined, left])


def test_the_sheet_lists_the_years_members_and_whoever_was_charged_or_paid_by_name(db):
    names = ("하늘", "가람", "나루", "다온", "라온", "마루", "바다", "사라진", "아라")
    ids = {name: _org(db, name, "협동조합", deleted=name == "사라진") for name in names}
    _member(db, ids["가람"], "2025-12-31")
    _member(db, ids["나루"], "2020-01-01", "2025-01-01")
    _member(db, ids["다온"], "2026-01-01")
    _member(db, ids["라온"], "2020-01-01", "2024-12-31")
    _member(db, ids["사라진"], "2020-01-01")
    _member(db, ids["하늘"], "2020-01-01")
    store.upsert_charge(db, ids["마루"], 2025, 0)
    store.upsert_charge(db, ids["아라"], 2024, 5)
    store.insert_payment(db, Payment(ids["바다"], 2025, 1_000, "2025-03-01"))
    db.execute("INSERT INTO designations (organisation_id, kind) VALUES (?, '사회적기업'), (?, '마을기업')",
               [ids["가람"], ids["가람"]])
    sheet = store.sheet_organisations(db, 2025)
    assert [o.name for o in sheet] == ["가람", "나루", "마루", "바다", "하늘"]
    assert sheet[0] == store.SheetOrganisation(ids["가람"], "가람", "가람 대표", "가람 주소",
                                               ("사회적기업", "마을기업", "협동조합"))
    assert sheet[1].categories == ("협동조합",)


def test_a_deleted_payment_leaves_the_sheet_and_the_totals_and_comes_back_restored(db):
    org = _org(db, "가람")
    first = store.insert_payment(db, Payment(org, 2025, 1_000, "2025-03-01", "계좌", "2025-001", "메모"))
    second = store.insert_payment(db, Payment(org, 2025, 500, "2025-02-01"))
    store.insert_payment(db, Payment(org, 2024, 300, "2024-02-01"))
    assert store.payment_by_id(db, first) == Payment(org, 2025, 1_000, "2025-03-01", "계좌", "2025-001", "메모",
                                                     first, "가람")
    assert [p.id for p in store.payments(db, 2025)] == [second, first]
    assert [p.year for p in store.payments(db, organisation_id=org)] == [2024, 2025, 2025]
    assert store.paid_totals(db) == {(org, 2025): 1_500, (org, 2024): 300}
    assert store.delete_payment(db, first) == 1 and store.delete_payment(db, first) == 0
    assert store.payment_by_id(db, first) is None and store.payment_by_id(db, 999) is None
    assert store.paid_totals(db)[(org, 2025)] == 500 and store.sheet_organisations(db, 2025)[0].id == org
    store.delete_payment(db, second)
    assert store.sheet_organisations(db, 2025) == []
    store.restore_payment(db, first)
    assert store.payment_by_id(db, first).receipt_number == "2025-001"


def test_charges_keep_their_paid_day_and_note_and_unpaid_members_are_counted(db):
    first, second, gone = _org(db, "나루"), _org(db, "가람"), _org(db, "사라진", deleted=True)
    store.upsert_charge(db, first, 2025, 100, "감면")
    store.set_paid_on(db, first, 2025, "2025-04-01")
    store.upsert_charge(db, first, 2025, 120)
    assert store.charged(db, 2025) == {first: store.ChargedDues(120, "2025-04-01", "감면")}
    store.upsert_charge(db, first, 2025, 120, "")
    store.set_note(db, first, 2024, "다른 해")
    assert store.charged(db, 2025)[first].note == ""
    store.set_note(db, first, 2025, "바뀐 메모")
    assert store.charged(db, 2025)[first].note == "바뀐 메모"
    for org in (second, gone):
        store.upsert_charge(db, org, 2025, 100)
    store.upsert_charge(db, second, 2024, 0)
    store.upsert_charge(db, second, 2023, 50)
    store.upsert_charge(db, first, 2026, 70)
    assert store.unpaid_count(db, 2025) == 1 and store.unpaid_count(db, 2024) == 0
    assert store.charged_years(db, 2025) == [(second, 2023, "가람", 50, ""), (second, 2025, "가람", 100, ""),
                                             (first, 2025, "나루", 120, "2025-04-01")]


def test_receipt_counters_only_go_up_per_series_and_year(db):
    assert store.last_number(db, "receipt", 2025) == 0
    assert [store.next_number(db, "receipt", 2025) for _ in range(3)] == [1, 2, 3]
    assert store.next_number(db, "receipt", 2026) == 1 and store.next_number(db, "letter", 2025) == 1
    assert store.last_number(db, "receipt", 2025) == 3


NETWORK = ("", "협의회", "가람협의회")


def test_the_current_chair_signs(db):
    assert store.network_head(db, "2026-01-01", NETWORK) == ""
    for name, started, ended, deleted in (("전회장", "2020-01-01", "", None), ("새회장", "2024-01-01", "", None),
                                          ("물러난", "2025-01-01", "2025-06-01", None),
                                          ("지운", "2025-02-01", "", "2025-03-01")):
        db.execute("INSERT INTO people (name, deleted_at) VALUES (?, ?)", [name, deleted])
        person = db.execute("SELECT max(id) FROM people").fetchone()[0]
        db.execute("INSERT INTO person_roles (person_id, role, started_on, ended_on) VALUES (?, '회장', ?, ?)",
                   [person, started, ended])
    db.execute("INSERT INTO people (name) VALUES ('총무')")
    db.execute("INSERT INTO person_roles (person_id, role, started_on) VALUES (last_insert_rowid(), '총무', '2026-01-01')")
    assert store.network_head(db, "2026-01-01", NETWORK) == "새회장"


def test_a_bodys_chair_a_future_chair_and_a_term_with_an_end_day(db):
    def chair(name, scope, started, ended=""):
        db.execute("INSERT INTO people (name) VALUES (?)", [name])
        db.execute("INSERT INTO person_roles (person_id, role, scope, started_on, ended_on) "
                   "VALUES (last_insert_rowid(), '회장', ?, ?, ?)", [scope, started, ended])

    chair("현회장", "협의회", "2025-03-05", "2027-03-04")
    chair("분과회장", "교육소통분과", "2026-06-01")
    chair("차기회장", "", "2027-03-05")
    assert store.network_head(db, "2026-12-07", NETWORK) == "현회장", "a term with its end day still counts"
    assert store.network_head(db, "2027-03-05", NETWORK) == "차기회장"
    assert store.network_head(db, "2025-01-01", NETWORK) == ""
    chair("이름범위", "가람 협의회", "2026-01-01")
    assert store.network_head(db, "2026-12-07", NETWORK) == "이름범위", "the network's name, spaced or not"
    assert store.network_head(db, "2026-12-07", ("가 람협의회",)) == "이름범위", "spaces in the name given too"
