"""Consulting work use cases: proposing and confirming mentors, the session log, result reports, figures."""

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from seecodesk.core.consulting import (
    SESSION_FEE,
    SESSIONS_BUDGETED,
    Application,
    Match,
    ResultReport,
    Session,
    validated_report,
    validated_session,
)
from seecodesk.core.consulting_matching import MatchingResult, MentorLoad, past_pairings, propose_mentors
from seecodesk.core.errors import SeeCoDeskError, ValidationError
from seecodesk.storage import consulting as store
from seecodesk.storage import consulting_work as work_store

if TYPE_CHECKING:
    from seecodesk.services.consulting import ConsultingService

_OPEN = ("매칭", "진행")


def today() -> str:
    """Today as YYYY-MM-DD (one place, so tests can pin it)."""
    return date.today().isoformat()


@dataclass(frozen=True)
class Budget:
    """Sessions and fees of one match against the plan's 5 × 100,000원."""

    sessions: int
    fees: int
    paid: int

    @property
    def planned(self) -> int:
        return SESSIONS_BUDGETED * SESSION_FEE

    def summary(self) -> str:
        return (f"{self.sessions}회 / 계획 {SESSIONS_BUDGETED}회, 컨설팅비 {self.fees:,}원 / 예산 {self.planned:,}원 "
                f"(지급 {self.paid:,}원)")


@dataclass(frozen=True)
class FigureRow:
    """One line of the yearly figures."""

    label: str
    applications: int
    matches: int
    sessions: int
    fees_paid: int
    completed: int


@dataclass(frozen=True)
class YearFigures:
    year: int
    total: FigureRow
    by_field: list[FigureRow]


