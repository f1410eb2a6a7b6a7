"""`seecodesk restore BACKUP --db PATH`: put a backup back, keeping the current file as a safety copy first.

Refused while a window (or another command) holds the file.
"""

import argparse

from seecodesk.cli.writing import writing_lock
from seecodesk.services.backups import compare_with_current, restore_backup


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("backup", metavar="BACKUP", help="복원할 백업 파일 ('seecodesk backups --db PATH'로 찾습니다)")
    parser.add_argument("--db", required=True, help="되돌릴 데이터베이스 파일")


def run(args: argparse.Namespace) -> int:
    with writing_lock(args.db):
        comparison = compare_with_current(args.backup, args.db)
        safety = restore_backup(args.backup, args.db)
    print("복원했습니다. 달라진 내용:")
    for line in comparison.lines():
        print(f"  {line}")
    if safety is not None:
        print(f"복원 전 파일은 안전 사본으로 보관했습니다: {safety.path}")
    return 0
