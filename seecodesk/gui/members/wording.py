"""Korean wording helpers for the messages of the 회원 page."""

from seecodesk.core.josa import josa


def object_particle(word: str) -> str:
    """을 after a final consonant, 를 after a vowel (judged on the last readable character)."""
    return josa(word, "을")
