"""Copies of a database file made by SQLite itself: backups, checks and restores that are never half done.

A backup is written into a hidden `.part` file (the database file copied byte for byte inside a read
transaction when that is exactly the snapshot, else by SQLite's online backup API), checked (whole,
and with `quick_check` where the caller asks), flushed to the disk (fsync) and only then renamed
to its real name, so a killed program or a full disk leaves at most a `.part` file that nothing lists or restores.
A copy whose `quick_check` the caller leaves for later (`check_later`) gets a hidden `.unchecked` mark
before it gets its name, so it is never seen unmarked; `finish_check` runs the check, then removes the
mark, or the copy when it fails. What is promised: every copy is whole when it appears, and none is
relied on before it has passed quick_check — the service's rotation removes nothing while a copy is
marked, and a restore runs integrity_check on whatever copy it is given.
A restore goes the other way through the same API, inside one SQLite transaction on the live
file: it is all or nothing, and a leftover -wal stays SQLite's business.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from seecodesk.core.backups import PARTIAL_SUFFIX, UNCHECKED_SUFFIX, BackupCounts
from seecodesk.core.errors import DatabaseError
from seecodesk.storage import local_state
from seecodesk.storage.integrity import open_read_only
from seecodesk.storage.problems import known_problem

STALE_PARTIAL_SECONDS = 3600  # a .part this old belongs to a backup that was killed
FOLDER_FACT = "backup_folder"
# SQLite's locks sit on the bytes from 1 GiB; on Windows another program's lock there makes them unreadable,
# so a file that large is always copied by the backup API.
LOCK_BYTES = 0x40000000
BUSY_SECONDS = 5.0  # how long a restore waits for another program's write lock on the file


def default_backup_folder(db_path: str | Path) -> Path:
    """`<database folder>/<database stem>_backups/`, where backups go unless another folder was chosen."""
    path = Path(db_path).resolve()
    return path.parent / f"{path.stem}_backups"


def backup_folder(db_path: str | Path) -> Path:
    """Where the backups of `db_path` go (the chosen folder, or the default beside the database)."""
    chosen = local_state.read_fact(db_path, FOLDER_FACT)
    return Path(chosen) if chosen else default_backup_folder(db_path)


def set_backup_folder(db_path: str | Path, folder: str | Path | None) -> None:
    """Send the backups of `db_path` to `folder` from now on (None: back to the default)."""
    if folder is not None:
        folder = Path(folder).resolve()
        if folder == default_backup_folder(db_path):
            folder = None
    local_state.write_fact(db_path, FOLDER_FACT, None if folder is None else str(folder))


def check_problems(conn: sqlite3.Connection, full: bool = True) -> list[str]:
    """What SQLite finds wrong in the open file (integrity_check, or quick_check); empty when sound."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = conn.execute(f"PRAGMA {pragma}(20)").fetchall()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [str(row[0]) for row in rows if row[0] != "ok"]


def read_counts(conn: sqlite3.Connection) -> BackupCounts:
    """Live organisations, people and meetings in the open file (0 for a table an old version lacks)."""

    def count(table: str) -> int:
        exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()
        if not exists:
            return 0
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        where = " WHERE deleted_at IS NULL" if "deleted_at" in columns else ""
        return int(conn.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0])

    return BackupCounts(count("organisations"), count("people"), count("meetings"))


