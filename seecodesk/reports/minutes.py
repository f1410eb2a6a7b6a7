"""회의록 (minutes) in the usual Korean layout: a header table, then 논의 내용, 결정 사항, 조치 사항, signatures.

The report builds from a `MinutesSheet` (plain data the meeting service prepares); every user text
goes through `para`/`text`, so `<b>` and `&` print as typed and line breaks stay.
"""

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from seecodesk.core.attendance import QuorumResult
from seecodesk.core.dates import paper_date
from seecodesk.core.meetings import ATTENDEE_GROUPS, STATUS_LABELS, Attendee, Meeting, when_text, where_text
from seecodesk.core.minutes_checks import not_yet_held
from seecodesk.reports.base import (
    FONT,
    FONT_BOLD,
    capped_para,
    footer_drawer,
    numbered_canvas,
    page_size,
    para,
    paragraph_pieces,
    style,
    text,
    write_atomically,
)

LABEL_FILL = colors.HexColor("#EEF1F5")
GRID = colors.HexColor("#555555")


@dataclass
class MinutesSheet:
    """Everything printed on the minutes of one meeting, names already looked up."""

    meeting: Meeting
    network: str
    chair: str = ""
    recorder: str = ""
    quorum: QuorumResult | None = None
    presenters: dict[int, str] = field(default_factory=dict)  # agenda index → name
    owners: dict[int, str] = field(default_factory=dict)  # action index → name


def attendee_lines(meeting: Meeting) -> tuple[str, str]:
    """('총 9명 — 회원사 6, 시청 2, 연구진 1\\n회원사: 가, 나 / 시청: 다', '불참 3명: 라(사유), 마')."""
    present = [a for a in meeting.attendees if a.attended]
    counts = [(g, [a for a in present if a.affiliation == g]) for g in ATTENDEE_GROUPS]
    summary = f"총 {len(present)}명" + (" — " + ", ".join(f"{g} {len(p)}" for g, p in counts if p) if present else "")
    groups = [f"({g}) " + ", ".join(_who(a) for a in p) for g, p in counts if p]
    missing = [a for a in meeting.attendees if a.status in ("absent", "excused")]
    missed = (f"{len(missing)}명: " + ", ".join(f"{a.name}({STATUS_LABELS[a.status]})" if a.status == "excused"
                                               else a.name for a in missing)) if missing else "없음"
    return summary + ("\n" + "\n".join(groups) if groups else ""), missed


def short_date(iso_date: str) -> str:
    """A due date as a Korean secretary writes it in a table: '2026. 7. 1.(수)' (blank stays blank)."""
    return paper_date(iso_date)


def _kept(value: str) -> str:
    """User text for a Paragraph: escaped, line breaks and each line's leading indent kept."""
    lines = text(value).split("<br/>")
    return "<br/>".join("&nbsp;" * (len(line) - len(line.lstrip(" "))) + line.lstrip(" ") for line in lines)


def _who(attendee: Attendee) -> str:
    """'한도윤((주)햇살두레푸드)', or just the name when the organisation is the group itself."""
    organisation = attendee.organisation
    label = f"{attendee.name}({organisation})" if organisation and organisation != attendee.affiliation else attendee.name
    return label + (" [지각]" if attendee.status == "late" else "")


def build_minutes(path: str, sheet: MinutesSheet) -> None:
    """Write the minutes PDF to `path` (A4, fonts embedded)."""
    meeting = sheet.meeting
    doc = SimpleDocTemplate(path, pagesize=page_size("A4"), leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm, title=f"회의록 — {meeting.display_title}",
                            author=sheet.network, creator="SeeCoDesk")
    story = [Paragraph("회 의 록", style("title", 20, bold=True, align=1, leading=26)), Spacer(1, 6 * mm),
             _header_table(sheet, doc.width), Spacer(1, 6 * mm)]
    story += _discussion(sheet) + _decisions(meeting)
    # The signatures go with the last section, so they never stand alone on a page of their own.
    story.append(KeepTogether(_actions(sheet, doc.width) + [Spacer(1, 8 * mm), _signatures(sheet, doc.width)]))
    doc.build(story, canvasmaker=numbered_canvas(footer_drawer(sheet.network)))


