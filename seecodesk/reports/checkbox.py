"""Form check boxes (☐ / ☑) drawn as vectors, since NanumGothic has no glyph for them.

Each box is wrapped in a PDF ActualText span, so copying the text or `pdftotext` still gives
☐ or ☑ — a screen reader and a test see what the printed page shows.
"""

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from seecodesk.reports.base import FONT, register_fonts
from seecodesk.reports.glyphs import EMOJI_FONT, font_runs

EMPTY, CHECKED = "\u2610", "\u2611"


def _actual_text(char: str) -> str:
    return f"/Span <</ActualText <FEFF{ord(char):04X}>>> BDC"


def draw_checkbox(canvas: Canvas, x: float, baseline: float, size: float, checked: bool) -> float:
    """Draw a box of `size` points whose bottom sits just under `baseline`; returns its width."""
    box = size * 0.82
    bottom = baseline - size * 0.1
    canvas.saveState()
    canvas.addLiteral(_actual_text(CHECKED if checked else EMPTY))
    text = canvas.beginText(x, baseline)  # an invisible space carries the ActualText
    text.setFont(FONT, size)
    text.setTextRenderMode(3)
    text.textOut(" ")
    canvas.drawText(text)
    canvas.setLineWidth(0.6)
    canvas.rect(x, bottom, box, box, stroke=1, fill=0)
    if checked:
        canvas.setLineWidth(max(1.0, size * 0.12))
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        path = canvas.beginPath()
        path.moveTo(x + box * 0.18, bottom + box * 0.52)
        path.lineTo(x + box * 0.42, bottom + box * 0.2)
        path.lineTo(x + box * 0.88, bottom + box * 0.92)
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.addLiteral("EMC")
    canvas.restoreState()
    return box


class CheckList(Flowable):
    """Check boxes with labels, laid out left to right and wrapped onto new lines as needed.

    `breaks` lists item indexes that must start a new line (the paper form's own line breaks).
    """

    def __init__(self, items: list[tuple[str, bool]], size: float = 9.5, gap: float = 10,
                 breaks: tuple[int, ...] = ()) -> None:
        super().__init__()
        register_fonts()
        self.items, self.size, self.gap, self.breaks = items, size, gap, set(breaks)
        self.leading = size * 1.6
        self._lines: list[list[tuple[str, bool, float]]] = []

    def _runs(self, label: str) -> list[tuple[str, str]]:
        """The label cut into (text, font) runs: emoji in the bundled emoji font, like every printed text."""
        return [(part, EMOJI_FONT if emoji else FONT) for part, emoji in font_runs(label)]

    def _item_width(self, label: str) -> float:
        return self.size * 0.82 + self.size * 0.35 + sum(stringWidth(t, f, self.size) for t, f in self._runs(label))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        line: list[tuple[str, bool, float]] = []
        self._lines, x = [], 0.0
        for index, (label, checked) in enumerate(self.items):
            width = self._item_width(label)
            if line and (index in self.breaks or x + width > available_width):
                self._lines.append(line)
                line, x = [], 0.0
            line.append((label, checked, x))
            x += width + self.gap
        if line:
            self._lines.append(line)
        self.width, self.height = available_width, len(self._lines) * self.leading
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        for number, line in enumerate(self._lines):
            baseline = self.height - (number + 1) * self.leading + self.size * 0.45
            for label, checked, x in line:
                left = x + draw_checkbox(canvas, x, baseline, self.size, checked) + self.size * 0.35
                for run, font in self._runs(label):
                    canvas.setFont(font, self.size)
                    canvas.drawString(left, baseline, run)
                    left += stringWidth(run, font, self.size)
