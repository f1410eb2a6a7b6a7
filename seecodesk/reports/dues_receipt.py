"""영수증: one numbered receipt per dues payment (2026-001 …), the sum also in words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from seecodesk.core.dates import paper_date
from seecodesk.core.dues import Payment, korean_amount
from seecodesk.reports.base import FONT, page_size, para, style, won, write_atomically

GRID = colors.HexColor("#333333")
HEAD_FILL = colors.HexColor("#EEF1F5")


@dataclass
class ReceiptSheet:
    network: str
    payments: list[Payment]
    representative: str  # the payer organisation's representative
    signer: str  # who signs for the network (e.g. 회장 이름)


def receipt_story(sheet: ReceiptSheet, payment: Payment, width: float) -> list:  # type: ignore[type-arg]
    cell, head = style("cell", 12, leading=18), style("head", 12, bold=True, leading=18)
    paid = date.fromisoformat(payment.paid_on)
    rows = [("영수증 번호", payment.receipt_number or "(번호 없음)"), ("받은 곳", payment.organisation_name),
            ("금액", f"금 {korean_amount(payment.amount)} 원정 (₩{won(payment.amount)})"),
            ("내용", f"{payment.year}년 회비" + (f" ({payment.note})" if payment.note else "")),
            ("납부일", paper_date(paid)), ("납부 방법", payment.method or "-")]
    table = Table([[para(k, head), para(v, cell)] for k, v in rows], colWidths=[36 * mm, width - 36 * mm])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, GRID), ("INNERGRID", (0, 0), (-1, -1), 0.5, GRID),
                               ("BACKGROUND", (0, 0), (0, -1), HEAD_FILL), ("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return [Paragraph("영 수 증", style("title", 26, bold=True, align=1, leading=32)), Spacer(1, 4 * mm),
            para(f"No. {payment.receipt_number or '-'}", style("no", 11, align=2)), Spacer(1, 8 * mm), table,
            Spacer(1, 14 * mm), para("위 금액을 회비로 정히 영수합니다.", style("text", 13, align=1)), Spacer(1, 14 * mm),
            para(paper_date(paid), style("date", 12, align=1)), Spacer(1, 10 * mm),
            para(sheet.network, style("net", 15, bold=True, align=1, leading=20)),
            para(f"회장 {sheet.signer} (인)" if sheet.signer else "(인)", style("signer", 12, align=1, leading=20))]


def build_receipts(path: str, sheet: ReceiptSheet) -> None:
    doc = SimpleDocTemplate(path, pagesize=page_size("A4"), leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=30 * mm, bottomMargin=20 * mm, title="회비 영수증", author=sheet.network,
                            creator="SeeCoDesk")
    story: list = []  # type: ignore[type-arg]
    for index, payment in enumerate(sheet.payments):
        if index:
            story.append(PageBreak())
        story += receipt_story(sheet, payment, doc.width)
    doc.build(story)


def write_receipts(out_path: str, sheet: ReceiptSheet) -> None:
    write_atomically(out_path, lambda temp: build_receipts(temp, sheet))
