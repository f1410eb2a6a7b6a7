"""The printed schedule (진행 일정표): activities grouped under their task and body, one column per
period with a year band above, marked cells shaded, landscape, header rows on every page.

Built from plain data (`ScheduleDocument`); `services.plan_print` gathers it from the database.
The same grid builder draws the 진행 일정 of each task sheet (reports.task_sheet).
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle

from seecodesk.core.periods import Period
from seecodesk.core.plan_tree import ScheduleTask
from seecodesk.reports.base import (
    FONT,
    FONT_BOLD,
    capped_para,
    footer_drawer,
    numbered_canvas,
    page_size,
    para,
    style,
    write_atomically,
)
from seecodesk.reports.schedule_header import header_rows

MARK = colors.HexColor("#56789c")
HEADER_FILL = colors.HexColor("#e4e9ef")
BAND_FILL = colors.HexColor("#f1f1ec")
LINE = colors.HexColor("#8a8f96")
MARGIN = 12 * mm
LABEL_LINES = 6  # a longer task or activity name is cut with '…': a row taller than a page cannot print
SPAN_LIMIT = 18  # tasks with more rows are not merged, so the table can still break inside them
MIN_PERIOD_WIDTH = 9.0  # narrower columns cannot hold "12" or "4Q" legibly


@dataclass
class ScheduleDocument:
    """Everything one schedule PDF shows."""

    network: str
    title: str
    subtitle: str
    periods: list[Period]
    groups: list[tuple[str, list[ScheduleTask]]]
    paper: str = "A4"
    printed_on: date | None = None
    sheets: list = field(default_factory=list)  # reports.task_sheet.TaskSheet, printed after the table
    empty_message: str = "이 일정표에 들어갈 과제가 없습니다."  # printed in the grid when no task is in it
    label_grain: str = ""  # half or quarter: labelled periods over unlabelled sub-cells (the columns' grain is finer)
    empty_group_message: str = "과제가 아직 없습니다."  # under a strategy band with no task


@dataclass
class GridLayout:
    """Column widths and font sizes of a schedule grid at a given width."""

    label_widths: list[float]
    period_width: float
    font_size: float
    header_size: float


def _min_labels(width: float, count: int) -> float:
    return width * (0.34 if count > 24 else 0.42)


def periods_fit(width: float, count: int) -> bool:
    """True when `count` period columns of a legible width fit beside the label columns."""
    count = max(1, count)
    return (width - _min_labels(width, count)) / count >= MIN_PERIOD_WIDTH


def grid_width(paper: str) -> float:
    """The width the schedule grid gets on landscape `paper`."""
    return page_size(paper, landscape_page=True)[0] - 2 * MARGIN


def grid_layout(width: float, periods: Sequence[Period], label_share: Sequence[float], base_size: float) -> GridLayout:
    """Share `width` between label columns and equal period columns."""
    count = max(1, len(periods))
    period_width = max(MIN_PERIOD_WIDTH, min(width * 0.09, (width - _min_labels(width, count)) / count))
    labels = width - period_width * count
    header_size = min(base_size, max(5.5, period_width * 0.42))
    return GridLayout([labels * s for s in label_share], period_width, base_size, header_size)


@dataclass(frozen=True)
class _RowStyles:
    """The cell styles of the grid's rows, each shared by every row of its kind.

    ReportLab applies a range command (FONT, ALIGN, padding…) to each cell's own style, again for every
    table a page break rebuilds: on a 200-row, 39-column grid that was a third of the whole build.
    Five shared styles, handed to the Table as its cell styles, print the same cells for none of that."""

    head: list[CellStyle]
    body: list[CellStyle]
    task: list[CellStyle]  # a task's first row: its label in bold


def _cell_style(name: str, font: str, size: float, padding: float | None = None, align: str = "LEFT") -> CellStyle:
    cell = CellStyle(name)
    cell.fontname, cell.fontsize, cell.leading = font, size, size * 1.2
    cell.alignment, cell.valign, cell.topPadding, cell.bottomPadding = align, "MIDDLE", 2.2, 2.6
    if padding is not None:
        cell.leftPadding = cell.rightPadding = padding
    return cell


def _row_styles(n_labels: int, n_periods: int, layout: GridLayout) -> _RowStyles:
    """Label columns keep ReportLab's padding; period columns get 1 pt so a mark fills its cell."""
    size, head = layout.font_size, layout.header_size
    label, period = _cell_style("label", FONT, size), _cell_style("period", FONT, size, 1)
    bold = _cell_style("task", FONT_BOLD, size)
    head_label = _cell_style("head", FONT_BOLD, head, align="CENTER")
    head_period = _cell_style("head_period", FONT_BOLD, head, 1, "CENTER")
    periods = [period] * n_periods
    return _RowStyles([head_label] * n_labels + [head_period] * n_periods, [label] * n_labels + periods,
                      [bold] + [label] * (n_labels - 1) + periods)


