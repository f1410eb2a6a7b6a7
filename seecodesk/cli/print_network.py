"""`seecodesk print network OUT.pdf --db PATH [--year YYYY] [--ties agreement,trade,body,meeting,consulting]`."""

import argparse

from seecodesk.cli.print_form import check_output, write_pdf
from seecodesk.core.ties import DEFAULT_WEIGHTS, TIE_KINDS
from seecodesk.services.network import parse_kinds
from seecodesk.services.trade_print import print_network
from seecodesk.storage.database import open_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", metavar="OUT.pdf", help="저장할 PDF 파일")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")
    parser.add_argument("--year", type=int, default=None, metavar="YYYY", help="이 해의 관계망 (기본: 활동이 있는 가장 최근 해)")
    parser.add_argument("--ties", default=None, metavar="KINDS",
                        help=f"쉼표로 구분한 관계 종류 (기본: 모두): {','.join(TIE_KINDS)} — "
                             + ", ".join(f"{k}={v}" for k, v in TIE_KINDS.items()))


def run(args: argparse.Namespace) -> int:
    kinds = parse_kinds(args.ties)
    out = check_output(args.out)
    db = open_database(args.db, create=False)
    try:
        write_pdf(lambda: print_network(db, out, args.year, {k: DEFAULT_WEIGHTS[k] for k in kinds}), out)
    finally:
        db.close()
    print(f"관계망을 저장했습니다: {out}")
    return 0
