"""Agreements, ceremonies, requests and trades: expansion, validation, totals and the lists the secretary sees first."""

from datetime import date

import pytest

from seecodesk.core.errors import SeeCoDeskError, ValidationError, ValidationErrors
from seecodesk.core.trade import Agreement, AgreementParty, Ceremony, Trade, TradeRequest, ceremony_pairs, parse_amount
from seecodesk.services.trade import TradeService, attention_lines, idle_agreements, renewals_due
from tests.trade_helpers import add_orgs


@pytest.fixture
def service(db):
    return TradeService(db)


def test_ceremony_pairs_are_every_unordered_pair_once():
    pairs = ceremony_pairs([5, 3, 9, 3, 1, 7])
    assert len(pairs) == 10
    assert all(a != b for a, b in pairs)
    assert len({frozenset(p) for p in pairs}) == 10


def test_five_party_ceremony_makes_ten_agreements_and_stays_one_ceremony(service, db):
    ids = add_orgs(db, "보람자원", "발그레협동조합", "꿈마루협동조합", "가람주거복지센터", "(주)좋은하루")
    ceremony_id, agreement_ids = service.hold_ceremony(
        Ceremony(title="2021 업무협약식", held_on="2021-10-05", place="좋은하루 교육장", organisation_ids=ids + [ids[2]]),
        Agreement(title="", kind="상호거래 협약", scope="회원사 제품 우선 구매"))
    assert len(agreement_ids) == 10
    made = service.ceremony_agreements(ceremony_id)
    pairs = {frozenset(a.member_ids) for a in made}
    assert len(pairs) == 10 and all(len(p) == 2 for p in pairs)
    assert all(a.signed_on == "2021-10-05" and a.place == "좋은하루 교육장" and a.scope == "회원사 제품 우선 구매" for a in made)
    assert all(a.parties[0].representative and a.parties[0].address for a in made)
    assert [c.id for c in service.ceremonies()] == [ceremony_id]
    assert service.ceremonies()[0].organisation_ids == ids


def test_multi_party_ceremony_makes_one_agreement_of_all(service, db):
    ids = add_orgs(db, "가", "나", "다", "라")
    _, agreement_ids = service.hold_ceremony(Ceremony(title="상생협약식", held_on="2022-03-02", organisation_ids=ids,
                                                      mode="multi"), Agreement(title="", kind="상생협약"))
    assert len(agreement_ids) == 1
    assert service.agreement(agreement_ids[0]).member_ids == ids


def test_ceremony_needs_two_organisations_and_changes_nothing_otherwise(service, db):
    ids = add_orgs(db, "홀로협동조합")
    with pytest.raises(ValidationErrors):
        service.hold_ceremony(Ceremony(title="협약식", held_on="2022-01-01", organisation_ids=ids + ids))
    assert service.ceremonies() == [] and service.agreements() == []


def test_agreement_with_outside_party_and_status_history(service, db):
    (org,) = add_orgs(db, "가람로컬푸드")
    saved = service.save_agreement(Agreement(
        title="청소년 인턴십 업무협약", kind="업무협약", signed_on="2022.5.29",
        parties=[AgreementParty(organisation_id=org), AgreementParty(outside_name="가람시 청소년지원센터", representative="센터장")]))
    assert saved.signed_on == "2022-05-29" and [p.label for p in saved.parties] == ["가람로컬푸드", "가람시 청소년지원센터"]
    ended = service.set_status(int(saved.id), "해지", "2023-01-31", "센터 사업 종료")
    assert ended.status == "해지" and ended.status_on == "2023-01-31"
    assert [h[0] for h in service.status_history(int(saved.id))] == ["체결", "해지"]


def test_unit_status_dated_before_signing_is_refused_with_dates_as_the_window_writes_them(service, db):
    (org,) = add_orgs(db, "가람로컬푸드")
    saved = service.save_agreement(Agreement(
        title="업무협약", kind="업무협약", signed_on="2022-05-29",
        parties=[AgreementParty(organisation_id=org), AgreementParty(outside_name="가람시청")]))
    with pytest.raises(ValidationError) as caught:
        service.set_status(int(saved.id), "해지", "2022-05-01", "")
    assert caught.value.field == "status_on"
    assert "2022. 5. 1." in str(caught.value) and "2022. 5. 29." in str(caught.value)
    assert "2022-05" not in str(caught.value)
    assert service.agreement(int(saved.id)).status == "체결"


