"""`seecodesk archive OUT.zip --db PATH [--year YYYY]`: the year's handover archive (인수인계 자료)."""

import argparse
import sys
from datetime import date

from seecodesk.services.archive import build_archive


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", metavar="OUT.zip", help="만들 zip 파일")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")
    parser.add_argument("--year", type=int, default=date.today().year, help="담을 연도 (기본: 올해)")


def run(args: argparse.Namespace) -> int:
    result = build_archive(args.db, args.out, args.year)
    print(result.describe())
    for line in result.skipped:
        sys.stderr.write(f"참고: 만들지 못한 것 — {line}\n")
    return 0
