"""`seecodesk print minutes MEETING_ID OUT.pdf --db PATH`: the 회의록 of one meeting as a PDF."""

import argparse

from seecodesk.cli.print_output import database_for_print
from seecodesk.cli.print_signin import add_meeting_arguments
from seecodesk.services.meeting_print import print_minutes


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_meeting_arguments(parser)


def run(args: argparse.Namespace) -> int:
    with database_for_print(args) as db:
        path = print_minutes(db, args.meeting_id, args.out)
    print(f"회의록을 저장했습니다: {path}")
    return 0