@pytest.mark.parametrize("parties, message", [
    ([AgreementParty(outside_name="가람시청")], "둘 이상"),
    ([AgreementParty(outside_name="가람시청"), AgreementParty(outside_name=" 가람시청 ")], "두 번"),
])
def test_agreement_party_rules(service, parties, message):
    with pytest.raises(ValidationErrors) as caught:
        service.save_agreement(Agreement(title="협약", parties=parties))
    assert message in caught.value.errors["parties"]


def test_amounts_as_secretaries_write_them():
    assert parse_amount("1,200,000원") == 1_200_000
    assert parse_amount("120만원") == 1_200_000
    assert parse_amount("１２０００") == 12_000
    with pytest.raises(ValidationError):
        parse_amount("약 백만원")


def test_trade_must_match_the_agreement_it_names(service, db):
    a, b, c = add_orgs(db, "가", "나", "다")
    _, (ab, _ac, _bc) = service.hold_ceremony(Ceremony(title="협약식", held_on="2021-10-05", organisation_ids=[a, b, c]))
    with pytest.raises(SeeCoDeskError, match="당사자가 아닌"):
        service.save_trade(Trade(buyer_id=a, seller_id=c, traded_on="2022-01-03", item="두부", amount=10, agreement_id=ab))
    with pytest.raises(ValidationErrors):
        service.save_trade(Trade(buyer_id=a, seller_id=a, traded_on="2022-01-03", item="두부", amount=10))


def test_totals_per_year_pair_organisation_and_agreement_share(service, db):
    a, b, c = add_orgs(db, "가", "나", "다")
    _, (ab, _ac, _bc) = service.hold_ceremony(Ceremony(title="협약식", held_on="2021-10-05", organisation_ids=[a, b, c]))
    rows = [(a, b, "2022-02-01", 300_000, ab), (b, a, "2022-05-01", 200_000, ab), (c, a, "2022-07-01", 500_000, None),
            (a, c, "2023-01-10", 1_000_000, None)]
    for buyer, seller, day, amount, agreement in rows:
        service.save_trade(Trade(buyer_id=buyer, seller_id=seller, traded_on=day, item="물품", amount=amount,
                                 agreement_id=agreement))
    year = service.summary(2022)
    assert {y: (t.count, t.amount) for y, t in year.by_year.items()} == {2022: (3, 1_000_000), 2023: (1, 1_000_000)}
    assert year.by_pair[(min(a, b), max(a, b))].amount == 500_000 and year.by_pair[(min(a, c), max(a, c))].count == 1
    by_org = {row.organisation_id: row for row in year.by_organisation}
    assert by_org[a].bought.amount == 300_000 and by_org[a].sold.amount == 700_000 and by_org[c].sold.amount == 0
    assert year.share.inside.amount == 500_000 and year.share.outside.amount == 500_000
    assert year.share.inside_share == pytest.approx(0.5)
    assert sorted(x.id for x in year.never_traded) == sorted([_ac, _bc])


def test_renewals_due_within_sixty_days_and_overdue(service, db):
    a, b = add_orgs(db, "가", "나")
    def agreement(title, renewal, status="유효"):
        return service.save_agreement(Agreement(title=title, renewal_on=renewal, status=status, signed_on="2024-01-01",
                                                parties=[AgreementParty(organisation_id=a), AgreementParty(organisation_id=b)]))
    soon = agreement("곧 갱신", "2026-12-20")
    late = agreement("지난 갱신", "2026-10-01")
    agreement("먼 갱신", "2027-03-01")
    agreement("해지된 협약", "2026-12-01", status="해지")
    today = date(2026, 11, 24)
    assert [x.id for x in renewals_due(db, 60, today)] == [late.id, soon.id]
    assert [x.id for x in renewals_due(db, 20, today)] == [late.id]
    lines = attention_lines(db, today)
    assert any("곧 갱신" in line and "26일 남음" in line for line in lines)
    assert any(line.startswith("갱신 2026. 12. 20.(일) (26일 남음)") for line in lines)
    assert any("지난 갱신" in line and "54일 지남" in line for line in lines)


