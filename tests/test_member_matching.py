"""Which import rows are organisations already stored, and what an update keeps (exchange/member_matching.py):
matched by 사업자등록번호, else by name and 대표자, one row per stored organisation (unit tests)."""

import unicodedata

import pytest

from seecodesk.core.errors import DuplicateError
from seecodesk.core.members import Designation, MembershipPeriod, Organisation
from seecodesk.exchange.member_matching import DirectoryIndex, NumberHolders, match_rows, person_key, updated_with

STORED = [(1, "해피데이케어", "해피데이케어", "김 대표", ""), (2, "해피데이케어", "해피데이케어", "김대표", ""),
          (3, "가람협동조합", "가람협동조합", "이가람", "124-81-00998"), (4, "나눔", "나눔", "", "")]


def ids(matches):
    return [m.id if m else None for m in matches]


def test_unit_the_index_holds_numbers_names_and_the_first_stored_spelling():
    index = DirectoryIndex.of(STORED)
    assert list(index.by_number) == ["124-81-00998"] and index.by_number["124-81-00998"].id == 3
    assert index.by_number["124-81-00998"].name == "가람협동조합"
    assert [s.id for s in index.by_name[("해피데이케어", "김대표")]] == [1, 2]
    assert index.by_name[("나눔", "")][0].business_number == "" and index.names["해피데이케어"] == "해피데이케어"
    assert DirectoryIndex.of([(5, "가", "가", "", None)]).by_name[("가", "")][0].business_number == ""


def test_unit_a_representative_is_compared_without_spacing_case_or_nfd():
    assert person_key(" 김 대표 ") == person_key("김대표") == person_key(unicodedata.normalize("NFD", "김대표"))
    assert person_key("Kim") == person_key("kim") and person_key(None) == ""


def test_unit_rows_match_by_number_then_name_and_representative_each_stored_one_once():
    index = DirectoryIndex.of(STORED)
    rows = [Organisation(name="아무 이름", business_number="124-81-00998"),
            Organisation(name="가람협동조합", representative="이가람", business_number="124-81-00998"),
            Organisation(name="해피 데이케어", representative="김 대표"), None,
            Organisation(name="해피데이케어", representative="김대표"),
            Organisation(name="해피데이케어", representative="김대표"),
            Organisation(name="나눔", business_number="220-81-62517"),
            Organisation(name="가람협동조합", representative="이가람"),
            Organisation(name="나눔", representative="박")]
    assert ids(match_rows(index, rows)) == [3, None, 1, None, 2, None, 4, None, None]


def test_unit_a_row_whose_number_differs_from_the_stored_one_is_another_organisation():
    index = DirectoryIndex.of(STORED)
    assert ids(match_rows(index, [Organisation(name="가람협동조합", representative="이가람",
                                               business_number="220-81-62517")])) == [None]
    assert ids(match_rows(index, [Organisation(name="가람협동조합", representative="이가람")])) == [3]


def test_unit_a_business_number_is_claimed_by_one_organisation_at_a_time():
    holders = NumberHolders.of({"124-81-00998": (3, "가람협동조합")})
    assert holders.by_id == {3: "124-81-00998"}
    holders.claim(Organisation(name="가람협동조합", business_number="124-81-00998"), 3)
    with pytest.raises(DuplicateError) as taken:
        holders.claim(Organisation(name="새 이름", business_number="124-81-00998"), -1)
    assert "가람협동조합" in str(taken.value) and "124-81-00998" in str(taken.value)
    holders.claim(Organisation(name="새 이름", business_number="220-81-62517"), -1)
    holders.claim(Organisation(name="가람", business_number="101-86-00011"), 3)
    assert holders.by_number == {"220-81-62517": (-1, "새 이름"), "101-86-00011": (3, "가람")}
    holders.claim(Organisation(name="새 이름", business_number="124-81-00998"), -2)
    holders.claim(Organisation(name="가람", business_number=""), 3)
    assert "101-86-00011" not in holders.by_number and 3 not in holders.by_id
    holders.claim(Organisation(name="다른", business_number="101-86-00011"), -3)
    holders.claim(Organisation(name="빈칸"), -4)
    assert -4 not in holders.by_id and "" not in holders.by_number


def test_unit_an_update_fills_what_the_row_gives_and_keeps_the_rest():
    stored = Organisation(name="가람", representative="이가람", phone="041-730-1234", email="a@b.kr", notes="옛 메모",
                          is_support_body=True, designations=[Designation(kind="마을기업", id=7)],
                          memberships=[MembershipPeriod(joined_on="2020-01-01", id=9)], id=3)
    incoming = Organisation(name="가람협동조합", phone="", email="new@b.kr", address="가람시 1길", notes="새 메모",
                            designations=[Designation(kind="마을기업", subtype="x", id=1),
                                          Designation(kind="사회적기업", id=2)],
                            memberships=[MembershipPeriod(joined_on="2024-01-01", id=5)])
    merged = updated_with(stored, incoming)
    assert (merged.id, merged.name, merged.representative, merged.phone, merged.email, merged.address, merged.notes) == (
        3, "가람협동조합", "이가람", "041-730-1234", "new@b.kr", "가람시 1길", "새 메모")
    assert merged.is_support_body and [(d.kind, d.id) for d in merged.designations] == [("마을기업", 7), ("사회적기업", None)]
    assert [(p.joined_on, p.id) for p in merged.memberships] == [("2020-01-01", 9)]
    fresh = updated_with(Organisation(name="나눔", id=4), Organisation(name="나눔", is_support_body=True,
                                                                      memberships=[MembershipPeriod("2024-01-01", id=5)]))
    assert fresh.is_support_body and [(p.joined_on, p.id) for p in fresh.memberships] == [("2024-01-01", None)]
    every = {key: f"값 {key}" for key in ("legal_form", "business_number", "corporation_number", "district", "fax",
                                          "homepage", "industry", "service_field", "founded_on", "news")}
    assert all(getattr(updated_with(Organisation(name="x"), Organisation(name="x", **every)), k) == v
               for k, v in every.items())
