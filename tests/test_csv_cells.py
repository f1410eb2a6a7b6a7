"""The CSV cells SQLite finishes (storage/csv_cells.py), written by csv.writer, against the Python
writer's, on awkward values: the two must never drift apart, for every column kind and style."""

import csv
import io
import sqlite3
import unicodedata

import pytest

from seecodesk.exchange.report_export import WriteStyle, csv_rows
from seecodesk.services.reports.base import Column, Table
from seecodesk.storage import csv_cells

NASTY = ["<", "&", "=1+1", "+82", "-3", "@x", "0012", "0012345678", "😀 이모지", unicodedata.normalize("NFD", "가람 협동조합"),
         'say "hi"', '"', "a,b", "줄\n바꿈", "캐리지\r리턴", "\r\n", "\t탭", "\n앞줄", "가" * 10_000, "=" + "가,\"" * 3000,
         None, "", " ", "'", "1'", "2026-03-05", "2026-3-5", "0000-00-00", "2026-0a-05", "합계",
         0, 7, -7, -3, 42, 499, 500, 1500, 2500, -2500, 3499, 3500, -1500, 1_234_567_890, -999_999_999_999]
STYLES = [WriteStyle(), WriteStyle(thousand_won=True, dotted_dates=True)]


def _sql_lines(kinds: list[str], rows: list[list[object]], style: WriteStyle) -> list[str | None]:
    conn = sqlite3.connect(":memory:")
    names = [f"c{i}" for i in range(len(kinds))]
    conn.execute(f"CREATE TABLE t ({', '.join(names)})")
    conn.executemany(f"INSERT INTO t VALUES ({', '.join('?' * len(names))})", rows)
    sql = csv_cells.cells_query("SELECT {columns} FROM t ORDER BY rowid", names, kinds, style.thousand_won,
                                style.dotted_dates)
    lines = [python_lines([row]) for row in conn.execute(sql)]
    return [None if csv_cells.NOT_IN_SQL in line else line for line in lines]


def python_lines(rows) -> str:
    text = io.StringIO()
    csv.writer(text, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n").writerows(rows)
    return text.getvalue()


def _python_lines(kinds: list[str], rows: list[list[object]], style: WriteStyle) -> list[str]:
    table = Table("t", [Column(f"c{i}", "c", kind) for i, kind in enumerate(kinds)], rows)
    return [python_lines([row]) for row in csv_rows(table, style)]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("kind", csv_cells.CELL_KINDS)
def test_unit_sql_lines_equal_python_lines_for_every_kind(kind, style):
    rows = [[value, "옆 칸"] for value in NASTY]
    sql = _sql_lines([kind, "text"], rows, style)
    expected = []
    for value, line in zip(NASTY, sql, strict=True):
        if line is None:  # declined: the Python writer formats it (and must be able to)
            assert kind == "date" and (isinstance(value, int) or (style.dotted_dates and value == "2026-0a-05")), value
            continue
        assert line == _python_lines([kind, "text"], [[value, "옆 칸"]], style)[0], (kind, value)
        expected.append(line)
    assert len(expected) >= len(NASTY) - 16


@pytest.mark.parametrize("kind", csv_cells.CELL_KINDS)
def test_unit_a_lone_column_writes_an_empty_cell_as_two_quotes(kind):
    values = [[None], [""], ["=x"], [5]] if kind != "date" else [[None], [""], ["=x"]]
    assert _sql_lines([kind], values, WriteStyle()) == _python_lines([kind], values, WriteStyle())


def test_unit_a_real_number_where_text_is_due_is_left_to_python():
    assert _sql_lines(["text", "text"], [[-1.5, "x"]], WriteStyle()) == [None]
    assert _sql_lines(["int", "money"], [[1.5, 2.25]], WriteStyle()) == ["1.5,2.25\r\n"]


def test_unit_the_guard_the_sql_relies_on_is_one_character_a_start():
    from seecodesk.core.csv_rules import FORMULA_STARTS

    assert all(len(start) == 1 for start in FORMULA_STARTS)


def test_unit_write_cells_writes_every_chunk_of_the_cursor_and_counts_its_rows():
    from seecodesk.exchange.csv_stream import write_cells

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (a, b)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [(f"기관{i}", i) for i in range(5000)])  # more than one chunk
    handle = io.BytesIO()
    count = write_cells(handle, ["이름", "수"], conn.execute("SELECT a, b FROM t ORDER BY rowid"), "utf-8-sig",
                        [["합계", 5000]])
    lines = handle.getvalue().decode("utf-8-sig").split("\r\n")
    assert count == 5000
    assert lines[:3] == ["이름,수", "기관0,0", "기관1,1"] and lines[-3:] == ["기관4999,4999", "합계,5000", ""]


def test_unit_write_cells_leaves_a_cell_sqlite_could_not_finish_to_python():
    from seecodesk.exchange.csv_stream import NotInSql, write_cells

    conn = sqlite3.connect(":memory:")
    with pytest.raises(NotInSql):
        write_cells(io.BytesIO(), ["a"], conn.execute("SELECT 'x' || char(0)"), "utf-8")
