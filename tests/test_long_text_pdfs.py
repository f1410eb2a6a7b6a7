"""Every PDF built from user text prints a 10,000-character field (or 500 Hangul without a space):
cut with '…' where a reader expects a short entry, continued overleaf where the text is the record.
None may give up with ReportLab's LayoutError (a cell taller than a page)."""

import subprocess
from dataclasses import replace

import pytest
from plan_helpers import small_plan

from seecodesk.cli.main import main
from seecodesk.reports.base import capped_para, style
from seecodesk.storage.database import open_database

LONG = "가" * 10_000  # no space for ReportLab to break at
SPACED = "긴 글 <&> = " * 1_000  # markup characters, spaces


@pytest.fixture
def file_db(tmp_path):
    """An empty database in a file, for the print commands."""
    database = open_database(tmp_path / "network.seecodesk")
    yield database
    database.close()


def pages(path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def page_text(path, page: int = 1) -> str:
    """The page's text without spaces and line breaks (a long word wraps over several lines)."""
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return "".join(out.split())


def test_capped_paragraph_keeps_the_start_and_ends_with_an_ellipsis():
    for value in (LONG, SPACED, "😀" * 3_000):
        paragraph = capped_para(value, style(size=8), 40)
        assert paragraph.wrap(100, 1_000)[1] <= 40
        assert paragraph.text.endswith("…")
    short = capped_para("짧은 이름 <&>", style(size=8), 40)
    assert short.wrap(100, 1_000)[1] < 40 and short.text == "짧은 이름 &lt;&amp;&gt;"


def test_schedule_prints_long_task_and_activity_names_cut(file_db, tmp_path):
    service, plan, _, task, _, acts = small_plan(file_db)
    service.save_node(replace(service.node(task.id), title="가" * 500))
    service.save_node(replace(service.node(acts[0].id), title="활" * 10_000))
    service.save_node(replace(service.node(acts[1].id), title=SPACED))
    service.set_months(acts[0].id, {"2021-09"})
    node = service.node(task.id)
    roles = replace(node.task, city_roles=[SPACED] * 3, network_roles=["역할 하나", "역할 둘"] * 20)
    service.save_node(replace(node, task=roles))
    out = tmp_path / "일정.pdf"
    assert main(["print", "schedule", str(out), "--db", str(tmp_path / "network.seecodesk"), "--sheets"]) == 0
    first = page_text(out)
    assert "가" * 40 in first and "활" * 40 in first and "긴글&lt;" not in first and "긴글<&>=" in first
    assert "…" in first and "활" * 2_000 not in first
    assert pages(out) <= 6  # the grid and two cards (a card's 40 roles continue overleaf), no name over pages
    assert "역할둘" in page_text(out, pages(out) - 1) + page_text(out, pages(out))


def test_schedule_by_strategy_prints_a_long_strategy_name(file_db, tmp_path):
    service, plan, strategy, *_ = small_plan(file_db)
    service.save_node(replace(service.node(strategy.id), title=LONG))
    out = tmp_path / "전략.pdf"
    assert main(["print", "schedule", str(out), "--db", str(tmp_path / "network.seecodesk"), "--group", "strategy"]) == 0
    assert "가" * 40 in page_text(out) and pages(out) == 1
