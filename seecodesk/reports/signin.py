"""참석자 명부 (sign-in sheet): the invitees pre-filled, a signature column, blank rows for walk-ins.

Phone numbers print with their middle digits masked (010-****-5678) unless the caller asks otherwise:
the sheet lies on a table where everyone who signs can read it.
"""

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from seecodesk.core.meetings import Meeting, mask_phone, when_text, where_text
from seecodesk.reports.base import (
    FONT,
    capped_para,
    footer_drawer,
    numbered_canvas,
    page_size,
    para,
    style,
    write_atomically,
)

GRID = colors.HexColor("#444444")
HEAD_FILL = colors.HexColor("#EEF1F5")
ROW_HEIGHT = 11 * mm
ROW_CAP = 30 * mm  # a longer name, 소속 or 직위 is cut with '…': a sign-in row stays a row to sign in
DEFAULT_BLANK_ROWS = 5


@dataclass
class SigninSheet:
    """One meeting's sign-in sheet and how to print it."""

    meeting: Meeting
    network: str
    show_phones: bool = False
    blank_rows: int = DEFAULT_BLANK_ROWS


def signin_rows(sheet: SigninSheet) -> list[tuple[str, str, str, str]]:
    """(name, organisation, title, phone) per invitee, phones masked unless `show_phones`."""
    rows = []
    for attendee in sheet.meeting.attendees:
        phone = attendee.phone if sheet.show_phones else mask_phone(attendee.phone)
        rows.append((attendee.name, attendee.organisation or attendee.affiliation, attendee.title, phone))
    return rows


def build_signin(path: str, sheet: SigninSheet) -> None:
    """Write the sign-in sheet PDF to `path` (A4 portrait, fonts embedded)."""
    meeting = sheet.meeting
    doc = SimpleDocTemplate(path, pagesize=page_size("A4"), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title=f"참석자 명부 — {meeting.display_title}",
                            author=sheet.network, creator="SeeCoDesk")
    info = style("info", 10.5, leading=15)
    story = [Paragraph("참 석 자 명 부", style("title", 20, bold=True, align=1, leading=26)), Spacer(1, 5 * mm),
             capped_para(f"회의명: {meeting.display_title}", info, 3 * info.leading),  # the sheet is for signing
             para(f"일시: {when_text(meeting)}", info),
             capped_para(f"장소: {where_text(meeting) or ''}", info, 3 * info.leading), Spacer(1, 4 * mm), _table(sheet, doc.width)]
    doc.build(story, canvasmaker=numbered_canvas(footer_drawer(sheet.network)))


def write_signin(out_path: str, sheet: SigninSheet) -> None:
    """Build to a temporary file and move it over `out_path` only when complete."""
    write_atomically(out_path, lambda temp: build_signin(temp, sheet))


def _table(sheet: SigninSheet, width: float) -> Table:
    head = style("head", 10, bold=True, align=1)
    cell = style("cell", 9.5)
    centred = style("centred", 9.5, align=1)
    rows = [[para(h, head) for h in ("번호", "성명", "소속", "직위", "연락처", "서명")]]
    filled = signin_rows(sheet)
    for number, (name, organisation, title, phone) in enumerate(filled, start=1):
        rows.append([para(number, centred), capped_para(name, centred, ROW_CAP), capped_para(organisation, cell, ROW_CAP),
                     capped_para(title, cell, ROW_CAP), capped_para(phone, centred, ROW_CAP), ""])
    for number in range(len(filled) + 1, len(filled) + 1 + max(0, sheet.blank_rows)):
        rows.append([para(number, centred), "", "", "", "", ""])
    widths = [12 * mm, 24 * mm, 0, 30 * mm, 30 * mm, 34 * mm]
    widths[2] = width - sum(widths)
    # Padding, not fixed row heights: a one-line row is ROW_HEIGHT tall (room to sign), a long title grows it.
    pad = (ROW_HEIGHT - centred.leading) / 2
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("TOPPADDING", (0, 1), (-1, -1), pad), ("BOTTOMPADDING", (0, 1), (-1, -1), pad),
                               ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, 0), (-1, 0), 6)]))
    return table
