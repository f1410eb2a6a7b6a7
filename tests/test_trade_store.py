"""상호거래 as stored: agreements with their parties, products and flags read back, edits and status changes
stamped, ceremonies, trades and requests listed and soft-deleted, the names the forms offer."""

import re

import pytest

from seecodesk.core.errors import NotFoundError
from seecodesk.core.trade import Agreement, AgreementParty, Ceremony, Trade, TradeRequest
from seecodesk.storage import trade as store


def _org(db, name, **fields):
    return db["organisations"].insert({"name": name, "name_key": name, **fields}).last_pk


def _korean_message(error):
    return re.search("[가-힣]", str(error.value)) is not None


@pytest.fixture
def orgs(db):
    return _org(db, "가람", representative="김대표", address="논산시 1"), _org(db, "나래", representative="이대표",
                                                                         address="논산시 2")


def _stamp_of(db, table, row_id):
    return db.execute(f"SELECT updated_at FROM {table} WHERE id = ?", [row_id]).fetchone()[0]


def _make_old(db, table, row_id):
    db.execute(f"UPDATE {table} SET updated_at = '2000-01-01 00:00:00' WHERE id = ?", [row_id])


def test_an_agreement_keeps_its_flags_parties_and_products_once_each(db, orgs):
    first, second = orgs
    products = [db["products"].insert({"organisation_id": first, "name": name}).last_pk for name in ("두부", "김치")]
    agreement = Agreement("상호거래 협약", signed_on="2026-03-01", priority_purchase=True, auto_renew=True,
                          parties=[AgreementParty(organisation_id=second),
                                   AgreementParty(outside_name="논산시청", representative="시장", address="시청로")],
                          product_ids=[products[1], products[0], products[1]])
    agreement_id = store.insert_agreement(db, agreement)
    stored = store.get_agreement(db, agreement_id)
    assert stored.priority_purchase is True and stored.auto_renew is True
    assert stored.product_ids == [products[1], products[0]]
    assert [(p.organisation_id, p.name, p.outside_name, p.representative, p.address) for p in stored.parties] == [
        (second, "나래", "", "", ""), (None, "", "논산시청", "시장", "시청로")]
    party_ids = [r[0] for r in db.execute("SELECT id FROM agreement_parties WHERE agreement_id = ? ORDER BY position",
                                          [agreement_id])]
    assert [p.id for p in stored.parties] == party_ids and None not in party_ids
    plain = store.get_agreement(db, store.insert_agreement(db, Agreement("빈 협약", signed_on="2026-01-01")))
    assert plain.priority_purchase is False and plain.auto_renew is False and plain.product_ids == []
    assert plain.parties == []
    assert [a.id for a in store.agreements(db)] == [agreement_id, plain.id]
    assert store.agreements(db, []) == []


def test_editing_an_agreement_replaces_its_parties_and_products_and_stamps_it(db, orgs):
    first, second = orgs
    product = db["products"].insert({"organisation_id": first, "name": "두부"}).last_pk
    agreement_id = store.insert_agreement(db, Agreement("협약", parties=[AgreementParty(organisation_id=first)],
                                                        product_ids=[product]))
    _make_old(db, "agreements", agreement_id)
    edited = Agreement("바뀐 협약", parties=[AgreementParty(organisation_id=second)], priority_purchase=True,
                       id=agreement_id)
    store.update_agreement(db, edited)
    stored = store.get_agreement(db, agreement_id)
    assert (stored.title, stored.priority_purchase, stored.product_ids) == ("바뀐 협약", True, [])
    assert [p.organisation_id for p in stored.parties] == [second]
    assert _stamp_of(db, "agreements", agreement_id) > "2000-01-01 00:00:00"
    with pytest.raises(NotFoundError) as error:
        store.update_agreement(db, Agreement("없는 협약", id=999))
    assert _korean_message(error)
    with pytest.raises(NotFoundError) as error:
        store.get_agreement(db, 999)
    assert _korean_message(error)


def test_a_status_change_is_stamped_and_its_history_read_back_in_date_order(db, orgs):
    agreement_id = store.insert_agreement(db, Agreement("협약", signed_on="2026-01-01"))
    _make_old(db, "agreements", agreement_id)
    store.update_status(db, agreement_id, "해지", "2026-05-01")
    stored = store.get_agreement(db, agreement_id)
    assert (stored.status, stored.status_on) == ("해지", "2026-05-01")
    assert _stamp_of(db, "agreements", agreement_id) > "2000-01-01 00:00:00"
    with pytest.raises(NotFoundError) as error:
        store.update_status(db, 999, "해지", "2026-05-01")
    assert _korean_message(error)
    store.add_status_history(db, agreement_id, "해지", "2026-05-01", "거래 중단")
    store.add_status_history(db, agreement_id, "체결", "2026-01-01")
    assert store.status_history(db, agreement_id) == [("체결", "2026-01-01", ""), ("해지", "2026-05-01", "거래 중단")]


