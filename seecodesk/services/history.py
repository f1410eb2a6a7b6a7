"""Change history use cases: labelled operations, undo and redo across the program, 변경 이력, 되살리기.

Every write the program makes is recorded by triggers. A use case that wants a good label wraps
its writes in `operation("회원사 삭제 (가람청년협동조합)")`; writes made outside any operation are
gathered into one "변경: 회의 2건" operation the next time the stack is looked at. The stacks live
in the database, so 실행 취소 still works after a restart.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.core.history import REDO, UNDO, change_kind, counted, orphan_label, table_noun, undo_effect
from seecodesk.core.josa import josa
from seecodesk.core.origins import OTHER, origin_text
from seecodesk.services.history_origin import this_origin
from seecodesk.services.settings import get_setting, set_setting
from seecodesk.storage import history as store
from seecodesk.storage import history_origin as origins
from seecodesk.storage.database import open_writer

if TYPE_CHECKING:
    from pathlib import Path

    import sqlite_utils

    from seecodesk.storage.database import Queryable

KEEP_YEARS_SETTING = "history_keep_years"  # 변경 이력 보관 기간 in years; 0 keeps everything
DEFAULT_KEEP_YEARS = 5
MAX_KEEP_YEARS = 50
UNDO_DEPTH = 100  # the operations 실행 취소 can reach back to, however old: trimming never touches them

# The records 변경 이력 can be opened on and listed as deleted, with the column that names them.
RECORD_KINDS = {"organisations": "name", "people": "name", "meetings": "title", "plan_nodes": "title"}


def _keep_years(text: str) -> int:
    try:
        return max(0, int(text))
    except ValueError:
        return DEFAULT_KEEP_YEARS


Progress = Callable[[int, int], None]  # (rows done, rows in all); may raise to stop
PROGRESS_EVERY = 250


def _told(changes: Iterable[store.Change], total: int, progress: Progress | None) -> Iterator[store.Change]:
    """`changes`, telling `progress` every `PROGRESS_EVERY` of them and at the end."""
    for done, change in enumerate(changes, 1):
        yield change
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
            progress(done, total)


class HistoryError(SeeCoDeskError):
    """An undo, redo or 되살리기 that cannot be done (the message says why)."""


@dataclass(frozen=True)
class Replayed:
    """What an undo or redo did, for the message shown afterwards."""

    verb: str  # 실행 취소 | 다시 실행
    label: str
    effect: str
    records: tuple[tuple[str, int], ...] = ()  # (table, id) of the main records it touched, first first

    @property
    def message(self) -> str:
        return f"{self.verb}: {self.label}" + (f" — {self.effect}" if self.effect else "")


@dataclass(frozen=True)
class DeletedRecord:
    """A record that was deleted and can be brought back."""

    table: str
    record_id: int
    name: str
    deleted_at: str


def without_rewrites(changes: list[store.Change]) -> list[store.Change]:
    """Drop the rows a save deleted and wrote back unchanged (a form rewrites all its children on 저장)."""
    def content(row: dict | None) -> tuple:
        return tuple(sorted((k, v) for k, v in (row or {}).items() if k != "id"))

    inserted: dict[tuple, list[int]] = {}
    for index, change in enumerate(changes):
        if change.action == "insert":
            inserted.setdefault((change.operation_id, change.table, content(change.after)), []).append(index)
    dropped: set[int] = set()
    for index, change in enumerate(changes):
        if change.action == "delete":
            twins = inserted.get((change.operation_id, change.table, content(change.before)), [])
            if twins and change.operation_id is not None:
                dropped.add(twins.pop())
                dropped.add(index)
    return [c for i, c in enumerate(changes) if i not in dropped]


def _file_orphans(db: Queryable) -> bool:
    """File the changes recorded outside an operation under new operations, one for each program that made
    them (unmarked ones came from outside SeeCoDesk); True when there were some."""
    groups = origins.orphan_groups(db)
    for origin, counts in groups:
        op = store.new_operation(db, orphan_label(counts))
        origins.set_origin(db, op, origin or origin_text(OTHER, ""))
        origins.adopt_orphans_of(db, op, origin)
    if groups:
        store.close_redo(db)
    return bool(groups)


def file_orphans_of(path: Path) -> bool:
    """`HistoryService.labels`'s filing of changes made outside any operation, through a connection of its
    own, for a worker: another program's bulk write (an import by hand, a generated network) leaves
    hundreds of thousands of them, and filing those took seconds on the window's thread the first time
    the 편집 menu's labels were read. True when some were filed."""
    conn = open_writer(path)
    try:
        if not store.is_installed(conn):
            return False
        conn.execute("BEGIN IMMEDIATE")
        try:
            filed = _file_orphans(conn)
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
        return filed
    finally:
        conn.close()


