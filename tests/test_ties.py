"""The web of ties: figures against a network worked out by hand, islands, periods and kinds switched off."""

import pytest

from seecodesk.core.errors import ValidationError
from seecodesk.core.ties import Tie, build_graph, compare, layout, measure
from seecodesk.core.trade import Agreement, AgreementParty, Trade
from seecodesk.services.network import NetworkService, Period, parse_kinds
from seecodesk.services.trade import TradeService
from tests.trade_helpers import add_orgs

NAMES = {1: "가", 2: "나", 3: "다", 4: "라", 5: "마", 6: "바"}
TIES = [Tie(1, 2, "trade", 2), Tie(2, 1, "agreement"), Tie(2, 3, "meeting"), Tie(3, 1, "body"), Tie(4, 5, "consulting"),
        Tie(6, 6, "meeting"), Tie(1, 99, "trade")]
WEIGHTS = {"agreement": 1, "trade": 2, "body": 1, "meeting": 1, "consulting": 1}


def test_figures_match_the_hand_computed_network():
    # By hand: edges 1-2 (2×2 + 1 = 5), 2-3 (1), 1-3 (1), 4-5 (1); 6 has only a self-tie, 99 is unknown.
    figures = measure(build_graph(NAMES, TIES, WEIGHTS))
    assert figures.organisations == 6 and figures.ties == 4
    assert figures.density == pytest.approx(4 / 15)
    assert figures.degree == {1: 2, 2: 2, 3: 2, 4: 1, 5: 1, 6: 0}
    assert figures.strength == {1: 6, 2: 6, 3: 2, 4: 1, 5: 1, 6: 0}
    assert figures.total_weight == 8
    assert figures.components == [[1, 2, 3], [4, 5]] and figures.groups == 2
    assert figures.islands == [6]
    # Top 20 % of six organisations is two (1 and 2): 12 of the 16 weighted-degree points.
    assert figures.top == [1, 2] and figures.concentration == pytest.approx(0.75)


def test_a_kind_switched_off_adds_no_tie():
    figures = measure(build_graph(NAMES, TIES, {**WEIGHTS, "meeting": 0, "consulting": 0}))
    assert figures.ties == 2 and figures.degree[3] == 1
    assert figures.islands == [4, 5, 6] and figures.components == [[1, 2, 3]]


def test_change_from_the_previous_year_names_new_and_former_islands():
    before = measure(build_graph(NAMES, [Tie(1, 2, "trade"), Tie(3, 6, "body")], WEIGHTS))
    now = measure(build_graph(NAMES, TIES, WEIGHTS))
    change = compare(before, now)
    assert change.ties == 2 and change.total_weight == pytest.approx(8 - 3)
    assert change.new_islands == [6] and change.former_islands == [4, 5]
    assert change.density == pytest.approx(4 / 15 - 2 / 15)


def test_layout_places_every_organisation_islands_apart_and_is_repeatable():
    graph = build_graph(NAMES, TIES, WEIGHTS)
    first, again = layout(graph), layout(graph)
    assert first == again and set(first) == set(NAMES)
    assert abs(complex(*first[6])) == pytest.approx(1.0)
    assert all(abs(complex(*first[n])) <= 0.8 + 1e-9 for n in (1, 2, 3, 4, 5))


def test_ties_from_the_database_respect_the_period_and_name_the_islands(db):
    a, b, c, d, e = add_orgs(db, "가람", "나래", "다솜", "라온", "마루")
    trade = TradeService(db)
    agreement = trade.save_agreement(Agreement(title="가람·나래 협약", signed_on="2021-10-05", status="유효", parties=[
        AgreementParty(organisation_id=a), AgreementParty(organisation_id=b)]))
    trade.save_trade(Trade(buyer_id=a, seller_id=b, traded_on="2022-03-01", item="빵", amount=1000, agreement_id=agreement.id))
    trade.save_trade(Trade(buyer_id=c, seller_id=a, traded_on="2022-04-01", item="빵", amount=1000))
    trade.save_trade(Trade(buyer_id=d, seller_id=c, traded_on="2021-04-01", item="빵", amount=1000))
    picture = NetworkService(db).picture(Period.year(2022))
    assert picture.figures.islands == sorted([d, e])
    assert picture.graph[a][b]["kinds"] == {"agreement": 3.0, "trade": 2.0}  # the default weights
    assert picture.previous is not None and picture.previous.islands == [e]
    assert picture.change is not None and picture.change.new_islands == [d]
    only_trade = NetworkService(db).picture(Period.year(2022), {"trade": 1}, with_layout=False)
    assert only_trade.graph[a][b]["weight"] == 1 and only_trade.positions == {}


def test_tie_kinds_on_the_command_line():
    assert parse_kinds("agreement, trade") == ("agreement", "trade")
    assert len(parse_kinds(None)) == 5
    with pytest.raises(ValidationError, match="알 수 없는"):
        parse_kinds("agreement,friendship")


def test_a_deleted_organisation_leaves_the_web_with_its_trades(db):
    from seecodesk.services.members import MemberService

    a, b, c = add_orgs(db, "가람", "나래", "다솜")
    trade = TradeService(db)
    trade.save_trade(Trade(buyer_id=a, seller_id=b, traded_on="2022-03-01", item="빵", amount=1000))
    trade.save_trade(Trade(buyer_id=c, seller_id=a, traded_on="2022-04-01", item="빵", amount=1000))
    MemberService(db).delete_organisations([c])
    picture = NetworkService(db).picture(Period.year(2022), with_layout=False)
    assert sorted(picture.graph.nodes) == sorted([a, b]) and picture.figures.ties == 1
