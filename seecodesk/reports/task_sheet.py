"""The one-page task sheet (실행과제 카드), in the plan report's own sections:
□ 목적 및 목표, □ 진행 과정 및 내용, □ 진행 일정 (the task's grid), □ 필요예산 및 인력
(budget table 사업내역 | 민 | 관 | 합계, totals computed).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import zip_longest

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from seecodesk.core.periods import Period
from seecodesk.core.plan import TaskDetails
from seecodesk.core.plan_tree import ScheduleTask
from seecodesk.reports.base import FONT, FONT_BOLD, capped_para, para, style, won
from seecodesk.reports.schedule import HEADER_FILL, LINE, schedule_grid

_BULLETS = ("-", "·", "•", "○", "●", "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "→", "*")


@dataclass
class TaskSheet:
    """One task as its sheet prints it."""

    task: ScheduleTask
    details: TaskDetails
    strategy_label: str = ""


def sheet_story(sheet: TaskSheet, periods: Sequence[Period], width: float, base: float = 9.0,
                label_grain: str = "") -> list[Flowable]:
    """The flowables of one task sheet (the caller puts a page break between sheets)."""
    d = sheet.details
    story: list[Flowable] = [
        capped_para(sheet.task.label, title := style("sheet-title", size=base + 6, bold=True, leading=(base + 6) * 1.3),
                    4 * title.leading),
        para(_meta_line(sheet), style("meta", size=base - 0.5, textColor=colors.HexColor("#444444"))),
        Spacer(1, 3 * mm),
    ]
    story += _section("□ 목적 및 목표", base)
    story += (_labelled("● 목적", d.purpose, base) + _labelled("● 목표", d.targets, base)
              or [para("(적지 않음)", _body(base))])
    story += _section("□ 진행 과정 및 내용", base)
    story += _lines(d.process, base) or [para("(적지 않음)", _body(base))]
    if d.progress_note:
        story += _labelled(f"● 진행 상황 ({d.status})", d.progress_note, base)
    if d.city_roles or d.network_roles:
        story += [Spacer(1, 1.5 * mm), _roles_table(d, width, base)]
    grid = schedule_grid([("", [sheet.task])], periods, width, base - 1, show_task=False, show_bodies=False,
                         label_grain=label_grain)
    story.append(KeepTogether(_section("□ 진행 일정", base) + [grid]))
    story += _section("□ 필요예산 및 인력", base)
    story += [para("● 예산", _body(base, bold=True)), Spacer(1, 1 * mm)]
    if d.budget:
        story += [para("(단위 : 원)", style("unit", size=base - 1, align=2)), budget_table(d, width, base)]
    if d.budget_note or not d.budget:
        story += _lines(d.budget_note or "없음", base)
    story += _labelled("● 필요 인력", d.staffing, base)
    return story


def _meta_line(sheet: TaskSheet) -> str:
    d = sheet.details
    parts = [f"전략: {sheet.strategy_label}" if sheet.strategy_label else "", f"담당: {sheet.task.body_name}",
             f"중요 정도: {d.priority}" if d.priority else "", f"상태: {d.status}",
             "우선과제(*)" if sheet.task.flagged else ""]
    return " · ".join(p for p in parts if p)


def _body(base: float, bold: bool = False):  # noqa: ANN202 - a ParagraphStyle
    return style("sheet-body" + ("-b" if bold else ""), size=base, bold=bold, leading=base * 1.45)


def _section(title: str, base: float) -> list[Flowable]:
    return [Spacer(1, 3 * mm), para(title, style("section", size=base + 2, bold=True, spaceAfter=2))]


def _lines(value: str, base: float) -> list[Flowable]:
    indent = style("sheet-line", size=base, leading=base * 1.45, leftIndent=4 * mm)
    return [para(line if line.lstrip().startswith(_BULLETS) else f"- {line}", indent)
            for line in value.split("\n") if line.strip()]


def _labelled(label: str, value: str, base: float) -> list[Flowable]:
    if not value:
        return []
    return [para(label, _body(base, bold=True))] + _lines(value, base)


def budget_table(details: TaskDetails, width: float, base: float) -> Table:
    """사업내역 | 민 | 관 | 합계, with a 총계 row; amounts in 원 with thousands separators."""
    cell = _body(base)
    rows: list[list] = [["사업내역", "민", "관", "합계"]]
    for line in details.budget:
        rows.append([capped_para(line.item, cell), _amount(line.private_amount), _amount(line.public_amount),
                     won(line.total)])
    rows.append(["총계", _amount(details.private_total), _amount(details.public_total), won(details.total)])
    amount_width = min(32 * mm, width * 0.17)
    table = Table(rows, colWidths=[width - 3 * amount_width] + [amount_width] * 3, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, base),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, base),
        ("FONT", (0, -1), (-1, -1), FONT_BOLD, base),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f4f4f0")),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("ALIGN", (0, -1), (0, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.35, LINE),
    ]))
    return table


def _amount(value: int) -> str:
    return won(value) if value else "-"


def _roles_table(details: TaskDetails, width: float, base: float) -> Table:
    cell = _body(base - 0.5)
    city = [capped_para(f"- {r}", cell) for r in details.city_roles]
    network = [capped_para(f"- {r}", cell) for r in details.network_roles]
    # one row a role, so a long list continues overleaf (one cell holding them all could not)
    rows = [list(pair) for pair in zip_longest(city, network, fillvalue="")] or [["", ""]]
    table = Table([["시(관) 역할", "네트워크(민) 역할"], *rows], colWidths=[width / 2, width / 2], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, base - 0.5),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, base - 0.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.35, LINE),
        ("LINEAFTER", (0, 0), (0, -1), 0.35, LINE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.35, LINE),
        ("TOPPADDING", (0, 2), (-1, -1), 0),  # the roles read as one list, as when they shared a cell
    ]))
    return table


def build_sheets_pdf(path: str, network: str, sheets: Sequence[TaskSheet], periods: Sequence[Period],
                     paper: str = "A4") -> None:
    """Task sheets alone, one per page, portrait."""
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    from seecodesk.reports.base import footer_drawer, numbered_canvas, page_size, write_atomically

    size = page_size(paper)
    margin = 16 * mm
    base = 9.0 if paper.upper() == "A4" else 11.0

    def build(target: str) -> None:
        title = sheets[0].task.label if len(sheets) == 1 else "실행과제 카드"
        doc = SimpleDocTemplate(target, pagesize=size, leftMargin=margin, rightMargin=margin, topMargin=margin,
                                bottomMargin=margin, title=title, author=network, creator="SeeCoDesk")
        story: list[Flowable] = []
        for index, sheet in enumerate(sheets):
            if index:
                story.append(PageBreak())
            story += sheet_story(sheet, periods, size[0] - 2 * margin, base)
        doc.build(story, canvasmaker=numbered_canvas(footer_drawer(network, None, 12 * mm)))

    write_atomically(path, build)
