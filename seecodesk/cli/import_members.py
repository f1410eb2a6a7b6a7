"""`seecodesk import members FILE --db PATH [--encoding …] [--map SOURCE=FIELD …] [--only COLUMN=VALUE]
[--update-existing] [--dry-run]`.

Refused while a window holds the file (the window's lock); `--dry-run` reads only and is allowed.

Prints a Korean summary: the file and encoding used, how columns were mapped, rows read, to add
and already in the directory, and every problem with its row number. Any error means nothing is
imported (exit 1); warnings are listed and do not block. Rows the directory already holds (same
사업자등록번호, or same name and 대표자) are skipped, or update the stored organisation with
`--update-existing`. `--only 시군구=논산시` keeps only the rows with that value. `--dry-run` only
previews and changes nothing.
"""

import argparse
import contextlib
import sys

from seecodesk.cli.writing import writing_lock
from seecodesk.core.errors import ImportFileError
from seecodesk.core.josa import josa
from seecodesk.exchange.fields import FIELD_LABELS, IGNORE
from seecodesk.exchange.member_import import ERROR, UPDATE, WARNING, ImportPreview, build_preview
from seecodesk.exchange.member_mapping import ColumnMapping, apply_overrides, suggest_mapping
from seecodesk.exchange.reading import ENCODINGS, SourceTable, read_table
from seecodesk.services.member_import import import_members
from seecodesk.storage.database import open_database

MAX_WARNINGS_SHOWN = 50


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="가져올 CSV 또는 XLSX 파일")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")
    parser.add_argument("--encoding", choices=ENCODINGS, default="auto",
                        help="CSV 인코딩 (기본: auto — UTF-8(BOM), UTF-8, CP949 순서로 알아봅니다)")
    parser.add_argument("--map", action="append", default=[], metavar="SOURCE=FIELD",
                        help="파일의 열을 항목에 연결합니다 (예: --map 상호=기업명, --map 비고=메모, --map 순번=무시). "
                             "여러 번 쓸 수 있습니다")
    parser.add_argument("--only", metavar="COLUMN=VALUE",
                        help="그 열의 값이 VALUE인 행만 가져옵니다 (예: --only 시군구=논산시)")
    parser.add_argument("--update-existing", action="store_true",
                        help="이미 명단에 있는 곳(같은 사업자등록번호, 또는 같은 이름과 대표자)을 건너뛰지 않고 "
                             "파일의 내용으로 고칩니다")
    parser.add_argument("--dry-run", action="store_true", help="미리보기만 하고 아무것도 바꾸지 않습니다")


def run(args: argparse.Namespace) -> int:
    table = read_table(args.file, args.encoding)
    mapping = apply_overrides(suggest_mapping(table), table.headers, args.map)
    with contextlib.nullcontext() if args.dry_run else writing_lock(args.db):
        return _import(args, table, mapping)


def _import(args: argparse.Namespace, table: SourceTable, mapping: ColumnMapping) -> int:
    only = _only(args.only, table.headers) if args.only else None
    db = open_database(args.db, create=False)
    try:
        preview = build_preview(table, db, mapping)
        if args.update_existing:
            preview.on_existing = UPDATE
        if only is not None:
            preview.keep_only(*only)
        print_preview(preview)
        if preview.is_blocked:
            _print_problems(preview.problems(ERROR), "오류", None, sys.stderr)
            raise ImportFileError(_refusal_line(preview))
        if args.dry_run:
            print(f"미리보기만 했습니다: 새로 {len(preview.rows_to_add):,}곳을 더할 수 있으며"
                  f"{_existing_clause(preview)}, 아무것도 바꾸지 않았습니다.")
            return 0
        result = import_members(db, preview)
    finally:
        db.close()
    print(f"가져오기 완료: {result.describe()}")
    return 0


def _only(text: str, headers: list[str]) -> tuple[str, str]:
    column, sep, value = text.partition("=")
    column = " ".join(column.split())
    if not sep or not column:
        raise ImportFileError(f"--only 값 '{text}'의 형식이 틀렸습니다. '열=값' 모양으로 써 주세요 (예: 시군구=논산시).")
    if column not in headers:
        raise ImportFileError(f"파일에 '{column}' 열이 없습니다. 있는 열: {', '.join(headers)}")
    return column, value.strip()


def _existing_clause(preview: ImportPreview) -> str:
    existing = len(preview.rows_existing)
    if not existing:
        return ""
    return f" 이미 있는 {existing:,}곳은 {'고쳐 씁니다' if preview.on_existing == UPDATE else '건너뜁니다'}"


def print_preview(preview: ImportPreview) -> None:
    """The file, the mapping, the counts and the warnings, on stdout."""
    table = preview.table
    encoding = f", 인코딩 {table.encoding_label}" if table.kind == "CSV" else ""
    print(f"파일: {table.path.name} ({table.kind}{encoding}, 머리글 {table.header_row}행)")
    for note in table.notes:
        print(f"  참고: {note}")
    mapped = [f"{h} → {FIELD_LABELS[f]}" for h, f in preview.mapping.fields.items() if f != IGNORE]
    print(f"열 연결: {', '.join(mapped) or '(없음)'}")
    for header in sorted(preview.mapping.designation_sources):
        print(f"'{header}' 열의 사회적기업·마을기업 같은 값은 인증·지정으로도 가져옵니다.")
    unknown = preview.mapping.unknown_columns()
    if unknown:
        print(f"가져오지 않는 열: {', '.join(unknown)} (필요하면 --map 열=항목 으로 연결하세요)")
    if preview.mapping.file_designation:
        print(f"모든 행에 인증·지정 '{preview.mapping.file_designation}'{josa(preview.mapping.file_designation, '을')} 붙입니다.")
    if preview.blank_rows:
        print(f"빈 행 {preview.blank_rows:,}개는 건너뛰었습니다.")
    print(preview.summary())
    _print_problems(preview.problems(WARNING), "주의", MAX_WARNINGS_SHOWN, sys.stdout)


def _print_problems(problems: list, title: str, limit: int | None, stream) -> None:  # type: ignore[no-untyped-def]
    if not problems:
        return
    stream.write(f"{title} {len(problems):,}건:\n")
    for problem in problems[:limit]:
        stream.write(f"  {problem.text()}\n")
    if limit is not None and len(problems) > limit:
        stream.write(f"  … 외 {len(problems) - limit:,}건\n")


def _refusal_line(preview: ImportPreview) -> str:
    if preview.file_problems:
        return preview.file_problems[0] + " 아무것도 가져오지 않았습니다."
    rows = preview.blocking_rows
    if not rows:
        return "가져올 행이 없습니다. 행 거르기(--only)나 파일을 확인해 주세요."
    numbers = ", ".join(str(r.row) for r in rows[:10]) + (" 등" if len(rows) > 10 else "")
    return f"오류가 있는 행이 {len(rows):,}개 있어 아무것도 가져오지 않았습니다 ({numbers}행). 고친 뒤 다시 가져와 주세요."
