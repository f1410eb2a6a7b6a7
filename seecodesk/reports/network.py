"""The web of ties on A4 landscape: the picture on the left, the figures on the right, islands named.

The picture is drawn with the same layout the window uses (networkx's force-directed layout):
lines thicker for heavier ties, dots sized by weighted ties, islands in orange on the outer ring,
names placed so that none covers another (core/label_placement.py; those left out are counted).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from seecodesk.core.label_placement import Label, place_labels
from seecodesk.core.ties import TIE_KINDS
from seecodesk.reports.base import (
    FONT,
    FONT_BOLD,
    capped_para,
    footer_drawer,
    numbered_canvas,
    page_size,
    style,
    text,
    write_atomically,
)
from seecodesk.services.network import NetworkPicture

MARGIN = 12 * mm
NODE = colors.HexColor("#2f6fdb")
ISLAND = colors.HexColor("#e8772e")
LABEL_SIZE = 6.2


@dataclass(frozen=True)
class NetworkContent:
    """What the network page prints."""

    network: str
    picture: NetworkPicture


class WebDrawing(Flowable):
    """The web of ties in a square of `side` points."""

    def __init__(self, picture: NetworkPicture, side: float) -> None:
        super().__init__()
        self.picture, self.side = picture, side

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.side, self.side

    def _point(self, node: int) -> tuple[float, float]:
        x, y = self.picture.positions[node]
        half = self.side / 2
        return half + x * half * 0.86, half + y * half * 0.86

    def draw(self) -> None:
        canvas, picture = self.canv, self.picture
        canvas.setStrokeColor(colors.HexColor("#d9dee6"))
        canvas.rect(0, 0, self.side, self.side)
        weights = [d["weight"] for _a, _b, d in picture.graph.edges(data=True)]
        heaviest = max(weights, default=1.0)
        for a, b, data in picture.graph.edges(data=True):
            share = data["weight"] / heaviest
            canvas.setStrokeColor(colors.Color(0.35, 0.43, 0.55, alpha=0.25 + 0.55 * share))
            canvas.setLineWidth(0.3 + 2.4 * share)
            canvas.line(*self._point(a), *self._point(b))
        strength = picture.figures.strength
        strongest = max(strength.values(), default=0.0) or 1.0
        islands = set(picture.figures.islands)
        radii = {node: 2.2 + 6.0 * math.sqrt(strength.get(node, 0.0) / strongest) for node in picture.positions}
        for node, radius in radii.items():
            canvas.setFillColor(ISLAND if node in islands else NODE)
            canvas.setStrokeColor(colors.white)
            canvas.setLineWidth(0.6)
            canvas.circle(*self._point(node), radius, stroke=1, fill=1)
        self._draw_names(radii, islands)

    def _draw_names(self, radii: dict[int, float], islands: set[int]) -> None:
        """Every name that fits without covering another (islands first, then the strongest ties)."""
        canvas, picture, size = self.canv, self.picture, LABEL_SIZE
        strength = picture.figures.strength
        order = sorted(radii, key=lambda n: (n not in islands, -strength.get(n, 0.0), n))
        names = [picture.names.get(node, "") for node in order]
        labels = [Label(*self._point(node), radii[node], stringWidth(name, FONT, size) + 1, size + 0.6)
                  for node, name in zip(order, names, strict=True)]
        placed = place_labels(labels, bounds=(0, 0, self.side, self.side), gap=1.2)
        for index, dx, dy in placed:
            node, label = order[index], labels[index]
            left, bottom = label.x + dx, label.y + dy
            canvas.setFillColor(colors.white)
            canvas.rect(left, bottom, label.width, label.height, stroke=0, fill=1)
            canvas.setFillColor(colors.HexColor("#a5481a") if node in islands else colors.HexColor("#1d2733"))
            canvas.setFont(FONT_BOLD if node in islands else FONT, size)
            canvas.drawString(left + 0.5, bottom + 0.3 * size, names[index])
        left_out = len(order) - len(placed)
        if left_out:
            canvas.setFillColor(colors.HexColor("#5b6573"))
            canvas.setFont(FONT, 6)
            canvas.drawString(4, 4, f"이름이 겹치는 {left_out}곳은 그림에서 이름을 뺐습니다 (오른쪽 표와 목록 참고).")


def _figures(content: NetworkContent, width: float) -> list[Flowable]:
    picture, names = content.picture, content.picture.names
    f = picture.figures
    head, body, small = style("h", 10.5, bold=True, spaceBefore=6), style("b", 8.6), style("s", 7.8)
    rows = [["관계 종류 (무게)", ", ".join(f"{TIE_KINDS[k]} ×{picture.weights[k]:g}" for k in picture.kinds) or "없음"],
            ["기관 / 관계", f"{f.organisations}곳 / {f.ties}개 (가중치 합 {f.total_weight:g})"],
            ["밀도", f"{f.density:.3f}"],
            ["연결된 무리", f"{f.groups}개" + (f" (가장 큰 무리 {len(f.components[0])}곳)" if f.components else "")],
            ["집중도", f"상위 20% 기관이 관계 가중치의 {f.concentration:.0%}를 가짐"],
            ["섬 (관계 없음)", f"{len(f.islands)}곳"]]
    if picture.change is not None and picture.previous is not None:
        c, p = picture.change, picture.previous
        rows.append(["전년 대비", f"관계 {p.ties}→{f.ties}개 ({c.ties:+d}), 밀도 {c.density:+.3f}, "
                                  f"집중도 {c.concentration:+.0%}, 섬 {len(p.islands)}→{len(f.islands)}곳"])
    table = Table([[Paragraph(text(a), style("k", 8.6, bold=True)), Paragraph(text(b), body)] for a, b in rows],
                  colWidths=[width * 0.27, width * 0.73])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F1F3F6")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story: list[Flowable] = [table, Paragraph("섬처럼 떨어진 기관", style("hi", 10.5, bold=True, spaceBefore=8,
                                                                       textColor=colors.HexColor("#a5481a")))]
    # The page is one page: long lists of long names are cut with '…' (the full lists are in the CSV exports).
    story.append(capped_para(", ".join(names.get(n, "?") for n in f.islands) or "이 기간에는 섬이 없습니다.", body,
                             40 * mm))
    if picture.change is not None and picture.change.new_islands:
        story.append(capped_para("새로 섬이 된 곳: " + ", ".join(names.get(n, "?") for n in picture.change.new_islands),
                                 small, 15 * mm))
    top = sorted(f.strength, key=lambda n: (-f.strength[n], names.get(n, "")))[:10]
    story.append(Paragraph("관계가 많은 기관", head))
    ranking = [[Paragraph(h, style("th", 8, bold=True)) for h in ("기관", "관계 수", "가중치")]]
    ranking += [[capped_para(names.get(n, "?"), small, 2 * small.leading), f"{f.degree[n]}", f"{f.strength[n]:g}"]
                for n in top]
    rank_table = Table(ranking, colWidths=[width * 0.6, width * 0.2, width * 0.2])
    rank_table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 7.8),
                                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                                    ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    story.append(rank_table)
    story.append(Spacer(1, 6))
    story.append(Paragraph("밀도: 이어질 수 있는 모든 짝 가운데 실제로 이어진 짝의 비율. 집중도가 높을수록 관계가 몇 곳에 "
                           "몰려 있습니다. 점의 크기는 관계 가중치, 선의 굵기는 두 기관 사이 관계의 무게입니다.", small))
    return story


def write_network(path: str | Path, content: NetworkContent) -> Path:
    """Write the network page (A4 landscape, one page) and return the path."""
    width, height = page_size("A4", landscape_page=True)
    side = height - 2 * MARGIN - 24 * mm
    right = width - 2 * MARGIN - side - 8 * mm
    title = f"{content.network} 관계망 — {content.picture.period.label}"
    drawing = WebDrawing(content.picture, side)
    layout = Table([[drawing, _figures(content, right)]], colWidths=[side + 8 * mm, right])
    layout.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))

    def build(target: str) -> None:
        document = SimpleDocTemplate(target, pagesize=(width, height), leftMargin=MARGIN, rightMargin=MARGIN,
                                     topMargin=MARGIN, bottomMargin=MARGIN, title=title, author=content.network,
                                     creator="SeeCoDesk")
        story = [Paragraph(text(title), style("title", 14, bold=True)), Spacer(1, 3 * mm), layout]
        document.build(story, canvasmaker=numbered_canvas(footer_drawer(content.network)))

    return write_atomically(path, build)
