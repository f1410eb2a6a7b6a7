"""Which status moves an application may make: 접수 → 매칭 → 진행 → 완료, or 취소 (with a reason)."""

from seecodesk.core.errors import ValidationError
from seecodesk.core.josa import josa

ALLOWED_MOVES: dict[str, tuple[str, ...]] = {
    "접수": ("매칭", "취소"),
    "매칭": ("진행", "접수", "취소"),
    "진행": ("완료", "취소"),
    "완료": (),
    "취소": ("접수",),
}

_HINTS = {
    ("접수", "진행"): "먼저 멘토 매칭을 확정해 주세요.",
    ("접수", "완료"): "매칭과 상담을 거쳐야 완료할 수 있습니다.",
    ("매칭", "완료"): "상담을 시작(진행)한 뒤에 완료할 수 있습니다.",
    ("완료", "취소"): "이미 완료된 컨설팅입니다.",
}


def check_move(current: str, new: str, reason: str = "") -> None:
    """Raise `ValidationError` (Korean) unless `current` → `new` is a possible move."""
    if new not in ALLOWED_MOVES:
        raise ValidationError("status", f"알 수 없는 상태입니다: {new}")
    if current == new:
        raise ValidationError("status", f"이미 '{current}' 상태입니다.")
    if new not in ALLOWED_MOVES.get(current, ()):
        hint = _HINTS.get((current, new), "")
        if current == "완료":
            hint = hint or "완료된 신청은 상태를 바꿀 수 없습니다."
        raise ValidationError("status", f"'{current}' 상태에서 '{new}'{josa(new, '으로')} 바꿀 수 없습니다. {hint}".strip())
    if new == "취소" and not (reason or "").strip():
        raise ValidationError("reason", "취소 사유를 입력해 주세요.")


def possible_moves(current: str) -> tuple[str, ...]:
    """The statuses an application in `current` may move to."""
    return ALLOWED_MOVES.get(current, ())
