"""Reading a CSV/XLSX file as the secretary's program sees it: the encoding used, the header row picked,
the cells and row/line numbers kept, and every unreadable file refused (unit tests of exchange/reading.py)."""

from datetime import date, datetime, time

import pytest
from openpyxl import Workbook

from seecodesk.core.errors import ImportFileError
from seecodesk.exchange import reading
from seecodesk.exchange.reading import ENCODING_LABELS, decode, read_table


def write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def refusal(path, encoding="auto"):
    with pytest.raises(ImportFileError) as caught:
        read_table(path, encoding)
    return str(caught.value)


def test_unit_each_encoding_is_detected_and_reported(tmp_path):
    text = "기업명,전화\r\n샾가람,041-730-1234\r\n"
    for encoding, used, label in [("utf-8-sig", "utf-8-sig", "UTF-8 (BOM)"), ("utf-8", "utf-8", "UTF-8 (BOM 없음)"),
                                  ("cp949", "cp949", "CP949 (한글 엑셀·공공데이터포털)"),
                                  ("utf-16-le", "utf-16", "UTF-16 (유니코드 텍스트)"),
                                  ("utf-16-be", "utf-16", "UTF-16 (유니코드 텍스트)")]:
        data = text.encode(encoding)
        if encoding.startswith("utf-16"):
            data = ("\ufeff" + text).encode(encoding)
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(data)
        table = read_table(path)
        assert (table.encoding, table.encoding_label) == (used, label)
        assert table.headers == ["기업명", "전화"] and table.records[0].cells == ["샾가람", "041-730-1234"]


def test_unit_a_forced_encoding_is_used_and_a_bom_never_joins_the_first_header(tmp_path):
    path = write(tmp_path / "bom.csv", "기업명,전화\n가람,1\n", "utf-8-sig")
    table = read_table(path, "utf-8")
    assert table.headers == ["기업명", "전화"] and table.encoding == "utf-8-sig"
    assert decode("가람".encode("cp949"), "cp949") == ("가람", "cp949")
    assert decode(b"abc", "utf-8") == ("abc", "utf-8")


def test_unit_a_wrong_forced_encoding_names_the_line_of_the_first_bad_byte(tmp_path):
    path = write(tmp_path / "cp.csv", "기업명,전화\nabc,1\n가람,2\n", "cp949")
    assert "1번째 줄" in refusal(path, "utf-8")
    later = tmp_path / "later.csv"
    later.write_bytes(b"name,phone\nabc,1\n" + "가람,2\n".encode("cp949"))
    assert "3번째 줄" in refusal(later, "utf-8")
    assert ENCODING_LABELS["utf-8"] in refusal(later, "utf-8")
    assert ENCODING_LABELS["cp949"] in refusal(write(tmp_path / "u.csv", "name\n\u00ff\n", "latin-1"), "cp949")


def test_unit_a_damaged_file_with_a_bom_names_the_encoding_its_bom_announces(tmp_path):
    utf16 = tmp_path / "u16.csv"
    utf16.write_bytes(b"\xff\xfe" + "기업명\n가람\n".encode("utf-16-le") + b"\x00")
    assert ENCODING_LABELS["utf-16"] in refusal(utf16)
    utf8 = tmp_path / "u8.csv"
    utf8.write_bytes(b"\xef\xbb\xbf" + "기업명\n".encode() + b"\xff\n")
    message = refusal(utf8)
    assert ENCODING_LABELS["utf-8-sig"] in message and "2번째 줄" in message


def test_unit_an_unknown_encoding_name_or_undecodable_bytes_are_refused(tmp_path):
    path = write(tmp_path / "a.csv", "기업명\n가람\n")
    assert "euc-kr" in refusal(path, "euc-kr")
    garbage = tmp_path / "g.csv"
    garbage.write_bytes(b"name\n\xff\xfe\xfa\x80\x81\n")
    assert "UTF-8" in refusal(garbage) and "CP949" in refusal(garbage)


def test_unit_a_missing_file_a_folder_and_a_huge_file_are_refused_by_name(tmp_path):
    assert "nowhere.csv" in refusal(tmp_path / "nowhere.csv")
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    assert "folder.csv" in refusal(folder)
    huge = tmp_path / "huge.csv"
    huge.write_bytes(b"a" * (50 * 1024 * 1024 + 1))
    assert "(50 MB)" in refusal(huge)


def test_unit_a_file_exactly_at_the_size_limit_is_read(tmp_path, monkeypatch):
    path = write(tmp_path / "a.csv", "기업명\n가람\n")
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", path.stat().st_size)
    assert read_table(path).records[0].cells == ["가람"]
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", path.stat().st_size - 1)
    refusal(path)


