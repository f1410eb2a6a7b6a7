"""Search-as-you-type over many records: folded texts built once, each keystroke narrowing the last.

`SearchIndex` matches as `SearchKey` does (substring, or 초성 for a query of initial consonants
only) with less memory and less work per keystroke:
- the texts are plain strings in record order, and the 초성 of each record is kept as a short
  ASCII string (one letter per initial consonant), so 80,000 organisations cost a few MB;
- a query that extends the one before (typing on) looks only at the records that matched before,
  and deleting back finds its earlier answer again, so most keystrokes scan no more than the hits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from seecodesk.core.korean_search import conjoining_initials, fold, is_choseong_query

# Joins a record's searchable parts so that a query never matches across two of them
# (대표자 '오미란' + 동 '중앙동' must not answer 'ㄹㅈ'); nobody types this character.
PART_SEPARATOR = "\u241e"
_CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
# The 19 initial consonants as the letters A…S: conjoining ones (ᄀ U+1100) in the texts, typed ones (ㄱ U+3131) in queries.
_TEXT_LETTERS = {0x1100 + i: chr(65 + i) for i in range(len(_CHOSEONG))}
_QUERY_LETTERS = {ord(jamo): chr(65 + i) for i, jamo in enumerate(_CHOSEONG)}
_NOT_INITIAL = re.compile("[^\u1100-\u1112]+")


def initials_key(folded: str) -> str:
    """The 초성 of folded text as letters (ㄱ → A), any run of other characters as one '|':
    '가람 041' → 'AF|'. A 초성 query only ever holds initials, so nothing else is needed to match it."""
    return _NOT_INITIAL.sub("|", conjoining_initials(folded)).translate(_TEXT_LETTERS)


def search_text(parts: Iterable[str]) -> str:
    """The folded text of a record's searchable parts."""
    return fold(PART_SEPARATOR.join(parts))


class SearchIndex:
    """The folded search texts of a list of records, answering queries as the user types."""

    __slots__ = ("texts", "initials", "_chain")

    def __init__(self, texts: list[str], initials: list[str]) -> None:
        self.texts = texts
        self.initials = initials
        self._chain: list[tuple[bool, str, list[int]]] = []  # (초성?, needle, hits) of the queries typed

    @classmethod
    def build(cls, records_parts: Iterable[Sequence[str]]) -> SearchIndex:
        """Fold every record's parts (a worker thread may do this: it needs no Qt)."""
        texts: list[str] = []
        initials: list[str] = []
        for parts in records_parts:
            text = search_text(parts)
            texts.append(text)
            initials.append(initials_key(text))
        return cls(texts, initials)

    def __len__(self) -> int:
        return len(self.texts)

    def reordered(self, order: Sequence[int]) -> SearchIndex:
        """The same index with its records in `order` (a list of old positions)."""
        return SearchIndex([self.texts[i] for i in order], [self.initials[i] for i in order])

    def matches(self, query: str) -> list[int] | None:
        """Positions of the records holding `query`, in order; None when the query is empty (all)."""
        folded = fold(query)
        if not folded:
            self._chain.clear()
            return None
        choseong = is_choseong_query(folded)
        needle = folded.translate(_QUERY_LETTERS) if choseong else folded
        pool = self.initials if choseong else self.texts
        chain = self._chain
        # Drop the earlier queries this one does not contain (deleting back, or a new word).
        while chain and not (chain[-1][0] == choseong and chain[-1][1] in needle):
            chain.pop()
        if chain and chain[-1][1] == needle:
            return chain[-1][2]
        if chain:  # every record holding the longer query holds the shorter one
            hits = [i for i in chain[-1][2] if needle in pool[i]]
        else:
            hits = [i for i, text in enumerate(pool) if needle in text]
        chain.append((choseong, needle, hits))
        return hits
