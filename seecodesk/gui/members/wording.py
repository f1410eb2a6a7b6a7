"""Korean wording helpers for the messages of the 회원 page."""


def object_particle(word: str) -> str:
    """을 after a final consonant, 를 after a vowel (judged on the last Hangul syllable)."""
    for ch in reversed(word):
        if "가" <= ch <= "힣":
            return "을" if (ord(ch) - 0xAC00) % 28 else "를"
    return "을(를)"
