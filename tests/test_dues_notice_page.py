"""회비 납부 안내 is one A4 page per organisation whatever was typed: every field at its longest is cut
with '…' and the page's gaps narrow, nothing drawn over anything else, nothing past the margins."""

import sqlite3
import subprocess
from datetime import date

import pdfplumber
import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from seecodesk.cli.main import main
from seecodesk.core.dues import DuesLine
from seecodesk.core.validation import LINE_LENGTH, NAME_LENGTH
from seecodesk.reports.dues_notice import DuesNotice, build_dues_notice, notice_story
from seecodesk.services.dues import NOTICE_TEXT_LENGTH

A4 = (595.28, 841.89)
FILLS = {"hangul": "가", "spaced": "긴 글 <&> = ", "wide": "W", "lines": "줄\n"}


def _long(fill: str, length: int) -> str:
    return (fill * length)[:length]


def _notice(fill: str, count: int = 3) -> DuesNotice:
    """`count` organisations with every field of user text at its longest (amounts at the rule's most)."""
    name = _long(fill.replace("\n", " "), NAME_LENGTH)  # a name is one line of text
    lines = [DuesLine(organisation_id=n, name=f"{n}{name}"[:NAME_LENGTH], year=2026, category=name,
                      due=1_000_000_000, paid=n % 2 * 999_999_999, representative=name) for n in range(1, count + 1)]
    return DuesNotice(network=name, year=2026, lines=lines, due_day="12-31", bank_account=_long(fill, LINE_LENGTH),
                      contact=_long(fill, LINE_LENGTH), text=_long(fill, NOTICE_TEXT_LENGTH),
                      printed_on=date(2026, 12, 31))


def _pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def _overlaps(chars: list[dict]) -> list[tuple[str, str]]:
    """Pairs of glyphs whose boxes cross by more than half a point (a sweep down the page)."""
    boxes = sorted((c["top"], c["bottom"], c["x0"], c["x1"], c["text"]) for c in chars)
    crossing = []
    for index, (_top, bottom, x0, x1, glyph) in enumerate(boxes):
        for other_top, _other_bottom, other_x0, other_x1, other in boxes[index + 1:]:
            if other_top > bottom - 0.5:
                break
            if min(x1, other_x1) - max(x0, other_x0) > 0.5:
                crossing.append((glyph, other))
    return crossing


def _check_pages(path, names: list[str]) -> None:
    assert _pages(path) == len(names)
    with pdfplumber.open(path) as document:
        for page, name in zip(document.pages, names, strict=True):
            text = (page.extract_text() or "").replace(" ", "").replace("\n", "")
            assert "회비납부안내" in text and "입금계좌" in text and "납부기한" in text and "…" in text
            assert name.replace(" ", "")[:12] in text, "each page is its own organisation's"
            assert not _overlaps(page.chars), "text drawn over text"
            assert all(22 * mm - 1 <= c["x0"] and c["x1"] <= A4[0] - 22 * mm + 1 for c in page.chars)
            assert all(22 * mm - 1 <= c["top"] and c["bottom"] <= A4[1] - 20 * mm + 1 for c in page.chars)


@pytest.mark.parametrize("fill", list(FILLS))
def test_unit_every_field_at_its_longest_gives_one_page_per_organisation(tmp_path, fill):
    notice = _notice(FILLS[fill])
    out = tmp_path / "회비.pdf"
    build_dues_notice(str(out), notice)
    _check_pages(out, [line.name for line in notice.lines])


def test_unit_a_notice_with_short_fields_keeps_its_gaps():
    notice = DuesNotice(network="가람 네트워크", year=2026, lines=[DuesLine(1, "가람협동조합", 2026, "기본", 120_000)],
                        due_day="03-31", bank_account="농협 301-0000-0000-00", contact="사무국 041-000-0000",
                        text="회비를 안내드립니다.", printed_on=date(2026, 3, 5))
    story = notice_story(notice, notice.lines[0], 166 * mm, 255 * mm)
    gaps = [round(f.height / mm, 1) for f in story if isinstance(f, Spacer)]
    assert gaps == [6, 10, 6, 8, 8, 3, 18, 8], "nothing to make room for: the page looks as it always did"


def test_unit_gaps_narrow_evenly_and_never_below_nothing():
    notice = _notice(FILLS["hangul"], 1)
    story = notice_story(notice, notice.lines[0], 166 * mm, 255 * mm)
    spacers = [f.height for f in story if isinstance(f, Spacer)]
    ratios = [height / (nominal * mm) for height, nominal in zip(spacers, [6, 10, 6, 8, 8, 3, 18, 8], strict=True)]
    assert max(ratios) - min(ratios) < 1e-9 and 0.5 < min(ratios) < 1


def test_unit_the_command_prints_max_length_settings_and_names_one_page_each(demo_path, tmp_path):
    long_name = _long("가", NAME_LENGTH)
    with sqlite3.connect(demo_path) as connection:
        for key, value in (("network_name", long_name), ("dues_bank_account", _long("1", LINE_LENGTH)),
                           ("dues_contact", _long("문의 ", LINE_LENGTH)),
                           ("dues_notice_text", _long("안내 ", NOTICE_TEXT_LENGTH))):
            connection.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, value])
        connection.execute("UPDATE organisations SET name = substr(id || ?, 1, ?), representative = ?",
                           [long_name, NAME_LENGTH, long_name])
        names = [row[0] for row in connection.execute("SELECT name FROM organisations")]
    out = tmp_path / "회비.pdf"
    assert main(["print", "dues-notice", "2026", str(out), "--db", str(demo_path)]) == 0
    pages = _pages(out)
    assert pages > 3
    _check_pages(out, _names_in_order(out, names, pages))


def _names_in_order(path, names: list[str], pages: int) -> list[str]:
    """The organisation names in page order (the notices go by name), read from the 수신 line."""
    with pdfplumber.open(path) as document:
        texts = [(page.extract_text() or "").replace(" ", "").replace("\n", "") for page in document.pages]
    by_prefix = {name[:6]: name for name in names}
    found = []
    for text in texts[:pages]:
        start = text.index("수신:") + len("수신:")
        found.append(next(name for prefix, name in by_prefix.items() if text[start:].startswith(prefix)))
    return found