def write_minutes(out_path: str, sheet: MinutesSheet) -> None:
    """Build to a temporary file and move it over `out_path` only when complete."""
    write_atomically(out_path, lambda temp: build_minutes(temp, sheet))


def _header_table(sheet: MinutesSheet, width: float) -> Table:
    meeting = sheet.meeting
    label = style("label", 9.5, bold=True, align=1)
    body = style("cell", 9.5)
    present, missing = attendee_lines(meeting)
    before = not_yet_held(meeting)
    if before:
        present, missing = "(회의 전)", ""
    agenda = "\n".join(f"{i}. {item.title}" for i, item in enumerate(meeting.agenda, start=1)) or "—"
    label_w = 24 * mm
    wide = width - label_w - 12  # the spanned value cell less its padding
    fields = [("회의명", para(meeting.display_title, style("title_cell", 11, bold=True))),
              ("일시", para(when_text(meeting), body)), ("장소", para(where_text(meeting) or "—", body)), None,
              ("참석자", para(present, body)), ("불참자", para(missing, body))]
    if sheet.quorum is not None:
        fields.append(("성원", para("(회의 전)" if before else sheet.quorum.text, body)))
    fields.append(("안건", para(agenda, body)))
    rows: list[list] = []
    commands: list[tuple] = [("BOX", (0, 0), (-1, -1), 0.6, GRID), ("LINEAFTER", (0, 0), (0, -1), 0.6, GRID),
                             ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                             ("FONTNAME", (0, 0), (-1, -1), FONT)]
    for field_ in fields:
        if field_ is None:  # 주재 | 기록 share one row
            r = len(rows)
            rows.append([para("주재", label), para(sheet.chair or "—", body), para("기록", label),
                         para(sheet.recorder or "—", body)])
            commands += [("BACKGROUND", (2, r), (2, r), LABEL_FILL), ("LINEAFTER", (1, r), (2, r), 0.6, GRID),
                         ("LINEBELOW", (0, r), (-1, r), 0.6, GRID)]
            continue
        commands += _field_rows(rows, para(field_[0], label), field_[1], wide)
    table = Table(rows, colWidths=[label_w, width / 2 - label_w, label_w, width / 2 - label_w])
    table.setStyle(TableStyle(commands))
    return table


def _field_rows(rows: list[list], label: Paragraph, value: Paragraph, width: float) -> list[tuple]:
    """Append one labelled field; a value taller than a third of a page becomes several rows without
    rules between them, so a 총회 roll or a long agenda continues on the next page instead of failing."""
    pieces = paragraph_pieces(value, width) if value.wrap(width, 10_000)[1] > 80 * mm else [value]
    first, last = len(rows), len(rows) + len(pieces) - 1
    rows.extend([label if index == 0 else "", piece, "", ""] for index, piece in enumerate(pieces))
    commands: list[tuple] = [("SPAN", (1, r), (3, r)) for r in range(first, last + 1)]
    commands.append(("LINEBELOW", (0, last), (-1, last), 0.6, GRID))
    if last > first:
        commands += [("VALIGN", (0, first), (-1, last), "TOP"), ("BOTTOMPADDING", (0, first), (-1, last - 1), 0),
                     ("TOPPADDING", (0, first + 1), (-1, last), 0)]
    return commands


def _section(title: str) -> list:
    return [Spacer(1, 3 * mm), Paragraph(text(title), style("h2", 12, bold=True, leading=16, spaceAfter=4, keepWithNext=1))]


def _headed(heading: list, blocks: list) -> list:
    """The section heading bound to its first block, so the heading never ends a page alone.
    (A heading's keepWithNext does not hold when what follows is itself a KeepTogether.)"""
    if not blocks:
        return heading
    first = blocks[0]
    inner = list(first._content) if isinstance(first, KeepTogether) else [first]
    return [heading[0], KeepTogether([*heading[1:], *inner]), *blocks[1:]]


