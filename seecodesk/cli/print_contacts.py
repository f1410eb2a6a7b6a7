"""`seecodesk print contacts BODY OUT.pdf --db PATH`: a body's 연락망 (이름, 소속, 직함, 역할, 휴대전화, 이메일).

BODY is the body's name (spaces ignored) or number. OUT ending in .csv or .xlsx writes the same list
as a table for Korean Excel instead of the A4 PDF. Phones the person's consent does not cover are
masked (010-****-5678) and e-mails left blank.
"""

import argparse

from seecodesk.cli.print_output import add_output_arguments, database_for_print
from seecodesk.services.people_lists import print_contacts


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("body", metavar="BODY", help="분과·기구 이름 또는 번호 (예: 교육소통분과, 이사회)")
    add_output_arguments(parser, "저장할 파일 (.pdf, 또는 표로 .csv·.xlsx)")


def run(args: argparse.Namespace) -> int:
    with database_for_print(args) as db:
        contacts = print_contacts(db, args.body, args.out)
    print(f"{contacts.body} 연락망 {len(contacts.rows)}명을 저장했습니다: {args.out}")
    if contacts.withheld.count:
        print(contacts.notice())
    return 0
