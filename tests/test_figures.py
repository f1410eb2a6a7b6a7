"""Unit tests of core/figures.py: which yearly figures, procurement records and spendings can be stored,
and beside which field each refusal shows (the error's field), not its wording."""

import pytest

from seecodesk.core.errors import ValidationErrors
from seecodesk.core.figures import (
    MAX_AMOUNT,
    MAX_TEXT,
    OrgFigures,
    ProcurementRecord,
    Spending,
    goal_progress,
    validate_figures,
    validate_procurement,
    validate_spending,
)


def refused_fields(check, value):
    with pytest.raises(ValidationErrors) as caught:
        check(value)
    return set(caught.value.errors)


@pytest.mark.parametrize(("changes", "fields"), [
    ({"year": 1899}, {"year"}), ({"year": 3000}, {"year"}),
    ({"paid_workers": -1}, {"paid_workers"}), ({"paid_workers": 1_000_001}, {"paid_workers"}),
    ({"vulnerable_workers": -1}, {"vulnerable_workers"}),
    ({"paid_workers": 3, "vulnerable_workers": 4}, {"vulnerable_workers"}),
    ({"revenue": -1}, {"revenue"}), ({"revenue": MAX_AMOUNT + 1}, {"revenue"}),
    ({"public_revenue": -1}, {"public_revenue"}), ({"public_revenue": MAX_AMOUNT + 1}, {"public_revenue"}),
    ({"revenue": 100, "public_revenue": 101}, {"public_revenue"}),
    ({"note": "가" * (MAX_TEXT + 1)}, {"note"}), ({"contribution": "가" * (MAX_TEXT + 1)}, {"contribution"}),
    ({"vulnerable_types": "가" * (MAX_TEXT + 1)}, {"vulnerable_types"}),
    ({"social_purpose": "가" * (MAX_TEXT + 1)}, {"social_purpose"}),
    ({"contribution_category": "가" * (MAX_TEXT + 1)}, {"contribution_category"}),
    ({"beneficiaries": "가" * (MAX_TEXT + 1)}, {"beneficiaries"}),
    ({"year": 20, "revenue": -5}, {"year", "revenue"}),
])
def test_unit_figures_refused_beside_the_right_field(changes, fields):
    assert refused_fields(validate_figures, OrgFigures(1, **{"year": 2025, **changes})) == fields


def test_unit_figures_at_their_limits_are_kept_with_text_tidied():
    edge = OrgFigures(1, 1900, paid_workers=1_000_000, vulnerable_workers=1_000_000, revenue=MAX_AMOUNT,
                      public_revenue=MAX_AMOUNT, note="가" * MAX_TEXT, vulnerable_types=" 고령자,   청년 ",
                      contribution="  첫 줄\n  둘째 줄  ", beneficiaries="마을\n주민")
    kept = validate_figures(edge)
    assert (kept.year, kept.paid_workers, kept.revenue, kept.public_revenue) == (1900, 1_000_000, MAX_AMOUNT, MAX_AMOUNT)
    assert (kept.vulnerable_types, kept.contribution, kept.beneficiaries) == ("고령자, 청년", "첫 줄\n  둘째 줄", "마을 주민")
    assert validate_figures(OrgFigures(1, 2999, paid_workers=0, vulnerable_workers=0, revenue=0, public_revenue=0))


def test_unit_vulnerable_share_and_emptiness():
    assert OrgFigures(1, 2025, paid_workers=8, vulnerable_workers=2).vulnerable_share == 0.25
    assert OrgFigures(1, 2025, paid_workers=0, vulnerable_workers=0).vulnerable_share is None
    assert OrgFigures(1, 2025, paid_workers=8).vulnerable_share is None
    assert OrgFigures(1, 2025, paid_workers=8, vulnerable_workers=0).vulnerable_share == 0.0
    assert OrgFigures(1, 2025).is_empty()
    filled = [{"paid_workers": 0}, {"vulnerable_workers": 0}, {"revenue": 0}, {"public_revenue": 0},
              {"vulnerable_types": "청년"}, {"social_purpose": "혼합형"}, {"contribution": "x"},
              {"contribution_category": "지역공헌"}, {"beneficiaries": "x"}, {"note": "x"}]
    assert [OrgFigures(1, 2025, **one).is_empty() for one in filled] == [False] * len(filled)


@pytest.mark.parametrize(("changes", "fields"), [
    ({"year": 1899}, {"year"}), ({"year": 3000}, {"year"}), ({"month": 0}, {"month"}), ({"month": 13}, {"month"}),
    ({"institution": "  \n "}, {"institution"}), ({"amount": -1}, {"amount"}), ({"amount": MAX_AMOUNT + 1}, {"amount"}),
    ({"organisation_id": None, "supplier": "  "}, {"supplier"}),
])
def test_unit_procurement_refused_beside_the_right_field(changes, fields):
    record = ProcurementRecord(**{"year": 2025, "month": 3, "institution": "가람시청", "amount": 1000,
                                  "organisation_id": 4, **changes})
    assert refused_fields(validate_procurement, record) == fields


