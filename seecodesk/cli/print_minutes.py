"""`seecodesk print minutes MEETING_ID OUT.pdf --db PATH`: the 회의록 of one meeting as a PDF."""

import argparse

from seecodesk.cli.print_signin import meeting_id_argument, open_for_print
from seecodesk.services.meeting_print import print_minutes


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("meeting_id", type=meeting_id_argument, metavar="MEETING_ID", help="회의 번호")
    parser.add_argument("out", metavar="OUT.pdf", help="저장할 PDF 파일")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")


def run(args: argparse.Namespace) -> int:
    db = open_for_print(args.db, args.out)
    try:
        path = print_minutes(db, args.meeting_id, args.out)
    finally:
        db.close()
    print(f"회의록을 저장했습니다: {path}")
    return 0
