"""The web of ties between organisations (관계망): the graph, its figures and its layout, with networkx.

The source report (ch. 2) judges a network by its ties and warns of organisations left "like
islands" while the rich get richer. A tie between two organisations comes from an agreement, a
trade, a seat in the same body, a meeting both attended or a peer-consulting match; each kind has
a weight the secretary chooses, and the weight of a tie is the sum over its kinds.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import networkx as nx

TIE_KINDS: dict[str, str] = {
    "agreement": "협약",
    "trade": "거래",
    "body": "분과 함께 활동",
    "meeting": "회의 함께 참석",
    "consulting": "동료컨설팅",
}
# One agreement or trade says more about a tie than sitting in the same meeting once.
DEFAULT_WEIGHTS: dict[str, float] = {"agreement": 3.0, "trade": 2.0, "body": 1.0, "meeting": 0.5, "consulting": 2.0}
TOP_SHARE = 0.2


class Tie(NamedTuple):
    """`number` occurrences of one kind of tie between organisations `a` and `b` in a period."""

    a: int
    b: int
    kind: str
    number: float = 1.0


@dataclass
class NetworkFigures:
    """The figures of one period's web of ties."""

    organisations: int
    ties: int
    total_weight: float
    density: float
    degree: dict[int, int]
    strength: dict[int, float]
    components: list[list[int]]
    islands: list[int]
    concentration: float
    top: list[int] = field(default_factory=list)

    @property
    def groups(self) -> int:
        """Connected groups of two or more organisations."""
        return len(self.components)


@dataclass(frozen=True)
class FigureChange:
    """How the figures moved from the previous period."""

    ties: int
    density: float
    total_weight: float
    concentration: float
    new_islands: list[int]
    former_islands: list[int]


def build_graph(
    names: Mapping[int, str], ties: Iterable[tuple[int, int, str, float]], weights: Mapping[str, float] | None = None
) -> nx.Graph:
    """Every organisation of `names` as a node (islands too) and one weighted edge per tied pair.

    Ties naming an organisation outside `names`, self-ties, kinds switched off (weight 0 or not in
    `weights` when it is given) add nothing. Each edge keeps its weight per kind in `kinds`.
    """
    by_kind: dict[str, list[tuple[int, int, float]]] = {}
    for a, b, kind, number in ties:
        by_kind.setdefault(kind, []).append((a, b, number))
    return graph_from_pairs(names, by_kind, weights)


def graph_from_pairs(names: Mapping[int, str], pairs: Mapping[str, Iterable[tuple[int, int, float]]],
                     weights: Mapping[str, float] | None = None) -> nx.Graph:
    """`build_graph` for ties given per kind as (a, b, number) rows, as the storage layer reads them."""
    graph = nx.Graph()
    graph.add_nodes_from((org_id, {"name": name}) for org_id, name in names.items())
    edges: dict[tuple[int, int], dict[str, Any]] = {}
    for kind, rows in pairs.items():
        factor = 1.0 if weights is None else float(weights.get(kind, 0.0))
        if factor <= 0:
            continue
        for a, b, number in rows:  # thousands of rows per drawing: kept to plain tuples and dict look-ups
            weight = factor * number
            if weight <= 0 or a == b or a not in names or b not in names:
                continue
            key = (a, b) if a < b else (b, a)
            data = edges.get(key)
            if data is None:
                edges[key] = {"weight": weight, "kinds": {kind: weight}}
            else:
                data["weight"] += weight
                data["kinds"][kind] = data["kinds"].get(kind, 0.0) + weight
    graph.add_edges_from((a, b, data) for (a, b), data in edges.items())
    return graph


