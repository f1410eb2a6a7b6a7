"""`seecodesk check --db PATH`: integrity and foreign-key check with a one-line verdict."""

import argparse

from seecodesk.storage.database import open_database
from seecodesk.storage.integrity import check_integrity


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, help="검사할 데이터베이스 파일")


def run(args: argparse.Namespace) -> int:
    db = open_database(args.db, create=False)
    try:
        problems = check_integrity(db)
    finally:
        db.close()
    if problems:
        print(f"문제 발견: {len(problems)}건")
        for problem in problems:
            print(f"- {problem}")
        return 1
    print("이상 없음: 무결성 검사와 외래 키 검사를 모두 통과했습니다.")
    return 0
