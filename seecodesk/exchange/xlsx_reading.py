"""The first worksheet of an XLSX file, read in a child process that a damaged file cannot take down.

Why a child process: a damaged or hostile workbook must not end the program. The reader (python-
calamine, Rust) refuses most damage with an exception, but a sheet claiming a huge size (A1:XFD1048576)
makes it allocate the whole grid and abort the process; openpyxl loops for minutes on the same file
and raises IndexError on a missing sharedStrings part. In a child with a memory cap and a time limit
any such file ends the child only, and the user reads one Korean sentence ("읽을 수 없는 파일").
Why python-calamine inside it: it reads a 50,000-row list many times faster than openpyxl, gives the
cached values of formulas as Excel shows them, and its errors are exceptions, not crashes.
The child is a fresh interpreter (spawn) that imports the main script again, so every entry point
(the `seecodesk` script, `python -m seecodesk`, the packaged launcher) guards its start.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from seecodesk.core.errors import ImportFileError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

# Far beyond any member or trade list, well inside the memory cap: a bigger sheet is refused at once.
MAX_ROWS, MAX_CELLS = 300_000, 5_000_000
_MEMORY_CAP = 2 * 1024**3  # the child's address space (Linux, macOS); a bigger sheet is refused, not swapped
_SECONDS = 120


@dataclass
class Sheet:
    """The first worksheet: its name, every row from A1 (cells as the reader gives them), the other sheets."""

    name: str
    rows: list[list[object]]
    others: list[str]


def unreadable(path: Path, reason: str) -> ImportFileError:
    """The one message for an XLSX file that cannot be read, whatever the cause."""
    return ImportFileError(f"읽을 수 없는 파일입니다: {path.name} ({reason}). 엑셀에서 열어 '다른 이름으로 저장'으로 "
                           ".xlsx나 CSV로 다시 저장한 뒤 가져와 주세요.")


def read_first_sheet(path: Path) -> Sheet:
    """Read `path`'s first worksheet in a child process; raises `ImportFileError` for any file it cannot read."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")  # a fresh interpreter: no Qt state or threads copied
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_read_in_child, args=(str(path), sender), daemon=True)
    child.start()
    sender.close()
    try:
        answer = receiver.recv() if receiver.poll(_SECONDS) else ("error", "읽는 데 너무 오래 걸립니다")
    except (EOFError, OSError):  # the child died: out of memory, or the reader crashed
        answer = ("error", "손상되었거나 너무 커서 읽다가 멈췄습니다")
    finally:
        receiver.close()
        child.join(timeout=5)
        if child.is_alive():
            child.kill()
            child.join()
    if answer[0] == "error":
        raise unreadable(path, answer[1])
    return Sheet(*answer[1:])


def _read_in_child(path: str, sender: Connection) -> None:
    """Child process: cap memory and time, silence the reader's own crash output, send the sheet or a reason."""
    _limit_resources()
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)  # a Rust abort prints a backtrace to stderr: the user sees only our sentence
    try:
        sender.send(("ok", *_read(path)))
    except Exception as error:  # noqa: BLE001 - every reader error becomes a reason; the parent words it
        sender.send(("error", _reason(error)))
    finally:
        sender.close()


def _limit_resources() -> None:
    if sys.platform == "win32":
        return
    import resource

    for limit, value in ((resource.RLIMIT_AS, _MEMORY_CAP), (resource.RLIMIT_CPU, _SECONDS)):
        _soft, hard = resource.getrlimit(limit)
        if hard == resource.RLIM_INFINITY or hard > value:
            resource.setrlimit(limit, (value, hard))


def _read(path: str) -> tuple[str, list[list[object]], list[str]]:
    from python_calamine import CalamineWorkbook, SheetTypeEnum

    with CalamineWorkbook.from_path(path) as workbook:
        names = [m.name for m in workbook.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
        if not names:
            raise LookupError("워크시트가 없습니다")
        sheet = workbook.get_sheet_by_name(names[0])
        rows = sheet.start[0] + sheet.height if sheet.start else 0
        cells = rows * (sheet.start[1] + sheet.width) if sheet.start else 0
        if rows > MAX_ROWS or cells > MAX_CELLS:
            raise OverflowError(f"시트가 너무 큽니다: {sheet.height:,}행 × {sheet.width:,}열")
        values = cast(list[list[object]], sheet.to_python(skip_empty_area=False)) if cells else []
    return names[0], values, names[1:]


def _reason(error: Exception) -> str:
    if isinstance(error, (LookupError, OverflowError)):
        return str(error)
    if type(error).__name__ == "PasswordError":
        return "암호가 걸려 있습니다"
    return "손상되었거나 .xlsx 형식이 아닙니다"
