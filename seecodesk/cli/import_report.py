"""The row-by-row import commands (trades, people): their shared arguments and steps, and what they
print — the file and its column matching, the warnings on stdout, and, when a row is wrong, every error
on stderr and the one refusal sentence."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NoReturn

from seecodesk.cli.writing import writing_lock
from seecodesk.core.errors import ImportFileError
from seecodesk.exchange.member_rows import ERROR, WARNING
from seecodesk.exchange.reading import ENCODINGS, read_table
from seecodesk.storage.database import open_database

if TYPE_CHECKING:
    import sqlite_utils

    from seecodesk.exchange.reading import SourceTable
    from seecodesk.exchange.row_lookup import RowChecks

MAX_WARNINGS_SHOWN = 50


@dataclass(frozen=True)
class RowImport[Preview: RowChecks[Any]]:
    """One import command's own steps: its preview, what it prints, and its two closing sentences."""

    preview: Callable[[SourceTable, sqlite_utils.Database], Preview]
    show: Callable[[Preview], None]
    dry_run_line: Callable[[Preview], str]
    commit: Callable[[sqlite_utils.Database, Preview], str]


def add_row_import_arguments(parser: argparse.ArgumentParser, file_help: str) -> None:
    """FILE, --db, --encoding and --dry-run, as every row import command takes them."""
    parser.add_argument("file", metavar="FILE", help=file_help)
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")
    parser.add_argument("--encoding", choices=ENCODINGS, default="auto",
                        help="CSV 인코딩 (기본: auto — UTF-8(BOM), UTF-8, CP949 순서로 알아봅니다)")
    parser.add_argument("--dry-run", action="store_true", help="미리보기만 하고 아무것도 바꾸지 않습니다")


def run_row_import[Preview: RowChecks[Any]](args: argparse.Namespace, steps: RowImport[Preview]) -> int:
    """Read FILE, preview it against the database and print the preview; refuse (exit 1) on any error;
    then stop at the preview (--dry-run) or import every row under the writer's lock and say what was done."""
    table = read_table(args.file, args.encoding)
    with contextlib.nullcontext() if args.dry_run else writing_lock(args.db):
        db = open_database(args.db, create=False)
        try:
            preview = steps.preview(table, db)
            steps.show(preview)
            if not preview.can_commit:
                refuse(preview)
            if args.dry_run:
                print(steps.dry_run_line(preview))
                return 0
            done = steps.commit(db, preview)
        finally:
            db.close()
    print(f"가져오기 완료: {done}")
    return 0


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
