"""Printing and exporting the dues cycle: notices, receipts, the year's sheet as CSV/XLSX."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.core.errors import NotFoundError, SeeCoDeskError
from seecodesk.exchange.table_export import TableExport, write_table
from seecodesk.reports.dues_notice import DuesNotice, write_dues_notice
from seecodesk.reports.dues_receipt import ReceiptSheet, write_receipts
from seecodesk.services.dues import DuesService
from seecodesk.services.settings import network_head

if TYPE_CHECKING:
    import sqlite_utils

SHEET_HEADERS = ["연도", "회원사", "구분", "부과액", "납부액", "미납액", "상태", "최근 납부일", "납부 방법", "영수증 번호", "메모"]


def print_dues_notice(db: sqlite_utils.Database, year: int, out_path: str | Path, unpaid_only: bool = False,
                      organisation_ids: list[int] | None = None, printed_on: date | None = None) -> int:
    """Write the year's notices (one page each) to `out_path`; returns how many pages."""
    service = DuesService(db)
    lines = [x for x in service.sheet(year) if x.due > 0]
    if unpaid_only:
        lines = [x for x in lines if x.balance > 0]
    if organisation_ids is not None:
        lines = [x for x in lines if x.organisation_id in set(organisation_ids)]
    if not lines:
        raise SeeCoDeskError(f"{year}년에 안내할 회비가 없습니다." + (" 모두 납부했습니다." if unpaid_only else
                                                               " 회비 규칙을 정하고 부과해 주세요."))
    settings = service.settings()
    notice = DuesNotice(network=service.network, year=year, lines=lines, due_day=settings.due_day,
                        bank_account=settings.bank_account, contact=settings.contact, text=settings.notice_text,
                        printed_on=printed_on or date.today())
    write_dues_notice(str(out_path), notice)
    return len(lines)


def print_receipt(db: sqlite_utils.Database, year: int, organisation_id: int, out_path: str | Path,
                  payment_ids: list[int] | None = None) -> int:
    """Write the receipts of an organisation's payments for `year` (one page each); returns how many."""
    service = DuesService(db)
    line = service.line(year, organisation_id)
    payments = [p for p in service.payments(year, organisation_id) if p.receipt_number]
    if payment_ids is not None:
        payments = [p for p in payments if p.id in set(payment_ids)]
    if not payments:
        raise NotFoundError(f"'{line.name}'의 {year}년 회비 납부 기록이 없어 영수증을 만들 수 없습니다.")
    sheet = ReceiptSheet(network=service.network, payments=payments, representative=line.representative,
                         signer=network_head(db))
    write_receipts(str(out_path), sheet)
    return len(payments)


def sheet_rows(db: sqlite_utils.Database, year: int) -> list[list[object]]:
    """The year's sheet as export rows, in SHEET_HEADERS order."""
    return [[x.year, x.name, x.category, x.due, x.paid, x.balance, x.status, x.paid_on, x.method,
             ", ".join(x.receipts), x.note] for x in DuesService(db).sheet(year)]


def export_dues(db: sqlite_utils.Database, year: int, out_path: str | Path, encoding: str = "utf-8-sig") -> TableExport:
    """The year's dues sheet as CSV/XLSX for the board or the accountant."""
    return write_table(out_path, SHEET_HEADERS, sheet_rows(db, year), f"{year}년 회비", encoding,
                       {"회원사": 28, "영수증 번호": 20, "메모": 24})
