"""`seecodesk import figures FILE --db PATH --year YYYY [--dry-run]`: one year's 고용·매출·사회공헌 figures
from the survey sheet, matched to the directory; any error imports nothing (exit 1)."""

import argparse
import contextlib
import sys

from seecodesk.cli.writing import writing_lock
from seecodesk.core.errors import ImportFileError
from seecodesk.exchange.figure_import import ERROR, FIELD_LABELS, WARNING, build_preview, commit_import
from seecodesk.exchange.reading import read_table
from seecodesk.storage.database import open_database

MAX_SHOWN = 50


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="가져올 CSV 또는 XLSX 파일 (회원사 현황 조사표)")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")
    parser.add_argument("--year", type=int, required=True, help="현황의 연도 (예: 2025)")
    parser.add_argument("--dry-run", action="store_true", help="미리보기만 하고 아무것도 바꾸지 않습니다")


def run(args: argparse.Namespace) -> int:
    with contextlib.nullcontext() if args.dry_run else writing_lock(args.db):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    table = read_table(args.file)
    db = open_database(args.db, create=False)
    try:
        preview = build_preview(table, db, args.year)
        encoding = f", 인코딩 {table.encoding_label}" if table.kind == "CSV" else ""
        print(f"파일: {table.path.name} ({table.kind}{encoding}, 머리글 {table.header_row}행)")
        print("열 연결: " + (", ".join(f"{h} → {FIELD_LABELS[f]}" for f, h in preview.columns.items()) or "(없음)"))
        unused = [h for h in table.headers if h not in preview.columns.values()]
        if unused:
            print(f"가져오지 않는 열: {', '.join(unused)}")
        print(preview.summary())
        _print(preview.problems(WARNING), "주의", sys.stdout)
        if not preview.can_commit:
            _print(preview.problems(ERROR), "오류", sys.stderr)
            reason = preview.file_problems[0] if preview.file_problems else "오류가 있는 행이 있습니다."
            raise ImportFileError(f"{reason} 아무것도 가져오지 않았습니다.")
        if args.dry_run:
            print(f"미리보기만 했습니다: {len(preview.rows):,}곳의 {args.year}년 현황을 가져올 수 있으며, 아무것도 바꾸지 않았습니다.")
            return 0
        count = commit_import(db, preview)
    finally:
        db.close()
    print(f"가져오기 완료: {count:,}곳의 {args.year}년 현황을 저장했습니다.")
    return 0


def _print(problems: list, title: str, stream) -> None:  # type: ignore[no-untyped-def]
    if problems:
        stream.write(f"{title} {len(problems):,}건:\n")
        for problem in problems[:MAX_SHOWN]:
            stream.write(f"  {problem.text()}\n")
        if len(problems) > MAX_SHOWN:
            stream.write(f"  … 외 {len(problems) - MAX_SHOWN:,}건\n")
