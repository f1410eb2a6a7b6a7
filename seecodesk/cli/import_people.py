"""`seecodesk import people FILE --db PATH [--encoding …] [--dry-run]`.

Prints the file and encoding used, how columns were matched, the counts and every problem with its
row and column. Any error means nothing is imported (exit 1); `--dry-run` only previews. People
already stored (same 소속 기관 and name) are not added twice: only their blank fields and new roles.
"""

import argparse
import contextlib

from seecodesk.cli.import_report import print_source, print_warnings, refuse
from seecodesk.cli.writing import writing_lock
from seecodesk.exchange.people_import import PEOPLE_FIELDS, PeopleImportPreview, build_people_preview
from seecodesk.exchange.reading import ENCODINGS, read_table
from seecodesk.services.people_import import import_people
from seecodesk.storage.database import open_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE",
                        help="가져올 CSV 또는 XLSX 파일 (이름, 소속 기관, 직함, 휴대전화, 전화, 이메일, 역할, 기구, 시작, 끝 열)")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")
    parser.add_argument("--encoding", choices=ENCODINGS, default="auto",
                        help="CSV 인코딩 (기본: auto — UTF-8(BOM), UTF-8, CP949 순서로 알아봅니다)")
    parser.add_argument("--dry-run", action="store_true", help="미리보기만 하고 아무것도 바꾸지 않습니다")


def run(args: argparse.Namespace) -> int:
    table = read_table(args.file, args.encoding)
    with contextlib.nullcontext() if args.dry_run else writing_lock(args.db):
        db = open_database(args.db, create=False)
        try:
            preview = build_people_preview(table, db)
            print_preview(preview)
            if not preview.can_commit:
                refuse(preview)
            if args.dry_run:
                print(f"미리보기만 했습니다: {preview.summary()}. 아무것도 바꾸지 않았습니다.")
                return 0
            result = import_people(db, preview)
        finally:
            db.close()
    print(f"가져오기 완료: {result.describe()}")
    return 0


def print_preview(preview: PeopleImportPreview) -> None:
    """The file, the column matching, the counts and the warnings, on stdout."""
    print_source(preview.table, preview.columns, PEOPLE_FIELDS, preview.unknown_columns)
    print(preview.summary())
    print_warnings(preview)