def _discussion(sheet: MinutesSheet) -> list:
    items = sheet.meeting.agenda
    heading, story = _section("논의 내용"), []
    if not items and not sheet.meeting.notes:
        return _headed(heading, [para("기록된 논의 내용이 없습니다.", style("muted", 9.5, textColor=colors.grey))])
    for index, item in enumerate(items, start=1):
        presenter = sheet.presenters.get(index - 1, "")
        item_title = f"{index}. {item.title}" + (f" (발표: {presenter})" if presenter else "")
        block = [para(item_title, style("item", 10.5, bold=True, spaceBefore=3))]
        if item.discussion:
            block.append(Paragraph(_kept(item.discussion), style("discussion", 9.5, leftIndent=5 * mm, spaceBefore=2)))
        story.append(KeepTogether(block))
    if sheet.meeting.notes:
        story.append(para(f"기타: {sheet.meeting.notes}", style("notes", 9.5, spaceBefore=6)))
    return _headed(heading, story)


def _decisions(meeting: Meeting) -> list:
    heading, story = _section("결정 사항"), []
    decided = [(i, item) for i, item in enumerate(meeting.agenda, start=1) if item.decision or item.resolution]
    if not decided:
        return _headed(heading, [para("결정 사항이 없습니다.", style("muted", 9.5, textColor=colors.grey))])
    for index, item in decided:
        votes = ""
        if item.voted:
            votes = f" (찬성 {item.votes_for or 0}, 반대 {item.votes_against or 0}, 기권 {item.votes_abstain or 0})"
        label = f"[{item.decision}] " if item.decision else ""
        line = f"{index}. {label}{item.title}{votes}"
        block = [para(line, style("decision", 10, bold=True, spaceBefore=2))]
        if item.resolution:
            block.append(para(f"→ {item.resolution}", style("resolution", 9.5, leftIndent=5 * mm)))
        story.append(KeepTogether(block))
    return _headed(heading, story)


def _actions(sheet: MinutesSheet, width: float) -> list:
    story = _section("향후 일정 및 조치 사항")
    actions = sheet.meeting.actions
    if not actions:
        return story + [para("정해진 조치 사항이 없습니다.", style("muted", 9.5, textColor=colors.grey))]
    head = style("head", 9, bold=True, align=1)
    cell = style("acell", 9)
    rows = [[para(h, head) for h in ("번호", "조치 사항", "담당", "기한", "상태")]]
    rows += [[para(str(i), style("n", 9, align=1)), capped_para(a.what, cell),
              capped_para(sheet.owners.get(i - 1, ""), cell),
              para(short_date(a.due_on), style("d", 9, align=1)), para(a.status, style("s", 9, align=1))]
             for i, a in enumerate(actions, start=1)]
    table = Table(rows, colWidths=[12 * mm, width - 86 * mm, 26 * mm, 30 * mm, 18 * mm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    return story + [table]


def _signatures(sheet: MinutesSheet, width: float) -> Table:
    label = style("sig_label", 10, bold=True, align=1)
    value = style("sig_value", 10, align=1)
    seal = style("seal", 9, align=2, textColor=colors.grey)
    name_room = 14 * mm - 6  # the fixed row less its padding: a long name is cut, not printed over the rule
    rows = [[para("작성자", label), capped_para(sheet.recorder, value, name_room), para("(서명)", seal),
             para("확인자", label), capped_para(sheet.chair, value, name_room), para("(서명)", seal)]]
    cell = (width - 2 * 20 * mm) / 4
    table = Table(rows, colWidths=[20 * mm, cell, cell, 20 * mm, cell, cell], rowHeights=[14 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, GRID), ("BACKGROUND", (0, 0), (0, 0), LABEL_FILL),
                               ("BACKGROUND", (3, 0), (3, 0), LABEL_FILL), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("FONTNAME", (0, 0), (-1, -1), FONT_BOLD)]))
    return table
