"""The web of ties drawn: organisations as dots sized by their weighted ties, ties as lines whose
thickness follows their weight, islands in orange on the outer ring. Wheel zooms, dragging pans,
a click on an organisation (its dot or its name) asks to open it.

The scene holds three items whatever the size of the web (network_layers.py): the ties in three
weights (light, middle, heavy) in opaque colours (translucent lines took ten times longer to
paint), the dots, and every name that fits. Clicks and tooltips find the organisation from the
positions kept here.
"""

import math
from html import escape

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QHelpEvent, QPainter, QPen, QStaticText, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QToolTip, QWidget

from seecodesk.core.collector import collector_paused
from seecodesk.gui.trade.network_layers import DotLayer, LabelLayer, TieLayer, make_tags
from seecodesk.services.network import NetworkPicture

SCALE = 420.0  # scene units for the layout's [-1, 1] square
NODE_COLOUR = QColor("#2f6fdb")
ISLAND_COLOUR = QColor("#e8772e")
INK, ISLAND_INK = QColor("#1d2733"), QColor("#a5481a")
_TOUCH = 3.0  # pixels of slack around a dot for a click


class NetworkCanvas(QGraphicsView):
    """A zoomable, pannable drawing of one `NetworkPicture`."""

    organisation_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkCanvas")
        scene = QGraphicsScene(self)
        # a few items redrawn whole on each change: a BSP index costs more to build than it saves
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QBrush(QColor("#fbfcfe")))
        self.nodes: dict[int, QPointF] = {}  # scene centre of each organisation's dot
        self.radii: dict[int, float] = {}
        self.labels: LabelLayer | None = None
        self.picture: NetworkPicture | None = None
        self.label_font = QFont(self.font())
        self.label_font.setPointSizeF(9)
        self._texts: dict[str, tuple[QStaticText, float]] = {}  # names laid out once, kept between drawings

    def show_picture(self, picture: NetworkPicture) -> None:
        """Draw `picture` afresh and fit it in view."""
        with collector_paused():  # thousands of tuples for the ties, no garbage: see core/collector.py
            self._show(picture)

    def _show(self, picture: NetworkPicture) -> None:
        scene = self.scene()
        scene.clear()
        self.picture = picture
        self.nodes = {n: QPointF(x * SCALE, -y * SCALE) for n, (x, y) in picture.positions.items()}
        strength = picture.figures.strength
        strongest = max(strength.values(), default=0.0) or 1.0
        self.radii = {n: 5.0 + 13.0 * math.sqrt(strength.get(n, 0.0) / strongest) for n in self.nodes}
        # the layout fills [-1, 1]²; room on the right for the longest names
        bounds = QRectF(-SCALE - 40, -SCALE - 40, 2 * SCALE + 260, 2 * SCALE + 80)
        self._draw_ties(picture, bounds)
        self._draw_dots(set(picture.figures.islands), bounds)
        self._draw_names(picture, bounds)
        scene.setSceneRect(bounds)
        self.resetTransform()
        self.fitInView(bounds, Qt.AspectRatioMode.KeepAspectRatio)

    def _draw_ties(self, picture: NetworkPicture, bounds: QRectF) -> None:
        nodes = self.nodes
        # the adjacency read directly: networkx's edge view costs twice as much per tie
        edges = [(nodes[a], nodes[b], data["weight"]) for a, around in picture.graph.adjacency()
                 for b, data in around.items() if a < b and a in nodes and b in nodes]
        weights = sorted(w for _a, _b, w in edges) or [0.0]
        cut_low, cut_high = weights[len(weights) // 2], weights[(len(weights) * 9) // 10]
        ends: list[list[QPointF]] = [[], [], []]
        for start, end, weight in edges:
            ends[0 if weight <= cut_low else (1 if weight <= cut_high else 2)] += (start, end)
        pens = []
        for width, alpha in ((0.0, 50), (1.4, 120), (2.8, 170)):
            # opaque colours blended by hand onto the background: translucent lines cost far more to paint
            pen = QPen(QColor(*[round(c + (251 - c) * (1 - alpha / 255)) for c in (90, 110, 140)]), width)
            pen.setCosmetic(True)
            pens.append(pen)
        self.scene().addItem(TieLayer(list(zip(ends, pens, strict=True)), bounds))

    def _draw_dots(self, islands: set[int], bounds: QRectF) -> None:
        fills = {False: QBrush(NODE_COLOUR), True: QBrush(ISLAND_COLOUR)}
        dots = [(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r), fills[n in islands])
                for n, p in self.nodes.items() for r in (self.radii[n],)]
        layer = DotLayer(dots, bounds)
        layer.setZValue(2)
        self.scene().addItem(layer)

    def _draw_names(self, picture: NetworkPicture, bounds: QRectF) -> None:
        islands, strength = set(picture.figures.islands), picture.figures.strength
        order = sorted(self.nodes, key=lambda n: (n not in islands, -strength.get(n, 0.0), n))
        tags = make_tags(picture.names, {n: (p, self.radii[n]) for n, p in self.nodes.items()}, order,
                         {n: ISLAND_INK if n in islands else INK for n in self.nodes}, self.label_font, self._texts)
        self.labels = LabelLayer(tags, bounds, self.label_font)
        self.labels.setZValue(3)  # over the lines and the dots
        self.scene().addItem(self.labels)

    def organisation_at(self, position: QPointF) -> int | None:
        """The organisation whose shown name, or else whose dot, is at `position` (viewport pixels).

        Names first: they are drawn over the dots, so a name is what the user sees where it lies.
        """
        named = self.labels.tag_at(self.viewportTransform(), position) if self.labels is not None else None
        if named is not None:
            return named
        scene_point = self.mapToScene(position.toPoint())
        slack = _TOUCH / max(self.transform().m11(), 1e-6)
        hits = [(math.dist((p.x(), p.y()), (scene_point.x(), scene_point.y())) - self.radii[n], n)
                for n, p in self.nodes.items()]
        near = min(hits, default=None)
        return near[1] if near is not None and near[0] <= slack else None

    def node_at(self, org_id: int) -> QPoint:
        """Where an organisation's dot is on the screen (for tests)."""
        return self.mapFromScene(self.nodes[org_id])

    def shown_names(self) -> list[int]:
        """The organisations whose names are on screen at the current zoom."""
        if self.labels is None:
            return []
        return [tag.org_id for tag, _offset in self.labels.placed(self.viewportTransform())]

    def tooltip(self, org_id: int) -> str:
        """The dot's tooltip: the name, its ties and whether it is an island."""
        assert self.picture is not None
        figures, name = self.picture.figures, self.picture.names.get(org_id, str(org_id))
        island = org_id in figures.islands
        return (f"<b>{escape(name)}</b><br>관계 {figures.degree.get(org_id, 0)}곳 · 가중치 "
                f"{figures.strength.get(org_id, 0):g}" + ("<br>이 기간에 관계가 없습니다 (섬)" if island else ""))

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            org_id = self.organisation_at(QPointF(event.pos()))
            if org_id is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(org_id), self.viewport())
            return True
        return super().viewportEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().mouseMoveEvent(event)
        if event.buttons() == Qt.MouseButton.NoButton:
            over = self.organisation_at(event.position()) is not None
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.OpenHandCursor)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        org_id = self.organisation_at(event.position())
        moved = (event.position() - getattr(self, "_pressed_at", event.position())).manhattanLength()
        super().mouseReleaseEvent(event)
        if org_id is not None and moved < 4:
            self.organisation_clicked.emit(org_id)

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
        """Zoom about the middle of the view (the 확대/축소 buttons: the mouse is not over the picture)."""
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(factor, factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
