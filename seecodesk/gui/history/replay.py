"""실행 취소 and 다시 실행 from any widget: run it, say what was done, never crash on a known refusal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.gui.messages import show_error

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from seecodesk.services.workspace import Workspace

NOTHING_TO_UNDO = "되돌릴 작업이 없습니다."
NOTHING_TO_REDO = "다시 실행할 작업이 없습니다."
MAX_LABEL = 60


def replay(parent: QWidget | None, workspace: Workspace, redo: bool = False, expected: int | None = None) -> str | None:
    """Undo (or redo) the last operation (for an undo, `expected` when given); the sentence to show, or None
    when it was refused (and said so)."""
    try:
        done = workspace.history.redo() if redo else workspace.history.undo(expected)
    except SeeCoDeskError as error:
        show_error(parent, error, "다시 실행할 수 없습니다" if redo else "되돌릴 수 없습니다")
        return None
    if done is None:
        return NOTHING_TO_REDO if redo else NOTHING_TO_UNDO
    return done.message


def menu_text(verb: str, label: str) -> str:
    """'실행 취소: 회원사 삭제 (가람청년협동조합)' for a menu (& doubled so Qt shows it)."""
    if not label:
        return verb
    if len(label) > MAX_LABEL:
        label = label[: MAX_LABEL - 1] + "…"
    return f"{verb}: {label.replace('&', '&&')}"