def test_unit_procurement_kept_with_names_tidied():
    record = ProcurementRecord(1900, 1, "  가람시 \n 청 ", 0, department=" 회계과 ", supplier=" 햇살  협동조합 ",
                               item="  도시락 ")
    kept = validate_procurement(record)
    assert (kept.institution, kept.department, kept.supplier, kept.item) == ("가람시 청", "회계과", "햇살 협동조합", "도시락")
    assert validate_procurement(ProcurementRecord(2999, 12, "시청", MAX_AMOUNT, organisation_id=3)).amount == MAX_AMOUNT


@pytest.mark.parametrize(("changes", "fields"), [
    ({"amount": -1}, {"amount"}), ({"amount": MAX_AMOUNT + 1}, {"amount"}), ({"funding_source": "구비"}, {"funding_source"}),
    ({"spent_on": "x2026-03-05"}, {"spent_on"}), ({"spent_on": "2026-02-30"}, {"spent_on"}),
])
def test_unit_spending_refused_beside_the_right_field(changes, fields):
    spending = Spending(**{"task_id": 1, "budget_item": "강사료", "amount": 100, "funding_source": "시비", **changes})
    assert refused_fields(validate_spending, spending) == fields


def test_unit_spending_day_typed_as_offices_write_it_is_kept_as_one_date():
    for typed in ("2026-3-5", "2026-03-05 ", "2026. 3. 5."):
        spending = Spending(task_id=1, budget_item="강사료", amount=100, funding_source="시비", spent_on=typed)
        assert validate_spending(spending).spent_on == "2026-03-05"


def test_unit_spending_kept_and_goal_progress():
    for source in ("시비", "도비", "국비", "자담", "민간"):
        assert validate_spending(Spending(1, "강사료", 0, source, spent_on="2026-03-05")).funding_source == source
    assert validate_spending(Spending(1, "강사료", MAX_AMOUNT, "시비")).amount == MAX_AMOUNT
    assert goal_progress(3, 4) == 0.75 and goal_progress(3, 0) == 0.0 and goal_progress(3, -1) == 0.0


def test_unit_stored_figures_per_organisation_and_year(db):
    from seecodesk.storage import figures as store
    from tests.trade_helpers import add_orgs

    first, second = add_orgs(db, "햇살협동조합", "달빛마을기업")
    store.upsert_figures(db, OrgFigures(first, 2024, paid_workers=5, revenue=100, note="첫 해"))
    store.upsert_figures(db, OrgFigures(first, 2025, paid_workers=6, vulnerable_workers=2, vulnerable_types="청년"))
    store.upsert_figures(db, OrgFigures(first, 2024, paid_workers=7))  # replaces that year only
    store.upsert_figures(db, OrgFigures(second, 2023, revenue=50))
    mine = store.figures_of(db, first)
    assert [(f.year, f.paid_workers, f.revenue, f.note) for f in mine] == [(2025, 6, None, ""), (2024, 7, None, "")]
    assert (mine[0].vulnerable_workers, mine[0].vulnerable_types, mine[0].organisation_id) == (2, "청년", first)
    assert mine[0].id is not None
    assert {k: f.paid_workers for k, f in store.figures_for_year(db, 2024).items()} == {first: 7}
    assert store.years_with_figures(db) == [2025, 2024, 2023]
    store.replace_figures_of(db, second, [OrgFigures(999, 2020, revenue=1), OrgFigures(999, 2021, revenue=2)])
    assert [(f.organisation_id, f.year, f.revenue) for f in store.figures_of(db, second)] == [
        (second, 2021, 2), (second, 2020, 1)]
    assert store.figures_of(db, first)[0].year == 2025  # the other organisation's years untouched
    assert [row[:2] for row in store.organisation_keys(db)] == [(first, "햇살협동조합"), (second, "달빛마을기업")]