def schema_of(conn: sqlite3.Connection) -> int:
    """The schema version stored in the open file."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _open_source(path: Path) -> sqlite3.Connection:
    # An ordinary connection (made unable to write) rather than a read-only one: it reads the -wal
    # of a window that has the file open, and tidies the -wal/-shm it needed when it closes.
    if not path.exists():
        raise DatabaseError(f"데이터베이스 파일을 찾을 수 없습니다: {path}")
    conn = sqlite3.connect(path, timeout=5)
    conn.execute("PRAGMA query_only = 1")
    return conn


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder for fsync; its rename is flushed by NTFS's journal
        return
    _fsync(folder)


def write_snapshot(source: Path, target: Path, full_check: bool = True, check_later: bool = False) -> tuple[BackupCounts, int]:
    """Copy the database `source` into the new file `target`, checked and flushed; `target` appears whole or not at all.

    Every copy is checked for wholeness (its pages all there, its schema and counts readable);
    with `full_check` SQLite's quick_check also reads every page, record and b-tree of it. With
    `check_later` the copy appears marked as unchecked instead (its mark is written before the copy
    gets its name, so it is never seen without it) and `finish_check` does the quick_check later.
    Returns the copy's counts and schema version. Raises `DatabaseError` when the copy fails its
    check or cannot be written (disk full, no folder).
    """
    if target.exists():
        raise DatabaseError(f"같은 이름의 백업이 이미 있습니다: {target.name}")
    partial = target.with_name(f".{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")
    try:
        src = _open_source(source)
        try:
            counts, schema, pages = _copy_pages(src, source, partial, full_check and not check_later)
        finally:
            src.close()
        if partial.stat().st_size != pages:
            raise DatabaseError(f"백업 사본이 검사를 통과하지 못해 버렸습니다: 크기가 맞지 않습니다 ({partial.stat().st_size:,} 바이트)")
        _fsync(partial)
        if check_later:
            unchecked_mark(target).touch()
        os.replace(partial, target)
        _fsync_folder(target.parent)
    except (sqlite3.Error, OSError) as error:
        if not target.exists():
            unchecked_mark(target).unlink(missing_ok=True)
        raise DatabaseError(f"백업을 만들지 못했습니다: {_reason(error)}.") from error
    finally:
        partial.unlink(missing_ok=True)
    return counts, schema


def unchecked_mark(backup: Path) -> Path:
    """The hidden file that says `backup` still waits for its quick_check."""
    return backup.with_name(f".{backup.name}{UNCHECKED_SUFFIX}")


def is_checked(backup: Path) -> bool:
    """False while `backup` waits for the quick_check `write_snapshot(check_later=True)` left to `finish_check`."""
    return not unchecked_mark(backup).exists()


def finish_check(backup: Path) -> list[str]:
    """Run the waiting quick_check of `backup`: a sound copy loses its mark, a damaged one is deleted.

    Returns what SQLite found wrong (empty when the copy is sound).
    """
    try:
        conn = open_read_only(backup)
        try:
            problems = check_problems(conn, full=False)
        finally:
            conn.close()
    except (sqlite3.Error, OSError, DatabaseError) as error:
        problems = [str(error)]
    if problems:
        backup.unlink(missing_ok=True)
    unchecked_mark(backup).unlink(missing_ok=True)
    return problems


def _copy_pages(src: sqlite3.Connection, source: Path, partial: Path, full_check: bool) -> tuple[BackupCounts, int, int]:
    """The snapshot's pages copied into `partial`, checked; (counts, schema version, expected size in bytes)."""
    copied = _copy_file_if_still(src, source, partial)
    dst = sqlite3.connect(partial)
    try:
        # The .part file is thrown away whole on any failure and flushed once at the end, so its own
        # journal, locks and per-step syncs would only slow the copy down.
        dst.execute("PRAGMA locking_mode = EXCLUSIVE")
        if not copied:
            dst.execute("PRAGMA journal_mode = OFF")
            dst.execute("PRAGMA synchronous = OFF")
            src.backup(dst)  # all pages in one step: one read transaction on the source, one consistent snapshot
        # A backup is a plain file: no -wal beside it, so it can be read, copied and restored on its own.
        dst.execute("PRAGMA journal_mode = DELETE")
        problems = check_problems(dst, full=False) if full_check else []
        if problems:
            raise DatabaseError(f"백업 사본이 검사를 통과하지 못해 버렸습니다: {problems[0]}")
        size = int(dst.execute("PRAGMA page_count").fetchone()[0]) * int(dst.execute("PRAGMA page_size").fetchone()[0])
        return read_counts(dst), schema_of(dst), size
    finally:
        dst.close()


