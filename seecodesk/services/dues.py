"""The dues cycle as use cases: the rule and its settings, a year's sheet, charging, 납부 확인 with
numbered receipts, deleting a payment (with undo), and arrears across years."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from seecodesk.core import validation as v
from seecodesk.core.dues import (
    DEFAULT_DUE_DAY,
    RECEIPT_SERIES,
    Arrears,
    DuesLine,
    DuesRule,
    Payment,
    check_year,
    receipt_number,
)
from seecodesk.core.errors import NotFoundError, ValidationError, ValidationErrors
from seecodesk.core.josa import josa
from seecodesk.core.members import check_date
from seecodesk.services.settings import get_setting, network_name, set_setting
from seecodesk.storage import dues as store

if TYPE_CHECKING:
    import sqlite_utils


@dataclass
class DuesSettings:
    """What the notices and receipts print besides the amounts."""

    rule: DuesRule
    due_day: str = DEFAULT_DUE_DAY  # MM-DD
    bank_account: str = ""
    contact: str = ""
    notice_text: str = ""


NOTICE_TEXT = ("회원사 여러분의 참여와 연대 덕분에 네트워크가 한 해를 이어 갑니다. 아래와 같이 {year}년 회비를 "
               "안내드리오니 납부 기한까지 납부하여 주시기 바랍니다.")
NOTICE_TEXT_LENGTH = 1_000  # the greeting above each member's dues table: a page holds about this much


class DuesService:
    """회비 over one network database."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._deleted: list[int] = []

    # settings -------------------------------------------------------------------------------
    def settings(self) -> DuesSettings:
        return DuesSettings(rule=DuesRule.from_json(get_setting(self.db, "dues_rule")),
                            due_day=get_setting(self.db, "dues_due_day", DEFAULT_DUE_DAY),
                            bank_account=get_setting(self.db, "dues_bank_account"),
                            contact=get_setting(self.db, "dues_contact"),
                            notice_text=get_setting(self.db, "dues_notice_text", NOTICE_TEXT))

    def save_settings(self, settings: DuesSettings) -> None:
        """Store the rule and texts (checked first: nothing is stored when one is wrong)."""
        month_day = settings.due_day.strip()
        try:
            date.fromisoformat(f"2000-{month_day}")
        except ValueError:
            raise ValidationError("dues", f"납부 기한 '{month_day}'{josa(month_day, '을')} 03-31처럼 월-일로 적어 주세요.") from None
        names = [c for c, _ in settings.rule.categories]
        if len(set(names)) != len(names):
            raise ValidationError("dues", "같은 구분이 회비 규칙에 두 번 있습니다.")
        # printed on every member's notice: checked like any typed text (a 주민등록번호 is never stored)
        errors: dict[str, str] = {}
        account = v.collect(errors, "bank_account", v.clean_line, settings.bank_account, "bank_account")
        contact = v.collect(errors, "contact", v.clean_line, settings.contact, "contact")
        notice_text = v.collect(errors, "notice_text", v.clean_text, settings.notice_text, "notice_text",
                                NOTICE_TEXT_LENGTH)
        if errors:
            raise ValidationErrors(errors)
        with self.db.atomic():
            set_setting(self.db, "dues_rule", settings.rule.to_json())
            set_setting(self.db, "dues_due_day", month_day)
            set_setting(self.db, "dues_bank_account", account)
            set_setting(self.db, "dues_contact", contact)
            set_setting(self.db, "dues_notice_text", notice_text)

    @property
    def network(self) -> str:
        return network_name(self.db)

    # the sheet ------------------------------------------------------------------------------
    def sheet(self, year: int) -> list[DuesLine]:
        """Every organisation that owes (or paid) for `year`, by name."""
        check_year(year)
        rule = self.settings().rule
        charges = store.charged(self.db, year)
        paid: dict[int, list[Payment]] = {}
        for payment in store.payments(self.db, year):
            paid.setdefault(payment.organisation_id, []).append(payment)
        lines = []
        for org in store.sheet_organisations(self.db, year):
            category, amount = rule.amount_for(org.categories)
            charge = charges.get(org.id)
            own = paid.get(org.id, [])
            line = DuesLine(organisation_id=org.id, name=org.name, year=year, category=category,
                            due=charge.amount if charge else amount, charged=charge is not None,
                            note=charge.note if charge else "", representative=org.representative, address=org.address)
            line.paid = sum(p.amount for p in own)
            if own:
                line.paid_on, line.method = own[-1].paid_on, own[-1].method
                line.receipts = [p.receipt_number for p in own if p.receipt_number]
            elif charge and charge.paid_on:  # marked paid on the 회원 screen, without a payment record
                line.paid, line.paid_on = charge.amount, charge.paid_on
            lines.append(line)
        return lines

    def line(self, year: int, organisation_id: int) -> DuesLine:
        found = next((x for x in self.sheet(year) if x.organisation_id == organisation_id), None)
        if found is None:
            raise NotFoundError(f"{year}년 회비 대상에서 회원사(번호 {organisation_id})를 찾을 수 없습니다.")
        return found

    def charge(self, year: int) -> int:
        """부과: write the rule's amount for every listed organisation not yet charged; returns how many."""
        lines = [x for x in self.sheet(year) if not x.charged]
        with self.db.atomic():
            for line in lines:
                store.upsert_charge(self.db, line.organisation_id, year, line.due)
                if line.paid >= line.due > 0:
                    store.set_paid_on(self.db, line.organisation_id, year, line.paid_on)
        return len(lines)

    def set_due(self, year: int, organisation_id: int, amount: int) -> None:
        """Change one organisation's amount for the year (a reduction, an exemption with 0)."""
        line = self.line(year, organisation_id)
        with self.db.atomic():
            store.upsert_charge(self.db, organisation_id, year, amount)
            if self.payments(year, organisation_id) or line.paid < amount:
                self._sync_paid_on(year, organisation_id)

    def set_note(self, year: int, organisation_id: int, note: str) -> None:
        line = self.line(year, organisation_id)
        with self.db.atomic():
            if not line.charged:
                store.upsert_charge(self.db, organisation_id, year, line.due)
            store.set_note(self.db, organisation_id, year, note.strip())

    def _sync_paid_on(self, year: int, organisation_id: int) -> None:
        """After payments changed: the dues row's paid date is the last payment's when they cover it, else ''."""
        charge = store.charged(self.db, year).get(organisation_id)
        if charge is None:
            return
        own = store.payments(self.db, year, organisation_id)
        paid = sum(p.amount for p in own)
        store.set_paid_on(self.db, organisation_id, year, own[-1].paid_on if own and paid >= charge.amount > 0 else "")

    # payments -------------------------------------------------------------------------------
    def confirm_paid(self, year: int, organisation_ids: list[int], paid_on: str, method: str = "계좌이체") -> list[Payment]:
        """납부 확인: each chosen organisation's balance for `year` paid on `paid_on`, one receipt each.

        Organisations with nothing left to pay are skipped. All or nothing.
        """
        day = check_date("paid_on", paid_on)
        if not day:
            raise ValidationError("dues", "납부일을 2026-03-15처럼 적어 주세요.")
        lines = {x.organisation_id: x for x in self.sheet(year)}
        made = []
        with self.db.atomic():
            for org_id in organisation_ids:
                line = lines.get(org_id)
                if line is None or line.balance <= 0:
                    continue
                made.append(self._pay(line, line.balance, day, method, ""))
        return made

    def record_payment(self, year: int, organisation_id: int, amount: int, paid_on: str, method: str = "",
                       note: str = "") -> Payment:
        """One payment (a part or the whole) with its receipt number."""
        if amount <= 0:
            raise ValidationError("dues", "납부 금액은 0원보다 커야 합니다.")
        day = check_date("paid_on", paid_on)
        if not day:
            raise ValidationError("dues", "납부일을 2026-03-15처럼 적어 주세요.")
        line = self.line(year, organisation_id)
        with self.db.atomic():
            return self._pay(line, amount, day, method, note)

    def _pay(self, line: DuesLine, amount: int, day: str, method: str, note: str) -> Payment:
        if not line.charged:
            store.upsert_charge(self.db, line.organisation_id, line.year, line.due)
        number = receipt_number(line.year, store.next_number(self.db, RECEIPT_SERIES, line.year))
        payment = Payment(organisation_id=line.organisation_id, year=line.year, amount=amount, paid_on=day,
                          method=method, receipt_number=number, note=note, organisation_name=line.name)
        payment.id = store.insert_payment(self.db, payment)
        self._sync_paid_on(line.year, line.organisation_id)
        return payment

    def payments(self, year: int, organisation_id: int | None = None) -> list[Payment]:
        return store.payments(self.db, year, organisation_id)

    def delete_payment(self, payment_id: int) -> Payment:
        """Remove a payment (Ctrl+Z brings it back); its receipt number is never given out again."""
        payment = store.payment_by_id(self.db, payment_id)
        if payment is None:
            raise NotFoundError("삭제할 납부 기록을 찾을 수 없습니다.")
        with self.db.atomic():
            store.delete_payment(self.db, payment_id)
            self._sync_paid_on(payment.year, payment.organisation_id)
        self._deleted.append(payment_id)
        return payment

    def undo_delete(self) -> Payment | None:
        """Bring back the payment deleted last, with its own receipt number."""
        if not self._deleted:
            return None
        payment_id = self._deleted.pop()
        with self.db.atomic():
            store.restore_payment(self.db, payment_id)
            payment = store.payment_by_id(self.db, payment_id)
            assert payment is not None
            self._sync_paid_on(payment.year, payment.organisation_id)
        return payment

    def receipts_issued(self, year: int) -> int:
        """How many receipt numbers the year has used (deleted payments included)."""
        return store.last_number(self.db, RECEIPT_SERIES, year)

    # arrears --------------------------------------------------------------------------------
    def arrears(self, up_to: int | None = None) -> list[Arrears]:
        """Organisations with charged dues not paid in full, up to year `up_to` (this year by default)."""
        last = up_to or date.today().year
        totals = store.paid_totals(self.db)
        result: dict[int, Arrears] = {}
        for org_id, year, name, amount, paid_on in store.charged_years(self.db, last):
            paid = totals.get((org_id, year), 0) or (amount if paid_on else 0)
            if paid < amount:
                result.setdefault(org_id, Arrears(org_id, name, [])).years.append((year, amount - paid))
        return sorted(result.values(), key=lambda a: (-a.total, a.name))
