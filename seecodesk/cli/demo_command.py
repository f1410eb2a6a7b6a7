"""`seecodesk demo PATH`: write the fictional demo network to a new file."""

import argparse
from pathlib import Path

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.demo import write_demo_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="만들 데이터베이스 파일 (이미 있으면 덮어쓰지 않습니다)")


def run(args: argparse.Namespace) -> int:
    path = Path(args.path)
    if path.exists():
        raise SeeCoDeskError(f"'{path}' 파일이 이미 있습니다. 덮어쓰지 않으니 다른 이름을 지정해 주세요.")
    summary = write_demo_database(path)
    print(f"데모 네트워크를 만들었습니다: {path} ({summary})")
    return 0
