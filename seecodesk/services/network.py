"""The web of ties of one period: which ties, their weights, the figures and a layout to draw.

The window, `seecodesk print network` and the benchmark call `NetworkService.picture`; the graph
work itself is in `core/ties.py` (networkx), the SQL in `storage/ties.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from seecodesk.core.collector import collector_paused
from seecodesk.core.errors import ValidationError
from seecodesk.core.ties import (
    DEFAULT_WEIGHTS,
    TIE_KINDS,
    FigureChange,
    NetworkFigures,
    Tie,
    compare,
    graph_from_pairs,
    layout,
    measure,
)
from seecodesk.storage import ties as store
from seecodesk.storage.trade import organisation_names

if TYPE_CHECKING:
    import networkx as nx
    import sqlite_utils

_QUERIES: dict[str, Callable[[sqlite_utils.Database, str, str], store.PairCounts]] = {
    "agreement": store.agreement_pairs,
    "trade": store.trade_pairs,
    "body": store.body_pairs,
    "meeting": store.meeting_pairs,
    "consulting": store.consulting_pairs,
}


@dataclass(frozen=True)
class Period:
    """An inclusive range of ISO dates with the label people read."""

    start: str
    end: str
    label: str

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(f"{year}-01-01", f"{year}-12-31", f"{year}년")

    def previous(self) -> Period | None:
        """The year before, when the period is a calendar year."""
        if self.start.endswith("-01-01") and self.end.endswith("-12-31") and self.start[:4] == self.end[:4]:
            return Period.year(int(self.start[:4]) - 1)
        return None


@dataclass
class NetworkPicture:
    """Everything a drawing of the web needs: names, graph, positions, figures and the change."""

    period: Period
    kinds: tuple[str, ...]
    weights: dict[str, float]
    names: dict[int, str]
    graph: nx.Graph
    positions: dict[int, tuple[float, float]]
    figures: NetworkFigures
    change: FigureChange | None
    previous: NetworkFigures | None


def parse_kinds(text: str | None) -> tuple[str, ...]:
    """'agreement,trade' → ('agreement', 'trade'); None or '' → every kind. Raises for an unknown word."""
    if not text:
        return tuple(TIE_KINDS)
    words = tuple(dict.fromkeys(w.strip() for w in text.split(",") if w.strip()))
    unknown = [w for w in words if w not in TIE_KINDS]
    if unknown or not words:
        raise ValidationError("ties", f"알 수 없는 관계 종류입니다: {', '.join(unknown) or text}. "
                                      f"가능한 값: {','.join(TIE_KINDS)}")
    return words


class NetworkService:
    """Ties and figures of one network database."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def names(self) -> dict[int, str]:
        return organisation_names(self.db)

    def years(self) -> list[int]:
        return store.activity_years(self.db)

    def default_year(self, today: date | None = None) -> int:
        """The latest year with any activity, not after this year (this year when there is none)."""
        this_year = (today or date.today()).year
        past = [y for y in self.years() if y <= this_year]
        return past[-1] if past else this_year

    def ties(self, period: Period, kinds: Iterable[str] = tuple(TIE_KINDS)) -> list[Tie]:
        """Every tie of the chosen kinds in the period."""
        return [Tie(a, b, kind, n) for kind in kinds for a, b, n in _QUERIES[kind](self.db, period.start, period.end)]

    def graph(self, period: Period, weights: Mapping[str, float], names: dict[int, str] | None = None) -> nx.Graph:
        kinds = [k for k, w in weights.items() if w > 0]
        pairs = {kind: _QUERIES[kind](self.db, period.start, period.end) for kind in kinds}
        return graph_from_pairs(names if names is not None else self.names(), pairs, weights)

    def picture(self, period: Period, weights: Mapping[str, float] | None = None, *, with_layout: bool = True,
                seed: int = 7) -> NetworkPicture:
        """The graph, figures, change from the year before and (unless told not to) a layout."""
        with collector_paused():  # thousands of edge dicts and tuples, no garbage: see core/collector.py
            weights = dict(weights) if weights is not None else dict(DEFAULT_WEIGHTS)
            names = self.names()
            graph = self.graph(period, weights, names)
            figures = measure(graph)
            previous_period = period.previous()
            previous = measure(self.graph(previous_period, weights, names)) if previous_period else None
            return NetworkPicture(
                period=period, kinds=tuple(k for k, w in weights.items() if w > 0), weights=weights, names=names,
                graph=graph, positions=layout(graph, seed, figures) if with_layout else {}, figures=figures,
                change=compare(previous, figures) if previous else None, previous=previous)
