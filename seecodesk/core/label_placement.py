"""Where names go beside the dots of a drawing so that no name covers another (the web of ties).

A dense web has more organisations than room for their names. The names are placed greedily, most
important first: each tries the right, left, top and bottom of its dot, takes the first side that
covers nothing, else the first that covers no name and no named dot (an unnamed dot may lie under
it), and is left out when every side would cover a name or a named dot. A dot already covered by
a name gets no name (it would point at a hidden dot). The window and the printed page use it, each
in its own units (pixels, points); a grid of cells keeps the overlap checks cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

GAP = 2.0  # between a dot and its name
_CELL = 48.0
_DOT, _NAMED_DOT, _NAME = 0, 1, 2
Box = tuple[float, float, float, float]  # left, top, right, bottom (top < bottom whichever way y points)
Grid = dict[tuple[int, int], list[tuple[float, float, float, float, int]]]


class Label(NamedTuple):
    """A dot's centre and radius and the size of its name, all in one unit."""

    x: float
    y: float
    radius: float
    width: float
    height: float


def place_labels(labels: Sequence[Label], bounds: Box | None = None, gap: float = GAP) -> list[tuple[int, float, float]]:
    """(index, dx, dy) of every name that fits: the offset of its box's corner (smallest x and y) from its dot.

    `labels` come most important first; with `bounds`, a name must lie inside them.
    """
    grid: Grid = {}
    dots = [(lb.x - lb.radius, lb.y - lb.radius, lb.x + lb.radius, lb.y + lb.radius) for lb in labels]
    for dot in dots:
        _add(grid, dot, _DOT)
    placed = []
    for index, (label, dot) in enumerate(zip(labels, dots, strict=True)):
        if _covered(grid, dot, _NAME):
            continue
        sides = [(dx, dy, (label.x + dx, label.y + dy, label.x + dx + label.width, label.y + dy + label.height))
                 for dx, dy in _sides(label, label.radius + gap)]
        sides = [side for side in sides if bounds is None or _inside(side[2], bounds)]
        chosen = next((side for least in (_DOT, _NAMED_DOT) for side in sides if not _covered(grid, side[2], least)),
                      None)
        if chosen is not None:
            _add(grid, chosen[2], _NAME)
            _add(grid, dot, _NAMED_DOT)
            placed.append((index, chosen[0], chosen[1]))
    return placed


def _sides(label: Label, reach: float) -> tuple[tuple[float, float], ...]:
    """Offsets of the name's corner: right of the dot, left, then the two ends of the vertical axis."""
    width, height = label.width, label.height
    return ((reach, -height / 2), (-reach - width, -height / 2), (-width / 2, -reach - height), (-width / 2, reach))


def _inside(box: Box, bounds: Box) -> bool:
    return bounds[0] <= box[0] and box[2] <= bounds[2] and bounds[1] <= box[1] and box[3] <= bounds[3]


def _cells(box: Box) -> list[tuple[int, int]]:
    return [(i, j) for i in range(int(box[0] // _CELL), int(box[2] // _CELL) + 1)
            for j in range(int(box[1] // _CELL), int(box[3] // _CELL) + 1)]


def _covered(grid: Grid, box: Box, least: int) -> bool:
    """Whether `box` overlaps anything in `grid` of kind `least` or above (dot < named dot < name)."""
    left, top, right, bottom = box
    for i in range(int(left // _CELL), int(right // _CELL) + 1):  # loops, not any(): run ~2,000 times a drawing
        for j in range(int(top // _CELL), int(bottom // _CELL) + 1):
            for o_left, o_top, o_right, o_bottom, kind in grid.get((i, j), ()):
                if kind >= least and left < o_right and o_left < right and top < o_bottom and o_top < bottom:
                    return True
    return False


def _add(grid: Grid, box: Box, kind: int) -> None:
    for cell in _cells(box):
        grid.setdefault(cell, []).append((box[0], box[1], box[2], box[3], kind))
