"""The web of ties on screen when it is dense: names never cover each other, islands are always named,
zooming in shows more names, and a click on a dot or on its name opens that organisation."""

import random

from PySide6.QtCore import QPointF, QRectF, Qt

from seecodesk.core.ties import Tie, build_graph, layout, measure
from seecodesk.gui.trade.network_canvas import NetworkCanvas
from seecodesk.services.network import NetworkPicture, Period


def dense_picture(organisations: int = 150, ties: int = 1500) -> NetworkPicture:
    rng = random.Random(3)
    names = {n: f"가람사회적협동조합{n:03d}" for n in range(1, organisations + 1)}
    pairs = {tuple(sorted(rng.sample(range(1, organisations - 2), 2))) for _ in range(ties)}  # the last three: islands
    graph = build_graph(names, [Tie(a, b, "trade", rng.randint(1, 4)) for a, b in pairs])
    figures = measure(graph)
    return NetworkPicture(period=Period.year(2026), kinds=("trade",), weights={"trade": 1.0}, names=names,
                          graph=graph, positions=layout(graph, 7, figures), figures=figures, change=None, previous=None)


def name_boxes(canvas):
    transform = canvas.viewportTransform()
    return {tag.org_id: QRectF(transform.map(tag.point) + offset, tag.text.size())
            for tag, offset in canvas.labels.placed(transform)}


def test_dense_web_names_never_overlap_and_islands_are_named(qtbot):
    canvas = NetworkCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(1000, 680)
    canvas.show()
    picture = dense_picture()
    canvas.show_picture(picture)
    qtbot.waitExposed(canvas)
    boxes = name_boxes(canvas)
    assert set(picture.figures.islands) <= set(boxes)
    assert 20 < len(boxes) < picture.figures.organisations  # room for some names, not all
    rects = list(boxes.values())
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    strongest = max(picture.figures.strength, key=picture.figures.strength.get)
    assert strongest in boxes

    canvas.zoom(2.5)
    assert len(name_boxes(canvas)) > len(boxes)


def test_a_click_on_a_name_opens_its_organisation(qtbot):
    canvas = NetworkCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(1000, 680)
    canvas.show()
    canvas.show_picture(dense_picture())
    qtbot.waitExposed(canvas)
    org_id, box = next(iter(name_boxes(canvas).items()))
    with qtbot.waitSignal(canvas.organisation_clicked) as opened:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=box.center().toPoint())
    assert opened.args == [org_id]
    assert canvas.organisation_at(QPointF(box.center())) == org_id
    assert "가람사회적협동조합" in canvas.tooltip(org_id)
