"""What the row-by-row import commands (trades, people) print: the file and its column matching, the
warnings on stdout, and — when a row is wrong — every error on stderr and the one refusal sentence."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, NoReturn

from seecodesk.core.errors import ImportFileError
from seecodesk.exchange.member_rows import ERROR, WARNING

if TYPE_CHECKING:
    from seecodesk.exchange.reading import SourceTable
    from seecodesk.exchange.row_lookup import RowChecks

MAX_WARNINGS_SHOWN = 50


def print_source(table: SourceTable, columns: dict[str, str], labels: dict[str, str], unknown: list[str]) -> None:
    """The file, its encoding, the header row, the reader's notes and how columns were matched (field → header)."""
    encoding = f", 인코딩 {table.encoding_label}" if table.kind == "CSV" else ""
    print(f"파일: {table.path.name} ({table.kind}{encoding}, 머리글 {table.header_row}행)")
    for note in table.notes:
        print(f"  참고: {note}")
    print(f"열 연결: {', '.join(f'{h} → {labels[f]}' for f, h in columns.items()) or '(없음)'}")
    if unknown:
        print(f"가져오지 않는 열: {', '.join(unknown)}")


def print_warnings(preview: RowChecks[Any]) -> None:
    """The 주의 lines (they do not block), the first 50."""
    warnings = preview.problems(WARNING)
    if warnings:
        print(f"주의 {len(warnings):,}건:")
        for problem in warnings[:MAX_WARNINGS_SHOWN]:
            print(f"  {problem.text()}")


def refuse(preview: RowChecks[Any]) -> NoReturn:
    """Every error with its row and column on stderr, then the refusal (exit 1, nothing imported)."""
    errors = preview.problems(ERROR)
    if errors:
        sys.stderr.write(f"오류 {len(errors):,}건:\n")
        for problem in errors:
            sys.stderr.write(f"  {problem.text()}\n")
    raise ImportFileError(preview.refusal())
