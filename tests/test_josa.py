"""Unit tests of core/josa: the particle after a run-time value, and the messages that use it."""

import pytest

from seecodesk.core.josa import josa, with_josa
from seecodesk.core.validation import ValidationError, parse_date


@pytest.mark.parametrize(
    ("word", "particle", "expected"),
    [
        ("1억", "은", "은"),
        ("43831", "을", "을"),
        ("휴대전화", "이", "가"),
        ("이메일", "이", "이"),
        ("2025", "은", "는"),
        ("2026", "은", "은"),
        ("10", "을", "을"),
        ("4", "이", "가"),
        ("html", "은", "은"),
        ("zoom", "을", "을"),
        ("ABC", "을", "를"),
        ("간담회 (하반기)", "을", "를"),
        ("😀", "을", "을(를)"),
        ("", "이", "이(가)"),
        ("UTF-8", "으로", "로"),
        ("서울", "으로", "로"),
        ("CP949", "으로", "로"),
        ("010-1234-5670", "으로", "으로"),
        ("회의실", "과", "과"),
        ("사무국", "과", "과"),
        ("협의회", "과", "와"),
    ],
)
def test_unit_josa_follows_the_last_sound(word, particle, expected):
    assert josa(word, particle) == expected


def test_unit_with_josa_joins_word_and_particle():
    assert with_josa("휴대전화", "이") == "휴대전화가" and with_josa(2026, "은") == "2026은"


def test_unit_date_message_uses_the_right_particle():
    with pytest.raises(ValidationError) as caught:
        parse_date("43831", "founded")
    assert "'43831'을 알 수 없습니다" in str(caught.value)

