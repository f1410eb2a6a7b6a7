"""Every report preset against the demo network, each figure recomputed here from the raw rows."""

from datetime import date

import pytest

from seecodesk.core.errors import ValidationError
from seecodesk.core.report_period import ReportPeriod
from seecodesk.services.reports import available_presets, build_report
from seecodesk.services.reports.base import ReportOptions
from seecodesk.services.reports.members_status import main_designation

THIS_YEAR = date.today().year
LAST_YEAR = THIS_YEAR - 1


def _report(db, key, year=THIS_YEAR, **options):
    return build_report(db, key, ReportOptions(ReportPeriod.year(year), **options))


def _column(table, key):
    index = [c.key for c in table.columns].index(key)
    return [row[index] for row in table.rows], (table.totals[index] if table.totals else None)


def test_unit_the_trades_preset_totals_the_live_trades_of_the_period(demo_db):
    keys = [p.key for p in available_presets(demo_db)]
    assert keys == ["members", "employment", "procurement", "activities", "plan", "consulting", "trades", "dues"]
    expected = demo_db.execute(
        "SELECT coalesce(sum(amount), 0) FROM trades WHERE deleted_at IS NULL AND traded_on BETWEEN ? AND ?",
        [f"{THIS_YEAR}-01-01", f"{THIS_YEAR}-12-31"]).fetchone()[0]
    report = _report(demo_db, "trades")
    amounts, total = _column(report.main, "amount")
    assert sum(amounts) == expected and total == expected


def test_unit_members_counts_each_designation_and_once_without_duplicates(demo_db):
    day = f"{THIS_YEAR}-12-31"
    members = {r[0]: r[1] for r in demo_db.execute(
        "SELECT DISTINCT o.id, o.name FROM organisations o JOIN membership_periods m ON m.organisation_id = o.id "
        "WHERE o.deleted_at IS NULL AND m.joined_on <= ? AND (m.left_on = '' OR m.left_on > ?)", [day, day])}
    kinds: dict[int, set[str]] = {}
    for org_id, kind in demo_db.execute("SELECT organisation_id, kind FROM designations WHERE ends_on = '' "
                                        "OR ends_on >= ?", [day]):
        kinds.setdefault(org_id, set()).add(kind)
    report = _report(demo_db, "members")
    counts = report.tables[1]
    rows = {(r[0], r[1]): r for r in counts.rows}
    holders = sum(1 for org_id in members if "마을기업" in kinds.get(org_id, set()))
    assert rows[("인증·지정", "마을기업")][2] == holders
    with_several = [o for o in members if len(kinds.get(o, set())) > 1]
    assert with_several, "the demo holds organisations with several designations"
    total_with_duplicates = sum(len(kinds.get(o, set())) or 1 for o in members)
    assert rows[("인증·지정", "계")][2:4] == [total_with_duplicates, len(members)]
    assert total_with_duplicates > len(members)
    # 중복 제외: the distinct column adds up to the number of members, each under one designation
    assert sum(r[3] for k, r in rows.items() if k[0] == "인증·지정" and k[1] != "계") == len(members)
    assert len(report.main.rows) == len(members)
    district_total = sum(r[2] for k, r in rows.items() if k[0] == "읍면동" and k[1] != "계")
    assert district_total == len(members)


def test_unit_main_designation_prefers_the_certified_one():
    assert main_designation(["마을기업", "예비사회적기업"]) == "예비사회적기업"
    assert main_designation(["협동조합", "사회적기업"]) == "사회적기업"
    assert main_designation([]) == "인증·지정 없음"


def test_unit_employment_sheet_sums_the_year(demo_db):
    raw = demo_db.execute("SELECT count(*), sum(paid_workers), sum(vulnerable_workers), sum(revenue), "
                          "sum(public_revenue) FROM organisation_figures WHERE year = ?", [LAST_YEAR]).fetchone()
    report = _report(demo_db, "employment", LAST_YEAR)
    assert len(report.main.rows) == raw[0] > 20
    assert _column(report.main, "paid_workers")[1] == raw[1]
    assert _column(report.main, "vulnerable_workers")[1] == raw[2]
    assert _column(report.main, "vulnerable_share")[1] == pytest.approx(raw[2] / raw[1])
    assert _column(report.main, "revenue")[1] == raw[3]
    assert _column(report.main, "public_revenue")[1] == raw[4]


