"""`seecodesk print notice MEETING_ID OUT.pdf --db PATH`: the meeting's 개최 안내 공문, numbered in the 발송 대장."""

import argparse

from seecodesk.cli.print_output import database_for_print
from seecodesk.cli.print_signin import add_meeting_arguments
from seecodesk.services.notices import print_notice


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_meeting_arguments(parser)


def run(args: argparse.Namespace) -> int:
    with database_for_print(args) as db:
        letter = print_notice(db, args.meeting_id, args.out)
    print(f"공문을 저장했습니다: {args.out} (문서번호 {letter.number}, 발송 대장에 기록됨)")
    return 0
