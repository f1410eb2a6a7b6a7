"""A plain titled table on A4, landscape or portrait (the member list of the handover archive, a 연락망): header repeated on
every page, long cells wrapped, footer with page x / y."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, SimpleDocTemplate, Spacer, TableStyle

from seecodesk.reports.base import (
    FONT,
    capped_para,
    footer_drawer,
    numbered_canvas,
    page_size,
    para,
    register_fonts,
    style,
    write_atomically,
)

ROW_CAP = 30 * mm  # a longer cell is cut with '…': a list of members or contacts keeps many rows to a page


def build_table_pdf(out_path: str | Path, title: str, subtitle: str, network: str, headers: Sequence[str],
                    rows: Sequence[Sequence[str]], widths: Sequence[float], landscape_page: bool = True,
                    font_size: float = 8) -> Path:
    """Write the table; `widths` are relative column shares (they are scaled to the page)."""
    register_fonts()
    pagesize = page_size("A4", landscape_page=landscape_page)
    margin = 12 * mm
    usable = pagesize[0] - 2 * margin
    scale = usable / sum(widths)
    cell, head = style("cell", font_size), style("head", font_size, bold=True)

    def build(temp: str) -> None:  # the text is set inside the build: characters the fonts lack count for the file
        data = [[para(h, head) for h in headers]] + [[capped_para(v, cell, ROW_CAP) for v in row] for row in rows]
        table = LongTable(data, colWidths=[w * scale for w in widths], repeatRows=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde5f0")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), FONT),  # the table's own default is Helvetica, which is never embedded
        ]))
        story = [para(title, style("title", 14, bold=True)), para(subtitle, style("sub", 9)), Spacer(1, 4 * mm), table]
        document = SimpleDocTemplate(temp, pagesize=pagesize, leftMargin=margin, rightMargin=margin,
                                     topMargin=margin, bottomMargin=margin * 1.4, title=title, author=network)
        document.build(story, canvasmaker=numbered_canvas(footer_drawer(network)))

    return write_atomically(out_path, build)
