"""공공구매 records as stored: what the tab lists (order, supplier shown, the year's total), the institutions
offered in the form's lists (most used first) and each institution's whole purchase total (A)."""

from datetime import date

import pytest

from seecodesk.core.errors import NotFoundError, ValidationErrors
from seecodesk.core.figures import ProcurementRecord
from seecodesk.core.members import Organisation
from seecodesk.services.procurement import ProcurementService
from seecodesk.storage import organisations as org_store
from seecodesk.storage import procurement as store

YEAR = date.today().year


def _record(**changes) -> ProcurementRecord:
    values = dict(year=2025, month=3, institution="가람시청", amount=1_000, department="회계과",
                  supplier="들꽃공방", item="도시락", contract_method="수의계약", is_local=False, note="메모")
    return ProcurementRecord(**{**values, **changes})  # type: ignore[arg-type]


def test_unit_procurement_rules(db):
    service = ProcurementService(db)
    good = ProcurementRecord(year=YEAR, month=3, institution=" 가람시청 ", amount="1,500,000원",  # type: ignore[arg-type]
                             supplier="바다마을사회적협동조합", is_local=False)
    saved = service.save(good)
    assert (saved.institution, saved.amount) == ("가람시청", 1_500_000)
    assert service.records(YEAR)[0].supplier == "바다마을사회적협동조합"
    for bad, field in ((dict(month=13), "month"), (dict(institution="가" * 10_000), "institution"),
                       (dict(supplier=""), "supplier"), (dict(amount="-5"), "amount"),
                       (dict(item="=HYPERLINK(1)\n" + "x" * 300), "item")):
        with pytest.raises(ValidationErrors) as problem:
            service.save(ProcurementRecord(**{**good.__dict__, "id": None, **bad}))
        assert field in problem.value.errors
    assert len(service.records(YEAR)) == 1
    service.delete(saved.id)
    assert service.records(YEAR) == [] and service.history.undo() is not None
    assert [r.amount for r in service.records(YEAR)] == [1_500_000]
    assert service.save_institution_totals(YEAR, {"가람시청": "98억"}) == {"가람시청": 9_800_000_000}
    assert service.save_institution_totals(YEAR, {"가람시청": " "}) == {"가람시청": None}
    # a city buys more than a trade between members ever reaches: 1,200억 is a total, not a typing slip
    assert service.save_institution_totals(YEAR, {"가람시청": "1200억"}) == {"가람시청": 120_000_000_000}


def test_a_record_is_read_back_as_stored_and_changed_in_every_field(db):
    record_id = store.insert_record(db, _record())
    assert record_id > 0 and store.insert_record(db, _record(is_local=True)) == record_id + 1
    assert store.get_record(db, record_id) == _record(id=record_id)
    assert store.get_record(db, record_id + 1).is_local is True
    changed = ProcurementRecord(2024, 11, "나루구청", 7_000, "복지과", None, "바다협동조합", "청소", "입찰", True,
                                "바뀜", record_id)
    store.update_record(db, changed)
    assert store.get_record(db, record_id) == changed
    assert store.get_record(db, record_id + 1) == _record(is_local=True, id=record_id + 1)


def test_a_deleted_or_unknown_record_is_refused(db):
    first, second = store.insert_record(db, _record()), store.insert_record(db, _record(amount=5))
    store.delete_record(db, first)
    with pytest.raises(NotFoundError):
        store.get_record(db, first)
    assert [r.id for r in store.records_between(db, "0000-00", "9999-99")] == [second]


def test_the_list_runs_in_date_then_institution_order_within_the_months_asked(db):
    for year, month, institution in ((2025, 12, "다"), (2025, 1, "나"), (2024, 12, "가"), (2025, 1, "가"),
                                     (2026, 1, "가"), (2025, 1, "가")):
        store.insert_record(db, _record(year=year, month=month, institution=institution))
    listed = store.records_between(db, "2025-01", "2025-12")
    assert [(r.year, r.month, r.institution) for r in listed] == [
        (2025, 1, "가"), (2025, 1, "가"), (2025, 1, "나"), (2025, 12, "다")]
    assert listed[0].id is not None and listed[1].id is not None and listed[0].id < listed[1].id
    assert store.record_years(db) == [2024, 2025, 2026]
    assert store.total_amount(db, "2025-01", "2025-12") == 4_000 and store.total_amount(db) == 6_000
    assert store.total_amount(db, "2030-01", "2030-12") == 0


def test_a_members_current_name_stands_for_the_supplier_and_every_field_is_listed(db):
    org_id = org_store.insert_organisation(db, Organisation(name="들꽃공방협동조합"))
    store.insert_record(db, _record(organisation_id=org_id, supplier="옛 이름"))
    store.insert_record(db, _record(supplier="바깥 업체", is_local=True))
    member, outsider = store.records_between(db, "2025-03", "2025-03")
    assert member == _record(organisation_id=org_id, supplier="들꽃공방협동조합", id=member.id)
    assert (outsider.supplier, outsider.is_local, outsider.organisation_id) == ("바깥 업체", True, None)
    assert store.get_record(db, member.id).supplier == "옛 이름"


def test_institutions_are_offered_most_used_first_with_their_departments(db):
    for institution, department in (("나루구청", "복지과"), ("가람시청", "회계과"), ("가람시청", "복지과"),
                                    ("가람시청", "복지과"), ("다온군청", ""), ("다온군청", ""), ("다온군청", ""), ("다온군청", ""), ("나루구청", "회계과"),
                                    ("나루구청", "회계과"), ("라온시청", "")):
        store.insert_record(db, _record(institution=institution, department=department))
    offered = store.institutions(db)
    assert list(offered) == ["다온군청", "가람시청", "나루구청", "라온시청"]
    assert offered == {"가람시청": ["복지과", "회계과"], "나루구청": ["회계과", "복지과"], "다온군청": [], "라온시청": []}


def test_institution_totals_are_kept_per_year_changed_and_forgotten(db):
    assert store.institution_totals(db, []) == {}
    store.set_institution_total(db, 2025, "가람시청", 9_000)
    store.set_institution_total(db, 2025, "나루구청", 3_000)
    store.set_institution_total(db, 2024, "가람시청", 1_000)
    store.set_institution_total(db, 2025, "가람시청", 9_500)
    assert store.institution_totals(db, [2025]) == {(2025, "가람시청"): 9_500, (2025, "나루구청"): 3_000}
    assert store.institution_totals(db, [2024, 2025])[(2024, "가람시청")] == 1_000
    store.delete_institution_total(db, 2025, "가람시청")
    assert store.institution_totals(db, [2024, 2025]) == {(2024, "가람시청"): 1_000, (2025, "나루구청"): 3_000}
