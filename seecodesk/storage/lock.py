"""One writer per database: a lock file beside it naming the process that holds it.

A window holds the lock while it is open, and a writing command (import, restore …) while it
runs; reading commands need none. A lock whose process is gone, or whose process id now belongs
to another program (after a reboot the same number comes back), is stale and taken over.

The lock holds JSON: pid, host, the boot id and the process's start time and name (Linux), and
whether a window or a command holds it. Older locks ("pid host" on one line, or JSON with only
pid and host) are still understood; for them only the pid is checked.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

from seecodesk.core.errors import DatabaseLockedError

WINDOW, COMMAND = "window", "command"

_REFUSALS = {
    (WINDOW, WINDOW): "이 데이터베이스는 이미 다른 SeeCoDesk 창에서 열려 있습니다. 그 창을 사용해 주세요.",
    (WINDOW, COMMAND): "지금 명령줄의 seecodesk 명령이 이 데이터베이스를 바꾸고 있습니다. 끝난 뒤 다시 열어 주세요.",
    (COMMAND, WINDOW): "이 데이터베이스는 지금 SeeCoDesk 창에서 열려 있어 명령줄에서 바꿀 수 없습니다. "
                       "창을 닫은 뒤 다시 실행해 주세요.",
    (COMMAND, COMMAND): "다른 seecodesk 명령이 이 데이터베이스를 바꾸고 있습니다. 끝난 뒤 다시 실행해 주세요.",
}


def lock_path_for(db_path: str | Path) -> Path:
    """Where the lock of `db_path` lives."""
    path = Path(db_path)
    return path.with_name(path.name + ".lock")


def host_name() -> str:
    """This computer's name, as a lock records it."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # Windows has no uname; socket costs a few ms of start-up elsewhere

    return socket.gethostname()


def boot_id() -> str | None:
    """This boot of the computer (Linux); a lock from an earlier boot is stale whatever its pid."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip() or None
    except OSError:
        return None


def process_identity(pid: int) -> tuple[int, str] | None:
    """(start time in clock ticks since boot, program name) of a running process (Linux), or None."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    name = stat[stat.find("(") + 1: stat.rfind(")")]
    fields = stat[stat.rfind(")") + 2:].split()
    try:
        return int(fields[19]), name  # field 22 of stat; the first two (pid, name) are cut off
    except (IndexError, ValueError):
        return None


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs (a zombie does not: it holds nothing any more)."""
    try:
        if Path(f"/proc/{pid}/stat").read_text(encoding="utf-8", errors="replace").rsplit(")", 1)[1].split()[0] == "Z":
            return False  # exited, waiting to be reaped: it holds nothing any more
    except (OSError, IndexError):
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:  # Windows: an invalid pid
        return False
    return True


def _holder_of(lock_file: Path) -> dict | None:
    try:
        text = lock_file.read_text(encoding="utf-8").strip()
    except (OSError, ValueError):
        return None
    if text.startswith("{"):
        try:
            holder = json.loads(text)
        except ValueError:
            return None
        return holder if isinstance(holder, dict) else None
    pid, _, host = text.partition(" ")
    return {"pid": int(pid), "host": host} if pid.isdigit() else None


def _is_stale(holder: dict | None) -> bool:
    if not holder or not isinstance(holder.get("pid"), int):
        return True
    if holder.get("host") != host_name():
        return False
    pid = holder["pid"]
    if not process_alive(pid):
        return True
    if holder.get("boot_id") and boot_id() and holder["boot_id"] != boot_id():
        return True
    if "started" in holder or "program" in holder:
        now = process_identity(pid)
        if now is not None:
            started, program = now
            if holder.get("started") not in (None, started) or holder.get("program") not in (None, program):
                return True  # the pid was handed to another process since the lock was written
    return False


def _lock_record(purpose: str) -> str:
    record: dict[str, object] = {"pid": os.getpid(), "host": host_name(), "purpose": purpose}
    identity = process_identity(os.getpid())
    if identity is not None:
        record["boot_id"] = boot_id()
        record["started"], record["program"] = identity
    return json.dumps(record, ensure_ascii=False)


def holder_purpose(db_path: str | Path) -> str | None:
    """WINDOW or COMMAND when a live process holds the lock of `db_path`; None when nobody does."""
    lock_file = lock_path_for(db_path)
    if not lock_file.exists():
        return None
    holder = _holder_of(lock_file)
    if _is_stale(holder):
        return None
    assert holder is not None
    return str(holder.get("purpose") or WINDOW)


_NO_LOCK = "데이터베이스 잠금 파일을 만들 수 없습니다. 폴더에 쓰기 권한이 있는지 확인해 주세요."
_NO_ROOM = ("디스크 공간이 부족해 데이터베이스 잠금 파일을 만들 수 없습니다. 아무것도 바꾸지 않았습니다. "
            "필요 없는 파일을 지워 공간을 확보한 뒤 다시 해 주세요.")


class DatabaseLock:
    """Held while a window (or a writing command) works on a database; `release()` (or `with`) frees it."""

    def __init__(self, db_path: str | Path, purpose: str = WINDOW) -> None:
        self.path = lock_path_for(db_path)
        self.purpose = purpose
        self.held = False

    def acquire(self) -> DatabaseLock:
        """Take the lock, or raise `DatabaseLockedError` when a live process holds it."""
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = _holder_of(self.path)
                if not _is_stale(holder):
                    assert holder is not None
                    theirs = COMMAND if holder.get("purpose") == COMMAND else WINDOW
                    raise DatabaseLockedError(_REFUSALS[(self.purpose, theirs)]) from None
                self.path.unlink(missing_ok=True)
                continue
            except OSError:
                break
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(_lock_record(self.purpose) + "\n")
            except OSError as error:  # a full disk: an empty lock file would be left for nothing
                self.path.unlink(missing_ok=True)
                raise DatabaseLockedError(_NO_ROOM if error.errno in (errno.ENOSPC, errno.EDQUOT) else _NO_LOCK) from error
            self.held = True
            return self
        raise DatabaseLockedError(_NO_LOCK)

    def release(self) -> None:
        """Free the lock if this process holds it."""
        if self.held:
            holder = _holder_of(self.path)
            if holder and holder.get("pid") == os.getpid():
                self.path.unlink(missing_ok=True)
            self.held = False

    def __enter__(self) -> DatabaseLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
