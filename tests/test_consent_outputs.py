"""Consent is used: exports, the sign-in sheet and the catalog print a person's number only when they agreed."""

import csv
from datetime import date

from seecodesk.cli.main import main
from seecodesk.core.consent import Item, Use
from seecodesk.core.contact_release import ContactOwner, Withheld, organisation_value, person_value
from seecodesk.core.members import Consent
from seecodesk.exchange.member_export import export_members, withheld_phones
from seecodesk.storage.database import open_database

DAY = date(2026, 6, 1)
NETWORK_ONLY = Consent("2024-01-02", "이름, 연락처, 이메일", "연락", "탈퇴 후 3년", third_party=False)
THIRD_PARTY = Consent("2024-01-02", "이름, 연락처, 이메일", "연락", "탈퇴 후 3년", third_party=True)


def test_a_persons_phone_is_kept_only_for_the_uses_their_consent_covers():
    withheld = Withheld()
    assert person_value("010-1234-5678", [NETWORK_ONLY], Item.PHONE, Use.NETWORK, withheld, DAY) == "010-1234-5678"
    assert person_value("010-1234-5678", [NETWORK_ONLY], Item.PHONE, Use.THIRD_PARTY, withheld, DAY) == ""
    assert person_value("a@b.kr", [], Item.EMAIL, Use.NETWORK, withheld, DAY) == ""
    assert person_value("", [], Item.PHONE, Use.NETWORK, withheld, DAY) == ""  # nothing to withhold
    assert withheld.count == 2 and withheld.notice() == "개인정보 동의 범위 밖이라 비워 둔 연락처 2건"


def test_an_organisation_phone_that_is_a_members_own_mobile_follows_their_consent():
    owner = ContactOwner.of(["01098765432"], ["boss@example.kr"], [NETWORK_ONLY])
    withheld = Withheld()
    assert organisation_value("010-9876-5432", [owner], Item.PHONE, Use.THIRD_PARTY, withheld, DAY) == ""
    assert organisation_value("041-730-1234", [owner], Item.PHONE, Use.THIRD_PARTY, withheld, DAY) == "041-730-1234"
    assert organisation_value("010-9876-5432", [owner], Item.PHONE, Use.NETWORK, withheld, DAY) == "010-9876-5432"
    agreed = ContactOwner.of(["01098765432"], [], [THIRD_PARTY])
    assert organisation_value("010-9876-5432", [agreed], Item.PHONE, Use.THIRD_PARTY, withheld, DAY) == "010-9876-5432"
    assert withheld.count == 1


def test_the_member_export_leaves_a_personal_mobile_blank_and_says_so_before_saving(one_person_shop, tmp_path):
    db, _ = one_person_shop
    assert len(withheld_phones(db)) == 1
    result = export_members(db, tmp_path / "명단.csv")
    with open(result.path, encoding="utf-8-sig", newline="") as handle:
        rows = {r["기업명"]: r for r in csv.DictReader(handle)}
    assert rows["별빛공방"]["전화"] == "" and rows["가람협동조합"]["전화"] == "041-730-1234"
    assert result.withheld == 1 and "비워 둔 연락처 1건" in result.describe()


def test_the_export_command_prints_how_many_values_it_withheld(one_person_shop, tmp_path, capsys):
    _, path = one_person_shop
    assert main(["export", "members", str(tmp_path / "m.xlsx"), "--db", str(path)]) == 0
    assert "개인정보 동의 범위 밖이라 비워 둔 연락처 1건" in capsys.readouterr().out


def test_the_catalog_prints_no_personal_mobile_without_third_party_consent(one_person_shop):
    from seecodesk.services.catalog import all_entries, released_contacts

    db, _ = one_person_shop
    entries, withheld = released_contacts(db, all_entries(db))
    phones = {e.name: e.phone for e in entries}
    assert phones == {"별빛공방": "", "가람협동조합": "041-730-1234"} and withheld.count == 1


