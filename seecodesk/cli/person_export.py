"""`seecodesk person export PERSON_ID OUT.json --db PATH`: everything held about one person (열람 요청), as JSON."""

import argparse
from pathlib import Path

from seecodesk.services.privacy import PrivacyService
from seecodesk.storage.database import open_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("person_id", metavar="PERSON_ID", type=int, help="사람 번호")
    parser.add_argument("out", metavar="OUT.json", help="만들 JSON 파일 (UTF-8)")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")


def run(args: argparse.Namespace) -> int:
    db = open_database(args.db, create=False)
    try:
        path = PrivacyService(db, Path(args.db)).export_person(args.person_id, args.out)
    finally:
        db.close()
    print(f"{args.person_id}번 사람에 관해 보관 중인 모든 정보를 저장했습니다: {path}")
    return 0
