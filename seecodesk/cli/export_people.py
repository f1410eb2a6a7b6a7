"""`seecodesk export people OUT.csv|OUT.xlsx --db PATH [--encoding utf-8-sig|cp949]`: the people list,
one row per role (the import's columns), phones and e-mails only where consent covers 제3자 제공."""

import argparse

from seecodesk.cli.export_options import add_encoding_argument, add_output_arguments, encoding_of, export_database
from seecodesk.services.people_lists import export_people


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_output_arguments(parser)
    add_encoding_argument(parser)


def run(args: argparse.Namespace) -> int:
    with export_database(args) as db:
        result, withheld = export_people(db, args.out, encoding_of(args))
    print(f"사람 명단 {result.rows:,}줄을 내보냈습니다: {result.path} ({result.label})")
    if withheld.count:
        print(f"{withheld.notice()} (제3자 제공에 동의하지 않은 사람의 전화·이메일은 쓰지 않았습니다)")
    return 0
