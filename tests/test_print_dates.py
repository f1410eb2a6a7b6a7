"""One date style on paper: every printed document writes dates as 2026. 3. 5.(목), never 2026-03-05."""

import re
import sqlite3
import subprocess

import pytest

from seecodesk.cli.main import main
from seecodesk.core.dates import paper_date

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def _first(demo_path, sql):
    with sqlite3.connect(demo_path) as conn:
        return str(conn.execute(sql).fetchone()[0])


@pytest.mark.parametrize("command", [
    ["print", "minutes", "{meeting}"], ["print", "signin", "{meeting}"],
    ["print", "consulting-report", "{match}"], ["print", "schedule"],
    ["print", "form", "peer-consulting", "--application", "{application}"],
    ["print", "dues-notice", "{year}"], ["print", "notice", "{meeting}"], ["print", "receipt", "{year}", "{payer}"],
    ["print", "agreement", "{agreement}"],
])
def test_printed_documents_carry_no_iso_dates(demo_path, tmp_path, command):
    ids = {"meeting": _first(demo_path, "SELECT id FROM meetings ORDER BY date LIMIT 1"),
           "match": _first(demo_path, "SELECT id FROM consulting_matches LIMIT 1"),
           "application": _first(demo_path, "SELECT id FROM consulting_applications LIMIT 1"),
           "year": _first(demo_path, "SELECT max(year) FROM dues_payments"),
           "payer": _first(demo_path, "SELECT organisation_id FROM dues_payments ORDER BY year DESC LIMIT 1"),
           "agreement": _first(demo_path, "SELECT id FROM agreements LIMIT 1")}
    out = tmp_path / "out.pdf"
    words = [w.format(**ids) for w in command]
    position = {"schedule": 2, "form": 3, "receipt": 4}.get(words[1], 3)
    assert main([*words[:position], str(out), *words[position:], "--db", str(demo_path)]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert not ISO_DATE.findall(text)
    if words[1] != "form":  # the official form keeps its own "년 월 일" blanks and has no footer
        assert re.search(r"\d{4}\. \d{1,2}\. \d{1,2}\.\([월화수목금토일]\)", text), "출력일 reads as a Korean date"


def test_unit_paper_date_writes_the_weekday_and_keeps_blanks_and_free_text():
    assert paper_date("2026-03-05") == "2026. 3. 5.(목)"
    assert paper_date("2026-03-05", weekday=False) == "2026. 3. 5."
    assert paper_date("") == ""
    assert paper_date("미정") == "미정"


def test_unit_paper_date_reads_a_date_object_and_spaces_and_each_weekday():
    from datetime import date

    from seecodesk.core.dates import month_text

    assert paper_date(date(2026, 3, 8)) == "2026. 3. 8.(일)"
    assert paper_date(" 2026-03-09 ") == "2026. 3. 9.(월)"
    assert [paper_date(f"2026-03-{d:02d}")[-2] for d in range(9, 16)] == list("월화수목금토일")
    assert month_text("2026-06") == "2026년 6월" and month_text(" 2026-12 ") == "2026년 12월"
    assert month_text("미정") == "미정" and month_text("2026-") == "2026-" and month_text("-06") == "-06"