def test_idle_agreements_are_old_agreements_with_no_trade_in_a_year(service, db):
    a, b, c = add_orgs(db, "가", "나", "다")
    _, (ab, ac, bc) = service.hold_ceremony(Ceremony(title="협약식", held_on="2024-03-01", organisation_ids=[a, b, c]))
    service.save_trade(Trade(buyer_id=a, seller_id=b, traded_on="2026-02-01", item="빵", amount=50_000, agreement_id=ab))
    service.save_trade(Trade(buyer_id=a, seller_id=c, traded_on="2025-05-01", item="빵", amount=50_000, agreement_id=ac))
    young = service.save_agreement(Agreement(title="새 협약", signed_on="2026-06-01", parties=[
        AgreementParty(organisation_id=b), AgreementParty(organisation_id=c)]))
    idle = idle_agreements(db, date(2026, 11, 24))
    assert [(x.id, last) for x, last in idle] == [(bc, ""), (ac, "2025-05-01")]
    assert young.id not in [x.id for x, _ in idle]


def test_request_leads_to_a_trade_or_is_closed_with_a_reason(service, db):
    a, b = add_orgs(db, "가", "나")
    request = service.save_request(TradeRequest(requester_id=a, provider_id=b, received_on="2026-03-02", item="방역 소독"))
    done = service.request_to_trade(int(request.id), Trade(buyer_id=a, seller_id=b, traded_on="2026-04-01",
                                                            item="방역 소독", amount=330_000))
    stored = {r.id: r for r in service.requests()}[request.id]
    assert stored.status == "거래" and stored.trade_id == done.id
    other = service.save_request(TradeRequest(requester_id=b, provider_id=a, received_on="2026-05-02", item="도시락"))
    with pytest.raises(ValidationErrors):
        service.save_request(TradeRequest(requester_id=b, provider_id=a, received_on="2026-05-02", item="x", status="종결"))
    closed = service.close_request(int(other.id), "예산 부족", "2026-06-01")
    assert closed.status == "종결" and closed.close_reason == "예산 부족"


def test_deleted_trade_comes_back_with_undo(service, db):
    a, b = add_orgs(db, "가", "나")
    trade = service.save_trade(Trade(buyer_id=a, seller_id=b, traded_on="2026-04-01", item="빵", amount=1000))
    service.delete_trade(int(trade.id))
    assert service.trades() == []
    assert service.undo_delete() and [t.id for t in service.trades()] == [trade.id]


def test_signed_scan_is_copied_into_the_data_folder(db, tmp_path):
    a, b = add_orgs(db, "가", "나")
    scan = tmp_path / "스캔 원본.pdf"
    scan.write_bytes(b"%PDF-1.4 test")
    service = TradeService(db, tmp_path / "net_files")
    saved = service.save_agreement(Agreement(title="가·나 협약 <원본>", parties=[
        AgreementParty(organisation_id=a), AgreementParty(organisation_id=b)]), scan_source=scan)
    assert saved.scan_path.startswith("agreements/") and service.scan_file(saved).read_bytes() == b"%PDF-1.4 test"
    with pytest.raises(ValidationError):
        service.import_scan(tmp_path / "x.exe", "x")


