"""`seecodesk print signin MEETING_ID OUT.pdf --db PATH [--show-phones] [--blank-rows N]`: 참석자 명부 PDF."""

from __future__ import annotations

import argparse

from seecodesk.cli.print_output import add_output_arguments, database_for_print
from seecodesk.cli.year_argument import record_number
from seecodesk.core.errors import SeeCoDeskError
from seecodesk.reports.signin import DEFAULT_BLANK_ROWS
from seecodesk.services.meeting_print import print_signin, signin_withheld


def add_meeting_arguments(parser: argparse.ArgumentParser) -> None:
    """MEETING_ID, OUT.pdf and --db, as the meeting print commands take them."""
    parser.add_argument("meeting_id", type=record_number("회의"), metavar="MEETING_ID", help="회의 번호")
    add_output_arguments(parser)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_meeting_arguments(parser)
    parser.add_argument("--show-phones", action="store_true", help="연락처를 가리지 않고 모두 인쇄합니다")
    parser.add_argument("--blank-rows", type=int, default=DEFAULT_BLANK_ROWS, metavar="N",
                        help=f"현장 참석자용 빈 줄 수 (기본 {DEFAULT_BLANK_ROWS})")


def run(args: argparse.Namespace) -> int:
    if not 0 <= args.blank_rows <= 200:
        raise SeeCoDeskError("빈 줄 수는 0에서 200 사이여야 합니다.")
    with database_for_print(args) as db:
        withheld = signin_withheld(db, args.meeting_id)
        if withheld.count:
            print(f"{withheld.notice()} (제3자 제공 동의가 없는 사람의 전화번호는 인쇄하지 않습니다)")
        path = print_signin(db, args.meeting_id, args.out, show_phones=args.show_phones, blank_rows=args.blank_rows)
    print(f"참석자 명부를 저장했습니다: {path}")
    return 0
