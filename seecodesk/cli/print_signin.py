"""`seecodesk print signin MEETING_ID OUT.pdf --db PATH [--show-phones] [--blank-rows N]`: 참석자 명부 PDF."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.reports.signin import DEFAULT_BLANK_ROWS
from seecodesk.services.meeting_print import print_signin, signin_withheld
from seecodesk.storage.database import open_database

if TYPE_CHECKING:
    import sqlite_utils


def meeting_id_argument(value: str) -> int:
    """A meeting number as typed on the command line (argparse reports the Korean message)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"회의 번호는 숫자여야 합니다: {value}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"회의 번호는 1 이상이어야 합니다: {value}")
    return number


def open_for_print(db_path: str, out: str) -> sqlite_utils.Database:
    """The database, after checking the PDF can be written where asked."""
    folder = Path(out).resolve().parent
    if not folder.is_dir():
        raise SeeCoDeskError(f"PDF를 저장할 폴더가 없습니다: {folder}")
    return open_database(db_path, create=False)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("meeting_id", type=meeting_id_argument, metavar="MEETING_ID", help="회의 번호")
    parser.add_argument("out", metavar="OUT.pdf", help="저장할 PDF 파일")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")
    parser.add_argument("--show-phones", action="store_true", help="연락처를 가리지 않고 모두 인쇄합니다")
    parser.add_argument("--blank-rows", type=int, default=DEFAULT_BLANK_ROWS, metavar="N",
                        help=f"현장 참석자용 빈 줄 수 (기본 {DEFAULT_BLANK_ROWS})")


def run(args: argparse.Namespace) -> int:
    if not 0 <= args.blank_rows <= 200:
        raise SeeCoDeskError("빈 줄 수는 0에서 200 사이여야 합니다.")
    db = open_for_print(args.db, args.out)
    try:
        withheld = signin_withheld(db, args.meeting_id)
        if withheld.count:
            print(f"{withheld.notice()} (제3자 제공 동의가 없는 사람의 전화번호는 인쇄하지 않습니다)")
        path = print_signin(db, args.meeting_id, args.out, show_phones=args.show_phones, blank_rows=args.blank_rows)
    finally:
        db.close()
    print(f"참석자 명부를 저장했습니다: {path}")
    return 0