def test_request_leads_to_an_agreement_once(service, db):
    a, b = add_orgs(db, "가", "나")
    request = service.save_request(TradeRequest(requester_id=a, provider_id=b, received_on="2026-03-02", item="도시락"))
    agreement = service.request_to_agreement(int(request.id), Agreement(
        title="도시락 상호거래 협약", signed_on="2026-04-01",
        parties=[AgreementParty(organisation_id=a), AgreementParty(organisation_id=b)]))
    stored = {r.id: r for r in service.requests()}[request.id]
    assert (stored.status, stored.agreement_id, stored.closed_on) == ("협약", agreement.id, "2026-04-01")
    agreements = len(service.agreements())
    with pytest.raises(ValidationError, match="이미 협약으로 이어진 접수"):
        service.close_request(int(request.id), "취소")
    with pytest.raises(ValidationError):
        service.request_to_trade(int(request.id), Trade(buyer_id=a, seller_id=b, traded_on="2026-05-01", item="도시락",
                                                         amount=1000))
    assert len(service.agreements()) == agreements and service.trades() == []
    assert {r.id: r for r in service.requests()}[request.id].status == "협약"


def _trade(buyer, seller, on, amount, agreement=None):
    return Trade(buyer_id=buyer, seller_id=seller, traded_on=on, item="도시락", amount=amount, agreement_id=agreement)


def _agreement(id_, members, signed="2024-01-01", status="체결", **dates):
    parties = [AgreementParty(organisation_id=m) for m in members] + [AgreementParty(outside_name="시청")]
    return Agreement(title=f"협약{id_}", parties=parties, signed_on=signed, status=status, id=id_, **dates)


def test_unit_trade_totals_by_year_pair_and_organisation():
    from seecodesk.core.trade_figures import (
        Total,
        agreement_share,
        totals_by_organisation,
        totals_by_pair,
        totals_by_year,
    )

    trades = [_trade(1, 2, "2025-03-01", 100, agreement=7), _trade(2, 1, "2024-12-31", 50),
              _trade(3, 1, "2025-01-01", 400), _trade(2, 3, "2025-05-05", 10, agreement=8)]
    assert totals_by_year(trades) == {2024: Total(1, 50), 2025: Total(3, 510)}
    assert list(totals_by_year(trades)) == [2024, 2025]
    assert list(totals_by_pair(trades).items()) == [((1, 3), Total(1, 400)), ((1, 2), Total(2, 150)),
                                                    ((2, 3), Total(1, 10))]
    rows = totals_by_organisation(trades)
    assert [(r.organisation_id, r.bought, r.sold, r.amount) for r in rows] == [
        (1, Total(1, 100), Total(2, 450), 550), (3, Total(1, 400), Total(1, 10), 410), (2, Total(2, 60), Total(1, 100), 160)]
    share = agreement_share(trades)
    assert (share.inside, share.outside) == (Total(2, 110), Total(2, 450))
    assert share.inside_share == pytest.approx(110 / 560)
    assert agreement_share([]).inside_share == 0.0


def test_unit_equal_totals_list_the_smaller_ids_first():
    from seecodesk.core.trade_figures import totals_by_organisation, totals_by_pair

    trades = [_trade(5, 6, "2025-01-01", 100), _trade(2, 3, "2025-01-01", 100)]
    assert list(totals_by_pair(trades)) == [(2, 3), (5, 6)]
    assert [r.organisation_id for r in totals_by_organisation(trades)] == [2, 3, 5, 6]


def test_unit_agreements_never_traded_due_and_idle():
    from seecodesk.core.trade_figures import days_until, idle_agreements, never_traded, renewals_due

    today = date(2025, 6, 1)
    quiet = _agreement(1, [1, 2], signed="2024-01-01")
    busy = _agreement(2, [1, 3], signed="2024-01-01")
    fresh = _agreement(3, [1, 2], signed="2024-06-02")  # signed less than a year ago
    lone = _agreement(4, [1], signed="2020-01-01")  # one member and an outside body: no trade between members
    ended = _agreement(5, [1, 2], signed="2020-01-01", status="해지")
    undated = _agreement(6, [1, 2], signed="", starts_on="2023-05-01")
    trades = [_trade(1, 2, "2024-05-31", 10, agreement=1), _trade(1, 2, "2024-03-01", 10, agreement=1),
              _trade(1, 3, "2024-06-01", 10, agreement=2), _trade(1, 3, "2023-01-01", 10)]
    agreements = [quiet, busy, fresh, lone, ended, undated]
    assert [a.id for a in never_traded(agreements, trades)] == [3, 4, 5, 6]
    assert [(a.id, last) for a, last in idle_agreements(agreements, trades, today)] == [(6, ""), (1, "2024-05-31")]
    assert [a.id for a, _ in idle_agreements(agreements, trades, today, days=30)] == [6, 3, 1, 2]
    due = [_agreement(7, [1, 2], renewal_on="2025-07-31", ends_on="2025-06-05"),
           _agreement(8, [1, 2], ends_on="2025-05-01"), _agreement(9, [1, 2], ends_on="2025-07-30"),
           _agreement(10, [1, 2], ends_on="2025-08-01"), _agreement(11, [1, 2], status="유효", ends_on="2025-06-02"),
           _agreement(12, [1, 2], status="해지", ends_on="2025-06-02"), _agreement(13, [1, 2])]
    assert [a.id for a in renewals_due(due, today)] == [8, 11, 9, 7]
    assert [a.id for a in renewals_due(due, today, days=1)] == [8, 11]
    assert days_until("2025-06-03", today) == 2 and days_until("2025-05-31", today) == -1


