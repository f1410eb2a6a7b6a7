"""Empty lists say what to do, and old notices go when the user moves on."""

import pytest
from PySide6.QtCore import Qt

from seecodesk.gui.widgets.empty_notice import NO_MATCH
from tests.gui_helpers import click, type_into


@pytest.fixture
def members_page(qtbot, workspace):
    from seecodesk.gui.members.page import MembersPage

    page = MembersPage(workspace)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_search_that_hides_everything_says_so_and_clears(qtbot, members_page):
    view = members_page.directory
    assert not view.empty_notice.isVisible()
    type_into(qtbot, view.search_edit, "zzzz없는이름")
    assert view.model.visible_count() == 0
    assert view.empty_notice.isVisible() and view.empty_notice.label.text() == NO_MATCH
    click(qtbot, view.empty_notice, "필터 지우기")
    assert view.search_edit.text() == "" and view.model.visible_count() == view.model.total_count() == 30
    assert not view.empty_notice.isVisible()


def test_a_filter_that_hides_everything_offers_to_clear_it(qtbot, members_page):
    view = members_page.directory
    type_into(qtbot, view.search_edit, "새벽빵")
    status = view.status_filter
    other = next(i for i in range(1, status.count()) if status.itemText(i) != "회원")
    status.setFocus()
    for _ in range(other):
        qtbot.keyClick(status, Qt.Key.Key_Down)
    assert view.model.visible_count() == 0 and view.empty_notice.isVisible()
    click(qtbot, view.empty_notice, "필터 지우기")
    assert status.currentIndex() == 0 and view.model.visible_count() == 30


def test_an_old_notice_goes_when_another_record_is_chosen(qtbot, monkeypatch, members_page):
    from seecodesk.gui.members import page as page_module

    monkeypatch.setattr(page_module, "confirm", lambda *a: True)  # the 삭제할까요 question, answered 예
    table = members_page.directory.table
    members_page.activateWindow()
    qtbot.waitUntil(members_page.isActiveWindow)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(1, 0)).center())
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    bar = members_page.message_bar
    assert bar.isVisible() and "삭제" in bar.label.text()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(3, 0)).center())
    assert not bar.isVisible()


def test_an_old_notice_goes_when_another_section_is_chosen(qtbot, workspace):
    from seecodesk.gui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    page = window.show_section("members")
    page.message_bar.say("추가했습니다.")
    sidebar = window.sidebar
    rows = [i for i in range(sidebar.count()) if sidebar.item(i).text().startswith(("회의", "회원"))]
    for row in rows[::-1]:  # to 회의 and back to 회원
        qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton,
                         pos=sidebar.visualItemRect(sidebar.item(row)).center())
    assert window.stack.currentWidget() is page and not page.message_bar.isVisible()


def test_no_meetings_yet_says_how_to_begin(qtbot, db):
    from seecodesk.gui.meetings.page import MeetingsPage
    from seecodesk.services.workspace import Workspace

    page = MeetingsPage(Workspace(db=db, path=None))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    notice = page.list.empty_notice
    assert notice.isVisible() and "새 회의" in notice.label.text() and not notice.clear_button.isVisible()


def test_meeting_filters_that_hide_everything_can_be_cleared(qtbot, workspace):
    from seecodesk.gui.meetings.list_view import MeetingList
    from seecodesk.services.meetings import MeetingService

    view = MeetingList(MeetingService(workspace.db))
    qtbot.addWidget(view)
    view.show()
    view.reload()
    total = view.model.rowCount()
    kinds = view.kind_filter
    empty_kind = next(i for i in range(1, kinds.count())
                      if not MeetingService(workspace.db).meetings(kind=kinds.itemData(i)))
    kinds.setFocus()
    for _ in range(empty_kind):
        qtbot.keyClick(kinds, Qt.Key.Key_Down)
    assert view.model.rowCount() == 0 and view.empty_notice.label.text() == NO_MATCH
    click(qtbot, view.empty_notice, "필터 지우기")
    assert view.model.rowCount() == total and not view.empty_notice.isVisible()


def test_nothing_deleted_says_so_in_words_and_a_restore_that_empties_the_list_says_it_again(qtbot, workspace):
    from seecodesk.gui.history.dialog import ProgramHistoryDialog

    person = workspace.members.people_of(5)[0]
    workspace.members.delete_person(person.id)
    dialog = ProgramHistoryDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())  # 삭제된 항목
    notice = dialog.deleted_empty
    assert dialog.deleted.rowCount() == 0 and notice.isVisible()
    assert notice.label.text().startswith("삭제된 회원사가 없습니다.") and not notice.clear_button.isVisible()
    kinds = dialog.kind_combo
    kinds.setFocus()
    qtbot.keyClick(kinds, Qt.Key.Key_Down)  # 사람
    assert kinds.currentText() == "사람" and dialog.deleted.item(0, 1).text() == person.name
    assert not notice.isVisible()
    click(qtbot, dialog, "되살리기")
    assert dialog.deleted.rowCount() == 0 and notice.isVisible()
    assert notice.label.text().startswith("삭제된 사람이 없습니다.")