def test_unit_procurement_totals_a_b_c(demo_db):
    b = demo_db.execute("SELECT sum(amount) FROM procurement_records WHERE year = ?", [LAST_YEAR]).fetchone()[0]
    c = demo_db.execute("SELECT sum(amount) FROM procurement_records WHERE year = ? AND is_local = 1",
                        [LAST_YEAR]).fetchone()[0]
    a = demo_db.execute("SELECT sum(total_amount) FROM procurement_totals WHERE year = ?", [LAST_YEAR]).fetchone()[0]
    march = demo_db.execute("SELECT sum(amount) FROM procurement_records WHERE year = ? AND month = 3",
                            [LAST_YEAR]).fetchone()[0]
    report = _report(demo_db, "procurement", LAST_YEAR)
    assert _column(report.main, "amount")[1] == b
    months, institutions = report.tables[1], report.tables[2]
    assert dict((r[0], r[2]) for r in months.rows)[f"{LAST_YEAR}-03"] == march
    assert institutions.totals[1:4] == [a, b, c]
    assert institutions.totals[4] == pytest.approx(b / a)
    assert institutions.totals[5] == pytest.approx(c / b)
    assert any("관외" == r[-1] for r in report.main.rows), "the demo holds purchases from outside the city"
    assert any("목표" in note and "1,000,000,000원" in note for note in report.notes)


def test_unit_procurement_half_year_leaves_b_over_a_blank(demo_db):
    report = build_report(demo_db, "procurement",
                          ReportOptions(ReportPeriod.months(f"{LAST_YEAR}-01", f"{LAST_YEAR}-06")))
    b = demo_db.execute("SELECT sum(amount) FROM procurement_records WHERE year = ? AND month <= 6",
                        [LAST_YEAR]).fetchone()[0]
    assert _column(report.main, "amount")[1] == b
    assert report.tables[2].totals[1] is None and report.tables[2].totals[4] is None


def test_unit_activities_count_meetings_and_attendance(demo_db):
    first, last = f"{THIS_YEAR}-01-01", f"{THIS_YEAR}-12-31"
    held = demo_db.execute("SELECT count(*) FROM meetings WHERE deleted_at IS NULL AND kind = '분과모임' "
                           "AND date BETWEEN ? AND ?", [first, last]).fetchone()[0]
    invited, attended = demo_db.execute(
        "SELECT sum(a.status != 'invited'), sum(a.status IN ('present', 'late')) FROM meeting_attendees a "
        "JOIN meetings m ON m.id = a.meeting_id WHERE m.deleted_at IS NULL AND m.date BETWEEN ? AND ?",
        [first, last]).fetchone()
    done = demo_db.execute("SELECT count(*) FROM action_items i JOIN meetings m ON m.id = i.meeting_id WHERE "
                           "m.deleted_at IS NULL AND i.status = '완료' AND m.date BETWEEN ? AND ?", [first, last]).fetchone()[0]
    report = _report(demo_db, "activities")
    by_kind = {r[0]: r for r in report.main.rows}
    assert by_kind["분과모임"][1] == held
    assert report.main.totals[2:4] == [invited, attended]
    assert report.main.totals[4] == pytest.approx(attended / invited)
    assert report.main.totals[6] == done


def test_unit_plan_progress_budget_and_spending(demo_db):
    plan_id, start, end = demo_db.execute("SELECT id, start_month, end_month FROM plans WHERE start_month < '2023' "
                                          "").fetchone()
    year = int(end[:4])
    private, public = demo_db.execute(
        "SELECT sum(b.private_amount), sum(b.public_amount) FROM plan_budget_lines b JOIN plan_nodes n "
        "ON n.id = b.task_id WHERE n.plan_id = ?", [plan_id]).fetchone()
    spent = dict(demo_db.execute(
        "SELECT s.funding_source, sum(s.amount) FROM plan_spending s JOIN plan_nodes n ON n.id = s.task_id "
        "WHERE n.plan_id = ? AND s.spent_on BETWEEN ? AND ? GROUP BY 1", [plan_id, f"{year}-01-01", f"{year}-12-31"]))
    report = _report(demo_db, "plan", year)
    rows = [r for r in report.main.rows if r[0] == report.main.rows[0][0]]
    assert sum(r[7] for r in rows) == private and sum(r[8] for r in rows) == public
    assert sum(r[10] for r in rows) == sum(spent.values()) > 0
    assert _column(report.main, "source_시비")[1] == spent.get("시비", 0)
    done_in_year = demo_db.execute("SELECT count(*) FROM plan_activity_done d JOIN plan_nodes n ON n.id = d.node_id "
                                   "WHERE n.plan_id = ? AND d.done_on LIKE ?", [plan_id, f"{year}-%"]).fetchone()[0]
    assert sum(r[6] for r in rows) == done_in_year


def test_unit_consulting_sessions_and_fees(demo_db):
    year = int(demo_db.execute("SELECT min(applied_on) FROM consulting_applications").fetchone()[0][:4])
    sessions, fees = demo_db.execute("SELECT count(*), sum(fee) FROM consulting_sessions WHERE held_on LIKE ?",
                                     [f"{year}-%"]).fetchone()
    applications = demo_db.execute("SELECT count(*) FROM consulting_applications WHERE deleted_at IS NULL "
                                   "AND applied_on LIKE ?", [f"{year}-%"]).fetchone()[0]
    report = _report(demo_db, "consulting", year)
    assert len(report.main.rows) == applications
    assert _column(report.main, "sessions")[1] == sessions
    assert _column(report.main, "fees")[1] == fees


