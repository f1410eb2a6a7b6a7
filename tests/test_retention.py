"""Reading 보유기간 texts and deciding who is past them (파기 대상) — pure functions, no database."""

from datetime import date

import pytest

from seecodesk.core.members import Consent
from seecodesk.core.retention import (
    CONSENT_DAY,
    MEMBERSHIP_END,
    RetentionRule,
    add_period,
    parse_retention,
    retention_verdict,
)

TODAY = date(2026, 6, 1)


@pytest.mark.parametrize(("text", "rule"), [
    ("탈퇴 후 3년", RetentionRule(MEMBERSHIP_END, 36)),
    ("회원 탈퇴 후 6개월", RetentionRule(MEMBERSHIP_END, 6)),
    ("탈퇴 시까지", RetentionRule(MEMBERSHIP_END, 0)),
    ("동의일로부터 2년", RetentionRule(CONSENT_DAY, 24)),
    ("수집일로부터 1년간", RetentionRule(CONSENT_DAY, 12)),
    ("1년", RetentionRule(CONSENT_DAY, 12)),
    ("  3 년 ", RetentionRule(CONSENT_DAY, 36)),
    ("90일", RetentionRule(CONSENT_DAY, 0, 90)),
])
def test_retention_texts_are_read(text, rule):
    assert parse_retention(text) == rule


@pytest.mark.parametrize("text", ["", "영구", "무기한 보관", "필요할 때까지"])
def test_retention_without_a_countable_period_gives_no_rule(text):
    assert parse_retention(text) is None


def test_months_are_added_to_the_last_day_of_shorter_months():
    assert add_period(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_period(date(2021, 3, 5), 24) == date(2023, 3, 5)


def test_two_years_from_consent_is_due_the_day_after():
    consent = [Consent("2024-05-31", retention="동의일로부터 2년")]
    assert not retention_verdict(consent, None, date(2026, 5, 31)).due
    verdict = retention_verdict(consent, None, TODAY)
    assert verdict.due and verdict.due_on == date(2026, 5, 31) and "2024. 5. 31." in verdict.reason


def test_after_leaving_counts_from_the_membership_end_and_never_while_a_member():
    consent = [Consent("2018-01-01", retention="탈퇴 후 3년")]
    assert not retention_verdict(consent, None, TODAY).due
    assert retention_verdict(consent, None, TODAY).reason == "아직 회원"
    verdict = retention_verdict(consent, date(2022, 12, 31), TODAY)
    assert verdict.due and verdict.due_on == date(2025, 12, 31)
    assert not retention_verdict(consent, date(2024, 1, 1), TODAY).due


def test_a_withdrawn_consent_is_due_from_the_withdrawal():
    verdict = retention_verdict([Consent("2020-01-01", retention="탈퇴 후 3년", withdrawn_on="2026-03-02")], None, TODAY)
    assert verdict.due and verdict.due_on == date(2026, 3, 2) and verdict.reason == "동의 철회 2026. 3. 2.(월)"


def test_the_longest_consent_decides_and_an_open_ended_one_keeps_the_person():
    short = Consent("2020-01-01", retention="1년")
    long = Consent("2025-01-01", retention="동의일로부터 3년")
    assert not retention_verdict([short, long], None, TODAY).due
    assert not retention_verdict([short, Consent("2020-01-01", retention="영구")], None, TODAY).due
    assert not retention_verdict([], None, TODAY).due


def test_end_of_contract_counts_from_the_membership_end_and_a_forever_text_never_comes_due():
    assert parse_retention("계약 종료 후 1년") == RetentionRule(MEMBERSHIP_END, 12)
    assert parse_retention("영구 (5년마다 재확인)") is None


def test_month_ends_fall_back_to_the_shorter_months_last_day_and_days_are_added_after():
    assert add_period(date(2026, 1, 31), 3) == date(2026, 4, 30)
    assert add_period(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_period(date(2026, 1, 1), 0, 90) == date(2026, 4, 1)
    assert add_period(date(2026, 1, 31), 1, 1) == date(2026, 3, 1)


def test_periods_in_days_count_from_leaving_and_from_the_consent_day():
    after_leaving = [Consent("2020-01-01", retention="탈퇴 후 30일")]
    assert retention_verdict(after_leaving, date(2026, 4, 1), TODAY).due_on == date(2026, 5, 1)
    from_consent = [Consent("2026-04-01", retention="동의일로부터 30일")]
    assert retention_verdict(from_consent, None, TODAY).due_on == date(2026, 5, 1)


def test_a_withdrawal_recorded_with_its_time_is_due_that_day():
    verdict = retention_verdict([Consent("2020-01-01", withdrawn_on="2026-03-02 14:30")], None, TODAY)
    assert verdict.due and verdict.due_on == date(2026, 3, 2)


def test_the_screen_gives_a_reason_why_nobody_is_listed_and_quotes_a_text_it_cannot_read():
    assert retention_verdict([], None, TODAY).reason
    blank = retention_verdict([Consent("2020-01-01", retention="")], None, TODAY).reason
    unreadable = retention_verdict([Consent("2020-01-01", retention="필요할 때까지")], None, TODAY).reason
    assert "필요할 때까지" in unreadable and "'" not in blank and blank != unreadable


def test_the_latest_due_day_decides_whatever_the_consents_words():
    earlier = Consent("2020-01-01", retention="동의일로부터 1년")
    later = Consent("2022-01-01", retention="2년")
    verdict = retention_verdict([earlier, later], None, TODAY)
    assert verdict.due_on == date(2024, 1, 1)
