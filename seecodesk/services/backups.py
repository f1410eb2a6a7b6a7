"""Backups of a network's database: made, listed, rotated and restored.

Backups go to `<database folder>/<database stem>_backups/` unless the user chose another folder
(a USB stick, a second disk); `list_backups(db_path)` is the one place that says which copies
exist, for the 백업 및 복원 window, the command line and anything that must know which copies
still hold a record.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from seecodesk.core.backup_rotation import DEFAULT_POLICY, RotationPolicy, backups_to_keep
from seecodesk.core.backups import BackupCounts, BackupInfo, backup_name, parse_backup_name
from seecodesk.core.errors import DatabaseError, os_reason
from seecodesk.storage import backup_files, local_state
from seecodesk.storage.backup_files import backup_folder, default_backup_folder, set_backup_folder
from seecodesk.storage.database import APPLICATION_ID, SQLITE_MAGIC, schema_version
from seecodesk.storage.integrity import open_read_only

__all__ = ["backup_folder", "default_backup_folder", "set_backup_folder", "list_backups", "backup_now",
           "restore_backup", "rotate_backups", "newest_sound_backup", "verify_backup", "compare_with_current",
           "backup_if_changed", "backup_due", "changed_since_last_backup", "needs_full_check", "check_waiting",
           "backup_and_check"]

BACKUP_INTERVAL = timedelta(hours=24)
RESTORED_FACT = "restored_written"  # when the file was last written by a restore (its mtime)
FULLY_CHECKED_REASONS = frozenset({"migration", "restore", "destroy", "anonymise", "damaged"})


def list_backups(db_path: str | Path, folder: str | Path | None = None, counts: bool = True) -> list[BackupInfo]:
    """Every backup of `db_path` in its backup folder (or `folder`), newest first.

    With `counts`, each file is opened read-only for its organisation, people and meeting counts
    (None for a file that cannot be read).
    """
    stem = Path(db_path).stem
    where = Path(folder) if folder else backup_folder(db_path)
    if not where.is_dir():
        return []
    found = []
    for file in where.iterdir():
        parsed = parse_backup_name(stem, file.name)
        if parsed is None or not file.is_file():
            continue
        found.append((_describe(file, *parsed, counts=counts), file.stat().st_mtime_ns))
    # Within one second the file written last is the newer backup.
    return [info for info, _ in sorted(found, key=lambda pair: (pair[0].taken_at, pair[1]), reverse=True)]


def _describe(file: Path, taken_at: datetime, reason: str, counts: bool) -> BackupInfo:
    size, checked = file.stat().st_size, backup_files.is_checked(file)
    if not counts:
        return BackupInfo(file, taken_at, reason, size, checked=checked)
    try:
        conn = open_read_only(file)
        try:
            return BackupInfo(file, taken_at, reason, size, backup_files.read_counts(conn), backup_files.schema_of(conn),
                              checked)
        finally:
            conn.close()
    except Exception:  # noqa: BLE001 - an unreadable backup is listed without counts, never a failure of the list
        return BackupInfo(file, taken_at, reason, size, checked=checked)


def backup_now(db_path: str | Path, reason: str = "manual", folder: str | Path | None = None,
               rotate: bool = True) -> BackupInfo:
    """Take a backup of `db_path` now and return it; older backups are then rotated.

    The copy is whole and on disk when this returns. When it is the day's first (see
    `needs_full_check`) its quick_check of every page is left to `check_waiting`, which the
    window runs next in the background and the command line right away: until then it is listed
    as 검사 전 and the rotation removes nothing. Safe while a window has the file open. Raises
    `DatabaseError` with a Korean sentence when it cannot be made (the file is damaged, the folder
    cannot be written, the disk is full).
    """
    source = Path(db_path)
    if not source.exists():
        raise DatabaseError(f"데이터베이스 파일을 찾을 수 없습니다: {source}")
    where = Path(folder) if folder else backup_folder(source)
    try:
        where.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(f"백업 폴더를 만들 수 없습니다: {where} ({os_reason(error)}).") from error
    backup_files.remove_stale_partials(where)
    taken_at = datetime.now().replace(microsecond=0)
    serial = 0
    while (where / backup_name(source.stem, taken_at, reason, serial)).exists():
        serial += 1
    target = where / backup_name(source.stem, taken_at, reason, serial)
    full_check = needs_full_check(list_backups(source, where, counts=False), taken_at, reason)
    later = full_check and reason not in FULLY_CHECKED_REASONS
    counts, schema = backup_files.write_snapshot(source, target, full_check=full_check, check_later=later)
    if rotate:
        rotate_backups(source, where, now=taken_at)
    return BackupInfo(target, taken_at, reason, target.stat().st_size, counts, schema, not later)


def check_waiting(db_path: str | Path, folder: str | Path | None = None, rotate: bool = True) -> list[str]:
    """Run the quick_check every copy listed as 검사 전 waits for, oldest first; then rotate.

    A copy that fails it is deleted (it was never relied on: the rotation removed nothing while it
    waited). Returns one Korean sentence per deleted copy.
    """
    waiting = [info for info in reversed(list_backups(db_path, folder, counts=False)) if not info.checked]
    failed = []
    for info in waiting:
        problems = backup_files.finish_check(info.path)
        if problems:
            failed.append(f"{info.path.name} 백업이 검사를 통과하지 못해 지웠습니다: {problems[0]}")
    if rotate and waiting:
        rotate_backups(db_path, folder)
    return failed


def backup_and_check(db_path: str | Path, reason: str = "manual", folder: str | Path | None = None) -> BackupInfo:
    """`backup_now`, then `check_waiting` before returning: a copy that has passed every check (지금 백업, the command line).

    Raises `DatabaseError` when the copy cannot be made or fails its quick_check (it is then gone).
    """
    info = backup_now(db_path, reason, folder=folder)
    failed = check_waiting(db_path, folder)
    if not info.path.exists():
        raise DatabaseError(failed[-1] if failed else f"백업이 검사 중에 사라졌습니다: {info.path.name}")
    return replace(info, checked=True)


def needs_full_check(existing: list[BackupInfo], taken_at: datetime, reason: str) -> bool:
    """Whether a new backup gets SQLite's quick_check of every page, on top of the wholeness check every copy gets.

    The first backup of a day does, and so does every copy the rotation keeps for good (a safety
    copy before a restore, 파기 or upgrade): the rotation keeps each day's, week's and month's
    *oldest* copy, so every copy kept beyond the last few has passed quick_check. Later copies of
    the same day are of a file that passed it hours before, and a restore runs the full
    integrity_check on any copy first. Safety copies are checked before `backup_now` returns (the
    step that follows relies on them at once); the day's first copy waits for `check_waiting`.
    """
    if reason in FULLY_CHECKED_REASONS:
        return True
    return not any(info.taken_at.date() == taken_at.date() for info in existing)


def rotate_backups(db_path: str | Path, folder: str | Path | None = None, now: datetime | None = None,
                   policy: RotationPolicy = DEFAULT_POLICY) -> list[Path]:
    """Remove the backups the rotation no longer keeps; returns the removed files.

    Safety copies taken before a restore are never removed, nor counted against the others. Nothing
    is removed while a copy waits for its quick_check: it may be the copy that stands for its day,
    week or month, and is not relied on before it has passed.
    """
    listed = list_backups(db_path, folder, counts=False)
    if not all(info.checked for info in listed):
        return []
    backups = [info for info in listed if not info.kept_always]
    keep = backups_to_keep([info.taken_at for info in backups], now or datetime.now(), policy)
    removed = []
    for index, info in enumerate(backups):
        if index not in keep:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def _last_written(path: Path) -> float:
    # An empty -wal is made by merely opening the file; only one holding pages says something was written.
    wal = Path(str(path) + "-wal")
    times = [path.stat().st_mtime]
    if wal.exists() and wal.stat().st_size > 0:
        times.append(wal.stat().st_mtime)
    return max(times)


def changed_since_last_backup(db_path: str | Path) -> bool:
    """True when the file (or its -wal) was written after the newest backup began, or there is none.

    A file just restored from a backup is not "changed": backing it up again would only push an
    older copy out of the rotation.
    """
    path = Path(db_path)
    newest = next(iter(list_backups(path, counts=False)), None)
    if newest is None:
        return True
    written = _last_written(path)
    if local_state.read_fact(path, RESTORED_FACT) == written:
        return False
    return datetime.fromtimestamp(written) >= newest.taken_at


def backup_if_changed(db_path: str | Path, reason: str) -> BackupInfo | None:
    """A backup when the file changed since the newest one (the automatic backups on open and close)."""
    return backup_now(db_path, reason) if changed_since_last_backup(db_path) else None


def backup_due(db_path: str | Path, now: datetime | None = None) -> bool:
    """True when the newest backup is a day old (or missing) and the file has changed since."""
    newest = next(iter(list_backups(db_path, counts=False)), None)
    if newest is not None and (now or datetime.now()) - newest.taken_at < BACKUP_INTERVAL:
        return False
    return changed_since_last_backup(db_path)


@dataclass(frozen=True)
class RestoreComparison:
    """What a restore would change, in counts: the file as it is now against the backup."""

    current: BackupCounts | None
    backup: BackupCounts

    def lines(self) -> list[str]:
        """One Korean line per count, e.g. '조직: 지금 120곳 → 백업 118곳'."""
        now = self.current or BackupCounts(0, 0, 0)
        rows = (("조직", now.organisations, self.backup.organisations, "곳"),
                ("사람", now.people, self.backup.people, "명"),
                ("회의", now.meetings, self.backup.meetings, "건"))
        return [f"{label}: 지금 {a:,}{unit} → 백업 {b:,}{unit}" + ("" if a != b else " (같음)")
                for label, a, b, unit in rows]


def verify_backup(backup: str | Path) -> BackupCounts:
    """Check that `backup` is a sound SeeCoDesk backup this program can use; its counts.

    Raises `DatabaseError` naming what is wrong.
    """
    path = Path(backup)
    if not path.is_file():
        raise DatabaseError(f"백업 파일을 찾을 수 없습니다: {path}")
    conn = open_read_only(path)
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except Exception as error:
            raise DatabaseError(_unreadable_backup(path)) from error
        if app_id != APPLICATION_ID:
            raise DatabaseError(f"SeeCoDesk 백업 파일이 아닙니다: {path.name}")
        problems = backup_files.check_problems(conn)
        if problems:
            raise DatabaseError(f"백업 파일이 손상되어 복원할 수 없습니다: {path.name} ({problems[0]})")
        if backup_files.schema_of(conn) > schema_version():
            raise DatabaseError("이 백업은 더 새로운 버전의 SeeCoDesk로 만들어졌습니다. 프로그램을 업데이트한 뒤 복원해 주세요.")
        return backup_files.read_counts(conn)
    finally:
        conn.close()


def _unreadable_backup(path: Path) -> str:
    """A backup SQLite cannot read: a damaged (cut short) copy of a database, or no database at all."""
    try:
        with path.open("rb") as handle:
            is_sqlite = handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        is_sqlite = False
    if is_sqlite:
        return f"백업 파일이 손상되어(잘렸거나 망가져) 복원할 수 없습니다: {path.name}. 지금 파일은 그대로입니다. 다른 백업을 골라 주세요."
    return f"SeeCoDesk 백업 파일이 아닙니다: {path.name}"


def compare_with_current(backup: str | Path, db_path: str | Path) -> RestoreComparison:
    """The counts now and in `backup`, for the question before a restore."""
    backup_counts = verify_backup(backup)
    current = None
    if Path(db_path).exists():
        try:
            conn = open_read_only(db_path)
            try:
                current = backup_files.read_counts(conn)
            finally:
                conn.close()
        except Exception:  # noqa: BLE001 - a current file that cannot be read has no counts to compare
            current = None
    return RestoreComparison(current, backup_counts)


def restore_backup(backup: str | Path, db_path: str | Path) -> BackupInfo | None:
    """Put the contents of `backup` back into `db_path`, keeping the current file as a safety copy first.

    The caller makes sure no window works on `db_path`. Nothing is rotated: a restore never
    pushes an older good copy out. Returns the safety copy (None when there was no file yet).
    Raises `DatabaseError` when the backup is unusable; `db_path` is then unchanged.
    """
    backup, target = Path(backup), Path(db_path)
    verify_backup(backup)
    try:
        safety = backup_now(target, "restore", rotate=False) if target.exists() else None
    except DatabaseError as error:
        raise DatabaseError(f"복원하지 않았습니다. 지금 파일은 그대로입니다. 복원 전에 만드는 안전 사본: {error}") from error
    backup_files.copy_into(backup, target)
    # The restore is done: a user folder too full to note it costs at most one needless backup later.
    local_state.try_write_fact(target, RESTORED_FACT, _last_written(target))
    return safety


def newest_sound_backup(db_path: str | Path, folder: str | Path | None = None) -> BackupInfo | None:
    """The newest backup of `db_path` that passes the integrity check, or None."""
    for info in list_backups(db_path, folder):
        try:
            verify_backup(info.path)
        except DatabaseError:
            continue
        return info
    return None
