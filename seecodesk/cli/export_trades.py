"""`seecodesk export trades OUT.csv|OUT.xlsx --db PATH [--year YYYY] [--encoding utf-8-sig|cp949]`."""

import argparse

from seecodesk.cli.export_options import add_encoding_argument, add_output_arguments, encoding_of, export_database
from seecodesk.exchange.trade_export import export_trades


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_output_arguments(parser)
    parser.add_argument("--year", type=int, default=None, metavar="YYYY", help="이 해의 거래만 (기본: 모든 해)")
    add_encoding_argument(parser)


def run(args: argparse.Namespace) -> int:
    with export_database(args) as db:
        result = export_trades(db, args.out, encoding_of(args), args.year)
    print(result.describe())
    return 0