def test_unit_agreements_due_or_idle_on_the_same_day_are_listed_by_number():
    from seecodesk.core.trade_figures import idle_agreements, renewals_due

    today = date(2025, 6, 1)
    due = [_agreement(9, [1, 2], ends_on="2025-06-10"), _agreement(4, [1, 2], ends_on="2025-06-10")]
    assert [a.id for a in renewals_due(due, today)] == [4, 9]
    # signed exactly a year before today, never traded: quiet for the whole year
    idle = [_agreement(9, [1, 2], signed="2024-06-01"), _agreement(4, [1, 2], signed="2024-06-01")]
    assert [a.id for a, _ in idle_agreements(idle, [], today)] == [4, 9]


def _refused(check, record):
    """The fields a validator refuses `record` beside (an empty set when it is kept)."""
    try:
        check(record)
    except ValidationErrors as caught:
        return set(caught.errors)
    return set()


def _two_members(**changes):
    parties = [AgreementParty(organisation_id=1), AgreementParty(organisation_id=2)]
    return Agreement(**{"title": "상호거래 협약", "parties": parties, **changes})


def test_unit_amounts_in_every_unit_and_the_limit():
    assert [parse_amount(t) for t in ("10억", "3천", "1.5만", " 12 000 ", "0", "7원", 5_000)] == [
        1_000_000_000, 3_000, 15_000, 12_000, 0, 7, 5_000]
    assert parse_amount("100", limit=100) == 100 and parse_amount(100_000_000_000) == 100_000_000_000
    for bad in ("101", 101):
        with pytest.raises(ValidationError) as caught:
            parse_amount(bad, limit=100)
        assert caught.value.field == "amount"
    for bad in (None, "", "원", "12만5천", "-5", -1, True, 100_000_000_001, "1001억"):
        with pytest.raises(ValidationError) as caught:
            parse_amount(bad)
        assert caught.value.field == "amount" and caught.value.message  # a sentence beside the box, never blank


def test_unit_an_agreement_is_kept_cleaned():
    from seecodesk.core.trade import validated_agreement

    agreement = _two_members(signed_on="2022.5.29", starts_on="2022.6.1", ends_on="2022.6.1", renewal_on="20230501",
                             status_on="2022/05/29", place=" 교육장 ", priority_purchase=1, auto_renew=0)
    agreement.parties.append(AgreementParty(outside_name="   "))  # an empty row of the form is dropped
    agreement.parties[0].outside_name = "남은 글자"  # a member party keeps no outside name
    kept = validated_agreement(agreement)
    assert (kept.signed_on, kept.starts_on, kept.ends_on, kept.renewal_on, kept.status_on, kept.place) == (
        "2022-05-29", "2022-06-01", "2022-06-01", "2023-05-01", "2022-05-29", "교육장")
    assert kept.priority_purchase is True and kept.auto_renew is False
    assert [(p.organisation_id, p.outside_name) for p in kept.parties] == [(1, ""), (2, "")]
    assert agreement.parties[0].outside_name == "남은 글자"  # the form's own record is left as typed
    assert validated_agreement(_two_members(auto_renew=True, priority_purchase=0)).auto_renew is True


