"""Shared command-line argument types for the desk's commands (year, record numbers)."""

import argparse
from collections.abc import Callable

from seecodesk.core.josa import josa


def year_argument(value: str) -> int:
    """A year as typed on the command line (2026)."""
    try:
        year = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"연도는 2026처럼 숫자로 적어 주세요: {value}") from None
    if not 2000 <= year <= 2100:
        raise argparse.ArgumentTypeError(f"연도가 올바르지 않습니다: {value}")
    return year


def record_number(label: str = "") -> Callable[[str], int]:
    """An argparse type for a record number (1 or more); `label` names the record in the message (회의 → 회의 번호)."""
    name = f"{label} 번호" if label else "번호"

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{name}{josa(name, '은')} 숫자여야 합니다: {value}") from None
        if number <= 0:
            raise argparse.ArgumentTypeError(f"{name}{josa(name, '은')} 1 이상이어야 합니다: {value}")
        return number

    return parse


record_id_argument = record_number()
