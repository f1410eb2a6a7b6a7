"""The plain table PDF (archive member list, 연락망) as a reader sees it: never below 7.5 pt, a table too
wide for the page printed in column groups with the key column and header on every page, and cells of
any length or character printed instead of stopping the print."""

import shutil
import subprocess

import pdfplumber
import pytest

from seecodesk.reports.table_sheet import MIN_FONT_SIZE, build_table_pdf, table_groups

NARROW_HEADERS = ["기업명", "대표자", "인증·지정", "법인형태", "업종", "읍면동", "가입일"]
NARROW_WIDTHS = (28, 10, 24, 14, 26, 10, 12)  # the handover archive's member list
WIDE_HEADERS = ["기업명", *(f"항목{i}" for i in range(1, 17))]
WIDE_WIDTHS = (28, *([14] * 16))


def _pages(path):
    with pdfplumber.open(path) as document:
        texts = [(page.extract_text() or "") for page in document.pages]
        sizes = [c["size"] for page in document.pages for c in page.chars]
    return texts, sizes


def _rows(count, width, first="(주)가람 <협동> & 조합 😀"):
    return [[f"{first} {r}", *(f"{r * 100 + i:,}" for i in range(1, width))] for r in range(count)]


def test_unit_the_archive_member_list_stays_one_group_as_before(tmp_path):
    assert not table_groups(NARROW_WIDTHS, 8).split
    assert not table_groups((16, 30, 18, 14, 22, 30), 9.5, landscape_page=False).split  # the 연락망
    out = build_table_pdf(tmp_path / "list.pdf", "2025년 회원사 명단", "기준일", "가람네트워크", NARROW_HEADERS,
                          _rows(40, 7), NARROW_WIDTHS)
    texts, sizes = _pages(out)
    assert "(열" not in "".join(texts) and texts[0].startswith("2025년 회원사 명단\n")
    assert all(h in texts[0] for h in NARROW_HEADERS) and min(sizes) >= MIN_FONT_SIZE
    assert texts[-1].rstrip().endswith(f"{len(texts)} / {len(texts)}")


def test_unit_a_wide_table_prints_in_groups_with_the_key_column_and_header_on_every_page(tmp_path):
    groups = table_groups(WIDE_WIDTHS, 8)
    assert groups.split and groups.keys == 1
    out = build_table_pdf(tmp_path / "wide.pdf", "넓은 표", "2025년", "가람네트워크", WIDE_HEADERS,
                          _rows(90, len(WIDE_HEADERS)), WIDE_WIDTHS)
    texts, sizes = _pages(out)
    assert min(sizes) >= MIN_FONT_SIZE
    assert all(text.split("\n")[2 if text.startswith("넓은 표") else 0].startswith("기업명") for text in texts)
    every = "\n".join(texts)
    assert all(h in every for h in WIDE_HEADERS), "a column never printed"
    firsts = [t.split("\n")[0] for t in texts if t.startswith("넓은 표")]
    assert firsts == [f"넓은 표 (열 {n}/{len(groups.groups)})" for n in range(1, len(groups.groups) + 1)]
    assert all("(주)가람 <협동> & 조합" in t for t in texts), "the rows' names beside every group"
    marks = [next(f"(열 {n}/2)" for n in (1, 2) if f"(열 {n}/2)" in t.splitlines()[-1]) for t in texts]
    assert marks == sorted(marks) and len(set(marks)) == 2, "every page's footer names its column group"


def test_unit_a_requested_size_below_the_minimum_is_raised(tmp_path):
    out = build_table_pdf(tmp_path / "small.pdf", "표", "", "네트워크", NARROW_HEADERS, _rows(3, 7), NARROW_WIDTHS,
                          font_size=5)
    assert min(_pages(out)[1]) >= MIN_FONT_SIZE


@pytest.mark.parametrize("cell", ["가" * 10_000, "가나다 " * 3_000, "줄\n" * 800, "<b>&amp;</b> & < > 😀👍🏽 =SUM(A1)"])
def test_unit_bad_cells_print_instead_of_stopping_the_layout(tmp_path, cell):
    rows = _rows(5, len(WIDE_HEADERS))
    rows[2][0], rows[3][5] = cell, cell
    out = build_table_pdf(tmp_path / "bad.pdf", "표 <&>", "부제 😀", "가람 & 네트워크", WIDE_HEADERS, rows, WIDE_WIDTHS)
    texts, sizes = _pages(out)
    assert min(sizes) >= MIN_FONT_SIZE and "표 <&>" in texts[0]
    if "&" in cell:
        assert "<b>&amp;</b> & < >" in "".join(texts), "markup printed literally"
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
        assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:]), fonts
