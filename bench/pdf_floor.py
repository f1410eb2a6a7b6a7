"""The equal-work floor of a printed document: the very text one of our PDFs shows, in the same fonts,
set by plain ReportLab as one paragraph per printed line (no tables, rules, boxes or fitting).

The text is read back from our own PDF once, before timing, with pdfplumber (a dev dependency the
layout tests already use): every visible character, grouped into lines, bold runs kept bold. So the
floor embeds the same glyphs from the same font files as the product does — the costly part of a
Korean PDF (subsetting NanumGothic, measuring each word) — and a ratio to it measures only what our
layout adds.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pdfplumber

_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _visible(obj: dict) -> bool:
    """Everything but the invisible text some check boxes carry (ActualText, render mode 3)."""
    return obj.get("object_type") != "char" or obj.get("text_render_mode", 0) != 3


def printed_lines(pdf: Path) -> list[str]:
    """Each printed line of `pdf` as Paragraph markup, bold runs inside <b>…</b>."""
    lines: list[str] = []
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            words = page.filter(_visible).extract_words(extra_attrs=["fontname"])
            rows: dict[int, list[dict]] = {}
            for word in words:
                rows.setdefault(round(word["top"]), []).append(word)
            for top in sorted(rows):
                parts = []
                for word in sorted(rows[top], key=lambda w: w["x0"]):
                    escaped = word["text"].translate(_ESCAPE)
                    parts.append(f"<b>{escaped}</b>" if "Bold" in word["fontname"] else escaped)
                lines.append(" ".join(parts))
    return lines


def pdf_floor(ours: Path, out: Path) -> Callable[[], None]:
    """A function writing `out`: the text of the PDF `ours` as plain paragraphs in the product's fonts."""
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from seecodesk.reports.base import embedded_canvas, style

    lines = printed_lines(ours)
    body = style("floor", 10)
    return lambda: SimpleDocTemplate(str(out)).build([Paragraph(line, body) for line in lines],
                                                      canvasmaker=embedded_canvas)
