"""Words for the change history: what each table and field is called, and what undoing a change does.

Pure functions over table names and counts, so the 편집 menu, the 변경 이력 window and the
command line describe an operation the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from seecodesk.core.origins import origin_words

# table → (noun, counter)
TABLE_WORDS: dict[str, tuple[str, str]] = {
    "organisations": ("회원사", "곳"),
    "designations": ("인증·지정", "건"),
    "membership_periods": ("회원 기간", "건"),
    "dues": ("회비", "건"),
    "people": ("사람", "명"),
    "person_roles": ("직책", "건"),
    "consents": ("개인정보 동의", "건"),
    "bodies": ("분과·기구", "개"),
    "body_members": ("분과 위원", "명"),
    "plans": ("실행계획", "개"),
    "plan_nodes": ("실행계획 항목", "개"),
    "plan_tasks": ("과제 내용", "건"),
    "plan_budget_lines": ("예산 항목", "건"),
    "plan_months": ("일정 표시", "칸"),
    "meetings": ("회의", "건"),
    "meeting_attendees": ("참석자", "명"),
    "quorum_rules": ("정족수 규칙", "건"),
    "agenda_items": ("안건", "건"),
    "action_items": ("후속 조치", "건"),
    "meeting_attachments": ("첨부 파일", "개"),
    "consulting_fields": ("컨설팅 분야", "개"),
    "mentor_offers": ("멘토", "명"),
    "mentor_offer_fields": ("멘토 분야", "건"),
    "consulting_applications": ("컨설팅 신청서", "건"),
    "consulting_application_fields": ("신청 분야", "건"),
    "consulting_status_history": ("신청 상태 기록", "건"),
    "consulting_matches": ("매칭", "건"),
    "consulting_sessions": ("상담 기록", "건"),
    "consulting_reports": ("결과보고서", "건"),
    "product_categories": ("품목 분류", "개"),
    "products": ("제품·서비스", "개"),
    "organisation_figures": ("연도별 현황", "건"),
    "procurement_records": ("공공구매 실적", "건"),
    "procurement_totals": ("기관 총구매액", "건"),
    "plan_spending": ("집행 기록", "건"),
    "plan_activity_done": ("세부활동 완료일", "건"),
    "agreement_ceremonies": ("협약식", "건"),
    "ceremony_organisations": ("협약식 참여 기관", "곳"),
    "agreements": ("협약", "건"),
    "agreement_parties": ("협약 당사자", "곳"),
    "agreement_products": ("협약 품목", "개"),
    "agreement_status_history": ("협약 상태 기록", "건"),
    "trades": ("거래 기록", "건"),
    "trade_requests": ("희망기관 접수", "건"),
}
# The records a person thinks in; an undo is described by these when it touches any.
MAIN_TABLES = ("organisations", "people", "meetings", "plan_nodes", "products", "consulting_applications",
               "mentor_offers", "bodies", "plans")

FIELD_WORDS: dict[str, str] = {
    "name": "이름", "legal_form": "법인 형태", "business_number": "사업자등록번호", "corporation_number": "법인등록번호",
    "representative": "대표자", "address": "주소", "district": "읍면동", "phone": "전화", "mobile": "휴대전화",
    "fax": "팩스", "email": "이메일", "homepage": "홈페이지", "industry": "업종", "service_field": "사업 분야",
    "founded_on": "설립일", "is_support_body": "지원기관", "news": "소식", "notes": "메모", "note": "메모",
    "deleted_at": "삭제", "title": "제목·직함", "affiliation": "소속 구분", "gender": "성별",
    "in_group_chat": "단톡방", "organisation_id": "소속 기관", "kind": "종류", "subtype": "세부 유형",
    "number": "번호", "designated_on": "지정일", "ends_on": "종료일", "joined_on": "가입일", "left_on": "탈퇴일",
    "year": "연도", "amount": "금액", "paid_on": "납부일", "role": "역할", "scope": "범위", "started_on": "시작일",
    "ended_on": "종료일", "consented_on": "동의일", "items": "항목", "purpose": "목적", "retention": "보유기간",
    "third_party": "제3자 제공", "withdrawn_on": "철회일", "date": "날짜", "place": "장소", "status": "상태",
    "what": "내용", "due_on": "기한", "code": "번호", "month": "월", "progress_note": "진행 상황",
    "discussion": "논의 내용", "resolution": "결정 내용", "request": "요청 내용", "topics": "상담 내용",
    "problem": "문제", "actions": "조치", "outcome": "결과", "description": "설명", "presenter_name": "발표자",
    "owner_name": "담당자", "manager_name": "담당자", "guest_name": "이름", "guest_phone": "전화",
    "status_on": "상태 일자", "signed_on": "협약일",
}
HIDDEN_FIELDS = frozenset({"name_key", "created_at", "updated_at"})
UNDO, REDO = "실행 취소", "다시 실행"


def table_noun(table: str) -> str:
    """What a table's rows are called in Korean."""
    return TABLE_WORDS.get(table, (table, "건"))[0]


