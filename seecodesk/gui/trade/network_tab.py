"""관계망 tab: choose the year and the kinds of tie with their weights; see the web and its figures."""

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.ties import DEFAULT_WEIGHTS, TIE_KINDS
from seecodesk.gui.trade.network_canvas import NetworkCanvas
from seecodesk.services.network import NetworkPicture, NetworkService, Period


def figures_html(picture: NetworkPicture) -> str:
    """The figures as the side panel shows them (names escaped)."""
    f, names = picture.figures, picture.names
    top = sorted(f.strength, key=lambda n: -f.strength[n])[:5]
    lines = [
        f"<h3>{escape(picture.period.label)} 관계망</h3>",
        f"기관 {f.organisations}곳 · 관계 {f.ties}개 · 밀도 {f.density:.3f}",
        f"<br>연결된 무리 {f.groups}개" + (f" (가장 큰 무리 {len(f.components[0])}곳)" if f.components else ""),
        f"<br>상위 20% 기관이 가진 관계 비중 <b>{f.concentration:.0%}</b>",
    ]
    if picture.change is not None:
        c = picture.change
        lines.append(f"<br>전년 대비: 관계 {c.ties:+d}개, 밀도 {c.density:+.3f}, 집중도 {c.concentration:+.0%}")
        if c.new_islands:
            lines.append("<br>새로 섬이 된 곳: " + escape(", ".join(names.get(n, "?") for n in c.new_islands)))
        if c.former_islands:
            lines.append("<br>다시 이어진 곳: " + escape(", ".join(names.get(n, "?") for n in c.former_islands)))
    islands = ", ".join(names.get(n, "?") for n in f.islands) or "없음"
    lines.append(f"<h4 style='color:#a5481a'>섬 (관계 없음) {len(f.islands)}곳</h4>{escape(islands)}")
    lines.append("<h4>관계가 많은 곳</h4>" + "<br>".join(
        f"{escape(names.get(n, '?'))} — {f.degree[n]}곳, 가중치 {f.strength[n]:g}" for n in top))
    return "".join(lines)


class NetworkTab(QWidget):
    """Controls, the canvas and the figures."""

    organisation_clicked = Signal(int)

    def __init__(self, service: NetworkService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.picture: NetworkPicture | None = None
        self.year = QComboBox()
        self.year.setObjectName("networkYear")
        self.kind_boxes: dict[str, QCheckBox] = {}
        self.weight_boxes: dict[str, QDoubleSpinBox] = {}
        self.canvas = NetworkCanvas()
        self.canvas.organisation_clicked.connect(self.organisation_clicked)
        self.figures = QLabel()
        self.figures.setObjectName("networkFigures")
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(120)
        self._redraw_timer.timeout.connect(self._redraw_if_shown)
        self._layout()

    def _layout(self) -> None:
        controls = QGridLayout()
        controls.addWidget(QLabel("기간"), 0, 0)
        controls.addWidget(self.year, 0, 1, 1, 2)
        for row, (kind, label) in enumerate(TIE_KINDS.items(), start=1):
            box = QCheckBox(label)
            box.setChecked(True)
            box.setObjectName(f"tie_{kind}")
            weight = QDoubleSpinBox()
            weight.setRange(0.5, 10)
            weight.setSingleStep(0.5)
            weight.setValue(DEFAULT_WEIGHTS[kind])
            weight.setPrefix("× ")
            weight.setToolTip("이 관계 한 번의 무게")
            box.toggled.connect(weight.setEnabled)
            box.toggled.connect(lambda _on: self._redraw_timer.start())
            weight.valueChanged.connect(lambda _v: self._redraw_timer.start())
            controls.addWidget(box, row, 0, 1, 2)
            controls.addWidget(weight, row, 2)
            self.kind_boxes[kind], self.weight_boxes[kind] = box, weight
        zoom_in, zoom_out, fit = QPushButton("확대 +"), QPushButton("축소 −"), QPushButton("전체 보기")
        zoom_in.clicked.connect(lambda: self.canvas.zoom(1.25))
        zoom_out.clicked.connect(lambda: self.canvas.zoom(0.8))
        fit.clicked.connect(self.redraw)
        zooms = QHBoxLayout()
        for button in (zoom_in, zoom_out, fit):
            zooms.addWidget(button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addLayout(controls)
        side_layout.addLayout(zooms)
        hint = QLabel("점을 누르면 그 기관을 엽니다. 휠로 확대·축소, 끌어서 이동합니다.")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5b6573;")
        side_layout.addWidget(hint)
        side_layout.addWidget(self.figures, 1)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(280)
        splitter = QSplitter()
        splitter.addWidget(self.canvas)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([800, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.year.currentIndexChanged.connect(lambda _i: self._redraw_timer.start())

    def refresh(self) -> None:
        """Offer the years with activity (the latest chosen) and draw."""
        keep = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        years = sorted(set(self.service.years()) | {self.service.default_year()}, reverse=True)
        for year in years:
            self.year.addItem(f"{year}년", year)
        index = self.year.findData(keep if keep is not None else self.service.default_year())
        self.year.setCurrentIndex(max(index, 0))
        self.year.blockSignals(False)
        self.redraw()

    def weights(self) -> dict[str, float]:
        return {k: (self.weight_boxes[k].value() if box.isChecked() else 0.0) for k, box in self.kind_boxes.items()}

    def _redraw_if_shown(self) -> None:
        if self.isVisible():  # a closed window's timer must not touch a closed database
            self.redraw()

    def redraw(self) -> None:
        year = self.year.currentData()
        if year is None:
            return
        self.picture = self.service.picture(Period.year(int(year)), self.weights())
        self.canvas.show_picture(self.picture)
        self.figures.setText(figures_html(self.picture))
