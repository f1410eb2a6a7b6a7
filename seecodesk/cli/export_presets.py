"""`seecodesk export presets [--db PATH]`: the report presets, with the key to give `export report`."""

import argparse

from seecodesk.services.reports import PRESETS, available_presets
from seecodesk.storage.database import open_database, open_memory_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="네트워크 데이터베이스 파일 (주면 그 파일에서 만들 수 있는 보고서만 보입니다)")


def run(args: argparse.Namespace) -> int:
    db = open_database(args.db, create=False) if args.db else open_memory_database()
    try:
        infos = available_presets(db)
    finally:
        db.close()
    width = max(len(key) for key in PRESETS)
    print("보고서 (seecodesk export report 보고서 OUT.xlsx --db PATH --year YYYY):")
    for info in infos:
        print(f"  {info.key:<{width}}  {info.title} — {info.description}")
    missing = [key for key in PRESETS if key not in {i.key for i in infos}]
    if missing:
        print(f"이 데이터베이스에 기록이 없어 빠진 보고서: {', '.join(missing)}")
    return 0
