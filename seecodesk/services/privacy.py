"""Personal data (개인정보보호법) use cases: 파기 대상, 파기, 익명화, a person's data on request, the log.

파기 is preceded by a backup, removes the person everywhere (history included), is not itself
recorded in the history and closes the undo stack (what came before can no longer be undone
over the gap), then makes the file forget the bytes. The result says which backups still hold
the person: they leave only as the backups age out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from seecodesk.core.backups import REASONS, format_when, parse_backup_name
from seecodesk.core.errors import DatabaseError, ExportError, NotFoundError, unsaved_file_message
from seecodesk.core.history import field_word, table_noun
from seecodesk.core.retention import retention_verdict
from seecodesk.services import backups
from seecodesk.services.history import HistoryService
from seecodesk.storage import history as history_store
from seecodesk.storage import personal_data as store

if TYPE_CHECKING:
    import sqlite_utils

DESTROY, ANONYMISE = "파기", "익명화"
REASON_RETENTION, REASON_REQUEST = "보유기간 경과", "본인 요청"


@dataclass(frozen=True)
class RetentionEntry:
    """Someone whose data is past its retention period."""

    person_id: int
    name: str
    organisation: str
    due_on: date
    reason: str


@dataclass
class PrivacyResult:
    """What a 파기 or 익명화 did, for the screen and the command line."""

    action: str
    count: int
    backup: Path | None = None
    compacted: bool = True
    holding_backups: list[Path] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)  # '회원사 대표자 1건': text that still holds a name or number
    stem: str = ""  # the database's file name without suffix, which its backups' names begin with

    def _named(self, backup: Path) -> str:
        """A backup as the 백업 및 복원 list shows it: '2026. 12. 7. 01:22 파기 전' (its file name otherwise)."""
        parsed = parse_backup_name(self.stem, backup.name) if self.stem else None
        if parsed is None:
            return backup.name
        taken_at, reason = parsed
        return f"{format_when(taken_at, seconds=True)} {REASONS[reason]}"

    def message(self) -> str:
        text = f"{self.count:,}명의 개인정보를 {self.action}했습니다."
        if self.backup is not None:
            text += f" 작업 전 백업: {self._named(self.backup)}."
        if not self.compacted:
            text += " 다른 프로그램이 파일을 쓰고 있어 파일 정리(VACUUM)를 끝내지 못했습니다. 창을 닫았다 다시 열어 주세요."
        if self.mentions:
            text += ("\n이름이나 번호가 다른 기록의 글 속에 아직 적혀 있습니다: " + ", ".join(self.mentions[:6])
                     + ". 다른 사람의 기록일 수도 있으니 확인해서 직접 고쳐 주세요.")
        if self.holding_backups:
            names = ", ".join(self._named(p) for p in self.holding_backups[:5])
            more = f" 외 {len(self.holding_backups) - 5}개" if len(self.holding_backups) > 5 else ""
            text += (f"\n백업 {len(self.holding_backups)}개에는 아직 남아 있습니다: {names}{more}. "
                     "백업은 보관 기간이 지나면 차례로 지워집니다.")
        return text


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat((text or "")[:10])
    except ValueError:
        return None


class PrivacyService:
    """Personal data of one network database."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None) -> None:
        self.db = db
        self.path = path

    def retention_due(self, today: date | None = None) -> list[RetentionEntry]:
        """People whose every consent's retention period has passed (파기 대상), by name."""
        today = today or date.today()
        consents = store.consents_by_person(self.db)
        due = []
        for row in store.retention_rows(self.db):
            verdict = retention_verdict(consents.get(row["id"], []), self.membership_end(row), today)
            if verdict.due and verdict.due_on is not None:
                due.append(RetentionEntry(row["id"], row["name"], row["organisation"], verdict.due_on, verdict.reason))
        return due

    @staticmethod
    def membership_end(row: dict[str, Any]) -> date | None:
        """The earliest of: person deleted, organisation deleted, last membership period closed."""
        ends = [_day(row["person_deleted"]), _day(row["org_deleted"])]
        if row["periods"] and not row["open_periods"]:
            ends.append(_day(row["last_left"]))
        known = [d for d in ends if d is not None]
        return min(known) if known else None

    def destroy(self, person_ids: list[int], reason: str = REASON_RETENTION) -> PrivacyResult:
        """파기: remove these people everywhere and from the file's bytes, after a backup."""
        return self._remove(person_ids, DESTROY, reason)

    def anonymise(self, person_ids: list[int], reason: str = REASON_RETENTION) -> PrivacyResult:
        """익명화: keep attendance and roles as '(익명)', remove name, numbers, notes and consents."""
        return self._remove(person_ids, ANONYMISE, reason)

    def _remove(self, person_ids: list[int], action: str, reason: str) -> PrivacyResult:
        missing = [i for i in person_ids if store.person_facts(self.db, i) is None]
        if missing:
            raise NotFoundError(f"사람을 찾을 수 없습니다: 번호 {', '.join(map(str, missing))}")
        backup = self._backup_first(action)
        work = store.forget_person if action == DESTROY else store.anonymise_person
        store.set_secure_delete(self.db.conn, True)
        try:
            with self.db.atomic(), HistoryService(self.db).paused():
                facts = [f for f in (work(self.db, i) for i in person_ids) if f is not None]
                if history_store.is_installed(self.db):
                    history_store.close_all(self.db)
                store.log_privacy_action(self.db, action, len(facts), reason)
            compacted = store.compact(self.db.conn)
        finally:
            store.set_secure_delete(self.db.conn, False)
        holding = [p for p in self._backups() if any(store.file_holds_person(p, f) for f in facts)]
        mentions: dict[tuple[str, str], int] = {}
        for fact in facts:
            for key, count in store.remaining_mentions(self.db, fact).items():
                mentions[key] = mentions.get(key, 0) + count
        words = [f"{table_noun(t)} {field_word(c)} {n}건" for (t, c), n in mentions.items()]
        return PrivacyResult(action, len(facts), backup, compacted, holding, words, self.path.stem if self.path else "")

    def backups_holding(self, person_id: int) -> list[Path]:
        """The backups that still hold this person."""
        facts = store.person_facts(self.db, person_id)
        if facts is None:
            return []
        return [p for p in self._backups() if store.file_holds_person(p, facts)]

    def _backup_first(self, action: str) -> Path | None:
        """The backup before a 파기 or 익명화; not rotated now (the work must not push older copies out).

        It is an ordinary backup afterwards: it ages out like the others, and with it the person.
        """
        if self.path is None:
            return None
        try:
            made = backups.backup_now(self.path, "destroy" if action == DESTROY else "anonymise", rotate=False)
        except DatabaseError as error:
            raise DatabaseError(f"작업 전에 백업을 만들지 못해 아무것도 하지 않았습니다: {error}") from error
        return made.path

    def _backups(self) -> list[Path]:
        return [info.path for info in backups.list_backups(self.path, counts=False)] if self.path else []

    def log(self) -> list[tuple[str, str, int, str]]:
        """(when, action, how many, reason) of past 파기 and 익명화, newest first."""
        return store.privacy_log(self.db)

    def person_record(self, person_id: int) -> dict[str, Any]:
        """Everything held about one person (history entries' before/after as data, not text)."""
        record = store.person_record(self.db, person_id)
        if not record:
            raise NotFoundError(f"사람을 찾을 수 없습니다: 번호 {person_id}")
        for change in record.get("history", []):
            for key in ("before", "after"):
                if change[key] is not None:
                    change[key] = json.loads(change[key])
        return record

    def export_person(self, person_id: int, out: str | Path) -> Path:
        """Write everything held about one person to `out` as UTF-8 JSON (Hangul as Hangul)."""
        out = Path(out)
        record = self.person_record(person_id)
        if not out.parent.is_dir():
            raise ExportError(f"저장할 폴더가 없습니다: {out.parent}")
        partial = out.with_name(out.name + ".part")
        try:
            partial.write_text(json.dumps(record, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
            partial.replace(out)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise ExportError(unsaved_file_message(out, error)) from error
        return out