class _GridBuilder:
    """Collects the rows, cell styles and style commands of one schedule grid."""

    def __init__(self, periods: Sequence[Period], labels: list[str], layout: GridLayout, label_grain: str = "") -> None:
        self.periods, self.labels, self.layout = periods, labels, layout
        self.data, self.commands = header_rows(periods, labels, layout.period_width, layout.header_size, label_grain)
        self.depth = len(self.data)
        self.row_styles = _row_styles(len(labels), len(periods), layout)
        self.styles: list[list[CellStyle]] = [self.row_styles.head] * self.depth
        size = layout.font_size
        self.cell = style("cell", size=size, leading=size * 1.2)
        self.bold = style("task", size=size, bold=True, leading=size * 1.2)
        self.column_of = {p: len(labels) + i for i, p in enumerate(periods)}
        self.blanks: list = [()] * len(periods)  # an empty cell: nothing for ReportLab to draw
        self.bands: list[str] = [""] * self.depth  # per row: the body band it sits under

    def label(self, value: str, column: int, bold: bool = False) -> object:
        """A plain string when it fits on one line (drawn literally, and fast); else a wrapping Paragraph."""
        font = FONT_BOLD if bold else FONT
        if "\n" not in value and stringWidth(value, font, self.layout.font_size) <= self.layout.label_widths[column] - 8:
            return value
        return capped_para(value, self.bold if bold else self.cell, LABEL_LINES * self.layout.font_size * 1.2)

    def band_row(self, title: str) -> list:
        """The row naming a body (or a strategy, up to 3 lines) across the whole grid."""
        band = style("band", size=self.layout.font_size + 0.5, bold=True)
        return ([capped_para(title, band, 3 * band.leading)]
                + [""] * (len(self.labels) - 1 + len(self.periods)))

    def band(self, body_name: str) -> None:
        r = len(self.data)
        self.data.append(self.band_row(body_name))
        self.styles.append(self.row_styles.body)
        self.bands.append(body_name)
        self.commands += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), BAND_FILL),
                          ("NOSPLIT", (0, r), (-1, r + 1))]

    def note(self, message: str) -> None:
        """A row spanning the grid that says something instead of activities (e.g. no tasks)."""
        r = len(self.data)
        self.data.append([para(message, style("note", size=self.layout.font_size, textColor=colors.grey))]
                         + [""] * (len(self.labels) - 1 + len(self.periods)))
        self.styles.append(self.row_styles.body)
        self.bands.append(self.bands[-1])
        self.commands.append(("SPAN", (0, r), (-1, r)))

    def task(self, task: ScheduleTask, show_task: bool, with_group: bool) -> None:
        first = len(self.data)
        for index, row in enumerate(task.rows):
            cells: list = []
            if show_task:
                cells.append(self.label(task.label, 0, bold=True) if index == 0 else "")
            if with_group:
                new_group = row.group and (index == 0 or task.rows[index - 1].group != row.group)
                cells.append(self.label(row.group, len(cells)) if new_group else "")
            own_row = row.node_id == task.task_id and show_task
            cells.append("" if own_row else self.label(row.label, len(cells)))
            self.data.append(cells + self.blanks)
            self.styles.append(self.row_styles.task if show_task and index == 0 else self.row_styles.body)
            self.bands.append(self.bands[-1])
            self.commands += _mark_runs(row.months, self.periods, self.column_of, len(self.data) - 1)
        last = len(self.data) - 1
        self.commands.append(("LINEABOVE", (0, first), (-1, first), 0.9, LINE))
        if show_task and last > first and last - first < SPAN_LIMIT:
            self.commands.append(("SPAN", (0, first), (0, last)))
        if with_group:
            self.commands += _group_spans(task, first, 1 if show_task else 0)

    def table(self) -> Table:
        return self.table_of(self.data, self.styles, self.commands, self.bands)

    def table_of(self, data: list, styles: list, commands: list, bands: list[str], heights: list | None = None) -> Table:
        """A grid table of these rows, able to repeat its band when split. `heights`: rows already measured
        (None where not), as ReportLab passes them to the parts of a table it splits."""
        widths = self.layout.label_widths + [self.layout.period_width] * len(self.periods)
        # The styles' lists are shared between rows: Table only reads them (no cell commands are set below).
        # Cells are str, Paragraph or () already: nothing for ReportLab's per-cell normalising to do.
        table = _BandedTable(data, colWidths=widths, rowHeights=heights, repeatRows=self.depth, cellStyles=styles,
                             normalizedData=1)
        table.setStyle(TableStyle(_base_style(self.depth) + commands))
        table.grid = (self, data, styles, commands, bands)
        return table