def test_unit_empty_blank_old_excel_and_nul_files_are_refused(tmp_path):
    blank = write(tmp_path / "blank.csv", " \r\n\t\n")
    assert "blank.csv" in refusal(blank) and "엑셀" not in refusal(blank)
    for name in ("empty.xlsx", "EMPTY.XLSX", "empty.xlsm"):
        assert "읽을 수 없는 파일" in refusal(write(tmp_path / name, ""))
    old = tmp_path / "old.csv"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    assert ".xls" in refusal(old)
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"name,phone\nab\x00c,1\n")
    assert "NUL" in refusal(nul)
    commas = write(tmp_path / "commas.csv", ",,\n,,\n")
    assert "commas.csv" in refusal(commas)


def test_unit_a_zip_file_is_read_as_xlsx_whatever_its_name(tmp_path):
    workbook = Workbook()
    workbook.active.append(["기업명", "전화"])
    workbook.active.append(["가람", "041-730-1234"])
    workbook.save(tmp_path / "list.csv")
    table = read_table(tmp_path / "list.csv")
    assert table.kind == "XLSX" and table.records[0].cells == ["가람", "041-730-1234"]


def test_unit_the_delimiter_is_taken_from_the_first_line(tmp_path):
    cases = [("기업명\t전화\n가람\t1,2\n", ["가람", "1,2"]), ("기업명;전화\n가람;1,2\n", ["가람", "1,2"]),
             ("기업명,전화\n가람\t1,2\n", ["가람\t1", "2"]), ("기업명\n가람;1,2\n", ["가람;1", "2"]),
             ("기업명,전화\t비고\n가람,1\t2\n", ["가람", "1\t2"]), ("기업명;전화,비고\n가람;1,2\n", ["가람;1", "2"]),
             ("기업명\t전화\n가,나,다\t1\n가,나,다\t1\n", ["가,나,다", "1"])]
    for number, (text, cells) in enumerate(cases):
        table = read_table(write(tmp_path / f"{number}.csv", text))
        assert table.records[0].cells == cells, text


def test_unit_records_keep_their_row_and_starting_line_and_cells_are_trimmed(tmp_path):
    path = write(tmp_path / "a.csv", '기업명,메모\n" 가람 ","첫 줄\n둘째 줄"\n나눔,  x  \n')
    table = read_table(path)
    assert [(r.row, r.line, r.cells) for r in table.records] == [(2, 2, ["가람", "첫 줄\n둘째 줄"]),
                                                                    (3, 4, ["나눔", "x"])]
    assert table.header_row == 1 and table.kind == "CSV"


def test_unit_a_broken_quote_names_the_line_it_starts_on(tmp_path):
    unclosed = write(tmp_path / "u.csv", '기업명,메모\n가람,a\n나눔,"b\n다온,c\n')
    message = refusal(unclosed)
    assert "3번째 줄" in message and "닫히지" in message
    inside = write(tmp_path / "i.csv", '기업명,메모\n가람,a\n나눔,"b"c\n')
    message = refusal(inside)
    assert "3번째 줄" in message and "닫히지" not in message


def test_unit_utf8_read_as_cp949_gets_a_note_and_a_true_cp949_file_does_not(tmp_path):
    mojibake = read_table(write(tmp_path / "m.csv", "주소,메모\nab,cd\n"), "cp949")
    assert mojibake.headers != ["주소", "메모"] and any("UTF-8" in note for note in mojibake.notes)
    real = read_table(write(tmp_path / "r.csv", "주소,메모\nab,cd\n", "cp949"), "cp949")
    assert real.headers == ["주소", "메모"] and real.notes == []
    ascii_only = read_table(write(tmp_path / "a.csv", "name\x7f,memo\nab,cd\n"), "cp949")
    assert ascii_only.notes == []


def test_unit_the_header_is_the_first_top_row_naming_two_fields(tmp_path):
    table = read_table(write(tmp_path / "a.csv", "2024년 회원 현황\n\n기업명,상호\n기업명,전화\n가람,1\n"))
    assert table.header_row == 4 and table.headers == ["기업명", "전화"]
    assert [r.row for r in table.records] == [5]
    assert table.notes == ["머리글(4행) 위의 제목 줄 2개는 건너뛰었습니다."]


def test_unit_a_row_naming_one_field_is_the_header_when_none_names_two(tmp_path):
    table = read_table(write(tmp_path / "a.csv", "회원 현황,,\n가,나,다\n기업명,별명,\n가람,람,\n"))
    assert table.header_row == 3 and table.headers == ["기업명", "별명"]


def test_unit_without_known_fields_the_first_filled_row_is_the_header(tmp_path):
    table = read_table(write(tmp_path / "a.csv", ",,\n가,나\n다,라\n"))
    assert table.header_row == 2 and table.headers == ["가", "나"] and table.notes == []


