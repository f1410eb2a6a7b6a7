"""`seecodesk print consulting-report MATCH_ID OUT.pdf --db PATH`: the 동료컨설팅 결과보고서 of one match."""

import argparse

from seecodesk.cli.print_form import check_output, positive_id, write_pdf
from seecodesk.services.consulting import ConsultingService
from seecodesk.services.consulting_print import print_report
from seecodesk.storage.database import open_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("match_id", type=positive_id, metavar="MATCH_ID", help="매칭 번호")
    parser.add_argument("out", metavar="OUT.pdf", help="저장할 PDF 파일")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")


def run(args: argparse.Namespace) -> int:
    out = check_output(args.out)
    db = open_database(args.db, create=False)
    try:
        service = ConsultingService(db)
        write_pdf(lambda: print_report(service, args.match_id, out), out)
    finally:
        db.close()
    print(f"동료컨설팅 결과보고서를 저장했습니다: {out}")
    return 0
