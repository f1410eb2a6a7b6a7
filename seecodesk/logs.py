"""The log file a crash report points to, set up on first use (importing logging costs start-up time)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from seecodesk.paths import log_file

if TYPE_CHECKING:
    import logging

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def file_logger(level: str = "INFO") -> logging.Logger:
    """The program's logger, writing to the log file (the first call in a process sets the level)."""
    import logging

    logging.basicConfig(filename=str(log_file()), level=level, encoding="utf-8", format=LOG_FORMAT)
    return logging.getLogger("seecodesk")