def test_unit_the_header_is_looked_for_in_the_top_ten_filled_rows_only(tmp_path):
    titles = "".join(f"제목 {n}\n" for n in range(9))
    found = read_table(write(tmp_path / "nine.csv", titles + "기업명,전화\n가람,1\n"))
    assert found.header_row == 10
    beyond = read_table(write(tmp_path / "ten.csv", titles + "제목 9\n기업명,전화\n가람,1\n"))
    assert beyond.header_row == 1


def test_unit_empty_edges_are_trimmed_but_inner_blanks_kept(tmp_path):
    table = read_table(write(tmp_path / "a.csv", "기업명,,전화,,\n가람,,1,,\n나눔,x,,,\n다온\n"))
    assert table.headers == ["기업명", "열 2", "전화"]
    assert [r.cells for r in table.records] == [["가람", "", "1"], ["나눔", "x", ""], ["다온"]]


def test_unit_header_spaces_are_folded(tmp_path):
    table = read_table(write(tmp_path / "a.csv", "기업명, 전화   번호 ,\n가람,1,\n"))
    assert table.headers == ["기업명", "전화 번호"]


def test_unit_xlsx_cells_become_the_text_excel_shows(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "명단"
    sheet.append(["기업명", "전화", "가입일", "비고", "지원기관"])
    sheet.append(["  가람  ", 1012345678, datetime(2021, 3, 5), 3.5, True])
    sheet.append(["나눔", 41.0, datetime(2021, 3, 5, 14, 30), date(2020, 1, 2), False])
    workbook.create_sheet("참고")
    workbook.create_sheet("옛 명단")
    workbook.save(tmp_path / "list.xlsx")
    table = read_table(tmp_path / "list.xlsx")
    assert (table.kind, table.encoding, table.header_row) == ("XLSX", "", 1)
    first, second = table.records
    assert (first.row, first.line, first.cells) == (2, 2, ["가람", "1012345678", "2021-03-05", "3.5", "예"])
    assert second.cells == ["나눔", "41", "2021-03-05 14:30:00", "2020-01-02", "아니오"]
    assert first.numeric == {1, 3} and second.numeric == {1}
    assert table.notes[0].startswith("첫 번째 시트 '명단'") and "참고, 옛 명단" in table.notes[1]


def test_unit_an_xlsx_with_a_title_row_notes_the_sheet_first_and_an_empty_one_is_refused_by_name(tmp_path):
    workbook = Workbook()
    workbook.active.append(["2026 회원 명단"])
    workbook.active.append(["기업명", "전화"])
    workbook.active.append(["가람", "1"])
    workbook.save(tmp_path / "titled.xlsx")
    table = read_table(tmp_path / "titled.xlsx")
    assert table.path == tmp_path / "titled.xlsx" and table.header_row == 2
    assert len(table.notes) == 2 and table.notes[0].startswith("첫 번째 시트")
    Workbook().save(tmp_path / "blank.xlsx")
    assert "blank.xlsx" in refusal(tmp_path / "blank.xlsx")


def test_unit_a_one_sheet_xlsx_has_only_the_sheet_note(tmp_path):
    workbook = Workbook()
    workbook.active.append(["기업명"])
    workbook.active.append(["가람"])
    workbook.save(tmp_path / "one.xlsx")
    assert len(read_table(tmp_path / "one.xlsx").notes) == 1


def test_unit_cell_values_the_reader_may_give_become_text():
    cell_text = reading._cell_text
    assert cell_text(None) == ""
    assert cell_text(datetime(2021, 3, 5)) == "2021-03-05"
    assert cell_text(datetime(2021, 3, 5, 0, 0, 1)) == "2021-03-05 00:00:01"
    assert cell_text(time(14, 30)) == "14:30:00"
    assert cell_text(2.0) == "2" and cell_text(7) == "7"


def test_unit_a_line_break_inside_a_quoted_cell_is_kept_as_written(tmp_path):
    path = tmp_path / "crlf.csv"
    path.write_bytes('기업명,메모\r\n가람,"첫 줄\r\n둘째 줄"\r\n나눔,x\r\n'.encode())
    table = read_table(path)
    assert [(r.line, r.cells) for r in table.records] == [(2, ["가람", "첫 줄\r\n둘째 줄"]), (4, ["나눔", "x"])]


def test_unit_an_old_mac_file_ending_lines_with_cr_only_is_read_line_by_line(tmp_path):
    path = tmp_path / "cr.csv"
    path.write_bytes("기업명,전화\r가람,1\r나눔,2\r".encode())
    assert [(r.row, r.line, r.cells) for r in read_table(path).records] == [(2, 2, ["가람", "1"]), (3, 3, ["나눔", "2"])]
