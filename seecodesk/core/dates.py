"""Dates as a Korean reader sees them on paper: one style, '2026. 3. 5.(목)', in every document."""

from datetime import date

WEEKDAYS = "월화수목금토일"


def paper_date(value: str | date, weekday: bool = True) -> str:
    """'2026-03-05' → '2026. 3. 5.(목)'; blank stays blank, text that is not a date is kept as it is."""
    if isinstance(value, date):
        day = value
    else:
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:
            return value
    suffix = f"({WEEKDAYS[day.weekday()]})" if weekday else ""
    return f"{day.year}. {day.month}. {day.day}.{suffix}"


def month_text(month: str) -> str:
    """'2026-06' → '2026년 6월'; text that is not a month is kept as it is."""
    year, _, number = month.strip().partition("-")
    return f"{year}년 {int(number)}월" if year.isdigit() and number.isdigit() else month
