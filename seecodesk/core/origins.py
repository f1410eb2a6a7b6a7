"""Who made a change, as the history records it: the kind of program, its run and, for a command, which one.

Kept apart from core/history so a command can say who it is without loading the history's classes.
"""

# history_operations.origin is "<kind>:<session>" or "<kind>:<session>:<detail>": the kind of program,
# the run of it (a fresh token each time a program starts) and, for a command, which one. NULL: an
# operation recorded before origins were (schema 14), by a program whose kind is not known.
WINDOW, COMMAND, PROGRAM, OTHER = "window", "command", "program", "other"


def origin_text(kind: str, session: str, detail: str = "") -> str:
    """The origin a program's operations are stored with."""
    return f"{kind}:{session}:{detail}" if detail else f"{kind}:{session}"


def origin_session(origin: str | None) -> str:
    """The run of a program an origin names ('' when none is known)."""
    parts = (origin or "").split(":", 2)
    return parts[1] if len(parts) > 1 else ""


def origin_words(origin: str | None) -> str:
    """Who made a change, as a question names it: '명령줄 (seecodesk import)', '다른 프로그램'."""
    kind, _, rest = (origin or "").partition(":")
    detail = rest.partition(":")[2]
    if kind == WINDOW:
        return "SeeCoDesk의 다른 창 (이전에 열었던 창 포함)"
    if kind == COMMAND:
        return f"명령줄 ({detail})" if detail else "명령줄"
    if kind == PROGRAM:
        return "SeeCoDesk"
    if kind == OTHER:
        return "다른 프로그램 (SeeCoDesk 밖에서 파일을 직접 바꿈)"
    return "알 수 없음 (이전 버전이 기록한 변경)"

