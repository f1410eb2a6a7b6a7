"""Repeated header names: numbered in the order they come, mapped once, refused as before (unit tests)."""

from seecodesk.exchange.fields import IGNORE
from seecodesk.exchange.member_import import build_preview
from seecodesk.exchange.member_mapping import suggest_mapping
from seecodesk.exchange.reading import read_table


def write(path, lines):
    path.write_text("\n".join(",".join(line) for line in lines) + "\n", encoding="utf-8")
    return path


def test_unit_1500_columns_all_named_x_are_numbered_and_the_file_is_refused_for_want_of_a_name(tmp_path, db):
    path = write(tmp_path / "x.csv", [["x"] * 1500, ["1"] * 1500])  # the 3 KB file that once took 29 s
    table = read_table(path)
    assert table.headers == ["x"] + [f"x ({n})" for n in range(2, 1501)]
    preview = build_preview(table, db)
    assert set(preview.mapping.fields.values()) == {IGNORE}
    assert preview.is_blocked and preview.file_problems[0].startswith("기업명에 연결된 열이 없습니다")


def test_unit_a_repeat_skips_numbers_the_file_already_uses(tmp_path):
    path = write(tmp_path / "x.csv", [["x", "x (2)", "x", "", "x", "열 4", ""], ["1"] * 7])
    assert read_table(path).headers == ["x", "x (2)", "x (3)", "열 4", "x (4)", "열 4 (2)"]


def test_unit_a_repeated_name_column_feeds_the_name_once(tmp_path, db):
    path = write(tmp_path / "names.csv", [["기업명", "기업명", "전화", "기업명"], ["가람", "나래", "041-731-2201", "다온"]])
    table = read_table(path)
    mapping = suggest_mapping(table)
    assert mapping.fields == {"기업명": "name", "기업명 (2)": IGNORE, "전화": "phone", "기업명 (3)": IGNORE}
    preview = build_preview(table, db, mapping)
    assert [row.name for row in preview.rows_to_import] == ["가람"]