@pytest.mark.parametrize(("changes", "fields"), [
    ({"title": " "}, {"title"}), ({"title": "가" * 201}, {"title"}), ({"kind": "기타 협약"}, {"kind"}),
    ({"status": "보류"}, {"status"}), ({"signed_on": "2022-13-01"}, {"signed_on"}),
    ({"starts_on": "어제"}, {"starts_on"}), ({"ends_on": "2022-02-30"}, {"ends_on"}),
    ({"renewal_on": "내년"}, {"renewal_on"}), ({"status_on": "0000"}, {"status_on"}),
    ({"starts_on": "2022-06-02", "ends_on": "2022-06-01"}, {"ends_on"}),
    ({"ends_on": "2022-02-30", "starts_on": "2022-06-02"}, {"ends_on"}),
    ({"place": "가" * 201}, {"place"}), ({"purpose": "가" * 5_001}, {"purpose"}), ({"scope": "가" * 5_001}, {"scope"}),
    ({"discount": "가" * 501}, {"discount"}), ({"other_terms": "가" * 5_001}, {"other_terms"}),
    ({"notes": "가" * 5_001}, {"notes"}), ({"scan_path": "가" * 501}, {"scan_path"}),
    ({"place": "가" * 200, "purpose": "가" * 5_000, "scope": "가" * 5_000, "discount": "가" * 500,
      "other_terms": "가" * 5_000, "notes": "가" * 5_000, "scan_path": "가" * 500, "title": "가" * 200}, set()),
    ({"title": "", "kind": "x", "status": "y"}, {"title", "kind", "status"}),
])
def test_unit_a_wrong_agreement_is_refused_beside_each_wrong_field(changes, fields):
    from seecodesk.core.trade import validated_agreement

    assert _refused(validated_agreement, _two_members(**changes)) == fields


@pytest.mark.parametrize(("parties", "refused"), [
    ([AgreementParty(outside_name="가" * 200), AgreementParty(outside_name="나", representative="가" * 100,
                                                             address="가" * 300)], False),
    ([AgreementParty(organisation_id=1), AgreementParty(outside_name="가" * 201)], True),
    ([AgreementParty(organisation_id=1), AgreementParty(outside_name="나", representative="가" * 101)], True),
    ([AgreementParty(organisation_id=1), AgreementParty(outside_name="나", address="가" * 301)], True),
    ([AgreementParty(organisation_id=1), AgreementParty(organisation_id=1)], True),
    ([AgreementParty(organisation_id=1), AgreementParty(organisation_id=2), AgreementParty(organisation_id=1)], True),
    ([AgreementParty(outside_name="시청"), AgreementParty(organisation_id=1), AgreementParty(outside_name="시청")], True),
    ([AgreementParty(organisation_id=1), AgreementParty(outside_name=" ")], True),
    ([AgreementParty(organisation_id=1), AgreementParty(outside_name="시청")], False),
])
def test_unit_agreement_parties_are_two_or_more_different_ones(parties, refused):
    from seecodesk.core.trade import validated_agreement

    fields = _refused(validated_agreement, Agreement(title="협약", parties=parties))
    assert fields == ({"parties"} if refused else set())


@pytest.mark.parametrize(("changes", "fields"), [
    ({}, set()), ({"title": " "}, {"title"}), ({"title": "가" * 201}, {"title"}), ({"held_on": ""}, {"held_on"}),
    ({"held_on": "2021-02-30"}, {"held_on"}), ({"place": "가" * 201}, {"place"}), ({"notes": "가" * 5_001}, {"notes"}),
    ({"place": "가" * 200, "notes": "가" * 5_000, "title": "가" * 200}, set()), ({"mode": "triple"}, {"mode"}),
    ({"mode": "multi"}, set()), ({"organisation_ids": [3, 3]}, {"organisation_ids"}),
    ({"organisation_ids": []}, {"organisation_ids"}),
])
def test_unit_a_ceremony_is_refused_beside_each_wrong_field(changes, fields):
    from seecodesk.core.trade import validated_ceremony

    ceremony = Ceremony(**{"title": "협약식", "held_on": "2021.10.5", "organisation_ids": [3, 4, 3], **changes})
    assert _refused(validated_ceremony, ceremony) == fields
    if not fields:
        kept = validated_ceremony(ceremony)
        assert kept.held_on == "2021-10-05" and kept.organisation_ids == list(dict.fromkeys(ceremony.organisation_ids))


