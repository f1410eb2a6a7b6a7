"""Organisations' yearly figures as stored: read back field by field, newest year first, replaced per
organisation or per year, and the directory keys a survey's rows are matched against."""

from seecodesk.core.figures import OrgFigures
from seecodesk.core.members import Organisation
from seecodesk.storage import figures as store
from seecodesk.storage import organisations as org_store


def _orgs(db, *names):
    return [org_store.insert_organisation(db, Organisation(name=name)) for name in names]


def _full(org_id, year, **changes):
    values = dict(paid_workers=12, vulnerable_workers=5, vulnerable_types="고령자, 장애인", revenue=1_250_000,
                  public_revenue=300_000, social_purpose="일자리", contribution="빵 나눔", contribution_category="나눔",
                  beneficiaries="어르신", note="메모")
    return OrgFigures(org_id, year, **{**values, **changes})  # type: ignore[arg-type]


def _without_ids(rows):
    return [OrgFigures(**{**f.__dict__, "id": None}) for f in rows]


def test_figures_are_read_back_newest_year_first_with_every_field(db):
    first, second = _orgs(db, "가람협동조합", "나루공방")
    store.upsert_figures(db, _full(first, 2023))
    store.upsert_figures(db, _full(first, 2025, revenue=None, note=""))
    store.upsert_figures(db, _full(second, 2024, paid_workers=3))
    read = store.figures_of(db, first)
    assert _without_ids(read) == [_full(first, 2025, revenue=None, note=""), _full(first, 2023)]
    assert all(f.id for f in read)
    assert store.years_with_figures(db) == [2025, 2024, 2023]


def test_a_years_figures_replace_only_that_year_of_that_organisation(db):
    first, second = _orgs(db, "가람협동조합", "나루공방")
    store.upsert_figures(db, _full(first, 2024))
    store.upsert_figures(db, _full(first, 2025))
    store.upsert_figures(db, _full(second, 2024))
    store.upsert_figures(db, _full(first, 2024, paid_workers=20))
    assert [f.paid_workers for f in store.figures_of(db, first)] == [12, 20]
    by_org = store.figures_for_year(db, 2024)
    assert {k: v.paid_workers for k, v in by_org.items()} == {first: 20, second: 12}
    assert _without_ids([by_org[second]]) == [_full(second, 2024)]


def test_the_forms_rows_become_the_organisations_only_figures(db):
    first, second = _orgs(db, "가람협동조합", "나루공방")
    store.upsert_figures(db, _full(first, 2020))
    store.upsert_figures(db, _full(second, 2020))
    store.replace_figures_of(db, first, [_full(999, 2022), _full(999, 2021, beneficiaries="청년")])
    assert _without_ids(store.figures_of(db, first)) == [_full(first, 2022), _full(first, 2021, beneficiaries="청년")]
    assert len(store.figures_of(db, second)) == 1
    store.replace_figures_of(db, first, [])
    assert store.figures_of(db, first) == [] and store.years_with_figures(db) == [2020]


def test_survey_rows_are_matched_against_live_organisations_only(db):
    first = org_store.insert_organisation(db, Organisation(name="가람 협동조합", business_number="1018200016"))
    second, gone = _orgs(db, "나루공방", "사라진곳")
    db.execute("UPDATE organisations SET deleted_at = '2025-01-01' WHERE id = ?", [gone])
    keys = store.organisation_keys(db)
    assert keys == [(first, "가람 협동조합", "가람협동조합", "1018200016"), (second, "나루공방", "나루공방", "")]
