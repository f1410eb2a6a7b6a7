"""When a plan task counts as late: a rule the plan screens and the home screen share (no imports,
so the home screen, the window's first paint, can use it cheaply)."""

from collections.abc import Collection


def lateness(months: Collection[str], status: str, today_month: str) -> str:
    """Why a task is late ('' when it is not): its last scheduled month has passed and it is not
    완료 ('기한 지남'), or its first one has passed while it is still 예정 ('시작 지연')."""
    if not months or status == "완료":
        return ""
    # 'YYYY-MM' strings order as the months do
    if max(months) < today_month:
        return "기한 지남"
    if status == "예정" and min(months) < today_month:
        return "시작 지연"
    return ""
