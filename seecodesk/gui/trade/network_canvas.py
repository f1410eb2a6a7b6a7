"""The web of ties drawn: organisations as dots sized by their weighted ties, ties as lines whose
thickness follows their weight, islands in orange on the outer ring. Wheel zooms, dragging pans,
a click on an organisation asks to open it.

Ties are drawn as three path items (light, middle, heavy) rather than one item per tie, so 5,000
ties cost three scene items, in opaque colours (translucent lines took ten times longer to paint).
"""

import math
from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from seecodesk.services.network import NetworkPicture

SCALE = 420.0  # scene units for the layout's [-1, 1] square
NODE_COLOUR = QColor("#2f6fdb")
ISLAND_COLOUR = QColor("#e8772e")
_ORG_ROLE = 0
_LABEL_BACKING = QColor(255, 255, 255, 190)


class NameLabel(QGraphicsSimpleTextItem):
    """An organisation's name on a pale backing, readable over the lines (one item, not two).

    It keeps its point size whatever the zoom (a whole network fitted in view would shrink names
    below reading size) and sits centred on the height of its dot.
    """

    def __init__(self, name: str, font: QFont) -> None:
        super().__init__(name)
        self.setFont(font)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self._lift = super().boundingRect().height() / 2

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return super().boundingRect().translated(0, -self._lift)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.boundingRect())
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:  # type: ignore[no-untyped-def]
        painter.translate(0, -self._lift)
        painter.fillRect(super().boundingRect().adjusted(-1, 0, 1, 0), _LABEL_BACKING)
        super().paint(painter, option, widget)


class NetworkCanvas(QGraphicsView):
    """A zoomable, pannable drawing of one `NetworkPicture`."""

    organisation_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkCanvas")
        scene = QGraphicsScene(self)
        # a few hundred items redrawn whole on each change: a BSP index costs more to build than it saves
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QBrush(QColor("#fbfcfe")))
        self.nodes: dict[int, QGraphicsEllipseItem] = {}
        self.labels: dict[int, QGraphicsSimpleTextItem] = {}
        self.label_font = QFont(self.font())
        self.label_font.setPointSizeF(9)
        self._styles: dict[bool, tuple[QBrush, QPen, QBrush]] = {}

    def show_picture(self, picture: NetworkPicture) -> None:
        """Draw `picture` afresh and fit it in view."""
        scene = self.scene()
        scene.clear()
        self.nodes, self.labels = {}, {}
        positions = {n: QPointF(x * SCALE, -y * SCALE) for n, (x, y) in picture.positions.items()}
        self._draw_ties(picture, positions)
        strength = picture.figures.strength
        strongest = max(strength.values(), default=0.0) or 1.0
        islands = set(picture.figures.islands)
        self._styles = {island: (QBrush(ISLAND_COLOUR if island else NODE_COLOUR), QPen(QColor("white"), 1.2),
                                 QBrush(QColor("#a5481a") if island else QColor("#1d2733"))) for island in (False, True)}
        for org_id, point in positions.items():
            radius = 5.0 + 13.0 * math.sqrt(strength.get(org_id, 0.0) / strongest)
            self._draw_node(org_id, picture, point, radius, org_id in islands)
        # the layout fills [-1, 1]²; room on the right for the longest names
        scene.setSceneRect(QRectF(-SCALE - 40, -SCALE - 40, 2 * SCALE + 260, 2 * SCALE + 80))
        self.resetTransform()
        self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def _draw_ties(self, picture: NetworkPicture, positions: dict[int, QPointF]) -> None:
        edges = [(positions[a], positions[b], w) for a, b, w in picture.graph.edges(data="weight")
                 if a in positions and b in positions]
        if not edges:
            return
        weights = sorted(w for _a, _b, w in edges)
        cut_low, cut_high = weights[len(weights) // 2], weights[(len(weights) * 9) // 10]
        paths = [QPainterPath(), QPainterPath(), QPainterPath()]
        for start, end, weight in edges:
            path = paths[0 if weight <= cut_low else (1 if weight <= cut_high else 2)]
            path.moveTo(start)
            path.lineTo(end)
        for path, width, alpha in zip(paths, (0.6, 1.4, 2.8), (70, 120, 170), strict=True):
            # opaque colours blended by hand onto the background: translucent lines cost far more to paint
            shade = [round(c + (251 - c) * (1 - alpha / 255)) for c in (90, 110, 140)]
            pen = QPen(QColor(*shade), width)
            pen.setCosmetic(True)
            self.scene().addPath(path, pen).setZValue(0)

    def _draw_node(self, org_id: int, picture: NetworkPicture, point: QPointF, radius: float, island: bool) -> None:
        name = picture.names.get(org_id, str(org_id))
        fill, outline, ink = self._styles[island]
        node = QGraphicsEllipseItem(QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius))
        node.setBrush(fill)
        node.setPen(outline)
        node.setZValue(2)
        node.setData(_ORG_ROLE, org_id)
        node.setCursor(Qt.CursorShape.PointingHandCursor)
        figures = picture.figures
        node.setToolTip(f"<b>{escape(name)}</b><br>관계 {figures.degree.get(org_id, 0)}곳 · 가중치 "
                        f"{figures.strength.get(org_id, 0):g}" + ("<br>이 기간에 관계가 없습니다 (섬)" if island else ""))
        self.scene().addItem(node)
        label = NameLabel(name, self.label_font)
        label.setBrush(ink)
        label.setPos(point.x() + radius + 2, point.y())
        label.setZValue(1.5)  # over the lines, under the dots
        label.setData(_ORG_ROLE, org_id)
        self.scene().addItem(label)
        self.nodes[org_id] = node
        self.labels[org_id] = label

    def node_at(self, org_id: int) -> QPointF:
        """Where an organisation's dot is on the screen (for tests and tooltips)."""
        return self.mapFromScene(self.nodes[org_id].rect().center())

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        item = self.itemAt(event.position().toPoint())
        moved = (event.position() - getattr(self, "_pressed_at", event.position())).manhattanLength()
        super().mouseReleaseEvent(event)
        if item is not None and item.data(_ORG_ROLE) is not None and moved < 4:
            self.organisation_clicked.emit(int(item.data(_ORG_ROLE)))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._pressed_at = event.position()
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        steps = event.angleDelta().y() / 120
        factor = 1.15 ** steps
        current = self.transform().m11()
        if 0.1 < current * factor < 12:
            self.scale(factor, factor)

    def zoom(self, factor: float) -> None:
        self.scale(factor, factor)