@pytest.mark.parametrize(("changes", "fields"), [
    ({}, set()), ({"buyer_id": None}, {"buyer_id"}), ({"seller_id": None}, {"seller_id"}),
    ({"buyer_id": None, "seller_id": None}, {"buyer_id", "seller_id"}), ({"seller_id": 1}, {"seller_id"}),
    ({"traded_on": ""}, {"traded_on"}), ({"traded_on": "2022-02-30"}, {"traded_on"}), ({"item": " "}, {"item"}),
    ({"item": "가" * 201}, {"item"}), ({"amount": "많이"}, {"amount"}), ({"note": "가" * 2_001}, {"note"}),
    ({"source": "가" * 2_001}, {"source"}), ({"note": "가" * 2_000, "source": "가" * 2_000, "item": "가" * 200}, set()),
])
def test_unit_a_trade_is_refused_beside_each_wrong_field(changes, fields):
    from seecodesk.core.trade import validated_trade

    trade = Trade(**{"buyer_id": 1, "seller_id": 2, "traded_on": "2022.1.3", "item": " 두부 ", "amount": "12만원",
                     **changes})
    assert _refused(validated_trade, trade) == fields
    if not fields:
        kept = validated_trade(trade)
        assert (kept.traded_on, kept.amount) == ("2022-01-03", 120_000) and kept.item == trade.item.strip()


@pytest.mark.parametrize(("changes", "fields"), [
    ({}, set()), ({"provider_id": 1}, {"provider_id"}), ({"received_on": ""}, {"received_on"}),
    ({"received_on": "2026-02-30"}, {"received_on"}), ({"item": ""}, {"item"}), ({"item": "", "product_id": 7}, set()),
    ({"item": "가" * 201}, {"item"}), ({"item": "가" * 201, "product_id": 7}, {"item"}),
    ({"close_reason": "가" * 2_001}, {"close_reason"}), ({"notes": "가" * 2_001}, {"notes"}),
    ({"close_reason": "가" * 2_000, "notes": "가" * 2_000, "item": "가" * 200}, set()),
    ({"closed_on": "2026-13-01"}, {"closed_on"}), ({"status": "보류"}, {"status"}),
    ({"status": "종결"}, {"close_reason"}), ({"status": "종결", "close_reason": "예산 부족"}, set()),
    ({"status": "종결", "close_reason": "가" * 2_001}, {"close_reason"}),
])
def test_unit_a_request_is_refused_beside_each_wrong_field(changes, fields):
    from seecodesk.core.trade import validated_request

    request = TradeRequest(**{"requester_id": 1, "provider_id": 2, "received_on": "2026.3.2", "item": "방역 소독",
                              "closed_on": "2026.4.1", **changes})
    assert _refused(validated_request, request) == fields
    if not fields:
        kept = validated_request(request)
        assert (kept.received_on, kept.closed_on) == ("2026-03-02", "2026-04-01")


def test_unit_a_kept_ceremony_and_request_are_trimmed():
    from seecodesk.core.trade import validated_ceremony, validated_request

    ceremony = validated_ceremony(Ceremony(title=" 협약식 ", held_on="2021-10-05", place=" 교육장 ", notes=" 메모 ",
                                           organisation_ids=[1, 2]))
    assert (ceremony.title, ceremony.place, ceremony.notes) == ("협약식", "교육장", "메모")
    request = validated_request(TradeRequest(requester_id=1, provider_id=2, received_on="2026-03-02", item=" 방역 ",
                                             close_reason=" 예산 ", notes=" 메모 "))
    assert (request.item, request.close_reason, request.notes) == ("방역", "예산", "메모")
