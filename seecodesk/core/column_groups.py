"""A table too wide for the paper at a legible size, printed in column groups one after another.

Each group is printed with the key columns (the ones naming the row: 기업명, 과제) repeated at its
left and the header row on top, so a reader lays the pages side by side and joins them row by row.
The groups are balanced (the widest group as narrow as it can be), so every page is printed at the
same, largest scale. Widths are in any one unit (characters, points); nothing here knows paper.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ColumnGroups:
    """How a table is printed: `keys` leading columns repeated beside each group of `groups`."""

    keys: int
    groups: tuple[range, ...]  # column indexes, keys excluded when there is more than one group

    @property
    def split(self) -> bool:
        """True when the table is printed in more than one group."""
        return len(self.groups) > 1

    def columns(self, number: int) -> list[int]:
        """The columns printed on the pages of group `number` (0-based): the keys, then the group's own."""
        if not self.split:
            return list(self.groups[0])
        return [*range(self.keys), *self.groups[number]]

    def label(self, number: int) -> str:
        """'(열 1/2)' for a reader joining the pages; blank when the table is not split."""
        return f"(열 {number + 1}/{len(self.groups)})" if self.split else ""

    def widest(self, widths: Sequence[float]) -> float:
        """The width of the widest printed group, keys included."""
        return max(sum(widths[i] for i in self.columns(n)) for n in range(len(self.groups)))


def group_columns(widths: Sequence[float], room: float, keys: int = 1) -> ColumnGroups:
    """The columns of `widths` in as few groups as fit `room`, each beside the first `keys` columns.

    One group holding every column when they all fit. Keys taking more than half the room are cut to
    the first column; a single column wider than what is left gets a group of its own (the printer
    scales or wraps it, the reader still gets it)."""
    count = len(widths)
    whole = ColumnGroups(0, (range(count),))
    if count <= 1 or sum(widths) <= room:
        return whole
    keys = max(1, min(keys, count - 1))
    if sum(widths[:keys]) > room / 2:
        keys = 1
    rest = list(widths[keys:])
    limit = max(room - sum(widths[:keys]), max(rest))
    parts = _fewest(rest, limit)
    if len(parts) == 1:  # one column too wide for any page beside the keys: nothing is gained by cutting
        return whole
    low, high = max(rest), limit  # narrow the widest group as far as the same number of groups allows
    while high - low > 0.5:
        middle = (low + high) / 2
        if len(_fewest(rest, middle)) <= len(parts):
            high = middle
        else:
            low = middle
    return ColumnGroups(keys, tuple(range(keys + p.start, keys + p.stop) for p in _fewest(rest, high)))


def _fewest(widths: Sequence[float], limit: float) -> list[range]:
    """Consecutive runs of `widths`, each summing to at most `limit` (a wider single column stands alone)."""
    runs: list[range] = []
    start, used = 0, 0.0
    for index, width in enumerate(widths):
        if index > start and used + width > limit:
            runs.append(range(start, index))
            start, used = index, 0.0
        used += width
    runs.append(range(start, len(widths)))
    return runs
