"""How a meeting is named and dated in Korean when nobody typed a title: kept apart from the meeting
records (and their dataclasses) so the home screen, the window's first paint, can use it cheaply."""

from seecodesk.core.dates import WEEKDAYS, paper_date

__all__ = ["WEEKDAYS", "default_title", "korean_date"]


def default_title(kind: str, iso_date: str, number: int | None, body_name: str = "") -> str:
    """'2026년 제2차 이사회', '교육소통분과 제5차 분과모임', '워크숍 3회차'."""
    year = iso_date[:4]
    if kind == "워크숍":
        return f"{body_name + ' ' if body_name else ''}워크숍" + (f" {number}회차" if number else "")
    if kind == "분과모임" and body_name:
        return f"{year}년 {body_name}" + (f" 제{number}차" if number else "") + " 모임"
    if kind in ("이사회", "정기총회", "임시총회", "월례회"):
        return f"{year}년 " + (f"제{number}차 " if number else "") + kind
    return " ".join(p for p in (f"{year}년", body_name, f"제{number}차" if number else "", kind) if p)


def korean_date(iso_date: str) -> str:
    """'2025. 3. 5.(수)', the one date style of printed documents (core.dates)."""
    return paper_date(iso_date)
