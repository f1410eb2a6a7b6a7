"""The real 자활기업 (CP949) and 마을기업 (UTF-8 BOM) directories from data.go.kr import in auto mode."""

from pathlib import Path

import pytest

from seecodesk.exchange.member_import import ERROR, build_preview, commit_import
from seecodesk.exchange.reading import read_table

DATA = Path("/work/shared/data/public-directories")
pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason="public directory data not on this machine")


def _import(db, name):
    preview = build_preview(read_table(DATA / name), db)
    assert preview.problems(ERROR) == []
    return preview, commit_import(db, preview).added


def test_jahwal_cp949_imports_all_977_rows(db):
    preview, imported = _import(db, "jahwal_cp949.csv")
    assert preview.table.encoding == "cp949"
    assert imported == 977
    assert preview.mapping.file_designation == "자활기업"
    assert set(preview.mapping.unknown_columns()) == {"시도", "시군구", "자활기업구분"}
    kinds = db.execute("SELECT DISTINCT kind FROM designations").fetchall()
    assert kinds == [("자활기업",)]
    # 순번 134 is written '주)엄마손집밥', 순번 419 has a double space: both kept readable
    names = {row[0] for row in db.execute("SELECT name FROM organisations")}
    assert "주식회사 행복이가득한집" in names
    quoted = db.execute("SELECT address FROM organisations WHERE address LIKE '%\"1층, 금곡동\"%'").fetchall()
    assert len(quoted) == 1


def test_maeul_utf8sig_with_line_breaks_and_circled_ju(db):
    preview, imported = _import(db, "maeul_utf8sig.csv")
    assert preview.table.encoding == "utf-8-sig"
    assert imported == 1727
    names = {row[0] for row in db.execute("SELECT name FROM organisations")}
    assert "농업회사법인 (주)소백산자락길" in names  # '농업회사법인\n㈜소백산자락길'
    assert "농업회사법인 쌍지뜰전통식품 주식회사" in names  # line break followed by a space
    assert not any("\n" in n or "㈜" in n or "  " in n for n in names)
    by_row = {r.cells["연번"]: r for r in preview.rows}
    assert by_row["1244"].row == 1245  # spreadsheet row, although the record starts on a later physical line
    assert by_row["1244"].line > 1245


def test_both_encodings_of_maeul_give_the_same_rows(db):
    utf8 = build_preview(read_table(DATA / "maeul_utf8sig.csv"), db)
    cp949 = build_preview(read_table(DATA / "maeul_cp949.csv"), db)
    assert cp949.table.encoding == "cp949"
    assert [r.organisation for r in utf8.rows] == [r.organisation for r in cp949.rows]
    # '샾' (연번 544) exists only in CP949's extension of EUC-KR
    assert cp949.rows[543].organisation.industry == "세제 소분샾, 농산물 등"


def test_importing_the_same_file_twice_does_not_double_the_directory(db):
    _import(db, "jahwal_cp949.csv")
    again = build_preview(read_table(DATA / "jahwal_utf8sig.csv"), db)
    assert len(again.rows_existing) == 977 and again.rows_to_add == [] and not again.is_blocked
    result = commit_import(db, again)
    assert (result.added, result.skipped) == (0, 977)
    assert db.execute("SELECT count(*) FROM organisations").fetchone()[0] == 977
