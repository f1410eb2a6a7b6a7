"""Shared command-line argument types for the desk's commands (year, record numbers)."""

import argparse


def year_argument(value: str) -> int:
    """A year as typed on the command line (2026)."""
    try:
        year = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"연도는 2026처럼 숫자로 적어 주세요: {value}") from None
    if not 2000 <= year <= 2100:
        raise argparse.ArgumentTypeError(f"연도가 올바르지 않습니다: {value}")
    return year


def record_id_argument(value: str) -> int:
    """A record number (1 or more)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"번호는 숫자여야 합니다: {value}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"번호는 1 이상이어야 합니다: {value}")
    return number
