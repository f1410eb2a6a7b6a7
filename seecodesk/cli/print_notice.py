"""`seecodesk print notice MEETING_ID OUT.pdf --db PATH`: the meeting's 개최 안내 공문, numbered in the 발송 대장."""

import argparse

from seecodesk.cli.print_signin import meeting_id_argument, open_for_print
from seecodesk.services.notices import print_notice


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("meeting_id", type=meeting_id_argument, metavar="MEETING_ID", help="회의 번호")
    parser.add_argument("out", metavar="OUT.pdf", help="저장할 PDF 파일")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")


def run(args: argparse.Namespace) -> int:
    db = open_for_print(args.db, args.out)
    try:
        letter = print_notice(db, args.meeting_id, args.out)
    finally:
        db.close()
    print(f"공문을 저장했습니다: {args.out} (문서번호 {letter.number}, 발송 대장에 기록됨)")
    return 0
