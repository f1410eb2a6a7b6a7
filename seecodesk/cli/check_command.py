"""`seecodesk check --db PATH`: integrity and foreign-key check with a one-line verdict; reads only.

The file is opened read-only and never migrated: an older file is reported with its version,
a damaged one with what SQLite found (exit 1).
"""

import argparse
import sqlite3
from pathlib import Path

from seecodesk.core.errors import DatabaseError
from seecodesk.storage.database import APPLICATION_ID, SQLITE_MAGIC, schema_version
from seecodesk.storage.integrity import check_integrity, open_read_only
from seecodesk.storage.problems import known_problem

_NOT_DAMAGE = {"full": "디스크 공간이 부족합니다. 공간을 확보한 뒤 다시 검사해 주세요.",
               "busy": "다른 프로그램이 파일을 쓰고 있습니다. 그 프로그램을 닫거나 잠시 뒤에 다시 검사해 주세요."}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, help="검사할 데이터베이스 파일")


def run(args: argparse.Namespace) -> int:
    path = Path(args.db)
    if not path.is_file():
        raise DatabaseError(f"데이터베이스 파일을 찾을 수 없습니다: {path}")
    if path.stat().st_size == 0:
        raise DatabaseError(f"빈 파일입니다 (크기 0바이트): {path}. 내용이 없어 검사할 것이 없습니다.")
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise DatabaseError(f"SeeCoDesk 데이터베이스 파일이 아닙니다: {path.name}")
    conn = open_read_only(path)
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.DatabaseError as error:
            return _damaged_unless_unreadable(error)
        if app_id != APPLICATION_ID and has_tables:
            raise DatabaseError(f"SeeCoDesk 데이터베이스 파일이 아닙니다: {path.name}")
        try:
            problems = check_integrity(conn)
        except sqlite3.DatabaseError as error:
            return _damaged_unless_unreadable(error)
    finally:
        conn.close()
    if problems:
        return _damaged(problems)
    if version > schema_version():
        print(f"무결성은 이상 없지만, 더 새로운 버전의 SeeCoDesk로 만든 파일입니다 (형식 {version}, "
              f"이 프로그램은 {schema_version()}까지). 프로그램을 업데이트해 주세요.")
        return 1
    print("이상 없음: 무결성 검사와 외래 키 검사를 모두 통과했습니다.")
    if version < schema_version():
        print(f"이 파일은 이전 형식(형식 {version})입니다. 이 프로그램의 형식은 {schema_version()}입니다. "
              "창이나 다른 명령으로 열면 먼저 백업을 만든 뒤 새 형식으로 바꿉니다. 검사는 파일을 바꾸지 않았습니다.")
    return 0


def _damaged_unless_unreadable(error: sqlite3.DatabaseError) -> int:
    """A full disk or another program's lock stops even a reader: that is said, not called damage (restoring a
    backup then would be the wrong advice)."""
    problem = known_problem(error)
    if problem is not None and problem.kind in _NOT_DAMAGE:
        raise DatabaseError(f"파일을 검사하지 못했습니다: {_NOT_DAMAGE[problem.kind]} 손상되었다는 뜻은 아니며, "
                            "파일은 바꾸지 않았습니다.")
    return _damaged([str(error)])


def _damaged(problems: list[str]) -> int:
    print(f"손상 발견: 문제 {len(problems)}건. 이 파일로 작업하지 말고 백업에서 복원해 주세요 "
          "('seecodesk backups --db PATH'로 백업을 봅니다).")
    for problem in problems:
        print(f"- {problem}")
    return 1