def test_unit_dues_paid_and_unpaid(demo_db):
    year = demo_db.execute("SELECT max(year) FROM dues").fetchone()[0]
    charged, paid = demo_db.execute("SELECT sum(d.amount), sum(CASE WHEN d.paid_on != '' THEN d.amount ELSE 0 END) "
                                    "FROM dues d JOIN organisations o ON o.id = d.organisation_id "
                                    "WHERE o.deleted_at IS NULL AND d.year = ?", [year]).fetchone()
    report = _report(demo_db, "dues", year)
    assert report.main.totals[2:4] == [charged, paid]
    assert report.main.totals[5] == charged - paid > 0


def test_unit_contacts_only_with_third_party_consent(demo_db):
    report = _report(demo_db, "members", include_phone=True, include_email=True)
    phones, _ = _column(report.main, "contact_phone")
    names, _ = _column(report.main, "contact")
    consenting = {r[0] for r in demo_db.execute(
        "SELECT p.name FROM people p JOIN consents c ON c.person_id = p.id WHERE c.third_party = 1 "
        "AND c.withdrawn_on = '' AND c.items LIKE '%연락처%'")}
    assert any(phones) and report.withheld > 0
    for name, phone in zip(names, phones, strict=True):
        if phone:
            assert name in consenting
    blank = _report(demo_db, "members")
    assert "contact_phone" not in [c.key for c in blank.main.columns] and blank.withheld == 0


def test_unit_columns_chosen_and_ordered(demo_db):
    report = build_report(demo_db, "dues", ReportOptions(ReportPeriod.year(LAST_YEAR), columns=["unpaid", "name"]))
    assert [c.header for c in report.main.columns] == ["미납액", "기업명"]
    unpaid = demo_db.execute("SELECT sum(amount) FROM dues WHERE year = ? AND paid_on = ''", [LAST_YEAR]).fetchone()[0]
    assert report.main.totals[0] == (unpaid or 0)
    moved = build_report(demo_db, "dues", ReportOptions(ReportPeriod.year(LAST_YEAR), columns=["paid_on", "name"]))
    assert moved.main.totals[0] == "합계"


def test_unit_report_period_of_a_whole_year():
    period = ReportPeriod.year(2024)
    assert (period.first_day, period.last_day, period.years, period.is_whole_year, period.label) == (
        "2024-01-01", "2024-12-31", [2024], True, "2024년")
    assert ReportPeriod.year(1900).first_day == "1900-01-01"
    assert ReportPeriod.year(2999).last_day == "2999-12-31"
    for year in (1899, 3000, 26):
        with pytest.raises(ValidationError) as caught:
            ReportPeriod.year(year)
        assert caught.value.field == "year" and caught.value.message


def test_unit_report_period_of_months_ends_on_the_last_day_of_its_last_month():
    period = ReportPeriod.months(" 2024-02 ", "2025-02")
    assert (period.start, period.end) == ("2024-02", "2025-02")
    assert (period.first_day, period.last_day, period.years) == ("2024-02-01", "2025-02-28", [2024, 2025])
    assert period.label == "2024년 2월 ~ 2025년 2월" and not period.is_whole_year
    assert ReportPeriod.months("2024-01", "2024-02").last_day == "2024-02-29"
    assert ReportPeriod.months("2024-11", "2024-11").label == "2024년 11월 ~ 2024년 11월"
    assert not ReportPeriod.months("2024-01", "2024-11").is_whole_year
    assert not ReportPeriod.months("2024-02", "2024-12").is_whole_year
    assert not ReportPeriod.months("2023-01", "2024-12").is_whole_year
    assert ReportPeriod.months("2024-01", "2024-12").label == "2024년"


@pytest.mark.parametrize("start, end", [("2024-00", "2024-03"), ("2024-01", "2024-13"), ("2024-1", "2024-03"),
                                        ("24-01", "24-03"), ("2024-01-01", "2024-03"), ("x2024-01", "2024-03"),
                                        ("2024-05", "2024-04"), ("2025-01", "2024-12")])
def test_unit_report_period_refuses_malformed_or_reversed_months(start, end):
    with pytest.raises(ValidationError) as caught:
        ReportPeriod.months(start, end)
    assert caught.value.field == "period" and caught.value.message


def test_unit_report_period_contains_the_days_and_months_inside_it():
    period = ReportPeriod.months("2024-03", "2024-04")
    inside = ["2024-03-01", "2024-04-30", "2024-04-30 18:00", "2024-03", "2024-04"]
    outside = ["2024-02-29", "2024-05-01", "2024-02", "2024-05", ""]
    assert [period.contains_day(day) for day in inside] == [True] * len(inside)
    assert [period.contains_day(day) for day in outside] == [False] * len(outside)
