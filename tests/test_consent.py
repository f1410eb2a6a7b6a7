"""Unit tests of the consent rule every output uses before printing a phone or an e-mail."""

from datetime import date

from seecodesk.core.consent import Item, Use, allows
from seecodesk.core.members import Consent

DAY = date(2026, 6, 1)


def _consent(**changes):
    values = {"consented_on": "2021-03-05", "items": "이름, 소속, 연락처, 이메일", "third_party": True}
    return Consent(**{**values, **changes})


def test_a_consent_in_force_with_third_party_allows_handing_out_phone_and_email():
    assert allows([_consent()], Item.PHONE, Use.THIRD_PARTY, DAY)
    assert allows([_consent()], Item.EMAIL, Use.THIRD_PARTY, DAY)


def test_without_third_party_the_value_stays_inside_the_network():
    consents = [_consent(third_party=False)]
    assert allows(consents, Item.PHONE, Use.NETWORK, DAY)
    assert not allows(consents, Item.PHONE, Use.THIRD_PARTY, DAY)


def test_no_consent_a_withdrawn_one_or_a_future_one_allows_nothing():
    assert not allows([], Item.PHONE, Use.NETWORK, DAY)
    assert not allows([_consent(withdrawn_on="2026-05-31")], Item.PHONE, Use.NETWORK, DAY)
    assert allows([_consent(withdrawn_on="2026-06-02")], Item.PHONE, Use.NETWORK, DAY)
    assert not allows([_consent(consented_on="2026-06-02")], Item.PHONE, Use.NETWORK, DAY)


def test_an_item_the_consent_does_not_name_is_not_covered():
    consents = [_consent(items="이름, 소속, 이메일")]
    assert allows(consents, Item.EMAIL, Use.NETWORK, DAY)
    assert not allows(consents, Item.PHONE, Use.NETWORK, DAY)


def test_a_consent_counts_from_the_day_it_is_given_and_stops_on_the_day_it_is_withdrawn():
    assert allows([_consent(consented_on="2026-06-01")], Item.PHONE, Use.NETWORK, DAY)
    assert not allows([_consent(withdrawn_on="2026-06-01")], Item.PHONE, Use.NETWORK, DAY)


def test_items_written_in_capitals_still_name_the_e_mail():
    assert allows([_consent(items="이름, E-Mail")], Item.EMAIL, Use.NETWORK, DAY)
