"""`seecodesk print consulting-report MATCH_ID OUT.pdf --db PATH`: the 동료컨설팅 결과보고서 of one match."""

import argparse

from seecodesk.cli.print_output import add_output_arguments, check_output, database_for_print, write_pdf
from seecodesk.cli.year_argument import record_id_argument
from seecodesk.services.consulting import ConsultingService
from seecodesk.services.consulting_print import print_report


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("match_id", type=record_id_argument, metavar="MATCH_ID", help="매칭 번호")
    add_output_arguments(parser)


def run(args: argparse.Namespace) -> int:
    out = check_output(args.out)
    with database_for_print(args) as db:
        service = ConsultingService(db)
        write_pdf(lambda: print_report(service, args.match_id, out), out)
    print(f"동료컨설팅 결과보고서를 저장했습니다: {out}")
    return 0
