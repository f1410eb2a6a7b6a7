"""Entry point of the packaged program: the same `seecodesk` command line, window or subcommand.

On Windows the program is built without a console window (a double-click must not open a black
box); when it is started from a command prompt with a subcommand, it attaches to that prompt's
console so `seecodesk.exe print catalog …` still prints its Korean summary and errors.
"""

import multiprocessing
import sys


def _attach_parent_console() -> None:
    if sys.platform != "win32" or len(sys.argv) < 2 or not getattr(sys, "frozen", False):
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS: the prompt that started us
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115 - lives as long as the process
        sys.stderr = sys.stdout


# An XLSX file is read in a child process (seecodesk.exchange.xlsx_reading), and a catalog's unprepared photos
# are made in worker processes (seecodesk.reports.catalog_photos); in the packaged program such a child is
# this executable again, and freeze_support() makes it that worker, not a second program.
multiprocessing.freeze_support()
_attach_parent_console()

from seecodesk.cli.main import main  # noqa: E402

raise SystemExit(main())
