"""Which contact details an output may carry (core/contact_release): the day that decides, e-mails
that stay the organisation's, and how a withheld number is masked on a 연락망 — pure functions."""

from datetime import date

from seecodesk.core.consent import Item, Use
from seecodesk.core.contact_release import ContactOwner, Withheld, masked_phone, organisation_value, person_phone
from seecodesk.core.members import Consent

# In force for the whole of 2024 only: agreed 2024-01-02, withdrawn 2025-01-01 (before today, whenever run).
IN_2024 = Consent("2024-01-02", "이름, 연락처, 이메일", "연락", "탈퇴 후 3년", third_party=True,
                  withdrawn_on="2025-01-01")
NETWORK_ONLY = Consent("2024-01-02", "이름, 연락처, 이메일", "연락", "탈퇴 후 3년", third_party=False)
MID_2024, AFTER = date(2024, 6, 1), date(2025, 6, 1)


def test_the_day_of_the_output_decides_whether_a_withdrawn_consent_still_covered_a_number():
    withheld = Withheld()
    assert person_phone("010-1234-5678", [IN_2024], Use.THIRD_PARTY, withheld, MID_2024) == "010-1234-5678"
    assert person_phone("010-1234-5678", [IN_2024], Use.THIRD_PARTY, withheld, AFTER) == "010-****-5678"
    assert withheld.count == 1
    owner = ContactOwner.of(["010-1234-5678"], [], [IN_2024])
    assert organisation_value("010-1234-5678", [owner], Item.PHONE, Use.THIRD_PARTY, withheld, MID_2024) != ""
    assert organisation_value("010-1234-5678", [owner], Item.PHONE, Use.THIRD_PARTY, withheld, AFTER) == ""
    assert withheld.count == 2


def test_a_number_agreed_for_the_network_only_is_masked_on_anything_handed_outside():
    withheld = Withheld()
    assert person_phone("010-1234-5678", [NETWORK_ONLY], Use.NETWORK, withheld, MID_2024) == "010-1234-5678"
    assert person_phone("010-1234-5678", [NETWORK_ONLY], Use.THIRD_PARTY, withheld, MID_2024) == "010-****-5678"
    assert person_phone("", [NETWORK_ONLY], Use.THIRD_PARTY, withheld, MID_2024) == ""
    assert withheld.count == 1


def test_an_organisation_email_stays_the_organisations_even_when_it_is_a_persons_own():
    # Korean mail addresses are often the mobile number: it must not be taken for the phone.
    owner = ContactOwner.of(["010-1234-5678"], ["01012345678@hanmail.net"], [])
    withheld = Withheld()
    for email in ("01012345678@hanmail.net", "office@maeul.kr"):
        assert organisation_value(email, [owner], Item.EMAIL, Use.THIRD_PARTY, withheld, MID_2024) == email
    assert withheld.count == 0


def test_a_person_with_no_recorded_numbers_or_address_owns_nothing_and_breaks_nothing():
    owner = ContactOwner.of([None, "", "  "], [None, "", "   "], [])  # type: ignore[list-item]
    assert owner.phones == frozenset() and owner.emails == frozenset()
    assert not owner.owns("", Item.PHONE) and not owner.owns(" ", Item.EMAIL)
    withheld = Withheld()
    assert organisation_value("   ", [owner], Item.PHONE, Use.THIRD_PARTY, withheld, MID_2024) == "   "
    assert withheld.count == 0 and withheld.notice() == ""


def test_masking_keeps_each_part_of_a_written_number_and_the_last_four_digits():
    assert masked_phone("010-1234-5678") == "010-****-5678"
    assert masked_phone("02-123-4567") == "02-***-4567"
    assert masked_phone("041-730-1234") == "041-***-1234"
    assert masked_phone("01012345678") == "010-****-5678"
    assert masked_phone("1588-1234") == "158-*-1234"
    assert masked_phone("1588 1234") == "158-*-1234"


def test_a_short_or_odd_number_is_hidden_whole():
    assert masked_phone("12345") == "*****"
    assert masked_phone("123-4567") == "*******"
    assert masked_phone("") == ""
