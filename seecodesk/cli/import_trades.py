"""`seecodesk import trades FILE --db PATH [--encoding …] [--dry-run]`.

Prints the file and encoding used, how columns were matched, the counts and every problem with its
row number. Any error means nothing is imported (exit 1); `--dry-run` only previews.
"""

import argparse
import contextlib

from seecodesk.cli.import_report import print_source, print_warnings, refuse
from seecodesk.cli.writing import writing_lock
from seecodesk.exchange.reading import ENCODINGS, read_table
from seecodesk.exchange.trade_import import TRADE_FIELDS, TradeImportPreview, build_trade_preview, commit_trade_import
from seecodesk.storage.database import open_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="가져올 CSV 또는 XLSX 파일 (구매 기관, 판매 기관, 거래일, 품목, 금액 열)")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")
    parser.add_argument("--encoding", choices=ENCODINGS, default="auto",
                        help="CSV 인코딩 (기본: auto — UTF-8(BOM), UTF-8, CP949 순서로 알아봅니다)")
    parser.add_argument("--dry-run", action="store_true", help="미리보기만 하고 아무것도 바꾸지 않습니다")


def run(args: argparse.Namespace) -> int:
    with contextlib.nullcontext() if args.dry_run else writing_lock(args.db):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    table = read_table(args.file, args.encoding)
    db = open_database(args.db, create=False)
    try:
        preview = build_trade_preview(table, db)
        print_preview(preview)
        if not preview.can_commit:
            refuse(preview)
        if args.dry_run:
            print(f"미리보기만 했습니다: 거래 {len(preview.rows):,}건을 가져올 수 있으며, 아무것도 바꾸지 않았습니다.")
            return 0
        count = commit_trade_import(db, preview)
    finally:
        db.close()
    print(f"가져오기 완료: 거래 {count:,}건을 더했습니다.")
    return 0


def print_preview(preview: TradeImportPreview) -> None:
    """The file, the column matching, the counts and the warnings, on stdout."""
    print_source(preview.table, preview.columns, TRADE_FIELDS, preview.unknown_columns)
    linked = sum(1 for r in preview.rows if r.trade and r.trade.agreement_id)
    if linked:
        print(f"협약에 연결되는 거래: {linked:,}건")
    print(preview.summary())
    print_warnings(preview)
