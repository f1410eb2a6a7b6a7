"""The XLSX reader's child process, seen from the caller: the first worksheet and the other sheets' names,
a child that never answers given up on (and ended), a fresh interpreter that inherits nothing, and the
reason of a refusal passed on to the user."""

import os

import pytest
from openpyxl import Workbook

from seecodesk.core.errors import ImportFileError
from seecodesk.exchange import xlsx_reading
from seecodesk.exchange.xlsx_reading import Sheet, read_first_sheet


def _two_sheets(path):
    workbook = Workbook()
    workbook.active.title = "명단"
    workbook.active.append(["기업명", "전화"])
    workbook.active.append(["가람협동조합", "041-731-2201"])
    workbook.create_sheet("참고").append(["메모"])
    workbook.save(path)
    return path


def test_unit_the_first_worksheet_is_read_in_a_fresh_interpreter(tmp_path, monkeypatch):
    # a reader replaced in this process is not the one the child runs: it imports the module afresh
    monkeypatch.setattr(xlsx_reading, "_read", lambda path: ("바뀐 시트", [], []))
    sheet = read_first_sheet(_two_sheets(tmp_path / "list.xlsx"))
    assert sheet == Sheet("명단", [["기업명", "전화"], ["가람협동조합", "041-731-2201"]], ["참고"])


def test_unit_a_child_that_never_answers_is_given_up_on_and_ended_and_each_refusal_says_why(tmp_path, monkeypatch):
    fifo = tmp_path / "stuck.xlsx"
    os.mkfifo(fifo)  # opening it for reading waits for a writer that never comes
    monkeypatch.setattr(xlsx_reading, "_SECONDS", 0.2)
    with pytest.raises(ImportFileError) as stuck:
        read_first_sheet(fifo)
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"not a workbook")
    monkeypatch.setattr(xlsx_reading, "_SECONDS", 120)
    with pytest.raises(ImportFileError) as refused:
        read_first_sheet(damaged)
    assert "stuck.xlsx" in str(stuck.value) and "damaged.xlsx" in str(refused.value)
    # the reason differs (too slow / not a workbook), so the user learns which
    assert str(stuck.value).replace("stuck", "x") != str(refused.value).replace("damaged", "x")
