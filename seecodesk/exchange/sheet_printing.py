"""How a report sheet prints: A4 landscape, the header row on every page, text never below a legible size.

A sheet that fits one page wide at that size prints so (scaled to the width, as Excel's 'fit all
columns on one page'). A wider one is cut into column groups printed one after another (Excel's
'down, then over' page order), each page repeating the key columns (기업명, 과제) at its left and
the header row on top; the title row marks each group '(열 1/2)' so the reader can join the pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from seecodesk.core.column_groups import ColumnGroups, group_columns
from seecodesk.exchange.xlsx_style import FONT_SIZE, footer_font

BODY_POINTS = FONT_SIZE  # the workbook's Normal font (맑은 고딕 11, exchange/xlsx_style): every cell but the title
MIN_BODY_POINTS = 7.5  # what an official still reads on paper without strain
# One unit of Excel's column width is the widest digit of the Normal font: 맑은 고딕's digits are
# 0.5508 em, 8 pixels at 11 points and 96 dpi, so 6 points (Calibri's were 7 pixels, 5.25 points).
_POINTS_PER_WIDTH = 6.0
# A program without 맑은 고딕 measures the unit with its stand-in: NanumGothic's digits (0.606 em) make
# 6.75 points, DejaVu Sans' (LibreOffice's last resort on Linux) 7: groups are cut for the widest, so
# no program breaks a group a second time and leaves a lone column on a page of its own.
_WIDEST_POINTS_PER_WIDTH = 7.0
_MARGIN_INCHES = 0.75  # Excel's usual left and right margins, kept as openpyxl writes them
_ROOM = 841.89 - 2 * _MARGIN_INCHES * 72  # A4 landscape width inside the margins, in points
_SAFETY = 0.96


@dataclass(frozen=True)
class PrintPlan:
    """The column groups of a sheet and the scale (per cent) it prints at."""

    groups: ColumnGroups
    scale: int

    @property
    def body_points(self) -> float:
        """The size the cells come out on paper."""
        return BODY_POINTS * self.scale / 100


def print_plan(widths: Sequence[float], keys: int) -> PrintPlan:
    """The groups and scale for columns of `widths` (Excel units), `keys` leading ones naming the row."""
    least = MIN_BODY_POINTS / BODY_POINTS
    total = sum(widths) or 1.0
    if total * _POINTS_PER_WIDTH * least <= _ROOM:  # one page wide at a legible size: printed as always
        return PrintPlan(group_columns(widths, total), min(100, int(100 * _ROOM / (total * _POINTS_PER_WIDTH))))
    room = _ROOM * _SAFETY / _WIDEST_POINTS_PER_WIDTH
    groups = group_columns(widths, room / least, keys)
    return PrintPlan(groups, min(100, int(100 * room / groups.widest(widths))))


def set_up_printing(sheet: Any, plan: PrintPlan) -> None:
    """Paper, orientation, repeated header row (and key columns), scale and column breaks of a sheet."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.pagebreak import Break

    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = 9  # A4 (openpyxl Worksheet.PAPERSIZE_A4; the write-only sheet lacks the name)
    sheet.print_title_rows = "3:3"
    groups = plan.groups
    if not groups.split:
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        return
    sheet.page_setup.scale = plan.scale
    sheet.print_title_cols = f"A:{get_column_letter(groups.keys)}"
    for group in groups.groups[:-1]:
        sheet.col_breaks.append(Break(id=group.stop))  # the break falls left of column `stop` (0-based)
    sheet.oddFooter.right.text = "&P / &N"
    sheet.oddFooter.right.size = int(BODY_POINTS)  # scaled with the sheet like the cells: never below them
    sheet.oddFooter.right.font = footer_font()


def title_row(title: Any, plan: PrintPlan, count: int, make_marker: Any) -> list[Any]:
    """Row 1: the title, and for a split sheet '(열 k/n)' in the last column of each group."""
    if not plan.groups.split:
        return [title]
    row: list[Any] = [title] + [None] * (count - 1)
    for number, group in enumerate(plan.groups.groups):
        row[group.stop - 1] = make_marker(plan.groups.label(number))
    return row
