"""`seecodesk print labels OUT.pdf --db PATH [--sheet NAME]`: 주소 라벨 for every member organisation on
an A4 label sheet (2x8 by default; the sheets are listed in core/label_sheets.py)."""

import argparse

from seecodesk.cli.print_output import add_output_arguments, database_for_print
from seecodesk.core.label_sheets import DEFAULT_SHEET, LABEL_SHEETS
from seecodesk.services.people_lists import print_labels


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sheets = ", ".join(f"{s.name} = {s.description}" for s in LABEL_SHEETS)
    add_output_arguments(parser)
    parser.add_argument("--sheet", default=DEFAULT_SHEET, metavar="NAME", help=f"라벨 용지 (기본 {DEFAULT_SHEET}): {sheets}")
    parser.add_argument("--outlines", action="store_true", help="라벨 테두리를 옅게 그립니다 (빈 종이에 시험 인쇄할 때)")


def run(args: argparse.Namespace) -> int:
    with database_for_print(args) as db:
        result = print_labels(db, args.out, args.sheet, outlines=args.outlines)
    print(f"주소 라벨 {result.labels}장({result.pages}쪽, 용지 {args.sheet})을 저장했습니다: {args.out}")
    if result.without_address:
        names = ", ".join(result.without_address[:10]) + (" 등" if len(result.without_address) > 10 else "")
        print(f"주소가 없어 뺀 회원사 {len(result.without_address)}곳: {names}")
    return 0
