"""Yearly figures of an organisation, public procurement records and plan execution (no Qt, no SQL).

Value sets follow the 서산 network's yearly sheet and the 논산·서산 survey (seed-004-notes §1, §6).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from seecodesk.core import validation as v
from seecodesk.core.errors import ValidationError, ValidationErrors
from seecodesk.core.josa import josa
from seecodesk.core.trade import parse_amount

VULNERABLE_TYPES = ("고령자", "저소득가구", "장애인", "청년", "경력보유 여성", "결혼이주여성", "북한이탈주민", "기타")
SOCIAL_PURPOSES = ("일자리제공형", "사회서비스제공형", "지역사회공헌형", "혼합형", "창의혁신형", "기타형")
CONTRIBUTION_CATEGORIES = ("사회서비스", "창의혁신", "지역공헌", "지역일자리 창출", "전문 장비 구입", "서비스 품질 향상")
CONTRACT_METHODS = ("수의계약", "제한경쟁입찰", "일반경쟁입찰", "협상에 의한 계약", "카드 구매", "기타")
FUNDING_SOURCES = ("시비", "도비", "국비", "자담", "민간")
PUBLIC_SOURCES = ("시비", "도비", "국비")  # 관: what a budget line's public amount is paid from
MAX_AMOUNT = 10**13  # 10조원: anything larger is a typing slip
MAX_TEXT = 2000


@dataclass
class OrgFigures:
    """One organisation's figures for one year; None means not reported (not zero)."""

    organisation_id: int
    year: int
    paid_workers: int | None = None
    vulnerable_workers: int | None = None
    vulnerable_types: str = ""  # comma-separated words of VULNERABLE_TYPES (or others)
    revenue: int | None = None
    public_revenue: int | None = None
    social_purpose: str = ""
    contribution: str = ""
    contribution_category: str = ""
    beneficiaries: str = ""
    note: str = ""
    id: int | None = None

    @property
    def vulnerable_share(self) -> float | None:
        """취약계층 고용 비율 (0–1), when both counts are known and workers > 0."""
        if not self.paid_workers or self.vulnerable_workers is None:
            return None
        return self.vulnerable_workers / self.paid_workers

    def is_empty(self) -> bool:
        """True when nothing at all was filled in."""
        return (all(v is None for v in (self.paid_workers, self.vulnerable_workers, self.revenue, self.public_revenue))
                and not any((self.vulnerable_types, self.social_purpose, self.contribution,
                             self.contribution_category, self.beneficiaries, self.note)))


@dataclass
class ProcurementRecord:
    """A purchase by a public institution (공공구매) from a social economy firm."""

    year: int
    month: int
    institution: str
    amount: int
    department: str = ""
    organisation_id: int | None = None
    supplier: str = ""  # the firm's name when it is not in the directory
    item: str = ""
    contract_method: str = ""
    is_local: bool = True
    note: str = ""
    id: int | None = None


@dataclass
class Spending:
    """Money spent (집행액) on a plan task, against the budget line whose 사업내역 is `budget_item`."""

    task_id: int
    budget_item: str
    amount: int
    funding_source: str
    spent_on: str = ""
    note: str = ""
    id: int | None = None


def validate_figures(figures: OrgFigures) -> OrgFigures:
    """The figures with text trimmed; `ValidationErrors` (Korean, per field) when something cannot be stored."""
    errors: dict[str, str] = {}
    if not 1900 <= figures.year <= 2999:
        errors["year"] = f"연도 '{figures.year}'{josa(figures.year, '은')} 2025처럼 네 자리로 적어 주세요."
    for name, label in (("paid_workers", "유급근로자 수"), ("vulnerable_workers", "취약계층 근로자 수")):
        value = getattr(figures, name)
        if value is not None and not 0 <= value <= 1_000_000:
            errors[name] = f"{label}{josa(label, '은')} 0 이상의 사람 수로 적어 주세요."
    if (figures.paid_workers is not None and figures.vulnerable_workers is not None
            and figures.vulnerable_workers > figures.paid_workers):
        errors["vulnerable_workers"] = (f"취약계층 근로자({figures.vulnerable_workers}명)가 유급근로자"
                                        f"({figures.paid_workers}명)보다 많습니다.")
    for name, label in (("revenue", "매출액"), ("public_revenue", "공공구매 매출")):
        value = getattr(figures, name)
        if value is not None and not 0 <= value <= MAX_AMOUNT:
            errors[name] = f"{label}{josa(label, '은')} 0 이상의 원 단위 금액으로 적어 주세요."
    if figures.revenue is not None and figures.public_revenue is not None and figures.public_revenue > figures.revenue:
        errors["public_revenue"] = "공공구매 매출이 전체 매출액보다 큽니다."
    texts = {n: " ".join(str(getattr(figures, n)).split()) if n != "contribution" else str(getattr(figures, n)).strip()
             for n in ("vulnerable_types", "social_purpose", "contribution", "contribution_category", "beneficiaries",
                       "note")}
    for name, text in texts.items():
        if len(text) > MAX_TEXT:
            errors[name] = f"{len(text):,}자는 너무 깁니다 ({MAX_TEXT:,}자까지)."
        elif v.contains_resident_number(text):
            errors[name] = v.RESIDENT_NUMBER_MESSAGE
    if errors:
        raise ValidationErrors(errors)
    return OrgFigures(**{**figures.__dict__, **texts})


