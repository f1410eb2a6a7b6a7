"""The CSV cells SQLite finishes (storage/csv_cells.py), written by csv.writer, against the Python
writer's, on awkward values: the two must never drift apart, for every column kind and style."""

import csv
import io
import sqlite3
import unicodedata

import pytest

from seecodesk.exchange.csv_stream import NotInSql, chunk_text
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



def _sql_whole_lines(kinds: list[str], rows: list[list[object]], style: WriteStyle) -> list[str | None]:
    """Each row of `lines_query` as the writer makes it text (None: declined, Python's to write)."""
    conn = sqlite3.connect(":memory:")
    names = [f"c{i}" for i in range(len(kinds))]
    conn.execute(f"CREATE TABLE t ({', '.join(names)})")
    conn.executemany(f"INSERT INTO t VALUES ({', '.join('?' * len(names))})", rows)
    sql = csv_cells.lines_query("SELECT {columns} FROM t ORDER BY rowid", names, kinds, style.thousand_won,
                                style.dotted_dates)
    found: list[str | None] = []
    for (line,) in conn.execute(sql):
        try:
            found.append(chunk_text([line], len(kinds)))
        except NotInSql:
            found.append(None)
    return found


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("kind", csv_cells.CELL_KINDS)
def test_unit_sql_lines_written_equal_python_lines_for_every_kind(kind, style):
    rows = [[value, "옆 칸"] for value in NASTY] + [["옆, \"칸\"\n", value] for value in NASTY]
    sql = _sql_whole_lines([kind, "text"], rows, style)
    written = 0
    for row, line in zip(rows, sql, strict=True):
        if line is None:  # declined: the Python writer formats it (and must be able to)
            value = row[0] if row[1] == "옆 칸" else row[1]
            assert kind == "date" and (isinstance(value, int) or (style.dotted_dates and value == "2026-0a-05")), value
            continue
        assert line == _python_lines([kind, "text"], [row], style)[0], (kind, row)
        written += 1
    assert written >= len(rows) - 32


@pytest.mark.parametrize("kind", csv_cells.CELL_KINDS)
def test_unit_a_lone_column_line_writes_an_empty_cell_as_two_quotes(kind):
    values = [[None], [""], ["=x"], ['"'], [","], ["a"]] + ([[5], [-5]] if kind != "date" else [])
    assert _sql_whole_lines([kind], values, WriteStyle()) == _python_lines([kind], values, WriteStyle())


def test_unit_a_real_number_in_a_line_is_left_to_python():
    """SQLite prints a real number its own way (0.1 + 0.2 as 0.3): joined into a line it is never SQLite's to write."""
    for kind in ("int", "number", "money", "text"):
        assert _sql_whole_lines([kind, "text"], [[0.1 + 0.2, "x"]], WriteStyle()) == [None]
    assert _sql_whole_lines(["int", "money", "text"], [[-3, 2500, None]], WriteStyle()) == ["-3,2500,\r\n"]


def test_unit_a_chunk_needing_no_quotes_is_the_lines_joined_by_commas():
    lines = ["가\x1f1\x1f", "\x1f\x1f", "'=x\x1f-3\x1fz"]
    assert chunk_text(lines, 3) == "가,1,\r\n,,\r\n'=x,-3,z\r\n" == python_lines([line.split("\x1f") for line in lines])


@pytest.mark.parametrize("odd", [",", '"', "\r", "\n", "\r\n", "\x1e"])
def test_unit_a_chunk_with_a_cell_needing_quotes_is_quoted_as_csv_writer_does(odd):
    lines = ["a\x1fb", f"c{odd}d\x1fe", "f\x1f"]
    assert chunk_text(lines, 2) == python_lines([line.split("\x1f") for line in lines])


def test_unit_a_cell_holding_the_separator_or_a_value_python_writes_declines_the_chunk():
    with pytest.raises(NotInSql):
        chunk_text(["a\x1fb\x1fc", "d\x1fe"], 2)  # three cells where two are due: which ones is unknown
    with pytest.raises(NotInSql):
        chunk_text(["a\x1fb", "\x1f\x1f"], 2)  # the mark of a value SQLite left to Python


@pytest.mark.parametrize("kind", csv_cells.CELL_KINDS)
def test_unit_text_holding_a_nul_is_left_to_python_in_a_line(kind):
    """printf's %s would stop at the NUL and drop the rest of the cell without a trace."""
    assert _sql_whole_lines([kind, "text"], [["a\0b", "x"], ["x", "a\0b"]], WriteStyle()) == [None, None]


