"""An argparse parser that speaks Korean (help and errors) and exits 2 on bad usage."""

import argparse
import sys
from typing import Any, NoReturn

_ERROR_WORDS = (
    ("the following arguments are required", "다음 인자가 필요합니다"),
    ("unrecognized arguments", "알 수 없는 인자"),
    ("invalid choice", "허용되지 않는 값"),
    ("choose from", "가능한 값"),
    ("expected one argument", "값이 하나 필요합니다"),
    ("invalid int value", "숫자가 아닙니다"),
    ("argument", "인자"),
)


class KoreanHelpFormatter(argparse.HelpFormatter):
    """`사용법:` instead of `usage:`."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else "사용법: ")


class KoreanArgumentParser(argparse.ArgumentParser):
    """Korean section titles and help option; usage errors as one Korean line plus the usage, exit 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", KoreanHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "인자"
        self._optionals.title = "옵션"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="이 도움말을 보여 줍니다")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        for english, korean in _ERROR_WORDS:
            message = message.replace(english, korean)
        sys.stderr.write(f"{self.prog}: 사용법 오류: {message}\n")
        raise SystemExit(2)
