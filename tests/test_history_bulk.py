"""An import records the history of what it adds itself, in one statement a table: the same rows the triggers write."""

import re

import pytest

from seecodesk.core.members import Designation, DuesPayment, MembershipPeriod, Organisation
from seecodesk.services.history import HistoryService
from seecodesk.storage import organisations as org_store
from seecodesk.storage.database import open_memory_database

HISTORY = ("SELECT operation_id, table_name, record_id, action, owner_table, owner_id, before, after "
           "FROM history_changes ORDER BY id")


def _orgs(count, start=0):
    return [Organisation(name=f"벤치협동조합{i}", business_number=f"124-81-{i:05d}", representative=f"대표{i}",
                         designations=[Designation("협동조합", number=f"C-{i}")],
                         memberships=[MembershipPeriod("2021-01-10")], dues=[DuesPayment(2025, 120_000 + i)])
            for i in range(start, start + count)]


def _triggers(db):
    return db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()


def _stored(compact, one_by_one):
    """The history rows a batch of three organisations leaves: through the bulk insert or one trigger-recorded insert each."""
    db = open_memory_database()
    history = HistoryService(db)
    with history.operation("가져오기"):
        if compact:
            with history.compact():
                _insert(db, one_by_one)
        else:
            _insert(db, one_by_one)
    # The two runs may straddle a second: the moments a row was stamped with are not what is compared.
    rows = [(*row[:7], row[7] and re.sub(r'"(created|updated)_at":"[^"]*"', "", row[7]))
            for row in db.execute(HISTORY).fetchall()]
    db.close()
    return rows


def _insert(db, one_by_one):
    if one_by_one:
        for org in _orgs(3):
            org_store.insert_organisation(db, org)
    else:
        org_store.insert_organisations(db, _orgs(3))


@pytest.mark.parametrize("compact", [True, False])
def test_a_bulk_insert_records_exactly_the_history_rows_the_triggers_would(compact):
    bulk, by_trigger = _stored(compact, one_by_one=False), _stored(compact, one_by_one=True)
    assert sorted(bulk, key=str) == sorted(by_trigger, key=str)
    if compact:  # one small row a record; its designations, periods and dues go with it
        assert [(table, after) for _, table, _, _, _, _, _, after in bulk] == [("organisations", None)] * 3
    else:
        assert {table for _, table, *_ in bulk} == {"organisations", "designations", "membership_periods", "dues"}


def test_the_insert_triggers_are_back_as_they_were_after_an_import_and_after_a_failed_one(db):
    before = _triggers(db)
    org_store.insert_organisations(db, _orgs(2))
    assert _triggers(db) == before
    clash = _orgs(1, start=7) + _orgs(1, start=1)  # the second repeats a stored business number
    with pytest.raises(org_store.BatchInsertError):
        org_store.insert_organisations(db, clash)
    assert _triggers(db) == before
    org_store.insert_organisation(db, _orgs(1, start=9)[0])  # an ordinary save is recorded by its trigger again
    assert db.execute("SELECT count(*) FROM history_changes WHERE table_name = 'designations'").fetchone()[0] == 3


def test_an_import_recorded_in_bulk_is_undone_redone_and_shown_as_created(db):
    history = HistoryService(db)
    with history.operation("가져오기: 회원사 3곳"), history.compact():
        ids = org_store.insert_organisations(db, _orgs(3))
    created = db.execute("SELECT action FROM history_changes WHERE table_name = 'organisations' AND record_id = ?",
                         [ids[1]]).fetchall()
    assert created == [("insert",)]  # 변경 이력 of the record shows its creation
    history.undo()
    assert db.execute("SELECT count(*) FROM organisations").fetchone()[0] == 0
    history.redo()
    assert db.execute("SELECT count(*) FROM designations WHERE organisation_id IN (?, ?, ?)", ids).fetchone()[0] == 3
    assert db.execute("SELECT count(*) FROM dues").fetchone()[0] == 3