def _copy_file_if_still(src: sqlite3.Connection, source: Path, partial: Path) -> bool:
    """Copy the database file byte for byte when that is exactly the snapshot; False (nothing copied) when not.

    Inside a read transaction nothing can write into the main file: in rollback mode our shared lock
    keeps writers out, and in WAL mode a reader that started with no WAL frames reads the main file
    alone, and a checkpoint may not copy anything into it until that reader is done. So when the
    -wal holds nothing (the file is closed everywhere, or freshly checkpointed) and the file is
    exactly its pages long, the file *is* the snapshot, and the operating system copies it at disk
    speed; otherwise SQLite's backup API assembles the snapshot from the file and its -wal.
    """
    src.execute("BEGIN")
    try:
        # The read transaction, and so the snapshot, begins with this first read.
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()
        pages = int(src.execute("PRAGMA page_count").fetchone()[0]) * int(src.execute("PRAGMA page_size").fetchone()[0])
        wal = source.with_name(source.name + "-wal")
        if (wal.exists() and wal.stat().st_size > 0) or source.stat().st_size != pages or pages >= LOCK_BYTES:
            return False
        try:
            _copy_bytes(source, partial)
        except (OSError, subprocess.SubprocessError):  # whatever the system refuses, the backup API may manage
            partial.unlink(missing_ok=True)
            return False
        return True
    finally:
        src.execute("ROLLBACK")


def _copy_bytes(source: Path, partial: Path) -> None:
    """Copy the live database file's bytes without this process ever opening it.

    Closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's own
    included: another program closing the database would then take itself for its last user and
    delete the window's -wal. So on POSIX a child process reads the file; its descriptors are its
    own. Windows locks belong to the handle that took them, so a plain copy is safe there.
    """
    if os.name == "nt":
        shutil.copyfile(source, partial)
        return
    subprocess.run(["cp", "--", str(source), str(partial)], check=True, capture_output=True, timeout=600)


def copy_into(backup: Path, database: Path) -> None:
    """Replace the contents of `database` with `backup`, in one SQLite transaction (the file stays in place).

    A killed restore leaves `database` exactly as it was: SQLite rolls the unfinished copy back.
    """
    try:
        src = open_read_only(backup)
        try:
            dst = sqlite3.connect(database, timeout=5)
            try:
                src.backup(dst, progress=_give_up_when_busy(time.monotonic() + BUSY_SECONDS))
                dst.execute("PRAGMA journal_mode = WAL")
                problems = check_problems(dst, full=False)
            finally:
                dst.close()
        finally:
            src.close()
    except (sqlite3.Error, OSError) as error:
        raise DatabaseError(f"복원하지 못했습니다. 원래 파일은 그대로입니다: {_reason(error)}.") from error
    if problems:
        raise DatabaseError(f"복원한 파일이 검사를 통과하지 못했습니다: {problems[0]}")


def _give_up_when_busy(deadline: float) -> Callable[[int, int, int], None]:
    """A backup-API progress callback that ends the copy once the file has been busy past `deadline`.

    Python's backup API waits for as long as another program holds a write lock on the target (a
    sync program, a DB editor): the restore would hang with no word. Ended, it is rolled back whole.
    """

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    return progress


def remove_stale_partials(folder: Path) -> None:
    """Delete `.part` files left by backups that were killed (an hour old or more), and marks of copies now gone."""
    if not folder.is_dir():
        return
    for mark in folder.glob(f".*{UNCHECKED_SUFFIX}"):
        if not mark.with_name(mark.name[1 : -len(UNCHECKED_SUFFIX)]).exists():
            mark.unlink(missing_ok=True)
    limit = time.time() - STALE_PARTIAL_SECONDS
    for part in folder.glob(f".*{PARTIAL_SUFFIX}"):
        try:
            if part.stat().st_mtime < limit:
                part.unlink()
        except OSError:
            continue


_REASONS = {"full": "디스크 공간이 부족합니다", "readonly": "그 폴더에 쓸 권한이 없습니다",
            "busy": "다른 프로그램이 데이터베이스 파일을 쓰고 있습니다. 그 프로그램을 닫거나 잠시 뒤에 다시 해 주세요",
            "io": "디스크에서 오류가 났습니다. USB·네트워크 드라이브가 빠지지 않았는지 확인해 주세요"}


def _reason(error: BaseException) -> str:
    """The Korean reason for a storage problem (SQLite's words, e.g. 'disk I/O error', are never shown)."""
    problem = known_problem(error)
    if problem is not None:
        return _REASONS[problem.kind]
    return str(error)