def test_unit_stored_procurement_between_months_and_totals(db):
    from seecodesk.storage import procurement as store
    from tests.trade_helpers import add_orgs

    [member] = add_orgs(db, "햇살협동조합")
    records = [ProcurementRecord(2024, 12, "가람시청", 100, supplier="옛 이름", organisation_id=member, is_local=False),
               ProcurementRecord(2025, 1, "가람교육청", 200, supplier="다른 업체"),
               ProcurementRecord(2025, 1, "가람교육청", 300, supplier="다른 업체", item="도시락"),
               ProcurementRecord(2025, 3, "가람시청", 400, supplier="셋째")]
    ids = [store.insert_record(db, r) for r in records]
    assert len(set(ids)) == 4 and all(ids)
    found = store.records_between(db, "2024-12", "2025-01")
    assert [(r.year, r.month, r.amount, r.supplier, r.is_local, r.id) for r in found] == [
        (2024, 12, 100, "햇살협동조합", False, ids[0]), (2025, 1, 200, "다른 업체", True, ids[1]),
        (2025, 1, 300, "다른 업체", True, ids[2])]
    assert found[2].item == "도시락" and found[0].organisation_id == member
    assert store.total_amount(db) == 1000 and store.total_amount(db, "2025-01", "2025-03") == 900
    assert store.institution_totals(db, []) == {}
    store.set_institution_total(db, 2025, "가람시청", 5000)
    store.set_institution_total(db, 2025, "가람시청", 6000)
    store.set_institution_total(db, 2024, "가람시청", 10)
    assert store.institution_totals(db, [2025]) == {(2025, "가람시청"): 6000}
    assert store.institution_totals(db, [2024, 2025]) == {(2025, "가람시청"): 6000, (2024, "가람시청"): 10}


def _message_of(check, value, field):
    from seecodesk.core.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        check(value, field)
    return caught.value.message


def test_unit_an_overlong_institution_supplier_or_budget_line_is_refused_for_its_length_not_as_blank():
    from seecodesk.core import validation as v

    long_name = "가" * (v.NAME_LENGTH + 1)
    for field in ("institution", "supplier"):
        typed = {"institution": "가람시청", "supplier": "햇살", field: long_name}
        record = ProcurementRecord(2025, 3, amount=1000, organisation_id=None, **typed)
        with pytest.raises(ValidationErrors) as caught:
            validate_procurement(record)
        assert caught.value.errors == {field: _message_of(v.clean_name, long_name, field)}
    long_line = "가" * (v.LINE_LENGTH + 1)
    with pytest.raises(ValidationErrors) as caught:
        validate_spending(Spending(1, long_line, 100, "시비"))
    assert caught.value.errors == {"budget_item": _message_of(v.clean_line, long_line, "budget_item")}
    assert refused_fields(validate_spending, Spending(1, " \n ", 100, "시비")) == {"budget_item"}


def test_unit_procurement_typed_year_and_month_are_stored_as_numbers_and_local_as_yes_or_no():
    kept = validate_procurement(ProcurementRecord("2025", " 3", "가람시청", "1,200", organisation_id=4, is_local=0))
    assert (kept.year, kept.month, kept.amount) == (2025, 3, 1200)
    assert all(type(x) is int for x in (kept.year, kept.month, kept.amount)) and kept.is_local is False
    assert validate_procurement(ProcurementRecord(2025, 3, "가람시청", 10, organisation_id=4)).is_local is True


def test_unit_a_spending_note_is_kept_tidied():
    spending = Spending(1, "강사료", 100, "시비", note="  3월 강의 \r\n 영수증 첨부  ")
    assert validate_spending(spending).note == "3월 강의 \n 영수증 첨부"


def test_unit_a_procurement_goal_is_kept_in_won_within_its_years():
    from seecodesk.core.figures import validate_goal

    assert validate_goal("1,000,000,000", 2025, 3) == (1_000_000_000, 2025, 3)
    assert validate_goal(MAX_AMOUNT, 1900, 1) == (MAX_AMOUNT, 1900, 1)
    assert validate_goal("120만원", 2999, 30)[0] == 1_200_000
    cases = [(("", 2025, 3), {"amount"}), ((0, 2025, 3), {"amount"}), (("천원", 2025, 3), {"amount"}),
             ((MAX_AMOUNT + 1, 2025, 3), {"amount"}), ((100, 1899, 3), {"start_year"}),
             ((100, 3000, 3), {"start_year"}), ((100, 2025, 0), {"years"}), ((100, 2025, 31), {"years"}),
             (("", 20, 0), {"amount", "start_year", "years"})]
    for args, fields in cases:
        with pytest.raises(ValidationErrors) as caught:
            validate_goal(*args)
        assert set(caught.value.errors) == fields, args
    assert goal_progress(1, 1) == 1.0


def test_unit_an_unreadable_goal_amount_is_refused_for_what_it_is_not_as_blank():
    from seecodesk.core.figures import validate_goal
    from seecodesk.core.trade import parse_amount

    with pytest.raises(ValidationErrors) as caught:
        validate_goal("천원", 2025, 3)
    assert caught.value.errors == {"amount": _message_of(lambda typed, _f: parse_amount(typed, MAX_AMOUNT), "천원", "amount")}
