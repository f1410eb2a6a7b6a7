"""A plain titled table on A4, landscape or portrait (the member list of the handover archive, a 연락망): header repeated on
every page, long cells wrapped, footer with page x / y.

Text is never smaller than MIN_FONT_SIZE. A table whose columns do not fit the page at that size is printed
in column groups one after another (core/column_groups): each group starts on a new page whose title says
'(열 1/2)', with the key columns (the row's name) repeated at its left and the header row on every page.
A cell too tall for a page goes on in rows below its own (and overleaf) instead of stopping the print.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, LongTable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from seecodesk.core.column_groups import ColumnGroups, group_columns
from seecodesk.reports.base import (
    FONT,
    footer_drawer,
    numbered_canvas,
    page_size,
    para,
    paragraph_pieces,
    register_fonts,
    style,
    write_atomically,
)

MIN_FONT_SIZE = 7.5  # what an official still reads on paper without strain
# The least room a unit of `widths` (about a character, a Hangul syllable two) gets, in ems of the font:
# below it the columns would be wrapped to a few letters a line, so the table is printed in groups instead.
LEAST_EMS_PER_UNIT = 0.4
_MARGIN = 12 * mm
_PADDING = 6  # a table cell's default left + right (and top + bottom) padding, in points
TALL_CELL = 60 * mm  # a cell taller is cut into parts of about this height, in rows one below the other


def table_groups(widths: Sequence[float], font_size: float, landscape_page: bool = True, keys: int = 1) -> ColumnGroups:
    """How the columns of `widths` are printed at `font_size` (one group when they fit the page)."""
    usable = page_size("A4", landscape_page=landscape_page)[0] - 2 * _MARGIN
    return group_columns(widths, usable / (max(font_size, MIN_FONT_SIZE) * LEAST_EMS_PER_UNIT), keys)


def build_table_pdf(out_path: str | Path, title: str, subtitle: str, network: str, headers: Sequence[str],
                    rows: Sequence[Sequence[str]], widths: Sequence[float], landscape_page: bool = True,
                    font_size: float = 8, keys: int = 1) -> Path:
    """Write the table; `widths` are relative column shares (they are scaled to the page), the first `keys`
    columns name a row (repeated beside each column group of a table too wide for the page)."""
    register_fonts()
    font_size = max(font_size, MIN_FONT_SIZE)
    pagesize = page_size("A4", landscape_page=landscape_page)
    usable = pagesize[0] - 2 * _MARGIN
    groups = table_groups(widths, font_size, landscape_page, keys)
    cell, head = style("cell", font_size), style("head", font_size, bold=True)

    def build(temp: str) -> None:  # the text is set inside the build: characters the fonts lack count for the file
        story: list[Flowable] = []
        for number in range(len(groups.groups)):
            chosen = groups.columns(number)
            scale = usable / (sum(widths[i] for i in chosen) or 1)
            data = [[para(headers[i], head) for i in chosen]] + [[para(row[i], cell) for i in chosen] for row in rows]
            story += [PageBreak()] if story else []
            label = groups.label(number)
            story += [_GroupMark(label), para(f"{title} {label}".rstrip(), style("title", 14, bold=True)),
                      para(subtitle, style("sub", 9)), Spacer(1, 4 * mm), _table(data, [widths[i] * scale for i in chosen])]
        document = SimpleDocTemplate(temp, pagesize=pagesize, leftMargin=_MARGIN, rightMargin=_MARGIN,
                                     topMargin=_MARGIN, bottomMargin=_MARGIN * 1.4, title=title, author=network)
        document.build(story, canvasmaker=numbered_canvas(_footer(network)))

    return write_atomically(out_path, build)


class _GroupMark(Flowable):
    """Takes no room: tells the footer of this page and the next ones which column group they print."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.column_group = self.label  # type: ignore[attr-defined]  # kept with each page's canvas state


def _footer(network: str) -> Callable[[Canvas, int, int], None]:
    """The usual footer, and '(열 1/2)' in its middle on every page of a table printed in column groups."""
    usual = footer_drawer(network)

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        usual(canvas, page, pages)
        label = getattr(canvas, "column_group", "")
        if label:
            canvas.saveState()
            canvas.setFont(FONT, 8)
            canvas.drawCentredString(canvas._pagesize[0] / 2, _MARGIN * 0.6, label)
            canvas.restoreState()

    return draw


def _table(data: list[list[Paragraph]], widths: list[float]) -> LongTable:
    """The grid, header row repeated on every page; a row too tall to move whole goes on in rows below it."""
    rows = [data[0]] + [piece for row in data[1:] for piece in _continued(row, widths)]
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde5f0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # the table's own default is Helvetica, which is never embedded
    ]))
    return table


def _continued(row: list[Paragraph], widths: list[float]) -> list[list[Paragraph | str]]:
    """The row as it is, or, when a cell is taller than TALL_CELL (a page would not hold it), as several rows
    each holding the next part of every long cell (reports.base.paragraph_pieces)."""
    inner = [w - 2 * _PADDING for w in widths]
    if all(p.wrap(w, 100_000)[1] <= TALL_CELL for p, w in zip(row, inner, strict=True)):
        return [list(row)]
    parts = [paragraph_pieces(p, w, TALL_CELL) for p, w in zip(row, inner, strict=True)]
    return [[part[n] if n < len(part) else "" for part in parts] for n in range(max(map(len, parts)))]
