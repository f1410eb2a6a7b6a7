"""`seecodesk export agreements OUT.csv|OUT.xlsx --db PATH [--encoding utf-8-sig|cp949]`."""

import argparse

from seecodesk.cli.export_options import add_encoding_argument, add_output_arguments, encoding_of, export_database
from seecodesk.exchange.trade_export import export_agreements


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_output_arguments(parser)
    add_encoding_argument(parser)


def run(args: argparse.Namespace) -> int:
    with export_database(args) as db:
        result = export_agreements(db, args.out, encoding_of(args))
    print(result.describe())
    return 0
