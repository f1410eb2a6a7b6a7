"""`seecodesk print agreement AGREEMENT_ID OUT.pdf --db PATH`: the 업무협약서 of one agreement."""

import argparse

from seecodesk.cli.print_output import add_output_arguments, check_output, database_for_print, write_pdf
from seecodesk.cli.year_argument import record_id_argument
from seecodesk.services.trade_print import print_agreement


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("agreement_id", type=record_id_argument, metavar="AGREEMENT_ID", help="협약 번호 (export agreements의 '번호')")
    add_output_arguments(parser)


def run(args: argparse.Namespace) -> int:
    out = check_output(args.out)
    with database_for_print(args) as db:
        write_pdf(lambda: print_agreement(db, args.agreement_id, out), out)
    print(f"업무협약서를 저장했습니다: {out}")
    return 0
