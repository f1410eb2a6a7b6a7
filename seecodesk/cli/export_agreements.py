"""`seecodesk export agreements OUT.csv|OUT.xlsx --db PATH [--encoding utf-8-sig|cp949]`."""

import argparse
import sys

from seecodesk.exchange.member_export import EXPORT_ENCODINGS
from seecodesk.exchange.trade_export import export_agreements
from seecodesk.storage.database import open_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", metavar="OUT", help="만들 파일 (.csv 또는 .xlsx)")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")
    parser.add_argument("--encoding", choices=EXPORT_ENCODINGS, default=None,
                        help="CSV 인코딩 (기본 utf-8-sig: 한글 엑셀에서 바로 열립니다; cp949는 오래된 프로그램용)")


def run(args: argparse.Namespace) -> int:
    if args.encoding and args.out.lower().endswith(".xlsx"):
        sys.stderr.write("참고: 엑셀(XLSX) 파일에는 인코딩을 지정하지 않아도 됩니다. --encoding은 무시합니다.\n")
    db = open_database(args.db, create=False)
    try:
        result = export_agreements(db, args.out, args.encoding or "utf-8-sig")
    finally:
        db.close()
    print(result.describe())
    return 0
