"""A big directory as the secretary meets it: the first screen at once, the rest read by a worker while
she can already type, and a search that is right once everything is in."""

import pytest
from PySide6.QtCore import Qt, QTimer

import seecodesk.gui.members.page as members_page
from seecodesk.core.members import MembershipPeriod, Organisation
from seecodesk.gui.members.org_dialog import OrganisationDialog
from seecodesk.gui.members.page import FIRST_SCREEN_ROWS, create_page
from seecodesk.services.members import MemberService
from seecodesk.services.workspace import open_workspace
from seecodesk.storage.database import open_database
from tests.gui_helpers import click, type_into, type_text, when_shown
from tests.korean_typing import type_korean

TOTAL = FIRST_SCREEN_ROWS + 240
DISTRICTS = ("가람읍", "솔내면", "중앙동")


@pytest.fixture
def big_workspace(tmp_path):
    """A network file with more organisations than the first screen shows."""
    path = tmp_path / "big.seecodesk"
    db = open_database(path)
    service = MemberService(db)
    with db.atomic():
        for i in range(TOTAL):
            service.save_organisation(Organisation(
                name=f"{'가람' if i % 3 else '솔내'}협동조합{i:04d}", district=DISTRICTS[i % 3],
                phone=f"041-7{i % 10}0-{i:04d}", memberships=[MembershipPeriod("2021-01-01")]))
    db.close()
    workspace = open_workspace(path, lock=False)
    yield workspace
    workspace.close()


def _names(page) -> list[str]:
    model = page.directory.model
    return [model.record(row).name for row in range(model.rowCount())]


def _expected(query: str) -> list[str]:
    names = [(f"{'가람' if i % 3 else '솔내'}협동조합{i:04d}", DISTRICTS[i % 3], f"041-7{i % 10}0-{i:04d}")
             for i in range(TOTAL)]
    return sorted(name for name, district, phone in names if query in name or query in district or query in phone)


def test_a_search_typed_while_the_directory_loads_is_right_once_it_is_in(qtbot, big_workspace):
    page = create_page(big_workspace)
    qtbot.addWidget(page)
    directory = page.directory
    assert directory.model.total_count() == FIRST_SCREEN_ROWS
    type_text(qtbot, directory.search_edit, "0299")  # the first screen does not hold it yet
    assert _names(page) == []
    assert directory.count_label.text() == "불러오는 중…"
    assert directory.empty_notice.isHidden(), "no '필터에 맞는 항목이 없습니다' before everything is read"
    page.resize(1200, 800)
    page.show()  # the rest is read after the first paint, by a worker
    qtbot.waitUntil(lambda: directory.model.total_count() == TOTAL, timeout=10000)
    assert _names(page) == ["가람협동조합0299"]
    assert directory.count_label.text() == f"{TOTAL}곳 중 1곳"


def test_typing_a_name_and_deleting_it_back_shows_the_matching_rows_at_each_step(qtbot, big_workspace):
    page = create_page(big_workspace)
    qtbot.addWidget(page)
    page.show()
    directory = page.directory
    qtbot.waitUntil(lambda: directory.model.total_count() == TOTAL, timeout=10000)
    edit = directory.search_edit
    seen = []
    for ch in "솔내협동조합01":
        type_korean(edit, ch) if not ch.isascii() else qtbot.keyClicks(edit, ch)
        seen.append((edit.text(), _names(page)))
    while edit.text():
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
        seen.append((edit.text(), _names(page)))
    for query, names in seen:
        assert names == (_expected(query) if query else sorted(n for n in _expected(""))), query
    assert directory.count_label.text() == f"전체 {TOTAL}곳"


def test_the_card_shows_the_first_organisation_once_the_directory_is_in(qtbot, big_workspace):
    page = create_page(big_workspace)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.directory.model.total_count() == TOTAL, timeout=10000)
    assert page.directory.current_id() is not None
    assert page.buttons["edit"].isEnabled()


def _ink_columns(image, rect) -> list[int]:
    """x positions inside `rect` where the painted text is dark."""
    return [x for x in range(rect.left(), rect.right()) for y in range(rect.top() + 2, rect.bottom() - 2)
            if image.pixelColor(x, y).lightness() < 100]


def test_names_read_from_the_left_and_head_counts_from_the_right(qtbot, big_workspace):
    page = create_page(big_workspace)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: page.directory.model.total_count() == TOTAL, timeout=10000)
    table = page.directory.table
    table.clearSelection()  # the selected row's colours would hide the ink
    image = table.viewport().grab().toImage()
    for row in (1, 2):  # after a right-aligned 인원 cell was painted, a name is still on the left
        name = table.visualRect(table.model().index(row, 0))
        people = table.visualRect(table.model().index(row, 7))
        assert min(_ink_columns(image, name)) < name.left() + 12
        assert max(_ink_columns(image, people)) > people.right() - 12


def test_saving_a_member_of_a_big_directory_rereads_it_in_the_background(qtbot, monkeypatch, big_workspace):
    monkeypatch.setattr(members_page, "BACKGROUND_RELOAD_ROWS", FIRST_SCREEN_ROWS)  # these 300 count as big
    page = create_page(big_workspace)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    directory = page.directory
    qtbot.waitUntil(lambda: directory.model.total_count() == TOTAL and not directory.loading(), timeout=10000)
    type_text(qtbot, directory.search_edit, "0299")
    table = directory.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(directory.model.index(0, 0)).center())

    def rename(dialog):
        type_into(qtbot, dialog.ui.nameEdit, "가람새이름협동조합0299")
        click(qtbot, dialog, "저장")

    when_shown(OrganisationDialog, rename, failures := [])
    qtbot.mouseClick(page.buttons["edit"], Qt.MouseButton.LeftButton)
    assert not failures
    # The form has closed and the window is back before the directory is read again.
    assert directory.count_label.text() == "불러오는 중…"
    assert "저장했습니다" in page.message_bar.label.text()
    beats = []
    heartbeat = QTimer(page)
    heartbeat.timeout.connect(lambda: beats.append(1))
    heartbeat.start(1)
    type_into(qtbot, directory.search_edit, "새이름")  # she can search meanwhile
    qtbot.waitUntil(lambda: _names(page) == ["가람새이름협동조합0299"], timeout=10000)
    heartbeat.stop()
    assert beats, "the window went on handling events while the directory was read"
    assert directory.count_label.text() == f"{TOTAL}곳 중 1곳"
    assert "가람새이름협동조합0299" in page.detail.card.text()
    assert "저장했습니다" in page.message_bar.label.text() and page.message_bar.isVisible()
