"""`seecodesk print receipt YEAR ORG_ID OUT.pdf --db PATH`: the numbered receipts of one member's dues payments."""

import argparse

from seecodesk.cli.print_output import add_output_arguments, database_for_print
from seecodesk.cli.year_argument import record_id_argument, year_argument
from seecodesk.services.dues_print import print_receipt


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("year", type=year_argument, metavar="YEAR", help="회비 연도 (예: 2026)")
    parser.add_argument("org_id", type=record_id_argument, metavar="ORG_ID", help="회원사 번호")
    add_output_arguments(parser)


def run(args: argparse.Namespace) -> int:
    with database_for_print(args) as db:
        pages = print_receipt(db, args.year, args.org_id, args.out)
    print(f"영수증 {pages}장을 저장했습니다: {args.out}")
    return 0