def measure(graph: nx.Graph) -> NetworkFigures:
    """Density, degree and weighted degree, connected groups, islands and concentration of `graph`."""
    degree = {node: int(d) for node, d in graph.degree()}
    strength = {node: float(s) for node, s in graph.degree(weight="weight")}
    islands = sorted(node for node, d in degree.items() if d == 0)
    components = [sorted(c) for c in nx.connected_components(graph) if len(c) > 1]
    components.sort(key=lambda c: (-len(c), c[0]))
    total = sum(strength.values())
    top_count = math.ceil(TOP_SHARE * graph.number_of_nodes()) if graph.number_of_nodes() else 0
    top = sorted(strength, key=lambda node: (-strength[node], node))[:top_count]
    concentration = sum(strength[node] for node in top) / total if total else 0.0
    return NetworkFigures(
        organisations=graph.number_of_nodes(),
        ties=graph.number_of_edges(),
        total_weight=total / 2,
        density=nx.density(graph) if graph.number_of_nodes() > 1 else 0.0,
        degree=degree,
        strength=strength,
        components=components,
        islands=islands,
        concentration=concentration,
        top=top,
    )


def compare(previous: NetworkFigures, current: NetworkFigures) -> FigureChange:
    """The change from `previous` to `current` (positive: more than before)."""
    before, now = set(previous.islands), set(current.islands)
    return FigureChange(
        ties=current.ties - previous.ties,
        density=current.density - previous.density,
        total_weight=current.total_weight - previous.total_weight,
        concentration=current.concentration - previous.concentration,
        new_islands=sorted(now - before),
        former_islands=sorted(before - now),
    )


def layout(graph: nx.Graph, seed: int = 7, figures: NetworkFigures | None = None) -> dict[int, tuple[float, float]]:
    """Positions in [-1, 1]² from a force-directed (Fruchterman–Reingold) layout, the same for the same graph.

    Tied organisations pull together by weight and fill the disc of radius 0.8; when the ties form
    several groups, each group is laid out on its own and the groups are set side by side (one
    layout of everything squeezes small groups into dots). Islands go on a ring around the web.
    The groups and islands are taken from `figures` when they were measured already.
    """
    if figures is None:
        figures = measure(graph)
    islands, groups = figures.islands, figures.components
    positions: dict[int, tuple[float, float]] = {}
    if len(groups) == 1:
        raw: dict[Any, Any] = nx.spring_layout(graph, weight="weight", seed=seed)  # islands ignored below
        positions = _fit({node: (float(raw[node][0]), float(raw[node][1])) for node in groups[0]})
    elif groups:
        positions = _fit(_side_by_side([_fit(_spring(graph.subgraph(group).copy(), seed), 1.0) for group in groups]))
    for index, node in enumerate(islands):
        angle = 2 * math.pi * index / max(len(islands), 1) + math.pi / 2
        positions[node] = (math.cos(angle), math.sin(angle))
    return positions


def _spring(graph: nx.Graph, seed: int) -> dict[int, tuple[float, float]]:
    raw: dict[Any, Any] = nx.spring_layout(graph, weight="weight", seed=seed)
    return {node: (float(x), float(y)) for node, (x, y) in raw.items()}


def _fit(points: dict[int, tuple[float, float]], radius: float = 0.8) -> dict[int, tuple[float, float]]:
    """The points centred and scaled to fill a disc of `radius`."""
    if not points:
        return {}
    centre_x = sum(x for x, _ in points.values()) / len(points)
    centre_y = sum(y for _, y in points.values()) / len(points)
    reach = max(math.hypot(x - centre_x, y - centre_y) for x, y in points.values()) or 1.0
    return {n: (radius * (x - centre_x) / reach, radius * (y - centre_y) / reach) for n, (x, y) in points.items()}


def _side_by_side(groups: list[dict[int, tuple[float, float]]]) -> dict[int, tuple[float, float]]:
    """Unit-disc layouts of groups, largest first, placed in rows; each disc sized by its group's size."""
    sizes = [math.sqrt(len(g)) for g in groups]
    row_width = math.sqrt(sum((2.3 * s) ** 2 for s in sizes)) * 1.2
    placed: dict[int, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for group, size in zip(groups, sizes, strict=True):
        width = 2.3 * size
        if x and x + width > row_width:
            x, y, row_height = 0.0, y - row_height, 0.0
        for node, (px, py) in group.items():
            placed[node] = (x + width / 2 + px * size, y - width / 2 + py * size)
        x, row_height = x + width, max(row_height, width)
    return placed
