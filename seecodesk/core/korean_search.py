"""Matching Korean text the way a secretary types a search: substrings and 초성 (ㄴㅅ finds 논산)."""

import re
import unicodedata

_CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_SYLLABLES_PER_INITIAL = 21 * 28
_COMPAT_JAMO = set(_CHOSEONG)
# NFKC turns a typed compatibility jamo (ㄱ U+3131) into a conjoining one (U+1100); turn it back.
_CONJOINING_TO_COMPAT = {0x1100 + i: ch for i, ch in enumerate(_CHOSEONG)}
_COMPAT_TO_CONJOINING = {ord(ch): 0x1100 + i for i, ch in enumerate(_CHOSEONG)}
_CONJOINING_INITIAL = re.compile("[\u1100-\u1112]")
_COMPAT_INITIAL = re.compile(f"[{_CHOSEONG}]")
_VOWELS_AND_FINALS = re.compile("[\u1160-\u11ff]")


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
    # str.translate costs a dict lookup per character: only pay it when there is a jamo to map.
    return folded.translate(_CONJOINING_TO_COMPAT) if _CONJOINING_INITIAL.search(folded) else folded


def is_choseong_query(query: str) -> bool:
    """True when every character of the (folded) query is an initial consonant."""
    return bool(query) and all(ch in _COMPAT_JAMO for ch in query)


def conjoining_initials(folded: str) -> str:
    """The 초성 of folded text as conjoining jamo (U+1100…): NFD splits each syllable and one regex
    drops vowels and finals, with no Python loop per character (20,000 keys in a blink)."""
    if _COMPAT_INITIAL.search(folded):
        folded = folded.translate(_COMPAT_TO_CONJOINING)
    return _VOWELS_AND_FINALS.sub("", unicodedata.normalize("NFD", folded))


class SearchKey:
    """The pre-folded text of one record, so each keystroke compares without recomputing.

    `initials` holds conjoining jamo (ᄀ U+1100, not ㄱ U+3131); queries are converted to match.
    """

    __slots__ = ("text", "initials")

    def __init__(self, *parts: str) -> None:
        self.text = fold(" ".join(p for p in parts if p))
        self.initials = conjoining_initials(self.text)

    def matches(self, folded_query: str, choseong_query: bool) -> bool:
        """Substring match on the text, or on the initials for a 초성 query."""
        if choseong_query:
            return folded_query.translate(_COMPAT_TO_CONJOINING) in self.initials
        return folded_query in self.text


def filter_keys(keys: list[SearchKey], query: str) -> list[int]:
    """Indexes of the keys matching `query` (all of them for an empty query)."""
    folded = fold(query)
    if not folded:
        return list(range(len(keys)))
    # The loops are inlined (no method call per key): this runs on every keystroke over every record.
    if is_choseong_query(folded):
        initials = folded.translate(_COMPAT_TO_CONJOINING)
        return [i for i, key in enumerate(keys) if initials in key.initials]
    return [i for i, key in enumerate(keys) if folded in key.text]
