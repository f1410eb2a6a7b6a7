"""The header rows of a schedule grid: a year band, then the periods' own labels.

Four shapes, the formats of the 논산/서산 plans (seed-004-notes §3.1): one labelled column per quarter or
half-year (F1, F5); months numbered under a quarter band (F3, F4); and a labelled period split into unlabelled
sub-cells — a quarter over its 3 months (F2) or a half-year over its 2 quarters or 6 months (F5q) — where
`label_grain` names the labelled period and the columns are the finer periods.
"""

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from seecodesk.core.periods import Period, period_of, year_bands
from seecodesk.reports.base import FONT_BOLD

PERIOD_RULE = colors.HexColor("#8a8f96")


def _fit(text_value: str, width: float, size: float, fallback: str) -> str:
    return text_value if stringWidth(text_value, FONT_BOLD, size) <= width - 2 else fallback


def period_bands(periods: Sequence[Period], grain: str) -> list[tuple[Period, int]]:
    """(period of `grain`, number of columns) runs over the finer `periods`."""
    bands: list[tuple[Period, int]] = []
    for p in periods:
        outer = period_of(p.first_month, grain)
        if bands and bands[-1][0] == outer:
            bands[-1] = (outer, bands[-1][1] + 1)
        else:
            bands.append((outer, 1))
    return bands


def _band_label(period: Period, width: float, size: float) -> str:
    if period.grain == "half":
        return _fit(period.short_label, width, size, period.short_label[0])
    return _fit(f"{period.number}분기", width, size, f"{period.number}Q")


def header_rows(periods: Sequence[Period], labels: Sequence[str], period_width: float, header_size: float,
                label_grain: str = "") -> tuple[list[list[str]], list]:
    """Header rows (year band, [period band,] [period labels]) and their span and rule commands."""
    n_labels = len(labels)
    month_grain = bool(periods) and periods[0].grain == "month"
    outer = label_grain or ("quarter" if month_grain else "")
    rows: list[list[str]] = []
    commands: list = []
    levels: list[list[tuple[str, int]]] = [[(_fit(f"{year}년", period_width * span, header_size, f"{year % 100:02d}"), span)
                                            for year, span in year_bands(list(periods))]]
    if outer:
        levels.append([(_band_label(p, period_width * span, header_size), span) for p, span in period_bands(periods, outer)])
    for level, band in enumerate(levels):
        row, col = [labels[i] if level == 0 else "" for i in range(n_labels)], n_labels
        for text_value, span in band:
            row += [text_value] + [""] * (span - 1)
            if span > 1:
                commands.append(("SPAN", (col, level), (col + span - 1, level)))
            col += span
        rows.append(row)
    if label_grain:
        commands += _sub_cell_rules(periods, label_grain, n_labels)
    else:
        rows.append([""] * n_labels + [str(p.number) if month_grain else p.short_label for p in periods])
    for i in range(n_labels):
        commands.append(("SPAN", (i, 0), (i, len(rows) - 1)))
    return rows, commands


def _sub_cell_rules(periods: Sequence[Period], label_grain: str, n_labels: int) -> list:
    """A firmer rule where each labelled period begins, so its unlabelled sub-cells read as one period."""
    commands, col = [], n_labels
    for _period, span in period_bands(periods, label_grain):
        if col > n_labels:
            commands.append(("LINEBEFORE", (col, 0), (col, -1), 0.9, PERIOD_RULE))
        col += span
    return commands
