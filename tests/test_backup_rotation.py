"""Which backups the rotation keeps, over simulated weeks, months and years."""

from datetime import datetime, timedelta

import pytest

from seecodesk.core.backup_rotation import RotationPolicy, backups_to_keep
from seecodesk.core.backups import backup_name, parse_backup_name

NOW = datetime(2026, 12, 5, 18, 0)


def kept_times(times, now=NOW, policy=None):
    return sorted(times[i] for i in backups_to_keep(times, now, policy))


def test_the_last_ten_are_kept_and_each_day_keeps_its_first_copy():
    times = [NOW - timedelta(minutes=10 * i) for i in range(30)]  # 30 backups today, every ten minutes
    kept = kept_times(times)
    assert kept[-10:] == sorted(times[:10])
    assert min(times) in kept  # the day's oldest copy stands for the day
    assert len(kept) == 11


def test_a_year_of_backups_keeps_days_weeks_and_months():
    start = NOW - timedelta(days=365)
    times = [start + timedelta(hours=8 * i) for i in range(3 * 365 + 1)]  # three a day for a year
    kept = kept_times(times)
    days = {t.date() for t in kept}
    for back in range(14):
        assert (NOW - timedelta(days=back)).date() in days
    weeks = {t.isocalendar()[:2] for t in kept}
    for back in range(8):
        assert (NOW - timedelta(weeks=back)).isocalendar()[:2] in weeks
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 13  # a year of backups spans 13 calendar months, each one kept
    assert len(kept) <= 10 + 14 + 8 + 24
    assert len(kept) < len(times) / 20


def test_a_new_backup_never_removes_the_copy_standing_for_an_earlier_day_week_or_month():
    start = NOW - timedelta(days=120)
    times = [start + timedelta(hours=5 * i) for i in range(120 * 24 // 5)]
    before = set(kept_times(times, now=times[-1]))
    after = set(kept_times([*times, times[-1] + timedelta(minutes=5)], now=times[-1] + timedelta(minutes=5)))
    lost = before - after
    assert len(lost) == 1  # the copy that was eleventh-newest …
    (gone,) = lost
    assert any(t.date() == gone.date() and t < gone for t in after)  # … while an older copy still stands for its day


def test_backups_dated_in_the_future_are_kept():
    times = [NOW + timedelta(days=3)] + [NOW - timedelta(hours=i) for i in range(40)]
    assert NOW + timedelta(days=3) in kept_times(times)


def test_a_smaller_policy_keeps_fewer():
    times = [NOW - timedelta(days=i) for i in range(100)]
    assert len(kept_times(times, policy=RotationPolicy(last=2, days=3, weeks=0, months=0))) == 3


def test_a_backup_name_gives_back_its_moment_and_reason_and_ignores_other_networks():
    name = backup_name("가람-네트워크", datetime(2026, 3, 5, 9, 7, 1), "manual", serial=2)
    assert parse_backup_name("가람-네트워크", name) == (datetime(2026, 3, 5, 9, 7, 1), "manual")
    assert parse_backup_name("가람", name) is None
    assert parse_backup_name("가람-네트워크", "." + name + ".123.part") is None
    assert parse_backup_name("가람-네트워크", "가람-네트워크-20260305-090701-unknown.seecodesk") is None


def test_the_weekly_rule_keeps_the_first_copy_of_this_week_and_the_weeks_before_from_monday():
    times = [datetime(2026, 11, 15, 9, 0) + timedelta(days=i) for i in range(21)]  # daily up to Sat 12-05
    kept = kept_times(times, policy=RotationPolicy(last=0, days=0, weeks=2, months=0))
    assert kept == [datetime(2026, 11, 23, 9, 0), datetime(2026, 11, 30, 9, 0)]  # the two Mondays


def test_the_monthly_rule_counts_calendar_months_across_the_turn_of_the_year():
    times = [datetime(2025 + m // 12, m % 12 + 1, 1, 9, 0) for m in range(24)]  # the 1st of each month, 2025–2026
    kept = kept_times(times, policy=RotationPolicy(last=0, days=0, weeks=0, months=14))
    assert kept == times[-14:]  # November 2025 to December 2026


def test_unit_a_backup_name_holds_its_serial_only_when_the_second_repeats():
    moment = datetime(2026, 3, 5, 9, 7, 1)
    assert backup_name("가람", moment, "daily") == "가람-20260305-090701-daily.seecodesk"
    assert backup_name("가람", moment, "daily", serial=3) == "가람-20260305-090701-3-daily.seecodesk"
    with pytest.raises(ValueError):
        backup_name("가람", moment, "whim")
    assert parse_backup_name("가람", "가람-20260305-090701-3-daily.seecodesk") == (moment, "daily")
    assert parse_backup_name("가람", "가람-20261305-090701-daily.seecodesk") is None  # month 13: not a moment
    assert parse_backup_name("가람", "가람-20260305-090701-daily.seecodesk.part") is None


def test_unit_sizes_moments_and_counts_as_the_backup_list_shows_them():
    from seecodesk.core.backups import BackupCounts, format_size, format_when

    assert [format_size(s) for s in (0, 100, 1536, 1024 * 1024 - 1, 1024 * 1024, 1_101_005, 12_900_000)] == [
        "1 KB", "1 KB", "2 KB", "1,024 KB", "1.0 MB", "1.1 MB", "12.3 MB"]
    assert format_when(datetime(2026, 12, 5, 9, 5, 42)) == "2026. 12. 5. 09:05"
    assert format_when(datetime(2026, 12, 5, 9, 5, 42), seconds=True) == "2026. 12. 5. 09:05:42"
    assert BackupCounts(1234, 5, 0).describe() == "조직 1,234곳, 사람 5명, 회의 0건"