class ConsultingWork:
    """Matching, sessions, reports and figures; status moves go through the owning service."""

    def __init__(self, service: "ConsultingService") -> None:
        self.service = service
        self.db = service.db

    # --- matching ---------------------------------------------------------------------------------
    def loads(self, app_id: int | None = None) -> list[MentorLoad]:
        """Every mentor offer with its open mentees and its past pairings with the applicant."""
        app = self.service.application(app_id) if app_id is not None else None
        return self._loads(app, self.service.applicant_key(app) if app else "")

    def _loads(self, app: Application | None, applicant: str) -> list[MentorLoad]:
        active = work_store.open_mentees(self.db, _OPEN)
        past = (past_pairings(work_store.pairings(self.db, int(app.id or 0)), app.organisation_id, applicant)
                if app else {})
        keys = work_store.mentor_organisation_keys(self.db)
        return [MentorLoad(offer, active.get(int(offer.id or 0), 0), past.get(int(offer.id or 0), 0),
                           keys.get(offer.organisation_id, "")) for offer in self.service.mentors()]

    def propose(self, app_id: int, day: str | None = None) -> MatchingResult:
        """Mentors for the application, ranked and explained; see core.consulting_matching."""
        app = self.service.application(app_id)
        applicant = self.service.applicant_key(app)
        already = {m.mentor_offer_id for m in work_store.matches_of(self.db, app_id)}
        return propose_mentors(app, applicant, self._loads(app, applicant), self.service.field_names(),
                               day or today(), already)

    def confirm(self, app_id: int, offer_id: int, on: str | None = None) -> Match:
        """The secretary confirms a proposed mentor; a 접수 application becomes 매칭. Undoable."""
        day = on or today()
        app = self.service.application(app_id)
        if app.status in ("완료", "취소"):
            raise ValidationError("status", f"'{app.status}' 상태의 신청에는 멘토를 매칭할 수 없습니다.")
        result = self.propose(app_id, day)
        proposal = next((p for p in result.proposals if p.offer_id == offer_id), None)
        if proposal is None:
            why = next((x.reason for x in result.excluded if x.offer_id == offer_id), "목록에 없는 멘토")
            raise ValidationError("mentor", f"이 멘토는 매칭할 수 없습니다: {why}.")
        with self.db.atomic():
            match_id = work_store.insert_match(self.db, Match(app_id, offer_id, day, proposal.explanation))
            if app.status == "접수":
                self.service._set_status(app, "매칭", day, "")
        self.service.remember_undo(f"매칭 확정: {app.company_name} ← {proposal.label}",
                                   lambda: self._undo_confirm(app_id, match_id, app.status))
        return work_store.get_match(self.db, match_id)

    def _undo_confirm(self, app_id: int, match_id: int, previous: str) -> None:
        work_store.delete_match(self.db, match_id)
        current = self.service.application(app_id)
        if current.status != previous:
            store.update_application(self.db, replace(current, status=previous))
            history = store.status_history(self.db, app_id)
            if history and history[-1].status == current.status and history[-1].id is not None:
                store.delete_status_change(self.db, history[-1].id)

    def unmatch(self, match_id: int) -> None:
        """Take back a match without sessions; the application returns to 접수 when none is left."""
        match = work_store.get_match(self.db, match_id)
        if work_store.sessions_of(self.db, match_id):
            raise SeeCoDeskError("상담 기록이 있는 매칭은 해제할 수 없습니다. 상담 기록을 먼저 지워 주세요.")
        with self.db.atomic():
            work_store.delete_match(self.db, match_id)
            app = self.service.application(match.application_id)
            if app.status == "매칭" and not work_store.matches_of(self.db, app.id or 0):
                self.service._set_status(app, "접수", today(), "")

    def matches(self, app_id: int) -> list[Match]:
        return work_store.matches_of(self.db, app_id)

    def match(self, match_id: int) -> Match:
        return work_store.get_match(self.db, match_id)

    # --- sessions ---------------------------------------------------------------------------------
    def sessions(self, match_id: int) -> list[Session]:
        return work_store.sessions_of(self.db, match_id)

    def save_session(self, session: Session) -> Session:
        """Log a session; the first one of a 매칭 application moves it to 진행 on the session's date."""
        clean = validated_session(session)
        match = work_store.get_match(self.db, clean.match_id)
        app = self.service.application(match.application_id)
        if app.status in ("접수", "취소"):
            raise ValidationError("status", f"'{app.status}' 상태의 신청에는 상담 기록을 남길 수 없습니다.")
        with self.db.atomic():
            session_id = work_store.save_session(self.db, clean)
            if app.status == "매칭":
                self.service._set_status(app, "진행", clean.held_on, "")
        return work_store.get_session(self.db, session_id)

    def delete_session(self, session_id: int) -> None:
        """Delete a session record; undoable."""
        session = work_store.get_session(self.db, session_id)
        work_store.delete_session(self.db, session_id)
        self.service.remember_undo(f"상담 기록 삭제: {session.held_on}",
                                   lambda: work_store.save_session(self.db, session))

    def budget(self, match_id: int) -> Budget:
        sessions = self.sessions(match_id)
        return Budget(len(sessions), sum(s.fee for s in sessions), sum(s.fee for s in sessions if s.paid_on))

    def next_session(self, match_id: int) -> Session:
        """A new session record dated today, with the planned fee."""
        return Session(match_id=match_id, held_on=today(), fee=SESSION_FEE)

    # --- result report ----------------------------------------------------------------------------
    def report(self, match_id: int) -> ResultReport:
        """The stored report of a match, or a new one to write."""
        work_store.get_match(self.db, match_id)
        return work_store.get_report(self.db, match_id) or ResultReport(match_id=match_id)

    def save_report(self, report: ResultReport) -> ResultReport:
        clean = validated_report(report)
        work_store.get_match(self.db, clean.match_id)
        with self.db.atomic():
            work_store.save_report(self.db, clean)
        return self.report(clean.match_id)

    # --- figures ----------------------------------------------------------------------------------
    def years(self) -> list[int]:
        return work_store.years_with_activity(self.db)

    def figures(self, year: int) -> YearFigures:
        """Applications, matches, sessions, fees paid and completions of `year`, in total and by field."""
        counts = work_store.year_counts(self.db, year)
        nothing = (0, 0, 0, 0, 0)
        total = FigureRow("전체", *counts.get(None, nothing))
        by_field = [FigureRow(name, *counts.get(field_id, nothing))
                    for field_id, name in self.service.field_names().items()]
        return YearFigures(year, total, by_field)