class _BandedTable(Table):
    """The grid as one table whose continuation on a new page starts with its body's band again,
    marked (계속), under the repeated header rows: a reader of page 3 sees whose tasks they are.

    ReportLab builds the split parts through this class with Table's own arguments; the grid's rows,
    commands and bands ride along in `grid` so every continuation can be rebuilt from them."""

    grid: tuple[_GridBuilder, list, list, list, list[str]] | None = None
    _measured_for: tuple[float, float] | None = None

    def _calc(self, availWidth: float, availHeight: float) -> None:  # noqa: N803 - ReportLab's names
        """Measure once per space offered: a frame wraps the table, then splits it in the same space, and
        ReportLab measured every remaining row both times (the grid's cells never change once built)."""
        if self._measured_for != (availWidth, availHeight):
            super()._calc(availWidth, availHeight)
            self._measured_for = (availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803 - ReportLab's names
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2 or self.grid is None:
            return parts
        builder, rows, styles, commands, bands = self.grid
        depth, cut = builder.depth, len(parts[0]._cellvalues)
        band = bands[cut] if bands[cut - 1] == bands[cut] else ""  # "" when a new body starts overleaf anyway
        head_rows, head_styles, head_bands = rows[:depth], styles[:depth], bands[:depth]
        heights = list(self._rowHeights[:depth])
        moved = [c for c in commands if _last_row(c) < depth]
        if band:
            head_rows, head_bands = head_rows + [builder.band_row(f"{band} (계속)")], head_bands + [band]
            head_styles, heights = head_styles + [builder.row_styles.body], heights + [None]
            moved += [("SPAN", (0, depth), (-1, depth)), ("BACKGROUND", (0, depth), (-1, depth), BAND_FILL),
                      ("NOSPLIT", (0, depth), (-1, depth + 1))]
        shift = len(head_rows) - cut
        moved += [_moved(c, cut, shift) for c in commands if _first_row(c) >= depth and _last_row(c) >= cut]
        return [parts[0], builder.table_of(head_rows + rows[cut:], head_styles + styles[cut:], moved,
                                           head_bands + bands[cut:], heights + list(self._rowHeights[cut:]))]


def _first_row(command: tuple) -> int:
    return int(command[1][1])


def _last_row(command: tuple) -> int:
    return int(command[2][1])


def _moved(command: tuple, cut: int, shift: int) -> tuple:
    """A row command of the rows from `cut` on, moved up to follow the continuation's band."""
    (c0, r0), (c1, r1) = command[1], command[2]
    return (command[0], (c0, max(r0, cut) + shift), (c1, r1 + shift), *command[3:])


def schedule_grid(groups: Sequence[tuple[str, Sequence[ScheduleTask]]], periods: Sequence[Period], width: float,
                  base_size: float = 8.0, show_task: bool = True, show_bodies: bool = True,
                  no_tasks_message: str = "이 일정표에 들어갈 과제가 없습니다.", label_grain: str = "",
                  empty_group_message: str = "과제가 아직 없습니다.") -> Table:
    """The grid: header rows, then per group (a body or a strategy) a band row and per task its activity rows.
    `label_grain` labels coarser periods over unlabelled sub-cells (reports.schedule_header)."""
    with_group = any(row.group for _, tasks in groups for task in tasks for row in task.rows)
    labels = (["과제"] if show_task else []) + (["묶음"] if with_group else []) + ["세부활동"]
    shares = {3: [0.34, 0.17, 0.49], 2: [0.44, 0.56] if show_task else [0.36, 0.64], 1: [1.0]}[len(labels)]
    builder = _GridBuilder(periods, labels, grid_layout(width, periods, shares, base_size), label_grain)
    for group_name, tasks in groups:
        if show_bodies:
            builder.band(group_name)
        for task in tasks:
            builder.task(task, show_task, with_group)
        if not tasks:
            builder.note(empty_group_message)
    if not groups and show_bodies:
        builder.note(no_tasks_message)
    return builder.table()


def _mark_runs(months: frozenset[str], periods: Sequence[Period], column_of: dict, row: int) -> list:
    """One BACKGROUND command per run of adjacent marked periods."""
    if not months:
        return []
    marked = [column_of[p] for p in periods if any(m in months for m in p.months)]
    commands: list[tuple] = []
    start: int | None = None
    previous = -2
    for col in marked:
        if start is None:
            start = previous = col
        elif col == previous + 1:
            previous = col
        else:
            commands.append(("BACKGROUND", (start, row), (previous, row), MARK))
            start = previous = col
    if start is not None:
        commands.append(("BACKGROUND", (start, row), (previous, row), MARK))
    return commands


def _group_spans(task: ScheduleTask, first: int, column: int) -> list:
    commands, start = [], 0
    for i in range(1, len(task.rows) + 1):
        if i == len(task.rows) or task.rows[i].group != task.rows[start].group:
            if i - 1 > start and i - start < SPAN_LIMIT:
                commands.append(("SPAN", (column, first + start), (column, first + i - 1)))
            start = i
    return commands


def _base_style(depth: int) -> list:
    """The fills and rules every grid has (fonts and paddings are in the cell styles, `_row_styles`)."""
    return [
        ("BACKGROUND", (0, 0), (-1, depth - 1), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.35, LINE),
        ("LINEBELOW", (0, depth - 1), (-1, depth - 1), 0.9, LINE),
    ]


def period_span_label(periods: Sequence[Period]) -> str:
    """'2021년 3분기 – 2022년 4분기'."""
    if not periods:
        return ""
    first, last = periods[0], periods[-1]
    return f"{first.year}년 {first.short_label} – {last.year}년 {last.short_label}"


def build_schedule_pdf(path: str, document: ScheduleDocument) -> None:
    """Write the schedule (and any task sheets after it) to `path` atomically."""
    from seecodesk.reports.task_sheet import sheet_story

    landscape_size = page_size(document.paper, landscape_page=True)
    portrait_size = page_size(document.paper)
    base = 8.0 if document.paper.upper() == "A4" else 10.0

    def build(target: str) -> None:
        doc = BaseDocTemplate(target, pagesize=landscape_size, leftMargin=MARGIN, rightMargin=MARGIN,
                              topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm, title=document.title,
                              author=document.network, creator="SeeCoDesk")
        doc.addPageTemplates([_template("schedule", landscape_size), _template("sheet", portrait_size)])
        width = grid_width(document.paper)
        story: list = [para(document.title, style("title", size=base + 8, bold=True, spaceAfter=3)),
                       para(document.subtitle, style("subtitle", size=base + 0.5, textColor=colors.HexColor("#444444"))),
                       Spacer(1, 4 * mm), schedule_grid(document.groups, document.periods, width, base,
                                                                no_tasks_message=document.empty_message,
                                                                label_grain=document.label_grain,
                                                                empty_group_message=document.empty_group_message)]
        if document.sheets:
            story += [NextPageTemplate("sheet"), PageBreak()]
            sheet_width = portrait_size[0] - 2 * (MARGIN + 4 * mm)
            for index, sheet in enumerate(document.sheets):
                if index:
                    story.append(PageBreak())
                story += sheet_story(sheet, document.periods, sheet_width, base + 1, document.label_grain)
        doc.build(story, canvasmaker=numbered_canvas(footer_drawer(document.network, document.printed_on, MARGIN)))

    write_atomically(path, build)


def _template(name: str, size: tuple[float, float]) -> PageTemplate:
    side = MARGIN if name == "schedule" else MARGIN + 4 * mm
    frame = Frame(side, MARGIN + 4 * mm, size[0] - 2 * side, size[1] - 2 * MARGIN - 4 * mm, id=name,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return PageTemplate(id=name, frames=[frame], pagesize=size)
