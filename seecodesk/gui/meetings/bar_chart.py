"""A small horizontal bar chart drawn with QPainter (QtCharts is not shipped): rates against a target line."""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_HEIGHT = 18
GAP = 6
LABEL_WIDTH = 150
MET = QColor("#3d7be0")
BELOW = QColor("#e0883d")


class RateBarChart(QWidget):
    """Bars of (label, rate 0–1), a dashed line at the target; bars under the target in orange."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, float]] = []
        self.target = 0.7
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_data(self, bars: list[tuple[str, float]], target: float) -> None:
        self.bars, self.target = list(bars), target
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(420, 30 + len(self.bars) * (BAR_HEIGHT + GAP))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        left, right = LABEL_WIDTH + 8, self.width() - 48
        span = max(1, right - left)
        painter.setPen(self.palette().text().color())
        for row, (label, rate) in enumerate(self.bars):
            top = 20 + row * (BAR_HEIGHT + GAP)
            painter.drawText(QRectF(4, top, LABEL_WIDTH, BAR_HEIGHT),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, LABEL_WIDTH))
            width = span * max(0.0, min(1.0, rate))
            painter.fillRect(QRectF(left, top, width, BAR_HEIGHT), MET if rate + 1e-9 >= self.target else BELOW)
            painter.drawText(QRectF(left + width + 4, top, 44, BAR_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
                             f"{rate:.0%}")
        x = left + span * self.target
        painter.setPen(QPen(QColor("#c0002a"), 1.5, Qt.PenStyle.DashLine))
        bottom = 20 + len(self.bars) * (BAR_HEIGHT + GAP)
        painter.drawLine(int(x), 14, int(x), bottom)
        painter.drawText(QRectF(x - 40, 0, 80, 14), Qt.AlignmentFlag.AlignCenter, f"목표 {self.target:.0%}")
        painter.end()