def test_the_signin_command_says_how_many_phones_it_left_blank(demo_path, tmp_path, capsys):
    db = open_database(demo_path)
    meeting = db.execute(
        "SELECT meeting_id FROM meeting_attendees a JOIN consents c ON c.person_id = a.person_id "
        "JOIN people p ON p.id = a.person_id WHERE c.third_party = 0 AND p.mobile != '' "
        "LIMIT 1"
    ).fetchone()[0]
    db.close()
    assert (
        main(["print", "signin", str(meeting), str(tmp_path / "s.pdf"), "--db", str(demo_path), "--show-phones"]) == 0
    )
    out = capsys.readouterr().out
    assert "개인정보 동의 범위 밖이라 비워 둔 연락처" in out and "참석자 명부를 저장했습니다" in out


def test_nothing_withheld_says_nothing_and_large_counts_get_thousands_separators():
    assert Withheld().notice() == ""
    assert Withheld(1234).notice().endswith("1,234건")


def test_a_persons_own_numbers_are_recognised_however_they_are_written():
    owner = ContactOwner.of(["010-9876-5432", "", "  "], [" Boss@Example.kr ", ""], [NETWORK_ONLY])
    assert owner.owns("01098765432", Item.PHONE) and owner.owns("010 9876 5432", Item.PHONE)
    assert owner.owns("boss@example.KR", Item.EMAIL)
    assert not owner.owns("", Item.PHONE) and not owner.owns(" ", Item.EMAIL)
    assert not owner.owns("010-1111-2222", Item.PHONE) and not owner.owns("other@example.kr", Item.EMAIL)


def test_a_blank_value_is_kept_as_it_is_and_not_counted_as_withheld():
    withheld = Withheld()
    assert person_value("  ", [], Item.PHONE, Use.THIRD_PARTY, withheld, DAY) == "  "
    owner = ContactOwner.of(["01098765432"], [], [])
    assert organisation_value(" ", [owner], Item.PHONE, Use.THIRD_PARTY, withheld, DAY) == " "
    assert withheld.count == 0


def test_an_organisation_email_stays_the_organisations_even_when_a_member_uses_it():
    owner = ContactOwner.of([], ["office@shop.kr"], [])
    withheld = Withheld()
    assert organisation_value("office@shop.kr", [owner], Item.EMAIL, Use.THIRD_PARTY, withheld, DAY) == "office@shop.kr"
    assert withheld.count == 0


def test_every_mobile_prefix_counts_as_personal_and_any_owner_who_did_not_agree_keeps_it_out():
    refusing = ContactOwner.of(["0111234567", "0161234567", "0191234567"], [], [])
    agreeing = ContactOwner.of(["0111234567"], [], [THIRD_PARTY])
    withheld = Withheld()
    for number in ("011-123-4567", "016-123-4567", "019-123-4567"):
        assert organisation_value(number, [agreeing, refusing], Item.PHONE, Use.THIRD_PARTY, withheld, DAY) == ""
    assert withheld.count == 3
    assert organisation_value("0111234567", [agreeing], Item.PHONE, Use.THIRD_PARTY, withheld, DAY) == "0111234567"


def test_the_export_finds_the_owner_of_a_mobile_in_any_field_and_spelling_and_any_refusal_keeps_it_out(tmp_path):
    from seecodesk.core.members import Organisation, Person
    from seecodesk.services.members import MemberService

    db = open_database(tmp_path / "owners.seecodesk")
    members = MemberService(db)
    shared = members.save_organisation(Organisation("두손공방", phone="010-2222-3333"))
    members.save_person(Person("동의한사람", organisation_id=shared.id, mobile="01022223333", consents=[THIRD_PARTY]))
    members.save_person(Person("안한사람", organisation_id=shared.id, phone="010 2222 3333", consents=[NETWORK_ONLY]))
    agreed = members.save_organisation(Organisation("한빛상회", phone="010-4444-5555"))
    members.save_person(Person("대표", organisation_id=agreed.id, mobile="010-4444-5555", consents=[THIRD_PARTY]))
    members.save_person(Person("다른번호", organisation_id=agreed.id, mobile="010-9999-0000", consents=[NETWORK_ONLY]))
    result = export_members(db, tmp_path / "명단.csv")
    with open(result.path, encoding="utf-8-sig", newline="") as handle:
        rows = {r["기업명"]: r for r in csv.DictReader(handle)}
    assert rows["두손공방"]["전화"] == "", "one holder of the number did not agree to 제3자 제공"
    assert rows["한빛상회"]["전화"] == "010-4444-5555", "its only holder agreed; another person's number does not matter"
    assert result.withheld == 1 == len(withheld_phones(db))
    db.close()