class HistoryService:
    """The history and the undo/redo stacks of one network database."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.last_replayed: Replayed | None = None

    @property
    def enabled(self) -> bool:
        return store.is_installed(self.db)

    # --- recording ----------------------------------------------------------------------------
    @contextmanager
    def operation(self, label: str) -> Iterator[int | None]:
        """Record the writes of the block as one undoable operation called `label`, all or nothing.

        Nested blocks join the outer operation. An operation that changed nothing leaves no trace.
        """
        with self.db.atomic():
            if not self.enabled:
                yield None
                return
            outer = store.current_operation(self.db)
            if outer is not None:
                yield outer
                return
            self._adopt_orphans()
            op = store.new_operation(self.db, label)
            origins.set_origin(self.db, op, this_origin())
            store.set_current_operation(self.db, op)
            try:
                yield op
            finally:
                store.set_current_operation(self.db, None)
            if store.change_count(self.db, op) == 0:
                store.drop_operation(self.db, op)
            else:
                store.close_redo(self.db)

    def relabel(self, operation_id: int | None, label: str) -> None:
        """Name an operation once its outcome is known (how many rows an import added)."""
        if operation_id is not None:
            store.relabel(self.db, operation_id, label)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Write without recording (building the demo, 파기): these writes cannot be undone."""
        if not self.enabled:
            yield
            return
        store.set_paused(self.db, True)
        try:
            yield
        finally:
            store.set_paused(self.db, False)

    @contextmanager
    def compact(self) -> Iterator[None]:
        """Record the inserts of the block by their id only (an import: thousands of rows nobody edited yet).

        Undo needs only the ids; redo takes the rows back from the undo's record of deleting them.
        """
        if not self.enabled or not store.has_compact(self.db):
            yield
            return
        store.set_compact(self.db, True)
        try:
            yield
        finally:
            store.set_compact(self.db, False)

    def _adopt_orphans(self) -> None:
        _file_orphans(self.db)

    def waiting_changes(self, limit: int) -> int:
        """How many changes made outside any operation wait to be filed, counted up to `limit` (cheap)."""
        return store.orphan_count(self.db, limit) if self.enabled else 0

    def has_orphans(self) -> bool:
        """True when changes made outside any operation wait to be filed (cheap, whatever their number)."""
        return self.enabled and store.has_orphans(self.db)

    # --- the stacks ---------------------------------------------------------------------------
    def labels(self, file_orphans: bool = True) -> tuple[str, str]:
        """(what 실행 취소 would undo, what 다시 실행 would redo); '' when nothing.

        Changes made outside any operation are filed first, as one operation; with `file_orphans`
        False they are left for `file_orphans_of` (a worker) and named by what filing them makes.
        """
        if not self.enabled:
            return "", ""
        if store.has_orphans(self.db):
            if not file_orphans:
                return orphan_label({}), ""  # filing them closes the redo stack
            with self.db.atomic():
                self._adopt_orphans()
        undo, redo = store.top(self.db, store.DONE), store.top(self.db, store.UNDONE)
        return (undo.label if undo else "", redo.label if redo else "")

    def undo_preview(self) -> str:
        """What 실행 취소 would do to the main records, e.g. '회원사 977곳 지움'."""
        op = store.top(self.db, store.DONE) if self.enabled else None
        if op is None:
            return ""
        return undo_effect(origins.kind_counts(self.db, op.id))

    def undo(self, expected: int | None = None, progress: Progress | None = None) -> Replayed | None:
        """Undo the last operation; None when there is nothing to undo.

        `expected`: the operation the user agreed to undo; another one on top is refused. `progress(done,
        total)` is told every few hundred rows and may raise to stop: nothing is then undone.
        """
        return self._replay(store.DONE, store.UNDONE, UNDO, backwards=True, expected=expected, progress=progress)

    def redo(self) -> Replayed | None:
        """Redo the last undone operation; None when there is nothing to redo."""
        return self._replay(store.UNDONE, store.DONE, REDO, backwards=False)

    def _replay(self, source: str, target: str, verb: str, backwards: bool, expected: int | None = None,
                progress: Progress | None = None) -> Replayed | None:
        if not self.enabled:
            return None
        try:
            with self.db.atomic():
                self._adopt_orphans()
                op = store.top(self.db, source)
                if op is None:
                    return None
                if expected is not None and op.id != expected:
                    raise HistoryError(f"{verb}할 수 없습니다: 그사이 다른 변경이 더해졌습니다. 편집 메뉴에서 다시 확인해 주세요.")
                changes = store.changes_of(self.db, op.id)
                log = store.new_operation(self.db, f"{verb}: {op.label}", store.LOG)
                origins.set_origin(self.db, log, this_origin())
                store.set_current_operation(self.db, log)
                store.defer_foreign_keys(self.db)
                try:
                    self._play(op.id, changes, backwards, progress)
                finally:
                    store.set_current_operation(self.db, None)
                if backwards and store.has_compact(self.db):
                    store.set_undone_by(self.db, op.id, log)
                store.set_state(self.db, op.id, target)
        except sqlite3.IntegrityError as error:
            raise HistoryError(f"{verb}할 수 없습니다: 그사이 바뀐 기록과 겹칩니다 ({error}).") from error
        except LookupError as error:
            raise HistoryError(f"{verb}할 수 없습니다: 되살릴 내용이 이력에 남아 있지 않습니다 ({error}).") from error
        effect = undo_effect(Counter((c.table, change_kind(c.action, c.after)) for c in changes), redo=not backwards)
        records = dict.fromkeys((c.table, c.record_id) for c in changes
                                if c.table in RECORD_KINDS and c.record_id is not None)
        self.last_replayed = Replayed(verb, op.label, effect, tuple(records))  # type: ignore[arg-type]
        return self.last_replayed

    def _play(self, operation_id: int, changes: list[store.Change], backwards: bool,
              progress: Progress | None = None) -> None:
        replayer = store.Replayer(self.db)  # one for the whole run: each table's shape is read once
        if backwards:
            for change in _told(reversed(changes), len(changes), progress):
                replayer.backwards(change)
        elif store.has_compact(self.db) and store.is_compact(self.db, operation_id):
            # An import kept only the ids of what it added: the rows are in the undo's record of deleting them.
            undo_log = store.undone_by(self.db, operation_id)
            if undo_log is None:
                raise LookupError(f"operation {operation_id}")
            recorded = store.changes_of(self.db, undo_log)
            for change in _told(reversed(recorded), len(recorded), progress):
                replayer.backwards(change)
        else:
            for change in _told(changes, len(changes), progress):
                replayer.forwards(change)

    def trim(self, now: datetime | None = None) -> int:
        """Remove history older than the years kept in settings; returns the operations removed.

        Never what 실행 취소 and 다시 실행 can still reach (the last `UNDO_DEPTH` operations and every
        undone one). A record deleted before then can no longer be brought back from the history
        (the backups still have it). Done when the window closes, before the backup on close.
        """
        years = self.keep_years()
        if not self.enabled or years == 0:
            return 0
        self.labels()  # changes made outside an operation are filed first, so they are trimmed by their time too
        cutoff = (now or datetime.now()) - timedelta(days=round(365.25 * years))
        with self.db.atomic():
            return store.trim(self.db, cutoff.strftime("%Y-%m-%d %H:%M:%S"), store.undo_reach(self.db, UNDO_DEPTH))

    def keep_years(self) -> int:
        """The years of 변경 이력 kept (0 keeps everything)."""
        return _keep_years(get_setting(self.db, KEEP_YEARS_SETTING, str(DEFAULT_KEEP_YEARS)))

    def set_keep_years(self, years: int) -> None:
        """Keep `years` years of 변경 이력 (0 keeps everything); trimmed when the window next closes."""
        if not 0 <= years <= MAX_KEEP_YEARS:
            raise HistoryError(f"변경 이력 보관 기간은 0년부터 {MAX_KEEP_YEARS}년까지 정할 수 있습니다 (0년은 모두 보관).")
        set_setting(self.db, KEEP_YEARS_SETTING, str(years))

    def operations(self, limit: int = 200) -> list[store.Operation]:
        """The latest operations, newest first (실행 취소 itself included, as a log)."""
        if not self.enabled:
            return []
        self.labels()
        return store.operations(self.db, limit)

    # --- 변경 이력 of one record -------------------------------------------------------------------
    def record_changes(self, table: str, record_id: int) -> list[store.Change]:
        """Every change of one organisation, person, meeting or task and the rows under it, newest first."""
        if not self.enabled:
            return []
        self.labels()
        return without_rewrites(store.record_changes(self.db, table, record_id))

    def deleted_records(self, table: str) -> list[DeletedRecord]:
        """Records of one kind that are deleted (hidden or removed) and can be brought back, newest first."""
        name_column = RECORD_KINDS[table]
        found: dict[int, DeletedRecord] = {}
        for record_id, name, when in store.soft_deleted(self.db, table, name_column):
            found[record_id] = DeletedRecord(table, record_id, name, when)
        if self.enabled:
            for record_id, name, when in store.removed(self.db, table, name_column):
                found.setdefault(record_id, DeletedRecord(table, record_id, name, when))
        return sorted(found.values(), key=lambda r: r.deleted_at, reverse=True)

    def restore(self, table: str, record_id: int) -> str:
        """Bring a deleted record back (with the rows deleted along with it); returns what was done."""
        record = next((r for r in self.deleted_records(table) if r.record_id == record_id), None)
        if record is None:
            raise HistoryError(f"되살릴 {table_noun(table)}{josa(table_noun(table), '을')} 찾을 수 없습니다.")
        label = f"되살리기: {table_noun(table)} ({record.name})"
        try:
            with self.operation(label):
                if store.row_exists(self.db, table, record_id):
                    self._check_free_business_number(table, record_id)
                    store.unhide(self.db, table, record_id)
                else:
                    store.defer_foreign_keys(self.db)
                    self._reinsert(table, record_id)
        except sqlite3.IntegrityError as error:
            raise HistoryError(f"되살릴 수 없습니다: 그사이 같은 값을 가진 기록이 생겼습니다 ({error}).") from error
        self.last_replayed = Replayed("되살리기", label, "", ((table, record_id),))
        return label

    def _check_free_business_number(self, table: str, record_id: int) -> None:
        if table != "organisations":
            return
        from seecodesk.storage.organisations import check_restorable

        check_restorable(self.db, record_id)

    def _reinsert(self, table: str, record_id: int) -> None:
        """Insert the row as it was deleted, then the rows that pointed at it and went in the same operation."""
        change = store.last_delete(self.db, table, record_id)
        if change is None or store.row_exists(self.db, table, record_id):
            return
        store.apply_backwards(self.db, change)
        if change.operation_id is None:
            return
        for other in store.changes_of(self.db, change.operation_id):
            if other.action != "delete" or other.before is None:
                continue
            if any(parent == table and other.before.get(column) == record_id
                   for column, parent in store.references(self.db, other.table)):
                if other.record_id is None:  # a row without rowid (a schedule mark): nothing can point at it
                    store.apply_backwards(self.db, other)
                else:
                    self._reinsert(other.table, other.record_id)

    def import_label(self, organisations: int) -> str:
        """The label of an import: '가져오기: 회원사 977곳'."""
        return f"가져오기: {counted('organisations', organisations)}"
