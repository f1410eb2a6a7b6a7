"""Every PDF built from user text prints a 10,000-character field (or 500 Hangul without a space):
cut with '…' where a reader expects a short entry, continued overleaf where the text is the record.
None may give up with ReportLab's LayoutError (a cell taller than a page)."""

import sqlite3
import subprocess
from dataclasses import replace

import pytest
from plan_helpers import small_plan

from seecodesk.cli.main import main
from seecodesk.reports.base import capped_para, style
from seecodesk.storage.database import open_database

LONG = "가" * 10_000  # no space for ReportLab to break at
SPACED = "긴 글 <&> = " * 1_000  # markup characters, spaces
NAME = "이름" * 100  # the longest name a form accepts (200)


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


def titled(db, titles: dict[int, str]) -> None:
    """Plan items named longer than the forms now accept (200), as a file from before that limit holds them."""
    with db.atomic():
        for node_id, title in titles.items():
            db.execute("UPDATE plan_nodes SET title = ? WHERE id = ?", [title, node_id])


def test_schedule_prints_long_task_and_activity_names_cut(file_db, tmp_path):
    service, plan, _, task, _, acts = small_plan(file_db)
    service.set_months(acts[0].id, {"2021-09"})
    node = service.node(task.id)
    roles = replace(node.task, city_roles=[SPACED] * 3, network_roles=["역할 하나", "역할 둘"] * 20)
    service.save_node(replace(node, task=roles))
    titled(file_db, {task.id: "가" * 500, acts[0].id: "활" * 10_000, acts[1].id: SPACED})
    out = tmp_path / "일정.pdf"
    assert main(["print", "schedule", str(out), "--db", str(tmp_path / "network.seecodesk"), "--sheets"]) == 0
    first = page_text(out)
    assert "가" * 40 in first and "활" * 40 in first and "긴글&lt;" not in first and "긴글<&>=" in first
    assert "…" in first and "활" * 2_000 not in first
    assert pages(out) <= 6  # the grid and two cards (a card's 40 roles continue overleaf), no name over pages
    assert "역할둘" in page_text(out, pages(out) - 1) + page_text(out, pages(out))


def test_schedule_by_strategy_prints_a_long_strategy_name(file_db, tmp_path):
    service, plan, strategy, *_ = small_plan(file_db)
    titled(file_db, {strategy.id: LONG})
    out = tmp_path / "전략.pdf"
    assert main(["print", "schedule", str(out), "--db", str(tmp_path / "network.seecodesk"), "--group", "strategy"]) == 0
    assert "가" * 40 in page_text(out) and pages(out) == 1


def stretched(path, table: str, columns: tuple[str, ...], value: str, where: str = "1 = 1") -> None:
    """Set columns of a demo copy to `value` (the longest text its form accepts), as if typed in."""
    with sqlite3.connect(path) as connection:
        for column in columns:
            connection.execute(f'UPDATE {table} SET "{column}" = ? WHERE {where}', (value,))


def first_meeting(path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT min(meeting_id) FROM action_items").fetchone()[0])


def test_minutes_print_10000_character_agenda_decision_and_action(demo_path, tmp_path):
    meeting = first_meeting(demo_path)
    stretched(demo_path, "agenda_items", ("title", "discussion", "resolution"), LONG, f"meeting_id = {meeting}")
    stretched(demo_path, "action_items", ("what", "note"), SPACED, f"meeting_id = {meeting}")
    stretched(demo_path, "action_items", ("owner_name",), NAME, f"meeting_id = {meeting}")
    out = tmp_path / "회의록.pdf"
    assert main(["print", "minutes", str(meeting), str(out), "--db", str(demo_path)]) == 0
    assert pages(out) > 5  # the record continues overleaf: every agenda title and discussion is printed whole
    everything = "".join(page_text(out, page) for page in range(1, pages(out) + 1))
    assert everything.count("가" * 9_000) >= 3 or everything.count("가") >= 30_000
    assert "긴글<&>=" in everything and "…" in everything  # the action's cell is cut


def test_signin_sheet_prints_long_names_titles_and_meeting_title(demo_path, tmp_path):
    meeting = first_meeting(demo_path)
    stretched(demo_path, "meetings", ("title", "place"), SPACED, f"id = {meeting}")
    stretched(demo_path, "people", ("title", "affiliation"), LONG)
    stretched(demo_path, "people", ("name",), NAME)
    out = tmp_path / "명부.pdf"
    assert main(["print", "signin", str(meeting), str(out), "--db", str(demo_path)]) == 0
    first = page_text(out)
    assert "회의명:긴글<&>=" in first and "이름이름" in first and "가가가가" in first and "…" in first
    assert pages(out) <= 3


def test_notice_letter_prints_a_long_title_and_address(demo_path, tmp_path):
    meeting = first_meeting(demo_path)
    stretched(demo_path, "meetings", ("title", "place"), SPACED, f"id = {meeting}")
    stretched(demo_path, "settings", ("value",), SPACED, "key = 'network_address'")
    out = tmp_path / "공문.pdf"
    assert main(["print", "notice", str(meeting), str(out), "--db", str(demo_path)]) == 0
    end = page_text(out, pages(out) - 1) + page_text(out, pages(out))
    assert "긴글<&>=" in page_text(out) and "주소긴글<&>=" in end and "…" in end


def first_id(path, table: str) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute(f"SELECT min(id) FROM {table}").fetchone()[0])


