"""Korean particles (조사) after a value that is only known at run time.

'1억은', '43831을', '휴대전화가': the particle depends on whether the word's last sound ends in a
consonant (받침). Digits and Latin letters are judged by how they are read aloud (1 일, 3 삼, 2 이, L 엘),
and closing quotes, brackets and punctuation are skipped.
"""

from __future__ import annotations

# Digits and Latin letters whose Korean reading ends in a consonant: 0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔;
# L 엘, M 엠, N 엔, R 알.
_CONSONANT_ENDINGS = frozenset("013678lmnrLMNR")
# Endings read with ㄹ, which take 로 (not 으로) like a vowel: 1 일, 7 칠, 8 팔, L 엘, R 알.
_RIEUL_ENDINGS = frozenset("178lrLR")
_RIEUL = 8  # index of ㄹ among the final consonants of a Hangul syllable
_PAIRS = {"은": "는", "을": "를", "이": "가", "과": "와", "으로": "로"}


def _final_sound(word: str) -> str | None:
    """'consonant', 'rieul' or 'vowel' for the last readable character, None when nothing is readable."""
    for ch in reversed(word):
        if "가" <= ch <= "힣":
            final = (ord(ch) - 0xAC00) % 28
            return "rieul" if final == _RIEUL else ("consonant" if final else "vowel")
        if ch.isascii() and ch.isalnum():
            if ch in _RIEUL_ENDINGS:
                return "rieul"
            return "consonant" if ch in _CONSONANT_ENDINGS else "vowel"
    return None


def josa(word: object, particle: str) -> str:
    """The particle that fits after `word`: josa('1억', '은') == '은', josa('43831', '을') == '을'.

    `particle` is the after-consonant form (은, 을, 이, 과, 으로); when the word ends in nothing readable
    (an emoji, a symbol) both forms are given, '을(를)'.
    """
    other = _PAIRS[particle]
    sound = _final_sound(str(word))
    if sound is None:
        return f"{particle}({other})"
    if particle == "으로":
        return other if sound in ("vowel", "rieul") else particle
    return other if sound == "vowel" else particle


def with_josa(word: object, particle: str) -> str:
    """The word followed by its particle: with_josa('휴대전화', '이') == '휴대전화가'."""
    return f"{word}{josa(word, particle)}"
