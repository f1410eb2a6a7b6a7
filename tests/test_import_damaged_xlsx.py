"""Damaged XLSX files: one Korean sentence ("읽을 수 없는 파일"), exit 1, nothing written, no crash.

The reader runs in a child process (seecodesk.exchange.xlsx_reading): a file that makes it abort or
run out of memory ends the child only.
"""

import io
import sqlite3
import subprocess
import sys
import zipfile

import pytest
from openpyxl import Workbook

from seecodesk.core.errors import ImportFileError
from seecodesk.exchange.reading import read_table

_SHEET_HEAD = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
_HUGE = (_SHEET_HEAD + '<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>기업명</t>'
         '</is></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>')
_SHARED = (_SHEET_HEAD + '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>'
           '<row r="2"><c r="A2" t="s"><v>7</v></c></row></sheetData></worksheet>')
_SHARED_REL = ('<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
               'sharedStrings" Target="sharedStrings.xml"/></Relationships>')


def good_workbook() -> bytes:
    book = Workbook()
    book.active.append(["기업명", "전화"])
    book.active.append(["가람협동조합", "041-731-2201"])
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def rezipped(change) -> bytes:
    source, out = zipfile.ZipFile(io.BytesIO(good_workbook())), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            target.writestr(name, change(name, source.read(name)))
    return out.getvalue()


def sheet_replaced(xml: str, rels: bool = False):
    def change(name, data):
        if name.endswith("worksheets/sheet1.xml"):
            return xml.encode()
        if rels and name == "xl/_rels/workbook.xml.rels":
            return data.replace(b"</Relationships>", _SHARED_REL.encode())
        return data
    return change


DAMAGED = {
    "truncated": lambda: good_workbook()[:2000],
    "garbage_sheet_xml": lambda: rezipped(sheet_replaced("<worksheet><sheetData><row r='1'><<<\x00 garbage")),
    "missing_shared_strings": lambda: rezipped(sheet_replaced(_SHARED, rels=True)),
    "huge_dimension": lambda: rezipped(sheet_replaced(_HUGE)),
    "not_a_zip": lambda: "기업명,전화\n가람,041-731-2201\n".encode("cp949"),
    "empty": lambda: b"",
}


def organisations(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM organisations").fetchone()[0]


@pytest.mark.parametrize("kind", sorted(DAMAGED))
def test_cli_refuses_a_damaged_xlsx_in_one_korean_sentence(kind, demo_path, tmp_path):
    source = tmp_path / f"{kind}.xlsx"
    source.write_bytes(DAMAGED[kind]())
    before = organisations(demo_path)
    done = subprocess.run([sys.executable, "-m", "seecodesk", "import", "members", str(source), "--db", str(demo_path)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith(f"오류: 읽을 수 없는 파일입니다: {kind}.xlsx (")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr and "panic" not in done.stderr
    assert organisations(demo_path) == before


def test_unit_a_good_workbook_still_reads_after_a_bad_one(tmp_path):
    bad, good = tmp_path / "bad.xlsx", tmp_path / "good.xlsx"
    bad.write_bytes(DAMAGED["huge_dimension"]())
    good.write_bytes(good_workbook())
    with pytest.raises(ImportFileError, match="읽을 수 없는 파일입니다: bad.xlsx"):
        read_table(bad)
    table = read_table(good)
    assert table.headers == ["기업명", "전화"] and table.records[0].cells == ["가람협동조합", "041-731-2201"]