def test_ceremonies_keep_their_fields_and_organisations_in_order(db, orgs):
    first, second = orgs
    both = store.insert_ceremony(db, Ceremony("협약식", "2026-04-01", [second, first], place="시청", mode="multi",
                                              notes="기념촬영"))
    empty = store.insert_ceremony(db, Ceremony("빈 협약식", "2026-05-01"))
    assert store.ceremonies(db) == [Ceremony("빈 협약식", "2026-05-01", [], "", "pairwise", "", empty),
                                    Ceremony("협약식", "2026-04-01", [second, first], "시청", "multi", "기념촬영", both)]
    signed = store.insert_agreement(db, Agreement("협약식 협약", ceremony_id=both))
    gone = store.insert_agreement(db, Agreement("지운 협약", ceremony_id=both))
    store.set_deleted(db, "agreements", gone, True)
    assert store.ceremony_agreement_ids(db, both) == [signed]
    store.set_deleted(db, "agreement_ceremonies", empty, True)
    assert [c.id for c in store.ceremonies(db)] == [both]
    store.set_deleted(db, "agreements", gone, False)
    assert store.ceremony_agreement_ids(db, both) == [signed, gone]


def test_trades_are_listed_by_period_edited_and_their_years_known(db, orgs):
    first, second = orgs
    early = store.insert_trade(db, Trade(first, second, "2025-12-31", "두부", 10_000))
    late = store.insert_trade(db, Trade(second, first, "2026-02-01", "김치", 20_000, note="메모", source="import"))
    assert [t.id for t in store.trades(db)] == [late, early]
    assert store.trades(db, "2026-01-01") == [Trade(second, first, "2026-02-01", "김치", 20_000, None, None, "메모",
                                                    "import", late)]
    assert [t.id for t in store.trades(db, end="2025-12-31")] == [early]
    assert store.trade_years(db) == [2025, 2026]
    _make_old(db, "trades", early)
    store.update_trade(db, Trade(first, second, "2025-12-30", "두부 한 판", 12_000, id=early))
    assert store.trades(db, end="2025-12-31")[0].item == "두부 한 판"
    assert _stamp_of(db, "trades", early) > "2000-01-01 00:00:00"
    with pytest.raises(NotFoundError) as error:
        store.update_trade(db, Trade(first, second, "2025-12-30", "두부", 1, id=999))
    assert _korean_message(error)
    store.set_deleted(db, "trades", late, True)
    assert store.trade_years(db) == [2025]


def test_requests_open_first_edited_stamped_and_soft_deleted(db, orgs):
    first, second = orgs
    closed = store.insert_request(db, TradeRequest(first, second, "2026-03-01", "두부", status="종결"))
    older = store.insert_request(db, TradeRequest(first, second, "2026-01-01", "김치"))
    newer = store.insert_request(db, TradeRequest(second, first, "2026-02-01", "빵"))
    assert [r.id for r in store.requests(db)] == [newer, older, closed]
    _make_old(db, "trade_requests", older)
    store.update_request(db, TradeRequest(first, second, "2026-01-01", "김치", status="종결", close_reason="품절",
                                          id=older))
    assert store.get_request(db, older).close_reason == "품절"
    assert _stamp_of(db, "trade_requests", older) > "2000-01-01 00:00:00"
    with pytest.raises(NotFoundError) as error:
        store.update_request(db, TradeRequest(first, second, "2026-01-01", id=999))
    assert _korean_message(error)
    store.set_deleted(db, "trade_requests", newer, True)
    with pytest.raises(NotFoundError) as error:
        store.get_request(db, newer)
    assert _korean_message(error)


def test_names_contacts_and_products_the_forms_offer(db, orgs):
    first, second = orgs
    _org(db, "다솜", deleted_at="2026-01-01")
    assert store.organisation_names(db) == {first: "가람", second: "나래"}
    assert list(store.organisation_names(db).values()) == ["가람", "나래"]
    assert store.organisation_contacts(db, [second]) == {second: ("이대표", "논산시 2")}
    assert store.organisation_contacts(db, []) == {}
    later = db["products"].insert({"organisation_id": second, "name": "빵"}).last_pk
    tofu = db["products"].insert({"organisation_id": first, "name": "두부", "sort_order": 2}).last_pk
    kimchi = db["products"].insert({"organisation_id": first, "name": "김치", "sort_order": 1}).last_pk
    assert list(store.product_names(db).items()) == [(kimchi, (first, "김치")), (tofu, (first, "두부")),
                                                     (later, (second, "빵"))]
