"""`seecodesk export people OUT.csv|OUT.xlsx --db PATH [--encoding utf-8-sig|cp949]`: the people list,
one row per role (the import's columns), phones and e-mails only where consent covers 제3자 제공."""

import argparse
import sys

from seecodesk.exchange.member_export import EXPORT_ENCODINGS
from seecodesk.services.people_lists import export_people
from seecodesk.storage.database import open_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", metavar="OUT", help="만들 파일 (.csv 또는 .xlsx)")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")
    parser.add_argument("--encoding", choices=EXPORT_ENCODINGS, default=None,
                        help="CSV 인코딩 (기본 utf-8-sig: 한글 엑셀에서 바로 열립니다; cp949는 오래된 프로그램용)")


def run(args: argparse.Namespace) -> int:
    if args.encoding and args.out.lower().endswith(".xlsx"):
        sys.stderr.write("참고: 엑셀(XLSX) 파일에는 인코딩을 지정하지 않아도 됩니다. --encoding은 무시합니다.\n")
    db = open_database(args.db, create=False)
    try:
        result, withheld = export_people(db, args.out, args.encoding or "utf-8-sig")
    finally:
        db.close()
    print(f"사람 명단 {result.rows:,}줄을 내보냈습니다: {result.path} ({result.label})")
    if withheld.count:
        print(f"{withheld.notice()} (제3자 제공에 동의하지 않은 사람의 전화·이메일은 쓰지 않았습니다)")
    return 0
