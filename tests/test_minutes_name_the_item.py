"""A 주민등록번호 in the minutes: the message names the 안건 (number and title) and the field, and the cursor
waits on the number itself; nothing is stored."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from seecodesk.core.meetings import AgendaItem, agenda_item_errors
from seecodesk.gui.meetings.editor import MeetingDialog
from seecodesk.services.meetings import MeetingService
from seecodesk.services.workspace import Workspace
from tests.gui_helpers import click, database_fingerprint, type_text, when_shown
from tests.korean_typing import type_korean


@pytest.fixture
def workspace(demo_db, demo_path):
    return Workspace(db=demo_db, path=demo_path)


def opened_meeting(qtbot, workspace):
    service = MeetingService(workspace.db)
    board = next(b[0] for b in service.bodies() if b[1] == "이사회")
    dialog = MeetingDialog(workspace, service.new_meeting(board, "2026-12-16"))
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitExposed(dialog)
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    return dialog


def add_item(qtbot, dialog, title: str) -> None:
    click(qtbot, dialog.agenda, "추가")
    type_korean(dialog.agenda.title, title)  # the new item's title is selected: typing replaces it


def read_warning(qtbot, seen: list) -> None:
    def act(box: QMessageBox) -> None:
        seen.append(box.text())
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    when_shown(QMessageBox, act)


@pytest.mark.parametrize("number", ["900101-1234567", "9001011234567", "９００１０１－１２３４５６７", "900101 - 1234567"])
def test_the_message_names_the_item_and_field_and_the_cursor_waits_on_the_number(qtbot, workspace, number):
    dialog = opened_meeting(qtbot, workspace)
    add_item(qtbot, dialog, "예산 심의")
    add_item(qtbot, dialog, "회원 가입 승인")
    dialog.agenda.resolution.setFocus()
    type_korean(dialog.agenda.resolution, "가입자 ")
    type_text(qtbot, dialog.agenda.resolution, number)
    dialog.agenda.list.setCurrentRow(0)
    before = database_fingerprint(workspace.db)
    seen: list[str] = []
    read_warning(qtbot, seen)
    click(qtbot, dialog, "저장")
    qtbot.waitUntil(lambda: bool(seen))
    assert "2번 안건 '회원 가입 승인'의 결정 내용" in seen[0] and "주민등록번호" in seen[0]
    assert dialog.tabs.currentWidget() is dialog.agenda and dialog.agenda.list.currentRow() == 1
    assert dialog.focusWidget() is dialog.agenda.resolution
    selected = dialog.agenda.resolution.textCursor().selectedText()
    assert selected == number
    assert dialog.saved is None and database_fingerprint(workspace.db) == before


def test_unit_each_field_of_an_item_is_named():
    assert agenda_item_errors(AgendaItem(title="예산", discussion="주민 9001011234567"), 3) == {
        "discussion": "3번 안건 '예산'의 논의 내용: 주민등록번호로 보이는 숫자가 들어 있습니다. 주민등록번호는 저장하지 않습니다."}
    assert agenda_item_errors(AgendaItem(title=""), 1) == {"title": "1번 안건: 안건 제목을 입력해 주세요."}
    long = agenda_item_errors(AgendaItem(title="예산", presenter_name="가" * 10_000), 2)["presenter_name"]
    assert long.startswith("2번 안건 '예산'의 발표자: ") and "10,000자" in long
    masked = agenda_item_errors(AgendaItem(title="900101-1234567 건"), 4)["title"]
    assert "1234567" not in masked and masked.startswith("4번 안건 '******-******* 건'의 안건 제목")
