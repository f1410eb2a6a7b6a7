"""`seecodesk backup --db PATH [--to DIR]`: a verified backup now (allowed while a window has the file open)."""

import argparse

from seecodesk.core.backups import format_size
from seecodesk.services.backups import backup_and_check


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, help="백업할 데이터베이스 파일")
    parser.add_argument("--to", metavar="DIR", default=None,
                        help="백업을 둘 폴더 (기본: 데이터베이스 옆의 '<이름>_backups' 폴더 또는 창에서 정한 폴더)")


def run(args: argparse.Namespace) -> int:
    info = backup_and_check(args.db, "manual", folder=args.to)
    counts = f", {info.counts.describe()}" if info.counts else ""
    print(f"백업을 만들었습니다: {info.path} ({format_size(info.size)}{counts})")
    return 0
