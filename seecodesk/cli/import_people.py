"""`seecodesk import people FILE --db PATH [--encoding …] [--dry-run]`.

Prints the file and encoding used, how columns were matched, the counts and every problem with its
row and column. Any error means nothing is imported (exit 1); `--dry-run` only previews. People
already stored (same 소속 기관 and name) are not added twice: only their blank fields and new roles.
"""

import argparse

from seecodesk.cli.import_report import (
    RowImport,
    add_row_import_arguments,
    print_source,
    print_warnings,
    run_row_import,
)
from seecodesk.exchange.people_import import PEOPLE_FIELDS, PeopleImportPreview, build_people_preview
from seecodesk.services.people_import import import_people


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_row_import_arguments(
        parser, "가져올 CSV 또는 XLSX 파일 (이름, 소속 기관, 직함, 휴대전화, 전화, 이메일, 역할, 기구, 시작, 끝 열)")


def run(args: argparse.Namespace) -> int:
    return run_row_import(args, RowImport(
        preview=build_people_preview, show=print_preview,
        dry_run_line=lambda preview: f"미리보기만 했습니다: {preview.summary()}. 아무것도 바꾸지 않았습니다.",
        commit=lambda db, preview: import_people(db, preview).describe()))


def print_preview(preview: PeopleImportPreview) -> None:
    """The file, the column matching, the counts and the warnings, on stdout."""
    print_source(preview.table, preview.columns, PEOPLE_FIELDS, preview.unknown_columns)
    print(preview.summary())
    print_warnings(preview)
