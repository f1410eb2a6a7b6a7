"""`seecodesk print dues-notice YEAR OUT.pdf --db PATH [--unpaid-only]`: 회비 납부 안내, one page per member."""

import argparse

from seecodesk.cli.print_signin import open_for_print
from seecodesk.cli.year_argument import year_argument
from seecodesk.services.dues_print import print_dues_notice


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("year", type=year_argument, metavar="YEAR", help="회비 연도 (예: 2026)")
    parser.add_argument("out", metavar="OUT.pdf", help="저장할 PDF 파일")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")
    parser.add_argument("--unpaid-only", action="store_true", help="아직 다 내지 않은 회원사만")


def run(args: argparse.Namespace) -> int:
    db = open_for_print(args.db, args.out)
    try:
        pages = print_dues_notice(db, args.year, args.out, unpaid_only=args.unpaid_only)
    finally:
        db.close()
    print(f"{args.year}년 회비 납부 안내 {pages}쪽을 저장했습니다: {args.out}")
    return 0
