"""Fitting the 신청서's answers into its cells: a cell grows with its text, and what cannot fit on the one page
is split at a line and continues on the 별지 (reports.form_continuation) — never cut, never printed over a rule.

The 기업 정보 grid is laid out with every cell at its full height first. Only when that leaves the 신청 내용 box
too little room are the cells limited to a number of lines, lowered step by step until the page holds.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph

from seecodesk.reports.base import para, style

CELL_PAD_Y, CELL_PAD_X = 3, 4  # ReportLab's table padding top/bottom, and this form's left/right
LINE_CAPS: tuple[int | None, ...] = (None, 12, 10, 8, 6, 5, 4, 3, 2, 1)
CONTINUED = "(별지에 계속)"
MOVED = "(별지에 적음)"


@dataclass(frozen=True)
class Overflow:
    """A field's text that continues on the 별지: its label and the part not printed in the cell."""

    label: str
    rest: str
    whole: bool = False  # nothing of it fitted in the cell


@dataclass(frozen=True)
class Cell:
    """One value cell of the 기업 정보 grid: where it is, what it holds and how wide it prints."""

    row: int
    column: int
    label: str
    text: str
    width: float
    size: float = 10
    rows: int = 1  # rows the cell spans downwards
    weight: int = 1  # how many times the common line limit this cell keeps when the page is tight


@dataclass(frozen=True)
class FittedGrid:
    """The grid's cell contents, row heights and the text sent on to the 별지."""

    contents: dict[tuple[int, int], list[Flowable]]
    heights: list[float]
    overflows: list[Overflow]

    @property
    def height(self) -> float:
        """The grid's total height."""
        return sum(self.heights)


def value_paragraph(text_value: str, size: float = 10, leading: float = 1.3) -> Paragraph:
    """An answer as printed in its cell (and, at 10pt, on the 별지)."""
    return para(text_value, style(f"value-{size}-{leading}", size=size, leading=size * leading))


def _note(text_value: str) -> Paragraph:
    return para(text_value, style("continued", size=8, bold=True, leading=10, textColor=colors.HexColor("#444444")))


def _fits(text_value: str, size: float, leading: float, width: float, height: float) -> bool:
    return bool(value_paragraph(text_value, size, leading).wrap(width, 1e6)[1] <= height)


def fit_text(text_value: str, width: float, max_height: float | None, size: float = 10, leading: float = 1.3
             ) -> tuple[list[Flowable], str | None]:
    """`text_value` as it fits `width` × `max_height`: the cell's flowables and the rest for the 별지 (or None).

    The text is cut between words (the longest run of whole words that fits), so each word prints once, and
    the rest is plain text that flows anew at the 별지's width.
    """
    if max_height is None or _fits(text_value, size, leading, width, max_height):
        return [value_paragraph(text_value, size, leading)], None
    return _cut(text_value, width, max_height, size, leading)


def _most_words(text_value: str, ends: list[int], size: float, leading: float, width: float, room: float) -> int:
    """How many of the words ending at `ends` fit `room`. A longer prefix never takes fewer lines, so: double
    the count from 16 until a prefix overflows, then halve the gap — the long text is never wrapped whole."""
    low, high, probe = 0, len(ends), 16
    while probe < high and _fits(text_value[:ends[probe - 1]], size, leading, width, room):
        low, probe = probe, probe * 2
    if probe < high:
        high = probe - 1
    while low < high:
        middle = (low + high + 1) // 2
        if _fits(text_value[:ends[middle - 1]], size, leading, width, room):
            low = middle
        else:
            high = middle - 1
    return low


def _cut(text_value: str, width: float, max_height: float, size: float, leading: float
         ) -> tuple[list[Flowable], str | None]:
    """`text_value`, known not to fit whole, cut after the most words that fit with the 'continued' note."""
    note = _note(CONTINUED)
    room = max_height - note.wrap(width, 1e6)[1]
    ends = [match.end() for match in re.finditer(r"\S+", text_value)]
    low = _most_words(text_value, ends, size, leading, width, room)
    if low == 0:
        return [_note(MOVED)], text_value.strip()
    cut = ends[low - 1]
    return [value_paragraph(text_value[:cut], size, leading), note], text_value[cut:].strip()


def _content_height(flowables: Sequence[Flowable], width: float) -> float:
    return sum(item.wrap(width, 1e6)[1] for item in flowables) + 2 * CELL_PAD_Y


def fit_grid(cells: Sequence[Cell], min_heights: Sequence[float], cap_lines: int | None) -> FittedGrid:
    """Every cell filled (up to `cap_lines` lines; None for no limit) and each row as tall as its tallest cell."""
    heights = list(min_heights)
    contents: dict[tuple[int, int], list[Flowable]] = {}
    overflows: list[Overflow] = []
    spanning: list[tuple[Cell, float]] = []
    for cell in cells:
        width = cell.width - 2 * CELL_PAD_X
        cap = None if cap_lines is None else max(cap_lines * cell.weight * cell.size * 1.3,
                                                 sum(min_heights[cell.row:cell.row + cell.rows]) - 2 * CELL_PAD_Y)
        flowables, rest = fit_text(cell.text, width, cap, cell.size)
        contents[(cell.row, cell.column)] = flowables
        if rest is not None:
            overflows.append(Overflow(cell.label, rest, whole=len(flowables) == 1))
        needed = _content_height(flowables, width)
        if cell.rows == 1:
            heights[cell.row] = max(heights[cell.row], needed)
        else:
            spanning.append((cell, needed))
    for cell, needed in spanning:  # a cell over two rows: the lower row takes what the two lack
        last = cell.row + cell.rows - 1
        heights[last] += max(0.0, needed - sum(heights[cell.row:last + 1]))
    return FittedGrid(contents, heights, overflows)


def fit_grid_within(cells: Sequence[Cell], min_heights: Sequence[float], room: float) -> FittedGrid:
    """The grid at full height if it fits `room`, else with cells limited to fewer and fewer lines."""
    grid = fit_grid(cells, min_heights, None)
    for cap in LINE_CAPS[1:]:
        if grid.height <= room:
            break
        grid = fit_grid(cells, min_heights, cap)
    return grid


def fit_request(text_value: str, width: float, height: float, sizes: Sequence[float] = (10, 9.5, 9, 8.5)
                ) -> tuple[list[Flowable], str | None]:
    """The 신청 내용 set as large as fits (10pt … 8.5pt); longer text starts here at 10pt and continues on the 별지."""
    # A larger size never takes fewer lines, so when the smallest does not fit neither does any: cut at once.
    if _fits(text_value, min(sizes), 1.4, width, height):
        for size in sizes:
            if _fits(text_value, size, 1.4, width, height):
                return [value_paragraph(text_value, size, 1.4)], None
    return _cut(text_value, width, height, sizes[0], 1.4)
