"""`seecodesk print network OUT.pdf --db PATH [--year YYYY] [--ties agreement,trade,body,meeting,consulting]`."""

import argparse

from seecodesk.cli.print_output import add_output_arguments, check_output, database_for_print, write_pdf
from seecodesk.core.ties import DEFAULT_WEIGHTS, TIE_KINDS
from seecodesk.services.network import parse_kinds
from seecodesk.services.trade_print import print_network


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_output_arguments(parser)
    parser.add_argument("--year", type=int, default=None, metavar="YYYY", help="이 해의 관계망 (기본: 활동이 있는 가장 최근 해)")
    parser.add_argument("--ties", default=None, metavar="KINDS",
                        help=f"쉼표로 구분한 관계 종류 (기본: 모두): {','.join(TIE_KINDS)} — "
                             + ", ".join(f"{k}={v}" for k, v in TIE_KINDS.items()))


def run(args: argparse.Namespace) -> int:
    kinds = parse_kinds(args.ties)
    out = check_output(args.out)
    with database_for_print(args) as db:
        write_pdf(lambda: print_network(db, out, args.year, {k: DEFAULT_WEIGHTS[k] for k in kinds}), out)
    print(f"관계망을 저장했습니다: {out}")
    return 0
