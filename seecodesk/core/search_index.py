"""Search-as-you-type over many records: folded texts built once, each keystroke narrowing the last.

`SearchIndex` matches as `SearchKey` does (substring, or 초성 for a query of initial consonants
only) with less memory and less work per keystroke:
- the texts are kept as UTF-8 in one blob (a substring of UTF-8 is a substring of the text), the
  초성 as ASCII letters in another (one per initial consonant): with 80,000 organisations the
  index is about 7 MB where a string per record would take 20;
- a query that extends the one before (typing on) looks only at the records that matched before,
  and deleting back finds its earlier answer again, so most keystrokes scan no more than the hits.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Sequence
from itertools import accumulate, repeat

from seecodesk.core.korean_search import conjoining_initials, fold, is_choseong_query

# Joins a record's searchable parts so that a query never matches across two of them
# (대표자 '오미란' + 동 '중앙동' must not answer 'ㄹㅈ'); nobody types this character.
PART_SEPARATOR = "\u241e"
_CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
# The 19 initial consonants as the letters A…S: conjoining ones (ᄀ U+1100) in the texts, typed ones (ㄱ U+3131) in queries.
_TEXT_LETTERS = {0x1100 + i: chr(65 + i) for i in range(len(_CHOSEONG))}
_QUERY_LETTERS = {ord(jamo): chr(65 + i) for i, jamo in enumerate(_CHOSEONG)}
_NOT_INITIAL = re.compile("[^\u1100-\u1112]+")
_NARROW_SHARE = 8  # narrowing tests each earlier hit: worth it while they are under 1/8 of the records
_SLICE = 4096


def initials_key(folded: str) -> str:
    """The 초성 of folded text as letters (ㄱ → A), any run of other characters as one '|':
    '가람 041' → 'AF|'. A 초성 query only ever holds initials, so nothing else is needed to match it."""
    return _NOT_INITIAL.sub("|", conjoining_initials(folded)).translate(_TEXT_LETTERS)


def search_text(parts: Iterable[str]) -> str:
    """The folded text of a record's searchable parts."""
    return fold(PART_SEPARATOR.join(parts))


class SearchIndex:
    """The folded search texts of a list of records, answering queries as the user types."""

    __slots__ = ("_texts", "_text_starts", "_initials", "_initial_starts", "_chain")

    def __init__(self) -> None:
        # Each kind in one growing blob, every record ended by a newline (folding removes whitespace,
        # so no query holds one), with where each record starts: no object per record.
        self._texts, self._text_starts = bytearray(), array("I", [0])
        self._initials, self._initial_starts = bytearray(), array("I", [0])
        self._chain: list[tuple[bool, bytes, Sequence[int]]] = []  # (초성?, needle, hits) of the queries typed

    @classmethod
    def build(cls, records_parts: Iterable[Sequence[str]]) -> SearchIndex:
        """Fold every record's parts (a worker thread may do this: it needs no Qt)."""
        index = cls()
        for parts in records_parts:
            text = search_text(parts)
            # One byte between parts rather than three: no folded query holds \x1f (it is whitespace).
            index._add(text.replace(PART_SEPARATOR, "\x1f").encode(), initials_key(text).encode("ascii"))
        return index

    def _add(self, text: bytes, initials: bytes) -> None:
        self._texts += text + b"\n"
        self._text_starts.append(len(self._texts))
        self._initials += initials + b"\n"
        self._initial_starts.append(len(self._initials))

    def __len__(self) -> int:
        return len(self._text_starts) - 1

    def record_texts(self) -> tuple[list[bytes], list[bytes]]:
        """Each record's folded text (UTF-8) and 초성 letters, in order."""
        return _split(self._texts, self._text_starts), _split(self._initials, self._initial_starts)

    def reordered(self, order: Sequence[int]) -> SearchIndex:
        """The same index with its records in `order` (a list of old positions)."""
        texts, initials = self.record_texts()
        index = SearchIndex()
        for i in order:
            index._add(texts[i], initials[i])
        return index

    def matches(self, query: str) -> Sequence[int] | None:
        """Positions of the records holding `query`, in order; None when the query is empty (all)."""
        folded = fold(query)
        if not folded:
            self._chain.clear()
            return None
        choseong = is_choseong_query(folded)
        needle = (folded.translate(_QUERY_LETTERS) if choseong else folded).encode()
        blob, starts = (self._initials, self._initial_starts) if choseong else (self._texts, self._text_starts)
        chain = self._chain
        # Drop the earlier queries this one does not contain (deleting back, or a new word).
        while chain and not (chain[-1][0] == choseong and chain[-1][1] in needle):
            chain.pop()
        if chain and chain[-1][1] == needle:
            return chain[-1][2]
        if chain and len(chain[-1][2]) * _NARROW_SHARE < len(starts):
            # every record holding the longer query holds the shorter one
            find = blob.find
            hits: Sequence[int] = array("I", [i for i in chain[-1][2] if find(needle, starts[i], starts[i + 1]) >= 0])
        else:
            hits = _scan(blob, starts, needle)
        chain.append((choseong, needle, hits))
        return hits


def _split(blob: bytearray, starts: array[int]) -> list[bytes]:
    return [bytes(blob[starts[i]:starts[i + 1] - 1]) for i in range(len(starts) - 1)]


def _scan(blob: bytearray, starts: array[int], needle: bytes) -> array[int]:
    """The records holding `needle`, without a Python step per record or per hit: each slice of records
    is split at the needle in C, and the newlines before each split point (counted in C too) are the
    records' positions. A slice at a time: a needle found 10 times a record makes few pieces at once."""
    hits: array[int] = array("I")
    records = len(starts) - 1
    for first in range(0, records, _SLICE):
        last = min(first + _SLICE, records)
        pieces = blob[starts[first]:starts[last]].split(needle)
        del pieces[-1]  # what follows the last hit
        if pieces:
            records_at = accumulate(map(bytearray.count, pieces, repeat(b"\n")), initial=first)
            next(records_at)  # the slice's start, not a hit
            hits.extend(dict.fromkeys(records_at))  # a record holding the needle twice counts once
    return hits
