"""The dots and the names of the web of ties, each drawn by one scene item.

The ties are handed to Qt as three lists of end points (building a path of 5,000 lines took
longer); the dots are painted in one loop (one item each cost more to build than to paint; one
path of all the circles cost five times more to paint).

Names never cover each other, and are drawn over the dots. A dense web has more organisations
than room for their names: one scene item draws every name that fits at the current zoom
(core/label_placement.py), islands first (they must be named), then the organisations with the
strongest ties. Zooming in makes room, and more names appear; a name left out is still in the
dot's tooltip. Names keep their point size at every zoom.

The placement is in screen pixels and depends only on the zoom (panning moves everything
together), so it is worked out once per zoom and kept; each name's text is laid out once.
"""

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QStaticText, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from seecodesk.core.label_placement import Label, place_labels

_BACKING = QColor(255, 255, 255, 225)
_GAP = 2.0  # pixels between a dot and its name


@dataclass
class NameTag:
    """One organisation's name beside its dot (scene point and radius, text in pixels)."""

    org_id: int
    point: QPointF
    radius: float
    text: QStaticText
    width: float
    height: float
    ink: QColor


class TieLayer(QGraphicsItem):
    """Every tie as a straight line, in three weights: the light half as one-pixel lines without
    antialiasing (the pale background mesh of a dense web, painted in half the time), the others
    antialiased. Each weight is one list of end points handed to Qt in one call."""

    def __init__(self, weights: list[tuple[list[QPointF], QPen]], bounds: QRectF) -> None:
        super().__init__()
        self.weights = weights
        self._bounds = bounds
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        for points, pen in self.weights:
            if points:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, pen.widthF() > 0)
                painter.setPen(pen)
                painter.drawLines(points)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)


class DotLayer(QGraphicsItem):
    """Every organisation's dot: circles with a white rim, in the colour of their kind."""

    def __init__(self, dots: list[tuple[QRectF, QBrush]], bounds: QRectF) -> None:
        super().__init__()
        self.dots = dots
        self._bounds = bounds
        self._rim = QPen(QColor("white"), 1.2)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(self._rim)
        for rect, brush in self.dots:
            painter.setBrush(brush)
            painter.drawEllipse(rect)


class LabelLayer(QGraphicsItem):
    """Every name that fits, drawn in screen pixels over the lines and the dots."""

    def __init__(self, tags: list[NameTag], limits: QRectF, font: QFont) -> None:
        super().__init__()
        self.tags = tags  # in order of importance
        self.font = font  # the one the names were measured and laid out in
        self.limits = limits  # names stay inside: the picture as fitted in view
        self._bounds = limits.adjusted(-300, -100, 300, 100)
        self._placed: dict[tuple[float, float, float, float], list[tuple[NameTag, QPointF]]] = {}
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def placed(self, transform: QTransform) -> list[tuple[NameTag, QPointF]]:
        """The names shown at `transform`'s zoom, each with its top-left offset from its dot in pixels."""
        key = (transform.m11(), transform.m12(), transform.m21(), transform.m22())
        if key not in self._placed:
            self._placed = {key: place(self.tags, transform.m11(), self.limits)}  # one zoom kept: the one on screen
        return self._placed[key]

    def tag_at(self, transform: QTransform, position: QPointF) -> int | None:
        """The organisation whose shown name is under `position` (viewport pixels), if any."""
        for tag, offset in self.placed(transform):
            corner = transform.map(tag.point) + offset
            if QRectF(corner.x(), corner.y(), tag.width, tag.height).contains(position):
                return tag.org_id
        return None

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        transform = painter.worldTransform()
        shown = self.placed(transform)
        painter.save()
        painter.resetTransform()
        painter.setFont(self.font)
        for tag, offset in shown:
            corner = transform.map(tag.point) + offset
            painter.fillRect(QRectF(corner.x() - 1, corner.y(), tag.width + 2, tag.height), _BACKING)
            painter.setPen(tag.ink)
            painter.drawStaticText(corner, tag.text)
        painter.restore()


def make_tags(names: dict[int, str], points: dict[int, tuple[QPointF, float]], order: list[int],
              inks: dict[int, QColor], font: QFont, texts: dict[str, tuple[QStaticText, float]]) -> list[NameTag]:
    """Name tags in `order` (most important first); `texts` keeps laid-out names and widths between drawings."""
    metrics = QFontMetricsF(font)
    height = metrics.height()
    tags = []
    for org_id in order:
        name = names.get(org_id, str(org_id))
        known = texts.get(name)
        if known is None:
            text = QStaticText(name)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.prepare(QTransform(), font)
            known = texts[name] = (text, metrics.horizontalAdvance(name))
        point, radius = points[org_id]
        tags.append(NameTag(org_id, point, radius, known[0], known[1], height, inks[org_id]))
    return tags


def place(tags: list[NameTag], scale: float, limits: QRectF) -> list[tuple[NameTag, QPointF]]:
    """The names that fit inside `limits` at `scale` pixels per scene unit (core/label_placement.py), with offsets."""
    labels = [Label(t.point.x() * scale, t.point.y() * scale, t.radius * scale, t.width, t.height) for t in tags]
    bounds = (limits.left() * scale, limits.top() * scale, limits.right() * scale, limits.bottom() * scale)
    return [(tags[index], QPointF(dx, dy)) for index, dx, dy in place_labels(labels, bounds, _GAP)]
