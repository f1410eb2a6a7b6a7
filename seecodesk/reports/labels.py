"""주소 라벨: one label per member organisation (주소, 기관명, 대표 … 귀하) on an A4 label sheet.

Each label's text is set inside its cell with a small inner margin: it starts at 10 pt and shrinks
(to 6 pt) until it fits; an address still too long at the smallest size is shortened with '…'. So
nothing is ever drawn outside the label. No footer: it would print on the labels.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from seecodesk.core.label_sheets import LabelSheet
from seecodesk.reports.base import embedded_canvas, page_size, para, set_metadata, style, write_atomically

PADDING_MM = 3.0
SIZES = (10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0)
GAP_MM = 1.0  # between the address and the name


@dataclass(frozen=True)
class MailingLabel:
    """What one label says."""

    address: str
    name: str
    representative: str = ""

    @property
    def addressee(self) -> str:
        return f"대표 {self.representative} 귀하" if self.representative else "귀하"


def _paragraphs(label: MailingLabel, size: float, address: str, name: str | None = None) -> list[Paragraph]:
    return [para(address, style("address", size, leading=size * 1.25)),
            para(label.name if name is None else name, style("name", size + 1.5, bold=True, leading=(size + 1.5) * 1.25)),
            para(label.addressee, style("addressee", size, leading=size * 1.25, align=2))]


def _height(paragraphs: Sequence[Paragraph], width: float) -> float:
    return sum(p.wrap(width, 10_000)[1] for p in paragraphs) + GAP_MM * mm


def _cut(value: str, keep: int) -> str:
    return value if keep >= len(value) else value[:keep].rstrip() + "…"


def _longest(length: int, fits: Callable[[int], bool]) -> int:
    """The largest n ≤ length with fits(n) (0 when none): a binary search, for a 10,000-character address."""
    low, high = 0, length
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if fits(middle) else (low, middle - 1)
    return low


def fitted(label: MailingLabel, width: float, height: float) -> list[Paragraph]:
    """The label's paragraphs at the largest size that fits `width` × `height` points (address shortened if need be,
    then the name)."""
    for size in SIZES:
        paragraphs = _paragraphs(label, size, label.address)
        if _height(paragraphs, width) <= height:
            return paragraphs
    smallest = SIZES[-1]

    def address_fits(keep: int) -> bool:
        return _height(_paragraphs(label, smallest, _cut(label.address, keep)), width) <= height

    def name_fits(keep: int) -> bool:
        return _height(_paragraphs(label, smallest, "", _cut(label.name, keep)), width) <= height

    keep = _longest(len(label.address), address_fits)
    if keep or address_fits(0):
        return _paragraphs(label, smallest, _cut(label.address, keep) if label.address else "")
    return _paragraphs(label, smallest, "", _cut(label.name, _longest(len(label.name), name_fits)))


def _draw_label(canvas, sheet: LabelSheet, index: int, label: MailingLabel) -> None:  # type: ignore[no-untyped-def]
    page_height = page_size("A4")[1]
    left, top, width, height = (value * mm for value in sheet.cell(index))
    pad = PADDING_MM * mm
    inner_width, inner_height = width - 2 * pad, height - 2 * pad
    paragraphs = fitted(label, inner_width, inner_height)
    used = _height(paragraphs, inner_width)
    y = page_height - top - pad - (inner_height - used) / 2  # centred in the cell
    for number, paragraph in enumerate(paragraphs):
        _width, h = paragraph.wrap(inner_width, 10_000)
        y -= h
        paragraph.drawOn(canvas, left + pad, y)
        if number == 0:
            y -= GAP_MM * mm


def write_labels(out_path: str | Path, sheet: LabelSheet, labels: Sequence[MailingLabel], network: str,
                 outlines: bool = False) -> Path:
    """Write the labels on as many sheets as they need; `outlines` draws each cell's edge (for a test print)."""

    def build(temp: str) -> None:
        canvas = embedded_canvas(temp, pagesize=page_size("A4"))
        set_metadata(canvas, f"주소 라벨 ({sheet.name})", network)
        for index, label in enumerate(labels):
            if index and index % sheet.per_page == 0:
                canvas.showPage()
            if outlines:
                _outline(canvas, sheet, index)
            _draw_label(canvas, sheet, index, label)
        canvas.save()

    return write_atomically(out_path, build)


def _outline(canvas, sheet: LabelSheet, index: int) -> None:  # type: ignore[no-untyped-def]
    left, top, width, height = (value * mm for value in sheet.cell(index))
    canvas.saveState()
    canvas.setStrokeColorRGB(0.75, 0.75, 0.75)
    canvas.setLineWidth(0.3)
    canvas.roundRect(left, page_size("A4")[1] - top - height, width, height, 2 * mm)
    canvas.restoreState()
