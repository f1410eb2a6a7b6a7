"""`seecodesk person forget PERSON_ID --db PATH`: 파기 — the person removed everywhere, history and file bytes included.

A backup is made first. The output says which backups still hold the person. Refused while a
window (or another command) holds the file: 파기 compacts the file, which no one else may be using.
"""

import argparse
from pathlib import Path

from seecodesk.cli.writing import writing_lock
from seecodesk.services.privacy import REASON_REQUEST, PrivacyService
from seecodesk.storage.database import open_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("person_id", metavar="PERSON_ID", type=int, help="파기할 사람 번호")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")


def run(args: argparse.Namespace) -> int:
    with writing_lock(args.db):
        db = open_database(args.db, create=False)
        try:
            result = PrivacyService(db, Path(args.db)).destroy([args.person_id], REASON_REQUEST)
        finally:
            db.close()
    print(result.message())
    return 0
