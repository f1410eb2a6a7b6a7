"""`seecodesk import trades FILE --db PATH [--encoding …] [--dry-run]`.

Prints the file and encoding used, how columns were matched, the counts and every problem with its
row number. Any error means nothing is imported (exit 1); `--dry-run` only previews.
"""

import argparse

from seecodesk.cli.import_report import (
    RowImport,
    add_row_import_arguments,
    print_source,
    print_warnings,
    run_row_import,
)
from seecodesk.exchange.trade_import import TRADE_FIELDS, TradeImportPreview, build_trade_preview, commit_trade_import


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_row_import_arguments(parser, "가져올 CSV 또는 XLSX 파일 (구매 기관, 판매 기관, 거래일, 품목, 금액 열)")


def run(args: argparse.Namespace) -> int:
    return run_row_import(args, RowImport(
        preview=build_trade_preview, show=print_preview,
        dry_run_line=lambda preview: f"미리보기만 했습니다: 거래 {len(preview.rows):,}건을 가져올 수 있으며, 아무것도 바꾸지 않았습니다.",
        commit=lambda db, preview: f"거래 {commit_trade_import(db, preview):,}건을 더했습니다."))


def print_preview(preview: TradeImportPreview) -> None:
    """The file, the column matching, the counts and the warnings, on stdout."""
    print_source(preview.table, preview.columns, TRADE_FIELDS, preview.unknown_columns)
    linked = sum(1 for r in preview.rows if r.trade and r.trade.agreement_id)
    if linked:
        print(f"협약에 연결되는 거래: {linked:,}건")
    print(preview.summary())
    print_warnings(preview)