def _note(text: str, field_name: str) -> str:
    return v.clean_line(text, field_name, v.NOTE_LENGTH)


def validate_procurement(record: ProcurementRecord) -> ProcurementRecord:
    """The record with its text cleaned and its amount ('1,200,000', '120만원') in 원; `ValidationErrors`
    naming every field that cannot be stored."""
    errors: dict[str, str] = {}
    if not 1900 <= int(record.year) <= 2999:
        errors["year"] = f"연도 '{record.year}'{josa(record.year, '은')} 2025처럼 네 자리로 적어 주세요."
    if not 1 <= int(record.month) <= 12:
        errors["month"] = f"월 '{record.month}'{josa(record.month, '은')} 1에서 12 사이로 적어 주세요."
    text = {name: _cleaned(errors, name, getattr(record, name), clean)
            for name, clean in (("institution", v.clean_name), ("department", v.clean_line),
                                ("supplier", v.clean_name), ("item", v.clean_line),
                                ("contract_method", v.clean_line), ("note", _note))}
    if not text["institution"] and "institution" not in errors:
        errors["institution"] = "구매 기관을 적어 주세요 (예: 가람시청)."
    if record.organisation_id is None and not text["supplier"] and "supplier" not in errors:
        errors["supplier"] = "판매한 업체를 정해 주세요: 회원사를 고르거나 업체 이름을 적습니다."
    amount = _cleaned(errors, "amount", record.amount, lambda value, _field: parse_amount(value, MAX_AMOUNT))
    if errors:
        raise ValidationErrors(errors)
    return replace(record, year=int(record.year), month=int(record.month), amount=int(amount),
                   is_local=bool(record.is_local), **text)


def validate_spending(spending: Spending) -> Spending:
    """The entry with its text cleaned and its amount in 원; `ValidationErrors` for an amount that cannot
    be read, an unknown funding source, a day that does not exist or no budget line."""
    errors: dict[str, str] = {}
    amount = _cleaned(errors, "amount", spending.amount, lambda value, _field: parse_amount(value, MAX_AMOUNT))
    if spending.funding_source not in FUNDING_SOURCES:
        errors["funding_source"] = f"재원은 {', '.join(FUNDING_SOURCES)} 중 하나여야 합니다."
    spent_on = _cleaned(errors, "spent_on", spending.spent_on, v.parse_date)
    budget_item = _cleaned(errors, "budget_item", spending.budget_item, v.clean_line)
    if not budget_item and "budget_item" not in errors:
        errors["budget_item"] = "어느 예산 내역에서 쓴 돈인지 고르거나 적어 주세요."
    note = _cleaned(errors, "note", spending.note, _note)
    if errors:
        raise ValidationErrors(errors)
    return replace(spending, amount=int(amount), spent_on=str(spent_on), budget_item=str(budget_item), note=str(note))


def validate_goal(amount: int | str, start_year: int, years: int) -> tuple[int, int, int]:
    """(amount in 원, first year, number of years) of a procurement goal, or `ValidationErrors`."""
    errors: dict[str, str] = {}
    value = _cleaned(errors, "amount", amount, lambda typed, _field: parse_amount(typed, MAX_AMOUNT))
    if "amount" not in errors and not value:
        errors["amount"] = "목표 금액을 적어 주세요 (예: 10억원이면 1,000,000,000)."
    if not 1900 <= start_year <= 2999:
        errors["start_year"] = f"시작 연도 '{start_year}'{josa(start_year, '은')} 2025처럼 네 자리로 적어 주세요."
    if not 1 <= years <= 30:
        errors["years"] = "기간은 1년에서 30년 사이로 정해 주세요."
    if errors:
        raise ValidationErrors(errors)
    return int(value), start_year, years


def _cleaned(errors: dict[str, str], name: str, value: Any, clean: Callable[[Any, str], Any]) -> Any:
    """`clean(value, name)`, or "" with the message kept in `errors` when it refuses the value."""
    try:
        return clean(value, name)
    except ValidationError as error:
        errors[name] = error.message
        return ""


def goal_progress(achieved: int, goal: int) -> float:
    """Share of the goal reached (0 when no goal is set)."""
    return achieved / goal if goal > 0 else 0.0