def counted(table: str, count: int) -> str:
    """'회원사 977곳', '사람 3명'."""
    noun, counter = TABLE_WORDS.get(table, (table, "건"))
    return f"{noun} {count:,}{counter}"


def field_word(column: str) -> str:
    return FIELD_WORDS.get(column, column)


def orphan_label(counts: Mapping[str, int]) -> str:
    """A label for changes made without a named operation: '변경: 회의 2건', '변경: 일정 표시 3칸 외'."""
    if not counts:
        return "변경"
    main = [t for t in MAIN_TABLES if t in counts]
    table = main[0] if main else max(counts, key=lambda t: counts[t])
    more = " 외" if len(counts) > 1 else ""
    return f"변경: {counted(table, counts[table])}{more}"


def change_kind(action: str, after: Mapping[str, Any] | None) -> str:
    """insert, delete or update — and for an update of `deleted_at` alone, hide or unhide."""
    if action == "update" and after and "deleted_at" in after:
        return "hide" if after["deleted_at"] else "unhide"
    return action


_UNDO_WORDS = {"insert": "지움", "delete": "되살림", "hide": "되살림", "unhide": "다시 지움", "update": "되돌림"}
_REDO_WORDS = {"insert": "다시 추가", "delete": "다시 지움", "hide": "다시 지움", "unhide": "되살림", "update": "다시 바꿈"}


def undo_effect(counts: Mapping[tuple[str, str], int], redo: bool = False) -> str:
    """What undoing (or redoing) an operation does to its main records: '회원사 977곳 지움'.

    `counts` maps (table, kind) to rows, kind as `change_kind` names it.
    """
    words = _REDO_WORDS if redo else _UNDO_WORDS
    main = [t for t in MAIN_TABLES if any(t == table for table, _ in counts)] or sorted({t for t, _ in counts})
    parts = []
    for table in main:
        kinds = [k for k in ("insert", "delete", "hide", "unhide") if counts.get((table, k))]
        if not kinds and counts.get((table, "update")):
            kinds = ["update"]
        parts += [f"{counted(table, counts[(table, k)])} {words[k]}" for k in kinds]
    return ", ".join(parts[:3])


def shown_value(value: Any) -> str:
    """A stored value as the history table shows it."""
    if value is None:
        return ""
    return str(value)


def shown_when(stamp: str | None) -> str:
    """A stored moment ('2026-12-05 09:15:42') as the window shows moments: '2026. 12. 5. 09:15'.

    Anything that is not such a moment is shown as it is.
    """
    text = stamp or ""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    clock = f" {moment:%H:%M}" if len(text) > 10 else ""
    return f"{moment.year}. {moment.month}. {moment.day}.{clock}"


# --- when 실행 취소 asks first (who made an operation: core/origins.py) -------------------------------------
LARGE_UNDO_ROWS = 200  # an undo bigger than this asks first, whoever made the change
IMPORT_PREFIX = "가져오기"


@dataclass(frozen=True)
class UndoPlan:
    """What 실행 취소 would undo now, told before it is done."""

    operation_id: int
    label: str
    created_at: str
    rows: int  # recorded changes of rows (an import: one a record it added)
    effect: str  # '회원사 977곳 지움'
    origin: str | None
    own: bool  # made by this run of the program
    is_import: bool

    @property
    def large(self) -> bool:
        """An import, or more rows than a slip of the hand could mean."""
        return self.is_import or self.rows > LARGE_UNDO_ROWS

    @property
    def needs_question(self) -> bool:
        """Ask first: the change came from elsewhere, or is large."""
        return not self.own or self.large


def undo_question(plan: UndoPlan) -> tuple[str, str]:
    """(question, details) asked before an undo that `needs_question`."""
    kind = "가져오기를" if plan.is_import else "변경을"
    question = f"이 창에서 한 큰 {kind} 되돌릴까요?" if plan.own else f"이 창에서 한 것이 아닌 {kind} 되돌릴까요?"
    lines = [f"작업: {plan.label}", f"한 곳: {'이 창' if plan.own else origin_words(plan.origin)}",
             f"때: {shown_when(plan.created_at)}", f"바뀐 기록: {plan.rows:,}건"]
    if plan.effect:
        lines.append(f"되돌리면: {plan.effect}")
    if not plan.own:
        lines.append("\n실행 취소는 가장 나중의 변경부터 되돌립니다. 이 창에서 한 일을 되돌리려던 것이라면 '취소'를 누르세요.")
    return question, "\n".join(lines)
