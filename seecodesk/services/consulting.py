"""Peer consulting use cases: the field list, mentors, applications and their status, with undo.

Matching, sessions, reports and figures live in `services.consulting_work` (`ConsultingService.work`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from seecodesk.core import validation as v
from seecodesk.core.consulting import (
    Application,
    ConsultingField,
    MentorOffer,
    StatusChange,
    validated_application,
    validated_offer,
)
from seecodesk.core.consulting_status import check_move
from seecodesk.core.errors import NotFoundError, SeeCoDeskError, ValidationError
from seecodesk.services.consulting_members import application_from_member, organisation_from_application
from seecodesk.services.consulting_work import ConsultingWork, today
from seecodesk.services.members import MemberService
from seecodesk.storage import consulting as store
from seecodesk.storage import consulting_work as work_store

if TYPE_CHECKING:
    import sqlite_utils


class ConsultingService:
    """Peer consulting of one network database."""

    def __init__(self, db: sqlite_utils.Database, members: MemberService | None = None) -> None:
        self.db = db
        self.members = members or MemberService(db)
        self.work = ConsultingWork(self)
        self._undo: tuple[str, Callable[[], object]] | None = None

    # --- undo -------------------------------------------------------------------------------------
    def remember_undo(self, label: str, action: Callable[[], object]) -> None:
        """Keep `action` as what Ctrl+Z does next, described by `label`."""
        self._undo = (label, action)

    @property
    def undo_label(self) -> str:
        return self._undo[0] if self._undo else ""

    def undo(self) -> str | None:
        """Reverse the last change; returns its label, or None when there is nothing to undo."""
        if self._undo is None:
            return None
        label, action = self._undo
        self._undo = None
        with self.db.atomic():
            action()
        return label

    # --- fields -----------------------------------------------------------------------------------
    def fields(self, include_inactive: bool = False) -> list[ConsultingField]:
        return store.list_fields(self.db, include_inactive)

    def field_names(self) -> dict[int, str]:
        """id → name of every field, in the list's order (inactive ones too, for old records)."""
        return {f.id: f.name for f in store.list_fields(self.db, True) if f.id is not None}

    def save_field(self, item: ConsultingField) -> ConsultingField:
        """Add or rename a field of the list."""
        name = v.clean_name(item.name, "name", 100)
        if not name:
            raise ValidationError("name", "분야 이름을 입력해 주세요.")
        if item.id is None and not item.sort_order:
            item = replace(item, sort_order=len(store.list_fields(self.db, True)))
        with self.db.atomic():
            field_id = store.save_field(self.db, replace(item, name=name))
        return replace(item, name=name, id=field_id)

    def delete_field(self, field_id: int) -> None:
        """Remove an unused field; a used one can only be switched off (so old forms still print)."""
        if store.field_in_use(self.db, field_id):
            raise SeeCoDeskError("신청서나 멘토가 사용 중인 분야는 삭제할 수 없습니다. 대신 '사용 안 함'으로 바꿔 주세요.")
        store.delete_field(self.db, field_id)

    # --- mentors ----------------------------------------------------------------------------------
    def mentors(self) -> list[MentorOffer]:
        return store.list_offers(self.db)

    def mentor(self, offer_id: int) -> MentorOffer:
        return store.get_offer(self.db, offer_id)

    def save_mentor(self, offer: MentorOffer) -> MentorOffer:
        """Validate and store a mentor offer; the person must belong to the mentor organisation."""
        clean = validated_offer(offer)
        self.members.organisation(clean.organisation_id)
        if clean.person_id is not None and self.members.person(clean.person_id).organisation_id != clean.organisation_id:
            raise ValidationError("person_id", "멘토 담당자는 멘토 기업에 속한 사람이어야 합니다.")
        with self.db.atomic():
            offer_id = store.save_offer(self.db, clean)
        return store.get_offer(self.db, offer_id)

    def delete_mentor(self, offer_id: int) -> None:
        """Retire a mentor offer (past matches keep it); undoable."""
        label = self.mentor(offer_id).label
        store.set_offer_deleted(self.db, offer_id, True)
        self.remember_undo(f"멘토 삭제: {label}", lambda: store.set_offer_deleted(self.db, offer_id, False))

    # --- applications -----------------------------------------------------------------------------
    def applications(self) -> list[Application]:
        return store.list_applications(self.db)

    def application(self, app_id: int) -> Application:
        return store.get_application(self.db, app_id)

    def blank_application(self) -> Application:
        """A new form dated today."""
        return Application(company_name="", applied_on=today())

    def prefill_from_member(self, org_id: int, base: Application | None = None) -> Application:
        """`base` with the 기업 정보 of a directory member filled in (신청 분야·내용 kept)."""
        org = self.members.organisation(org_id)
        return application_from_member(org, self.members.people_of(org_id), base or self.blank_application())

    def save_application(self, app: Application) -> Application:
        """Validate and store; a new one is 접수 with a 접수번호 and its first history line."""
        clean = validated_application(app)
        known = set(self.field_names())
        if any(f not in known for f in clean.field_ids):
            raise ValidationError("field_ids", "신청 분야 목록에 없는 분야가 있습니다.")
        if clean.organisation_id is not None:
            self.members.organisation(clean.organisation_id)
        with self.db.atomic():
            if clean.id is None:
                clean = self._insert_new(clean)
            else:
                stored = store.get_application(self.db, clean.id)
                clean = replace(clean, status=stored.status, cancel_reason=stored.cancel_reason,
                                receipt_number=stored.receipt_number)
                store.update_application(self.db, clean)
        return store.get_application(self.db, int(clean.id or 0))

    def _insert_new(self, clean: Application) -> Application:
        received = clean.applied_on or today()
        number = store.next_receipt_number(self.db, int(received[:4]))
        clean = replace(clean, status="접수", cancel_reason="", receipt_number=number)
        clean.id = store.insert_application(self.db, clean)
        store.add_status_change(self.db, clean.id, StatusChange("접수", received))
        return clean

    def delete_application(self, app_id: int) -> None:
        """Remove an application from the board; undoable."""
        app = self.application(app_id)
        store.set_application_deleted(self.db, app_id, True)
        self.remember_undo(f"신청서 삭제: {app.company_name}",
                           lambda: store.set_application_deleted(self.db, app_id, False))

    def history(self, app_id: int) -> list[StatusChange]:
        return store.status_history(self.db, app_id)

    def move(self, app_id: int, new_status: str, on: str | None = None, reason: str = "") -> Application:
        """Change the status, refusing impossible moves with a Korean message; undoable."""
        app = self.application(app_id)
        check_move(app.status, new_status, reason)
        matches = work_store.matches_of(self.db, app_id)
        if new_status in ("매칭", "진행") and not matches:
            raise ValidationError("status", "확정된 멘토 매칭이 없습니다. 먼저 매칭을 확정해 주세요.")
        if new_status == "접수" and app.status == "매칭" and matches:
            raise ValidationError("status", "매칭이 남아 있습니다. 먼저 매칭을 해제해 주세요.")
        day = on or today()
        with self.db.atomic():
            reason = v.clean_text(reason, "cancel_reason", 500) if new_status == "취소" else ""
            self._set_status(app, new_status, day, reason)
        return self.application(app_id)

    def _set_status(self, app: Application, new_status: str, day: str, reason: str) -> None:
        """Store a status change and remember how to take it back (the GUI's Ctrl+Z)."""
        previous, previous_reason = app.status, app.cancel_reason
        store.update_application(self.db, replace(app, status=new_status, cancel_reason=reason))
        change_id = store.add_status_change(self.db, int(app.id or 0), StatusChange(new_status, day, reason))

        def back() -> None:
            current = store.get_application(self.db, int(app.id or 0))
            store.update_application(self.db, replace(current, status=previous, cancel_reason=previous_reason))
            store.delete_status_change(self.db, change_id)

        self.remember_undo(f"{app.company_name}: {previous} → {new_status}", back)

    def make_member(self, app_id: int, joined_on: str | None = None) -> int:
        """Register a non-member applicant in the directory (with its people) and link the application."""
        app = self.application(app_id)
        if app.organisation_id is not None:
            raise SeeCoDeskError("이미 회원사와 연결된 신청서입니다.")
        org, people = organisation_from_application(app, joined_on or today())
        with self.db.atomic():
            saved = self.members.save_organisation(org)
            for person in people:
                self.members.save_person(replace(person, organisation_id=saved.id))
            store.update_application(self.db, replace(app, organisation_id=saved.id))
        return int(saved.id or 0)

    def applicant_key(self, app: Application) -> str:
        """The applicant's name_key (its directory spelling when it is a member)."""
        name = app.company_name
        if app.organisation_id is not None:
            try:
                name = self.members.organisation(app.organisation_id).name
            except NotFoundError:
                pass
        return v.name_key(name)
