"""Matching Korean text the way a secretary types a search: substrings and 초성 (ㄴㅅ finds 논산)."""

import unicodedata

_CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_SYLLABLES_PER_INITIAL = 21 * 28
_COMPAT_JAMO = set(_CHOSEONG)
# NFKC turns a typed compatibility jamo (ㄱ U+3131) into a conjoining one (U+1100); turn it back.
_CONJOINING_TO_COMPAT = {0x1100 + i: ch for i, ch in enumerate(_CHOSEONG)}


def choseong_of(text: str) -> str:
    """Each Hangul syllable replaced by its initial consonant; other characters kept."""
    out = []
    for ch in text:
        code = ord(ch)
        if _HANGUL_FIRST <= code <= _HANGUL_LAST:
            out.append(_CHOSEONG[(code - _HANGUL_FIRST) // _SYLLABLES_PER_INITIAL])
        else:
            out.append(ch)
    return "".join(out)


def fold(text: str) -> str:
    """Comparison form: NFKC, lower case, no spaces."""
    folded = "".join(unicodedata.normalize("NFKC", text or "").lower().split())
    return folded.translate(_CONJOINING_TO_COMPAT)


def is_choseong_query(query: str) -> bool:
    """True when every character of the (folded) query is an initial consonant."""
    return bool(query) and all(ch in _COMPAT_JAMO for ch in query)


class SearchKey:
    """The pre-folded text of one record, so each keystroke compares without recomputing."""

    __slots__ = ("text", "initials")

    def __init__(self, *parts: str) -> None:
        self.text = fold(" ".join(p for p in parts if p))
        self.initials = choseong_of(self.text)

    def matches(self, folded_query: str, choseong_query: bool) -> bool:
        """Substring match on the text, or on the initials for a 초성 query."""
        if choseong_query:
            return folded_query in self.initials
        return folded_query in self.text


def filter_keys(keys: list[SearchKey], query: str) -> list[int]:
    """Indexes of the keys matching `query` (all of them for an empty query)."""
    folded = fold(query)
    if not folded:
        return list(range(len(keys)))
    choseong_query = is_choseong_query(folded)
    return [i for i, key in enumerate(keys) if key.matches(folded, choseong_query)]
