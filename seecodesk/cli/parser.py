"""An argparse parser that speaks Korean and exits 2 on bad usage."""

import argparse
import sys
from typing import NoReturn


class KoreanArgumentParser(argparse.ArgumentParser):
    """Usage errors as one Korean line plus the usage, exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        translated = (
            message.replace("the following arguments are required", "다음 인자가 필요합니다")
            .replace("unrecognized arguments", "알 수 없는 인자")
            .replace("invalid choice", "허용되지 않는 값")
            .replace("choose from", "가능한 값")
            .replace("expected one argument", "값이 하나 필요합니다")
        )
        sys.stderr.write(f"{self.prog}: 사용법 오류: {translated}\n")
        raise SystemExit(2)
