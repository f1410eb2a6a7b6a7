"""The dots and the names of the web of ties, each drawn by one scene item.

The ties are handed to Qt as three lists of end points (building a path of 5,000 lines took
longer); the dots are painted in one loop (one item each cost more to build than to paint; one
path of all the circles cost five times more to paint).

Names never cover each other, and are drawn over the dots.
A dense web has more organisations than room for their names. One scene item draws every name
that fits at the current zoom: islands first (they must be named), then the organisations with
the strongest ties; each name tries the right, left, top and bottom of its dot and is left out
where all four would cover a name or a named dot already placed (a side that covers
no dot at all is preferred). Zooming in makes room, and more names appear;
a name left out is still in the dot's tooltip. Names keep their point size at every zoom.

The placement is in screen pixels and depends only on the zoom (panning moves everything
together), so it is worked out once per zoom and kept; each name's text is laid out once.
"""

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QStaticText, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

_BACKING = QColor(255, 255, 255, 225)
_GAP = 2.0  # pixels between a dot and its name
_CELL = 48.0  # pixels: the grid that makes the overlap check cheap


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

    def __init__(self, tags: list[NameTag], bounds: QRectF, font: QFont) -> None:
        super().__init__()
        self.tags = tags  # in order of importance
        self.font = font  # the one the names were measured and laid out in
        self._bounds = bounds
        self._placed: dict[tuple[float, float, float, float], list[tuple[NameTag, QPointF]]] = {}
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def placed(self, transform: QTransform) -> list[tuple[NameTag, QPointF]]:
        """The names shown at `transform`'s zoom, each with its top-left offset from its dot in pixels."""
        key = (transform.m11(), transform.m12(), transform.m21(), transform.m22())
        if key not in self._placed:
            self._placed = {key: place(self.tags, transform.m11())}  # one zoom kept: the one on screen
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


_DOT, _NAMED_DOT, _NAME = 0, 1, 2
Grid = dict[tuple[int, int], list[tuple[float, float, float, float, int]]]


def place(tags: list[NameTag], scale: float) -> list[tuple[NameTag, QPointF]]:
    """Greedy placement at `scale` pixels per scene unit, most important name first.

    A name goes beside its dot on the first side that covers nothing, else on the first side that
    covers no name and no named dot (an unnamed dot may lie under it); a dot already covered by a
    name gets none (its name would point at a hidden dot).
    """
    grid: Grid = {}
    boxes = []
    for tag in tags:
        x, y, radius = tag.point.x() * scale, tag.point.y() * scale, tag.radius * scale
        boxes.append((x - radius, y - radius, x + radius, y + radius))
        _add(grid, boxes[-1], _DOT)
    placed = []
    for tag, dot in zip(tags, boxes, strict=True):
        if _covered(grid, dot, _NAME):
            continue
        x, y = (dot[0] + dot[2]) / 2, (dot[1] + dot[3]) / 2
        sides = [(dx, dy, (x + dx, y + dy, x + dx + tag.width, y + dy + tag.height))
                 for dx, dy in _sides(tag, (dot[2] - dot[0]) / 2 + _GAP)]
        chosen = next((side for least in (_DOT, _NAMED_DOT) for side in sides if not _covered(grid, side[2], least)),
                      None)
        if chosen is not None:
            _add(grid, chosen[2], _NAME)
            _add(grid, dot, _NAMED_DOT)
            placed.append((tag, QPointF(chosen[0], chosen[1])))
    return placed


def _sides(tag: NameTag, reach: float) -> tuple[tuple[float, float], ...]:
    """Offsets of the name's corner: right of the dot, left, above, below."""
    width, height = tag.width, tag.height
    return ((reach, -height / 2), (-reach - width, -height / 2), (-width / 2, -reach - height), (-width / 2, reach))


def _cells(box: tuple[float, ...]) -> list[tuple[int, int]]:
    return [(i, j) for i in range(int(box[0] // _CELL), int(box[2] // _CELL) + 1)
            for j in range(int(box[1] // _CELL), int(box[3] // _CELL) + 1)]


def _covered(grid: Grid, box: tuple[float, ...], least: int) -> bool:
    """Whether `box` overlaps anything in `grid` of kind `least` or above (dot < named dot < name)."""
    left, top, right, bottom = box
    return any(kind >= least and left < o_right and o_left < right and top < o_bottom and o_top < bottom
               for cell in _cells(box) for o_left, o_top, o_right, o_bottom, kind in grid.get(cell, ()))


def _add(grid: Grid, box: tuple[float, ...], kind: int) -> None:
    for cell in _cells(box):
        grid.setdefault(cell, []).append((box[0], box[1], box[2], box[3], kind))