def test_unit_a_plain_expression_goes_into_the_line_as_it_is():
    sql = csv_cells.lines_query("SELECT {columns}", ["'예'", "''", "'=x'"], ["plain", "plain", "text"])
    assert sqlite3.connect(":memory:").execute(sql).fetchone() == ("예\x1f\x1f'=x",)


def test_unit_a_line_of_many_cells_is_printed_in_groups_printf_accepts():
    kinds = ["int", "text", "money"] * 70
    rows = [[7, "=가", 2500] * 70, [-1, "a,b", None] * 70]
    assert _sql_whole_lines(kinds, rows, WriteStyle()) == _python_lines(kinds, rows, WriteStyle())


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r", "\n"])
def test_unit_a_cell_excel_would_run_gets_an_apostrophe(start):
    from seecodesk.core.csv_rules import neutralise

    assert neutralise(f"{start}1+1") == f"'{start}1+1"


def test_unit_other_cells_pass_as_they_are():
    from seecodesk.core.csv_rules import neutralise

    assert [neutralise(v) for v in ("가람", "1+1", "'=x", " =x", "", -3, None)] == ["가람", "1+1", "'=x", " =x", "", -3, None]


def test_unit_write_lines_writes_every_chunk_of_the_cursor_and_counts_its_rows():
    from seecodesk.exchange.csv_stream import write_lines

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (a, b)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [(f"기관{i}", i) for i in range(5000)])  # more than one chunk
    handle = io.BytesIO()
    lines = conn.execute("SELECT a || char(31) || b FROM t ORDER BY rowid")
    count = write_lines(handle, ["이름", "수"], lines, "utf-8-sig", [["합계", 5000]])
    written = handle.getvalue()
    assert written.count(b"\xef\xbb\xbf") == 1  # one BOM, not one a chunk
    rows = written.decode("utf-8-sig").split("\r\n")
    assert count == 5000
    assert rows[:3] == ["이름,수", "기관0,0", "기관1,1"] and rows[-3:] == ["기관4999,4999", "합계,5000", ""]


def test_unit_write_lines_leaves_a_line_with_a_cell_too_many_to_python():
    from seecodesk.exchange.csv_stream import NotInSql, write_lines

    conn = sqlite3.connect(":memory:")
    with pytest.raises(NotInSql):
        write_lines(io.BytesIO(), ["a"], conn.execute("SELECT 'x' || char(31)"), "utf-8")


# --- what the mutation run of storage/csv_cells.py showed untested -------------------------------------------
@pytest.mark.parametrize("text", ["\t탭\n", "\r\n", "a\x1fb", "it's", "=1"])
def test_unit_a_literal_reads_back_in_sqlite_as_the_same_text(text):
    assert sqlite3.connect(":memory:").execute(f"SELECT {csv_cells.literal(text)}").fetchone() == (text,)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("kind", csv_cells.CELL_KINDS)
def test_unit_a_blob_is_left_to_python_in_a_line_and_in_cells(kind, style):
    rows = [[b"\x00\x01", "x"], ["x", b"\x00\x01"]]
    assert _sql_whole_lines([kind, "text"], rows, style) == [None, None]
    assert _sql_lines([kind, "text"], rows, style) == [None, None]


def test_unit_with_no_style_given_an_amount_stays_in_won_and_a_day_as_typed():
    conn = sqlite3.connect(":memory:")
    expressions, kinds = ["2500", "'2026-03-05'"], ["money", "date"]
    assert conn.execute(csv_cells.lines_query("SELECT {columns}", expressions, kinds)).fetchone() == (
        "2500\x1f2026-03-05",)
    assert conn.execute(csv_cells.cells_query("SELECT {columns}", expressions, kinds)).fetchone() == (
        2500, "2026-03-05")
    assert [conn.execute(f"SELECT {csv_cells.cell(e, k)}").fetchone()[0] for e, k in zip(expressions, kinds, strict=True)] == [
        2500, "2026-03-05"]


@pytest.mark.parametrize("query", [csv_cells.lines_query, csv_cells.cells_query])
def test_unit_a_column_without_a_kind_is_an_error_never_a_column_left_out(query):
    with pytest.raises(ValueError):
        query("SELECT {columns}", ["'a'", "'b'"], ["text"])
    with pytest.raises(ValueError):
        query("SELECT {columns}", ["'a'"], ["text", "text"])
