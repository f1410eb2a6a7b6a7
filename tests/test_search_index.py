"""SearchIndex (unit, no Qt): the same answers as a plain scan of every record, whatever was typed before."""

import unicodedata

import pytest

from seecodesk.core import search_index
from seecodesk.core.korean_search import SearchKey, choseong_of, filter_keys
from seecodesk.core.search_index import SearchIndex

RECORDS = [
    ("가람두레협동조합", "오미란", "중앙동", "사회적기업", "041-731-2345", "123-45-67890"),
    ("솔내마을 영농조합법인", "김솔", "솔내면", "마을기업", "041-852-1100", ""),
    ("(주)바른청소", "박바름", "가람읍", "", "010-2000-3000", "220-81-12345"),
    ("나눔돌봄 사회적협동조합", "이나눔", "새터동", "자활기업", "02-333-4444", ""),
    ("ㄱ마트", "", "", "", "", ""),
]
QUERIES = ["가", "가람", "가람두", "가람두레", "ㄱ", "ㄱㄹ", "ㄱㄹㄷ", "ㄹㅈ", "041", "041-7", "협동", "협동조합", "솔 내",
           "HELLO", "바른", "ㅂㄹ", "사회적", "67890", "", "ㄴㄴ", "마을", "ㅁ"]


def reference(query: str) -> list[int]:
    keys = [SearchKey("\u241e".join(parts)) for parts in RECORDS]
    return filter_keys(keys, query)


def answer(index: SearchIndex, query: str) -> list[int]:
    hits = index.matches(query)
    return list(range(len(RECORDS))) if hits is None else list(hits)


def test_each_query_alone_matches_a_plain_scan(every_strategy):
    for query in QUERIES:
        assert answer(SearchIndex.build(RECORDS), query) == reference(query), query


@pytest.fixture(params=[(0, 2), (0, 4096), (10**9, 1), (10**9, 3)], ids=lambda p: f"narrow{p[0]}-slice{p[1]}")
def every_strategy(request, monkeypatch):
    """Each way of answering (narrowing or not; slices of any size, a hit at a slice's edge) must agree."""
    monkeypatch.setattr(search_index, "_NARROW_SHARE", request.param[0])
    monkeypatch.setattr(search_index, "_SLICE", request.param[1])


def test_typing_on_and_deleting_back_gives_the_same_answers_as_asking_afresh(every_strategy):
    index = SearchIndex.build(RECORDS)
    for word in ("가람두레협동조합", "ㄱㄹㄷ", "041-731", "나눔돌봄", "솔내마을"):
        steps = [word[:n] for n in range(1, len(word) + 1)] + [word[:n] for n in range(len(word) - 1, -1, -1)]
        for query in steps:
            assert answer(index, query) == reference(query), query


def test_jumping_between_unrelated_queries_forgets_the_narrowing(every_strategy):
    index = SearchIndex.build(RECORDS)
    for query in ["가람", "솔", "ㄱ", "가", "041", "0417", "ㄴ", "나눔", "ㄴㄴ"]:
        assert answer(index, query) == reference(query), query


def test_a_query_never_matches_across_two_fields_or_two_records():
    index = SearchIndex.build(RECORDS)
    assert answer(index, "ㄹㅈ") == []  # 대표자 '오미란' + 동 '중앙동'
    assert answer(index, "조합김") == []  # the end of one record and the start of the next
    assert answer(index, "법인김솔") == []


def test_decomposed_hangul_and_compatibility_jamo_in_the_data_are_found():
    index = SearchIndex.build([(unicodedata.normalize("NFD", "가람두레"),), ("ㄱ마트",)])
    assert answer(index, "람두") == [0]
    assert answer(index, unicodedata.normalize("NFD", "람두")) == [0]
    assert answer(index, "ㄱㅁ") == [1]


def test_a_record_holding_the_query_many_times_is_answered_once():
    index = SearchIndex.build([("0000", "00-00"), ("1",), ("0",)])
    assert answer(index, "0") == [0, 2]
    assert answer(index, "00") == [0]


def test_reordered_index_answers_in_the_new_order():
    index = SearchIndex.build(RECORDS).reordered([4, 3, 2, 1, 0])
    assert answer(index, "가람") == [4 - i for i in reversed(reference("가람"))]
    assert len(index) == len(RECORDS)
    for query in QUERIES:  # the last letters of each record too ('67890', 'ㄱ마트')
        assert answer(index, query) == sorted(len(RECORDS) - 1 - i for i in reference(query)), query


def test_a_blank_query_lists_every_record_and_spaces_or_letters_in_no_record_find_nothing():
    keys = [SearchKey("가람 두레", "회장"), SearchKey("솔내협동조합", "", "사무국장")]
    assert filter_keys(keys, "") == [0, 1] and filter_keys(keys, "   ") == [0, 1]
    assert filter_keys(keys, "가람두레") == [0] and filter_keys(keys, "솔내 협동") == [1]
    assert filter_keys(keys, "xx") == [] and filter_keys(keys, "XXXX") == []


def test_each_syllable_gives_its_initial_consonant_from_the_first_to_the_last_hangul_syllable():
    assert choseong_of("논산 가람A-1") == "ㄴㅅ ㄱㄹA-1"
    assert choseong_of("가깋힣") == "ㄱㄱㅎ" and choseong_of("ㄱ") == "ㄱ" and choseong_of("") == ""
    assert choseong_of("\uabff\ud7a4") == "\uabff\ud7a4"  # the characters on either side of the Hangul block


def test_one_record_matches_a_substring_or_its_initial_consonants():
    key = SearchKey("논산 가람", "회장")
    assert key.matches("산가", False) and not key.matches("ㄴㅅ", False)
    assert key.matches("ㄴㅅ", True) and key.matches("ㄱㄹ", True) and not key.matches("ㄷ", True)


def test_a_query_finding_nothing_does_not_hide_the_next_one():
    index = SearchIndex.build(RECORDS)
    for query in ["HELLO", "가람", "ㅋㅋ", "ㄱㄹ", "ㄱ마", "zz", "041"]:
        assert answer(index, query) == reference(query), query