def test_consulting_report_prints_long_fields(demo_path, tmp_path):
    stretched(demo_path, "consulting_applications", ("other_field", "address", "request"), LONG)
    stretched(demo_path, "consulting_applications", ("company_name",), NAME)
    stretched(demo_path, "consulting_reports", ("problem", "actions", "outcome", "follow_up"), LONG)
    stretched(demo_path, "consulting_sessions", ("place", "topics"), SPACED)
    match = first_id(demo_path, "consulting_matches")
    out = tmp_path / "결과보고서.pdf"
    assert main(["print", "consulting-report", str(match), str(out), "--db", str(demo_path)]) == 0
    assert "이름이름" in page_text(out) and pages(out) > 4  # the four parts continue overleaf whole
    form = tmp_path / "신청서.pdf"
    application = first_id(demo_path, "consulting_applications")
    assert main(["print", "form", "peer-consulting", str(form), "--application", str(application),
                 "--db", str(demo_path)]) == 0
    assert "(별지에적음)" in page_text(form) and "이름이름" in page_text(form, 2)  # continued on the 별지


def test_agreement_prints_long_articles_and_party_names(demo_path, tmp_path):
    stretched(demo_path, "agreements", ("title", "place", "purpose", "scope", "discount", "other_terms"), LONG)
    stretched(demo_path, "agreement_parties", ("outside_name", "representative", "address"), SPACED)
    agreement = first_id(demo_path, "agreements")
    out = tmp_path / "협약서.pdf"
    assert main(["print", "agreement", str(agreement), str(out), "--db", str(demo_path)]) == 0
    last = page_text(out, pages(out))
    assert "가" * 40 in page_text(out) and "(서명또는인)" in last and pages(out) > 3


def test_network_page_stays_one_page_with_200_character_names(demo_path, tmp_path):
    stretched(demo_path, "organisations", ("name",), NAME, "id % 3 = 0")
    out = tmp_path / "관계망.pdf"
    assert main(["print", "network", str(out), "--db", str(demo_path)]) == 0
    assert pages(out) == 1 and "이름이름" in page_text(out) and "…" in page_text(out)


def test_dues_notice_prints_a_long_text_account_and_names(demo_path, tmp_path):
    stretched(demo_path, "settings", ("value",), SPACED,
              "key IN ('dues_bank_account', 'dues_contact', 'dues_notice_text')")
    stretched(demo_path, "organisations", ("name", "representative"), NAME, "id % 3 = 0")
    out = tmp_path / "회비.pdf"
    assert main(["print", "dues-notice", "2026", str(out), "--db", str(demo_path)]) == 0
    assert "입금계좌긴글<&>=" in page_text(out) and "…" in page_text(out)


@pytest.mark.parametrize("paper", ["A4", "A5"])
def test_catalog_prints_a_10000_character_description_price_note_and_address(demo_path, tmp_path, paper):
    stretched(demo_path, "products", ("description", "differentiator", "social_value", "price_note", "season"), LONG)
    stretched(demo_path, "products", ("name",), NAME)
    stretched(demo_path, "organisations", ("address",), LONG)
    stretched(demo_path, "organisations", ("homepage",), "https://example.kr/" + "a" * 5_000)
    out = tmp_path / "카탈로그.pdf"
    assert main(["print", "catalog", str(out), "--db", str(demo_path), "--paper", paper]) == 0
    text = "".join(page_text(out, page) for page in range(1, 10))
    assert "가" * 40 in text and "…" in text and "가" * 300 not in text


def test_member_list_table_continues_a_10000_character_cell_on_later_pages(tmp_path):
    from seecodesk.reports.table_sheet import build_table_pdf

    out = tmp_path / "명단.pdf"
    rows = [["가람협동조합", LONG, SPACED], ["둘째 기관", SPACED, LONG], ["다음 기관", "짧은 주소", "메모"]]
    build_table_pdf(out, "회원사 명단", "", "네트워크", ["이름", "주소", "메모"], rows, [1, 2, 2])
    text = "".join(page_text(out, page) for page in range(1, pages(out) + 1))
    assert pages(out) > 1 and "가람협동조합" in page_text(out) and "다음기관" in text
    assert text.count("가") >= LONG.count("가")  # the whole address is printed, continued in rows below
