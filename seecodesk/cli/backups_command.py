"""`seecodesk backups --db PATH`: the backups of a database, newest first, with date, size and counts."""

import argparse

from seecodesk.core.backups import format_size, format_when
from seecodesk.services.backups import backup_folder, list_backups


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, help="데이터베이스 파일")


def run(args: argparse.Namespace) -> int:
    folder = backup_folder(args.db)
    backups = list_backups(args.db)
    if not backups:
        print(f"백업이 없습니다 (백업 폴더: {folder}).")
        return 0
    print(f"백업 {len(backups)}개 (백업 폴더: {folder}), 최신순:")
    for info in backups:
        counts = info.counts.describe() if info.counts else "읽을 수 없음"
        print(f"{format_when(info.taken_at)}  {info.label}  {format_size(info.size)}  {counts}  {info.path.name}")
    return 0
