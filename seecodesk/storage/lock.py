"""One window per database: a lock file beside it naming the process that holds it.

A lock whose process is gone (killed, crashed) is stale and taken over silently. The file holds
one line, "pid host"; a JSON lock left by an earlier version is still understood.
"""

import os
from pathlib import Path

from seecodesk.core.errors import DatabaseLockedError


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


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _holder_of(lock_file: Path) -> dict | None:
    try:
        text = lock_file.read_text(encoding="utf-8").strip()
    except (OSError, ValueError):
        return None
    if text.startswith("{"):
        import json

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
    return not _process_alive(holder["pid"])


class DatabaseLock:
    """Held while a window works on a database; `release()` (or `with`) frees it."""

    def __init__(self, db_path: str | Path) -> None:
        self.path = lock_path_for(db_path)
        self.held = False

    def acquire(self) -> "DatabaseLock":
        """Take the lock, or raise `DatabaseLockedError` when a live process holds it."""
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = _holder_of(self.path)
                if not _is_stale(holder):
                    raise DatabaseLockedError(
                        "이 데이터베이스는 이미 다른 SeeCoDesk 창에서 열려 있습니다. 그 창을 사용해 주세요."
                    ) from None
                self.path.unlink(missing_ok=True)
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(f"{os.getpid()} {host_name()}\n")
            self.held = True
            return self
        raise DatabaseLockedError("데이터베이스 잠금 파일을 만들 수 없습니다. 폴더에 쓰기 권한이 있는지 확인해 주세요.")

    def release(self) -> None:
        """Free the lock if this process holds it."""
        if self.held:
            holder = _holder_of(self.path)
            if holder and holder.get("pid") == os.getpid():
                self.path.unlink(missing_ok=True)
            self.held = False

    def __enter__(self) -> "DatabaseLock":
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
