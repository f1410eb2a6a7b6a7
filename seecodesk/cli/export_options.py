"""What the table export commands (members, people, agreements, trades) share: OUT, --db, --encoding, and
the database opened for the one export (with a note when an encoding is given for an XLSX file)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from seecodesk.exchange.member_export import EXPORT_ENCODINGS
from seecodesk.storage.database import open_database

if TYPE_CHECKING:
    import sqlite_utils


def add_output_arguments(parser: argparse.ArgumentParser) -> None:
    """OUT and --db, in that order (a command's own options come next, then `add_encoding_argument`)."""
    parser.add_argument("out", metavar="OUT", help="만들 파일 (.csv 또는 .xlsx)")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")


def add_encoding_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--encoding", choices=EXPORT_ENCODINGS, default=None,
                        help="CSV 인코딩 (기본 utf-8-sig: 한글 엑셀에서 바로 열립니다; cp949는 오래된 프로그램용)")


@contextmanager
def export_database(args: argparse.Namespace) -> Iterator[sqlite_utils.Database]:
    """The database of `args.db`, open for the export and closed after it."""
    if args.encoding and args.out.lower().endswith(".xlsx"):
        sys.stderr.write("참고: 엑셀(XLSX) 파일에는 인코딩을 지정하지 않아도 됩니다. --encoding은 무시합니다.\n")
    db = open_database(args.db, create=False)
    try:
        yield db
    finally:
        db.close()


def encoding_of(args: argparse.Namespace) -> str:
    return str(args.encoding or "utf-8-sig")
