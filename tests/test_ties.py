"""The web of ties: figures against a network worked out by hand, islands, periods and kinds switched off."""

import math

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


def test_a_web_built_without_weights_counts_each_tie_once_and_keeps_the_names():
    graph = build_graph(NAMES, [Tie(1, 2, "trade", 2), Tie(2, 3, "friendship")])
    assert graph[1][2]["weight"] == 2 and graph[2][3]["weight"] == 1
    assert graph.nodes[1]["name"] == "가"


def test_a_kind_missing_from_the_weights_adds_nothing():
    graph = build_graph(NAMES, [Tie(1, 2, "trade"), Tie(2, 3, "friendship")], {"trade": 1})
    assert list(graph.edges) == [(1, 2)]


def test_zero_ties_add_no_tie_and_a_self_tie_does_not_hide_the_next_one():
    graph = build_graph(NAMES, [Tie(1, 2, "trade", 0), Tie(3, 3, "meeting"), Tie(3, 4, "meeting")], WEIGHTS)
    assert list(graph.edges) == [(3, 4)]


def test_change_names_how_the_concentration_moved():
    before = measure(build_graph(NAMES, [Tie(1, 2, "trade"), Tie(3, 4, "trade"), Tie(5, 6, "trade")], WEIGHTS))
    now = measure(build_graph(NAMES, TIES, WEIGHTS))
    # Before: six equal organisations, the top two hold 4 of 12 points; now 12 of 16 (see above).
    assert compare(before, now).concentration == pytest.approx(0.75 - 1 / 3)


def test_islands_alone_stand_evenly_on_the_ring_starting_at_the_top():
    positions = layout(build_graph({1: "가", 2: "나", 3: "다", 4: "라"}, []))
    expected = {1: (0, 1), 2: (-1, 0), 3: (0, -1), 4: (1, 0)}
    assert {n: pytest.approx(p, abs=1e-9) for n, p in positions.items()} == expected


def _ring(heavy: float) -> list[Tie]:
    return [Tie(1, 2, "trade", heavy), Tie(2, 3, "trade"), Tie(3, 4, "trade"), Tie(4, 1, "trade")]


@pytest.mark.parametrize("extra", [[], [Tie(5, 6, "trade")]], ids=["one group", "two groups"])
def test_heavier_ties_are_drawn_shorter_and_the_drawing_repeats(extra):
    names = {n: str(n) for n in range(1, 7)}
    graph = build_graph(names, _ring(20) + extra)
    positions = layout(graph)
    assert positions == layout(graph)
    x = [positions[n][0] for n in (1, 2, 3, 4)]
    y = [positions[n][1] for n in (1, 2, 3, 4)]
    assert x != pytest.approx(y)  # a real picture, not a diagonal line
    assert math.dist(positions[1], positions[2]) * 2 < math.dist(positions[3], positions[4])


def test_groups_are_set_in_rows_of_touching_cells_sized_by_their_members():
    sizes = [6, 4, 3, 2, 2, 2, 2, 2, 2]
    names, ties, groups = {}, [], []
    for size in sizes:
        members = list(range(len(names) + 1, len(names) + size + 1))
        groups.append(members)
        names.update({m: str(m) for m in members})
        ties += [Tie(a, b, "trade") for a, b in zip(members, members[1:], strict=False)]
    positions = layout(build_graph(names, ties))
    cells, scale = [], []
    for members in groups:
        cx = sum(positions[m][0] for m in members) / len(members)
        cy = sum(positions[m][1] for m in members) / len(members)
        reach = max(math.dist(positions[m], (cx, cy)) for m in members)
        scale.append(reach / math.sqrt(len(members)))  # each group drawn at the same scale: bigger groups bigger
        half = 1.15 * reach  # a group's disc sits in a square cell 2.3 times its radius wide
        cells.append((cx - half, cy + half, cx + half, cy - half))
    assert scale == pytest.approx([scale[0]] * len(sizes))
    # By hand: rows are 1.2 × √(Σ cell width²) wide, so the groups fill rows of 2, 4 and 3, largest first.
    rows = [cells[0:2], cells[2:6], cells[6:9]]
    for row in rows:
        assert [c[1] for c in row] == pytest.approx([row[0][1]] * len(row))  # tops aligned
        assert [c[2] for c in row[:-1]] == pytest.approx([c[0] for c in row[1:]])  # cells touch
        assert row[0][0] == pytest.approx(cells[0][0])  # every row starts at the left edge
    for upper, lower in zip(rows, rows[1:], strict=False):
        assert lower[0][1] == pytest.approx(min(c[3] for c in upper))  # the next row starts below the tallest cell
    everything = [p for n, p in positions.items()]
    assert max(math.hypot(*p) for p in everything) == pytest.approx(0.8)
    assert sum(p[0] for p in everything) == pytest.approx(0, abs=1e-9)
    assert sum(p[1] for p in everything) == pytest.approx(0, abs=1e-9)


def test_groups_larger_first_then_by_their_first_organisation_and_top_by_strength():
    names = {n: str(n) for n in range(1, 10)}
    ties = [Tie(1, 2, "trade"), Tie(3, 4, "trade"), Tie(4, 5, "trade"), Tie(6, 9, "trade"), Tie(7, 8, "trade"),
            Tie(9, 6, "trade"), Tie(6, 9, "trade")]
    figures = measure(build_graph(names, ties))
    assert figures.components == [[3, 4, 5], [1, 2], [6, 9], [7, 8]]
    assert build_graph(names, ties)[6][9]["kinds"] == {"trade": 3}
    assert figures.top == [6, 9]  # 9 × 20 % = 2 organisations: the two tied three times


def test_a_web_without_ties_has_no_density_and_no_concentration():
    lonely = measure(build_graph({1: "가"}, []))
    assert lonely.density == 0 and lonely.concentration == 0 and lonely.top == [1]
    pair = measure(build_graph({1: "가", 2: "나"}, [Tie(1, 2, "trade")]))
    assert pair.density == 1
