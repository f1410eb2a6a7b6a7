"""`seecodesk print form peer-consulting OUT.pdf [--application ID] --db PATH`: an official form as a PDF.

Only one form exists so far: `peer-consulting`, 【별지 제1호 서식】 피어경영컨설팅 신청서, blank or
filled from an application.
"""

import argparse

from seecodesk.cli.print_output import check_output, database_for_print, write_pdf
from seecodesk.cli.year_argument import record_id_argument
from seecodesk.core.errors import SeeCoDeskError
from seecodesk.services.consulting import ConsultingService
from seecodesk.services.consulting_print import print_form

FORMS = {"peer-consulting": "동료컨설팅(피어경영컨설팅) 신청서"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("form", metavar="FORM", help=f"서식 이름: {', '.join(FORMS)}")
    parser.add_argument("out", metavar="OUT.pdf", help="저장할 PDF 파일")
    parser.add_argument("--application", type=record_id_argument, metavar="ID", help="이 신청서의 내용으로 채워 인쇄 (없으면 빈 서식)")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")


def run(args: argparse.Namespace) -> int:
    if args.form not in FORMS:
        raise SeeCoDeskError(f"알 수 없는 서식입니다: '{args.form}'. 사용할 수 있는 서식: {', '.join(FORMS)}")
    out = check_output(args.out)
    with database_for_print(args) as db:
        service = ConsultingService(db)
        continued = write_pdf(lambda: print_form(service, out, args.application), out)
    kind = f"신청서 {args.application}번" if args.application else "빈 서식"
    print(f"{FORMS[args.form]}({kind})를 저장했습니다: {out}")
    if continued:
        print(f"참고: 칸에 다 들어가지 않은 내용({', '.join(continued)})은 별지(신청서 계속)에 이어 인쇄했습니다.")
    return 0
