"""`seecodesk export dues YEAR OUT.csv|OUT.xlsx --db PATH`: a year's dues sheet for Korean Excel."""

import argparse

from seecodesk.cli.year_argument import year_argument
from seecodesk.services.dues_print import export_dues
from seecodesk.storage.database import open_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("year", type=year_argument, metavar="YEAR", help="회비 연도 (예: 2026)")
    parser.add_argument("out", metavar="OUT", help="만들 파일 (.csv 또는 .xlsx)")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")


def run(args: argparse.Namespace) -> int:
    db = open_database(args.db, create=False)
    try:
        result = export_dues(db, args.year, args.out)
    finally:
        db.close()
    print(f"{args.year}년 회비 {result.rows}줄을 내보냈습니다: {result.path} ({result.label})")
    return 0
