"""Mutual trade (상호거래): agreements and their parties, signing ceremonies, requests and trade records.

The value sets follow the 논산/서산 records (seed-004-notes §1.8, §4.2): three kinds of agreement,
four statuses, and a request that ends in an agreement, a trade, or is closed with a reason.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from itertools import combinations

from seecodesk.core import validation as v
from seecodesk.core.errors import ValidationError, ValidationErrors
from seecodesk.core.josa import josa
from seecodesk.core.members import check_date

AGREEMENT_KINDS = ("상호거래 협약", "업무협약", "상생협약")
AGREEMENT_STATUSES = ("체결", "유효", "만료", "해지")
LIVE_STATUSES = ("체결", "유효")
REQUEST_STATUSES = ("접수", "협약", "거래", "종결")
CEREMONY_MODES = {"pairwise": "둘씩 모든 짝 (쌍별 협약)", "multi": "모두 함께 한 건 (다자 협약)"}
MAX_AMOUNT = 100_000_000_000


@dataclass
class AgreementParty:
    """One party: a member organisation (`organisation_id`) or an outside body named by `outside_name`."""

    organisation_id: int | None = None
    outside_name: str = ""
    representative: str = ""
    address: str = ""
    name: str = ""  # the organisation's name as read back (not stored for members)
    id: int | None = None

    @property
    def label(self) -> str:
        return self.name or self.outside_name

    @property
    def is_outside(self) -> bool:
        return self.organisation_id is None


@dataclass
class Agreement:
    """An agreement (협약) between two or more parties."""

    title: str
    kind: str = "상호거래 협약"
    parties: list[AgreementParty] = field(default_factory=list)
    signed_on: str = ""
    place: str = ""
    purpose: str = ""
    scope: str = ""
    discount: str = ""
    priority_purchase: bool = False
    starts_on: str = ""
    ends_on: str = ""
    renewal_on: str = ""
    auto_renew: bool = False
    other_terms: str = ""
    status: str = "체결"
    status_on: str = ""
    scan_path: str = ""
    ceremony_id: int | None = None
    notes: str = ""
    product_ids: list[int] = field(default_factory=list)
    id: int | None = None

    @property
    def party_names(self) -> str:
        return " · ".join(p.label for p in self.parties)

    @property
    def member_ids(self) -> list[int]:
        return [p.organisation_id for p in self.parties if p.organisation_id is not None]

    @property
    def due_on(self) -> str:
        """The date by which the agreement must be renewed: the renewal date, else the end of the period."""
        return self.renewal_on or self.ends_on

    @property
    def period_text(self) -> str:
        if not (self.starts_on or self.ends_on):
            return ""
        return f"{self.starts_on or '?'} ~ {self.ends_on or ''}".strip()


@dataclass
class Ceremony:
    """A signing ceremony (업무협약식): N organisations sign every pair among them, or one agreement together."""

    title: str
    held_on: str
    organisation_ids: list[int] = field(default_factory=list)
    place: str = ""
    mode: str = "pairwise"
    notes: str = ""
    id: int | None = None


@dataclass
class TradeRequest:
    """희망기관 접수: an organisation asks a provider for a product or service."""

    requester_id: int
    provider_id: int
    received_on: str
    item: str = ""
    product_id: int | None = None
    status: str = "접수"
    agreement_id: int | None = None
    trade_id: int | None = None
    closed_on: str = ""
    close_reason: str = ""
    notes: str = ""
    id: int | None = None


@dataclass
class Trade:
    """One trade record (거래 실적): who bought what from whom, when, for how much."""

    buyer_id: int
    seller_id: int
    traded_on: str
    item: str
    amount: int
    product_id: int | None = None
    agreement_id: int | None = None
    note: str = ""
    source: str = ""
    id: int | None = None


def ceremony_pairs(organisation_ids: list[int]) -> list[tuple[int, int]]:
    """Every unordered pair among the given organisations, once: N → N(N-1)/2, no self-pairs.

    Repeated ids count once; the order of first appearance is kept, so the pairs read as the
    secretary listed the organisations.
    """
    unique = list(dict.fromkeys(organisation_ids))
    return list(combinations(unique, 2))


def parse_amount(text: str | int | None, limit: int = MAX_AMOUNT) -> int:
    """'1,200,000원', '120만원', '10억', '１２0000' → whole 원 up to `limit`. Raises ValidationError for anything else."""
    if isinstance(text, int) and not isinstance(text, bool):
        value = text
    else:
        v.refuse_resident_number("amount", str(text or ""))  # 13 digits read as 9조원 otherwise
        folded = unicodedata.normalize("NFKC", str(text or "")).strip().replace(",", "").replace(" ", "")
        folded = folded.removesuffix("원")
        match = re.fullmatch(r"(\d+(?:\.\d+)?)(억|만|천)?", folded)
        if not folded or not match:
            shown = v.shown(str(text or ""))
            raise ValidationError("amount", f"금액 '{shown}'{josa(shown, '을')} 알 수 없습니다. 원 단위 숫자로 적어 주세요 (예: 1,200,000).")
        number = float(match.group(1)) if "." in match.group(1) else int(match.group(1))
        value = int(round(number * {"억": 100_000_000, "만": 10_000, "천": 1_000, None: 1}[match.group(2)]))
    if not 0 <= value <= limit:
        raise ValidationError("amount", "금액이 너무 큽니다. 원 단위인지 확인해 주세요.")
    return value


def validated_agreement(agreement: Agreement) -> Agreement:
    """A cleaned copy of `agreement`, or `ValidationErrors` naming every bad field."""
    errors: dict[str, str] = {}
    clean = replace(agreement, parties=[replace(p) for p in agreement.parties])
    _collect(errors, "title", lambda: setattr(clean, "title", v.clean_name(agreement.title, "title", 200)))
    if not clean.title and "title" not in errors:
        errors["title"] = "협약 이름을 적어 주세요."
    if clean.kind not in AGREEMENT_KINDS:
        errors["kind"] = f"협약 종류는 {', '.join(AGREEMENT_KINDS)} 중 하나여야 합니다."
    if clean.status not in AGREEMENT_STATUSES:
        errors["status"] = f"상태는 {', '.join(AGREEMENT_STATUSES)} 중 하나여야 합니다."
    for name in ("signed_on", "starts_on", "ends_on", "renewal_on", "status_on"):
        _collect(errors, name, lambda n=name: setattr(clean, n, check_date(n, getattr(agreement, n))))
    for name, limit in (("place", 200), ("purpose", 5_000), ("scope", 5_000), ("discount", 500),
                        ("other_terms", 5_000), ("notes", 5_000), ("scan_path", 500)):
        _collect(errors, name, lambda n=name, m=limit: setattr(clean, n, v.clean_text(getattr(agreement, n), n, m)))
    if clean.starts_on and clean.ends_on and clean.ends_on < clean.starts_on:
        errors.setdefault("ends_on", "협약 기간의 끝이 시작보다 앞섭니다.")
    _check_parties(clean, errors)
    clean.priority_purchase = bool(agreement.priority_purchase)
    clean.auto_renew = bool(agreement.auto_renew)
    if errors:
        raise ValidationErrors(errors)
    return clean


def _check_parties(clean: Agreement, errors: dict[str, str]) -> None:
    seen_members: set[int] = set()
    seen_outside: set[str] = set()
    for party in clean.parties:
        for name, limit in (("outside_name", 200), ("representative", 100), ("address", 300)):
            _collect(errors, "parties", lambda p=party, n=name, m=limit: setattr(p, n, v.clean_name(getattr(p, n), "parties", m)))
        if party.organisation_id is not None:
            if party.organisation_id in seen_members:
                errors.setdefault("parties", "같은 기관이 협약 당사자에 두 번 들어 있습니다.")
            seen_members.add(party.organisation_id)
            party.outside_name = ""
        elif party.outside_name:
            if party.outside_name in seen_outside:
                errors.setdefault("parties", f"'{party.outside_name}'{josa(party.outside_name, '이')} 협약 당사자에 두 번 들어 있습니다.")
            seen_outside.add(party.outside_name)
    clean.parties = [p for p in clean.parties if p.organisation_id is not None or p.outside_name]
    if len(clean.parties) < 2:
        errors.setdefault("parties", "협약 당사자는 둘 이상이어야 합니다.")


def validated_ceremony(ceremony: Ceremony) -> Ceremony:
    """A cleaned copy of `ceremony`, or `ValidationErrors`."""
    errors: dict[str, str] = {}
    clean = replace(ceremony, organisation_ids=list(dict.fromkeys(ceremony.organisation_ids)))
    _collect(errors, "title", lambda: setattr(clean, "title", v.clean_name(ceremony.title, "title", 200)))
    if not clean.title and "title" not in errors:
        errors["title"] = "협약식 이름을 적어 주세요."
    _collect(errors, "held_on", lambda: setattr(clean, "held_on", check_date("held_on", ceremony.held_on)))
    if not clean.held_on and "held_on" not in errors:
        errors["held_on"] = "협약식 날짜를 적어 주세요."
    _collect(errors, "place", lambda: setattr(clean, "place", v.clean_text(ceremony.place, "place", 200)))
    _collect(errors, "notes", lambda: setattr(clean, "notes", v.clean_text(ceremony.notes, "notes", 5_000)))
    if clean.mode not in CEREMONY_MODES:
        errors["mode"] = "협약 방식은 쌍별 협약 또는 다자 협약이어야 합니다."
    if len(clean.organisation_ids) < 2:
        errors["organisation_ids"] = "협약식에는 기관이 둘 이상 있어야 합니다."
    if errors:
        raise ValidationErrors(errors)
    return clean


def validated_trade(trade: Trade) -> Trade:
    """A cleaned copy of `trade`, or `ValidationErrors`."""
    errors: dict[str, str] = {}
    clean = replace(trade)
    if trade.buyer_id is None:
        errors["buyer_id"] = "구매 기관을 골라 주세요."
    if trade.seller_id is None:
        errors["seller_id"] = "판매 기관을 골라 주세요."
    if trade.buyer_id is not None and trade.buyer_id == trade.seller_id:
        errors["seller_id"] = "구매 기관과 판매 기관이 같습니다."
    _collect(errors, "traded_on", lambda: setattr(clean, "traded_on", check_date("traded_on", trade.traded_on)))
    if not clean.traded_on and "traded_on" not in errors:
        errors["traded_on"] = "거래일을 적어 주세요."
    _collect(errors, "item", lambda: setattr(clean, "item", v.clean_name(trade.item, "item", 200)))
    if not clean.item and "item" not in errors:
        errors["item"] = "품목을 적거나 제품 목록에서 골라 주세요."
    _collect(errors, "amount", lambda: setattr(clean, "amount", parse_amount(trade.amount)))
    for name in ("note", "source"):
        _collect(errors, name, lambda n=name: setattr(clean, n, v.clean_text(getattr(trade, n), n, 2_000)))
    if errors:
        raise ValidationErrors(errors)
    return clean


def validated_request(request: TradeRequest) -> TradeRequest:
    """A cleaned copy of `request`, or `ValidationErrors`."""
    errors: dict[str, str] = {}
    clean = replace(request)
    if request.requester_id == request.provider_id:
        errors["provider_id"] = "희망기관과 제공기관이 같습니다."
    _collect(errors, "received_on", lambda: setattr(clean, "received_on", check_date("received_on", request.received_on)))
    if not clean.received_on and "received_on" not in errors:
        errors["received_on"] = "접수일을 적어 주세요."
    _collect(errors, "item", lambda: setattr(clean, "item", v.clean_name(request.item, "item", 200)))
    if not clean.item and request.product_id is None and "item" not in errors:
        errors["item"] = "바라는 제품·서비스를 적거나 골라 주세요."
    for name in ("close_reason", "notes"):
        _collect(errors, name, lambda n=name: setattr(clean, n, v.clean_text(getattr(request, n), n, 2_000)))
    _collect(errors, "closed_on", lambda: setattr(clean, "closed_on", check_date("closed_on", request.closed_on)))
    if clean.status not in REQUEST_STATUSES:
        errors["status"] = f"접수 상태는 {', '.join(REQUEST_STATUSES)} 중 하나여야 합니다."
    if clean.status == "종결" and not clean.close_reason and "close_reason" not in errors:
        errors["close_reason"] = "종결하는 까닭을 적어 주세요."
    if errors:
        raise ValidationErrors(errors)
    return clean


def _collect(errors: dict[str, str], name: str, action) -> None:  # type: ignore[no-untyped-def]
    try:
        action()
    except ValidationError as error:
        errors.setdefault(name, error.message)
