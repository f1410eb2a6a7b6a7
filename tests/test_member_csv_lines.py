"""The member CSV written from lines SQLite finished (storage.member_table.export_lines_cursor) is byte for
byte the file csv.writer makes from the export's cells, on awkward values in every column; a value only
Python writes sends the file the cell-by-cell way."""

import io

import pytest

from seecodesk.core.errors import ExportError
from seecodesk.exchange import member_export
from seecodesk.exchange.member_export import COLUMNS, export_cells, export_members

AWKWARD = ["=1+1", "+82", "-3", "@x", "\t탭", "줄\n바꿈", "캐리지\r리턴", "따옴표\"와, 쉼표", ",", '"', "", " ", "'",
           "0012345678", "가" * 10_000, "😀 이모지", "<b>&amp;</b>", "평범한 이름"]
_TEXT = ["legal_form", "representative", "business_number", "corporation_number", "phone", "fax", "email", "homepage",
         "address", "district", "industry", "service_field", "founded_on", "news", "notes"]


def _insert(db, values: list[object], dues: object = 120_000) -> None:
    number = db.execute("SELECT count(*) FROM organisations").fetchone()[0] + 1
    names = ["id", "name", "name_key", *_TEXT]
    row = [number, f"가람{number}", f"가람{number}", *values]
    db.execute(f"INSERT INTO organisations ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", row)
    if dues is not None:
        db.execute("INSERT INTO dues (organisation_id, year, amount, paid_on) VALUES (?, 2025, ?, '')", [number, dues])


def _cell_by_cell(db, encoding: str = "utf-8-sig") -> bytes:
    out = io.BytesIO()
    member_export.write_csv(out, export_cells(db), encoding)
    return out.getvalue()


@pytest.fixture
def awkward(db):
    for shift in range(len(AWKWARD)):
        _insert(db, [AWKWARD[(shift + i) % len(AWKWARD)] for i in range(len(_TEXT))])
    _insert(db, [-7] * len(_TEXT), dues=None)  # numbers given to text columns, no dues
    return db


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp949"])
def test_unit_member_csv_lines_equal_csv_writer_on_awkward_cells(awkward, tmp_path, encoding, monkeypatch):
    if encoding == "cp949":
        for column in _TEXT:
            awkward.execute(f"UPDATE organisations SET {column} = replace({column}, '😀', '웃음')")
    expected = _cell_by_cell(awkward, encoding)
    monkeypatch.setattr(member_export, "_write_csv", None)  # the lines are written, not the cells
    path = tmp_path / "m.csv"
    result = export_members(awkward, path, encoding)
    assert result.rows == len(AWKWARD) + 1
    assert path.read_bytes() == expected


@pytest.mark.parametrize("odd", ["UPDATE organisations SET notes = 'a' || char(0) || 'b' WHERE id = 3",
                                 "UPDATE dues SET amount = 0.1 + 0.2 WHERE organisation_id = 4"])
def test_unit_a_value_only_python_writes_sends_the_member_csv_cell_by_cell(awkward, tmp_path, odd):
    """A NUL (printf would cut the text there), a real number (SQLite prints it otherwise than Python)."""
    awkward.execute(odd)
    path = tmp_path / "m.csv"
    export_members(awkward, path)
    assert path.read_bytes() == _cell_by_cell(awkward)
    assert b"a\0b" in path.read_bytes() or b"0.30000000000000004" in path.read_bytes()


def test_unit_a_cell_holding_the_separator_sends_the_member_csv_cell_by_cell(awkward, tmp_path):
    awkward.execute("UPDATE organisations SET address = ? WHERE id = 5", ["가\x1f나"])
    path = tmp_path / "m.csv"
    export_members(awkward, path)
    assert path.read_bytes() == _cell_by_cell(awkward) and "가\x1f나".encode() in path.read_bytes()


def test_unit_cp949_refusal_from_the_lines_names_the_row_and_writes_nothing(awkward, tmp_path):
    with pytest.raises(ExportError, match="CP949") as error:
        export_members(awkward, tmp_path / "m.csv", "cp949")
    assert "😀" in str(error.value) and list(tmp_path.iterdir()) == []


def test_unit_the_member_line_has_a_cell_for_every_column(awkward):
    from seecodesk.storage.csv_cells import CELL_SEPARATOR
    from seecodesk.storage.member_table import export_lines_cursor

    lines = [line for (line,) in export_lines_cursor(awkward, [key for _, key, _ in COLUMNS], [])]
    assert len(lines) == len(AWKWARD) + 1
    assert all(line.count(CELL_SEPARATOR) == len(COLUMNS) - 1 for line in lines)


def test_unit_a_withheld_phone_is_blank_in_the_lines_and_the_cells_whatever_it_holds(awkward, tmp_path, monkeypatch):
    """The blanking is tested once a row around the finished cell: a withheld phone that is formula-like, a
    number, or holds a NUL (which would send the file cell by cell) is '' all the same; the others are kept."""
    awkward.execute("UPDATE organisations SET phone = 'a' || char(0) || 'b' WHERE id = 1")
    withheld = set(range(1, len(AWKWARD) + 2, 2))
    ids = dict(awkward.execute("SELECT name, id FROM organisations").fetchall())
    phone = [key for _, key, _ in COLUMNS].index("phone")
    shown = export_cells(awkward)  # nobody holds these numbers: nothing withheld
    expected = [row[:phone] + ["" if ids[row[0]] in withheld else row[phone]] + row[phone + 1:] for row in shown]
    monkeypatch.setattr(member_export, "withheld_phones", lambda db: withheld)
    assert sum(ids[row[0]] in withheld and row[phone] != "" for row in shown) >= 8  # phones to blank
    assert export_cells(awkward) == expected
    out = io.BytesIO()
    member_export.write_csv(out, expected, "utf-8-sig")
    monkeypatch.setattr(member_export, "_write_csv", None)  # the lines are written, not the cells
    result = export_members(awkward, tmp_path / "m.csv")
    assert result.path.read_bytes() == out.getvalue() and result.withheld == len(withheld)
