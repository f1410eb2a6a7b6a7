"""`seecodesk print agreement AGREEMENT_ID OUT.pdf --db PATH`: the 업무협약서 of one agreement."""

import argparse

from seecodesk.cli.print_form import check_output, positive_id, write_pdf
from seecodesk.services.trade_print import print_agreement
from seecodesk.storage.database import open_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("agreement_id", type=positive_id, metavar="AGREEMENT_ID", help="협약 번호 (export agreements의 '번호')")
    parser.add_argument("out", metavar="OUT.pdf", help="저장할 PDF 파일")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")


def run(args: argparse.Namespace) -> int:
    out = check_output(args.out)
    db = open_database(args.db, create=False)
    try:
        write_pdf(lambda: print_agreement(db, args.agreement_id, out), out)
    finally:
        db.close()
    print(f"업무협약서를 저장했습니다: {out}")
    return 0
