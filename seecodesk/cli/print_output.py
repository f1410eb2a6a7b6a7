"""What the `seecodesk print …` commands share: the OUT and --db arguments, the output place checked
before any work is done, the database opened for the print and closed after it, and an unwritable
PDF turned into one Korean sentence."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.core.errors import ExportError, SeeCoDeskError, unsaved_file_message
from seecodesk.core.josa import josa
from seecodesk.storage.database import open_database

if TYPE_CHECKING:
    import sqlite_utils


def add_output_arguments(parser: argparse.ArgumentParser, out_help: str = "저장할 PDF 파일") -> None:
    """OUT.pdf and --db, the last two arguments of a print command."""
    parser.add_argument("out", metavar="OUT.pdf", help=out_help)
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")


def check_output(out: str) -> Path:
    """The output path, refusing a folder or a folder that does not exist (before any work is done)."""
    path = Path(out)
    if path.is_dir():
        raise SeeCoDeskError(f"'{out}'{josa(out, '은')} 폴더입니다. 저장할 PDF 파일 이름을 적어 주세요.")
    if not path.resolve().parent.is_dir():
        raise SeeCoDeskError(f"저장할 폴더가 없습니다: {path.resolve().parent}")
    return path


@contextmanager
def database_for_print(args: argparse.Namespace) -> Iterator[sqlite_utils.Database]:
    """The database of `args.db`, once `args.out` is known to be a place a file can be saved; closed after.

    A failure to write `args.out` (or the temporary file beside it) inside the block becomes one Korean sentence naming the file.
    """
    out = check_output(args.out)
    db = open_database(args.db, create=False)
    try:
        yield db
    except OSError as error:
        if error.filename is not None and Path(error.filename).resolve().parent != out.resolve().parent:
            raise  # not the output (nor its temporary .part beside it)
        raise _unwritable(out, error) from error
    finally:
        db.close()


def write_pdf[T](build: Callable[[], T], path: Path) -> T:
    """Run `build()`, turning an unwritable target into one Korean sentence."""
    try:
        return build()
    except OSError as error:
        raise _unwritable(path, error) from error


def _unwritable(path: Path, error: OSError) -> SeeCoDeskError:
    return ExportError(unsaved_file_message(path, error))
