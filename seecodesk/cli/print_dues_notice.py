"""`seecodesk print dues-notice YEAR OUT.pdf --db PATH [--unpaid-only]`: 회비 납부 안내, one page per member."""

import argparse

from seecodesk.cli.print_output import add_output_arguments, database_for_print
from seecodesk.cli.year_argument import year_argument
from seecodesk.services.dues_print import print_dues_notice


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("year", type=year_argument, metavar="YEAR", help="회비 연도 (예: 2026)")
    add_output_arguments(parser)
    parser.add_argument("--unpaid-only", action="store_true", help="아직 다 내지 않은 회원사만")


def run(args: argparse.Namespace) -> int:
    with database_for_print(args) as db:
        pages = print_dues_notice(db, args.year, args.out, unpaid_only=args.unpaid_only)
    print(f"{args.year}년 회비 납부 안내 {pages}쪽을 저장했습니다: {args.out}")
    return 0
