"""The sweep, forms that live in a screen rather than a dialog: 분과·기구, a meeting's 참석자 and 조치 사항 tables,
the consulting 결과보고서, and the 회원사 form's tables. 10,000 characters or a 주민등록번호 typed there is
refused with a Korean message naming the field; nothing is stored."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from seecodesk.services.workspace import Workspace
from tests.gui_helpers import click, database_fingerprint, paste_into, type_in_cell, when_shown

BAD = {"10000자": ("가" * 10_000, "10,000자"), "주민번호": ("900101-1234567", "주민등록번호"),
       "전각": ("９００１０１１２３４５６７", "주민등록번호"), "띄어씀": ("900101 1234567", "주민등록번호")}


def read_box(qtbot, seen: list) -> None:
    def act(box: QMessageBox) -> None:
        seen.append(box.text())
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    when_shown(QMessageBox, act)


@pytest.mark.parametrize("bad", BAD)
@pytest.mark.parametrize(("field", "name"), [("name", "이름"), ("purpose", "목적"), ("cadence", "모임 주기")])
def test_a_body_refuses_the_field_and_names_it(qtbot, demo_db, field, name, bad):
    from seecodesk.gui.plan.bodies_panel import BodiesPanel
    from seecodesk.services.bodies import BodyService

    panel = BodiesPanel(BodyService(demo_db))
    qtbot.addWidget(panel)
    panel.resize(1366, 700)
    panel.show()
    panel.refresh()
    text, said = BAD[bad]
    paste_into(qtbot, getattr(panel, field), text)
    before = database_fingerprint(demo_db)
    seen: list = []
    read_box(qtbot, seen)
    click(qtbot, panel, "저장")
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].startswith(f"{name}: ") and said in seen[0], seen[0][:120]
    assert database_fingerprint(demo_db) == before


@pytest.mark.parametrize("bad", BAD)
def test_a_body_members_role_is_refused(qtbot, demo_db, bad):
    from seecodesk.gui.plan.bodies_panel import BodiesPanel
    from seecodesk.services.bodies import BodyService

    panel = BodiesPanel(BodyService(demo_db))
    qtbot.addWidget(panel)
    panel.resize(1366, 700)
    panel.show()
    panel.refresh()
    assert panel.members.table.rowCount() > 0
    text, said = BAD[bad]
    type_in_cell(qtbot, panel.members.table, 0, 1, text)
    before = database_fingerprint(demo_db)
    seen: list = []
    read_box(qtbot, seen)
    click(qtbot, panel, "저장")
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].startswith("구성원: ") and said in seen[0], seen[0][:120]
    assert database_fingerprint(demo_db) == before


def type_in_open_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Type into the editor open on a cell (the row's combo boxes are widgets of the table too) and press Enter."""
    from PySide6.QtWidgets import QLineEdit

    rect = table.visualRect(table.model().index(row, column))
    editor = next(w for w in table.viewport().findChildren(QLineEdit) if w.isVisible() and w.geometry().intersects(rect))
    paste_into(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(1)


def _meeting(qtbot, demo_db, demo_path):
    from seecodesk.gui.meetings.editor import MeetingDialog
    from seecodesk.services.meetings import MeetingService

    service = MeetingService(demo_db)
    dialog = MeetingDialog(Workspace(db=demo_db, path=demo_path), service.meeting(service.meetings()[0].id))
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("bad", BAD)
@pytest.mark.parametrize(("tab", "where"), [(0, "참석자"), (2, "조치 사항")])
def test_a_guest_or_an_action_is_refused_and_the_meeting_kept(qtbot, demo_db, demo_path, tab, where, bad):
    dialog = _meeting(qtbot, demo_db, demo_path)
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
    text, said = BAD[bad]
    panel, button, column = (dialog.roll_call, "외부 참석자", 1) if tab == 0 else (dialog.actions, "추가", 0)
    click(qtbot, panel, button)  # a new row, its cell open for typing
    type_in_open_cell(qtbot, panel.table, panel.table.rowCount() - 1, column, text)
    before = database_fingerprint(demo_db)
    seen: list = []
    read_box(qtbot, seen)
    click(qtbot, dialog, "저장")
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].startswith(where) and said in seen[0], seen[0][:200]
    assert database_fingerprint(demo_db) == before


@pytest.mark.parametrize("bad", BAD)
@pytest.mark.parametrize(("field", "name"), [("author", "작성자"), ("outcome", "성과")])
def test_a_result_report_refuses_the_field_and_names_it(qtbot, demo_db, field, name, bad):
    from seecodesk.gui.consulting.page import ConsultingPage
    from seecodesk.gui.consulting.work_panel import WorkPanel

    page = ConsultingPage(Workspace(db=demo_db, path=None))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh()
    work = page.findChild(WorkPanel)
    matched = next(a for a in page.service.applications() if page.service.work.matches(int(a.id)))
    listing = page.board.lists[matched.status]
    item = next(listing.item(i) for i in range(listing.count()) if matched.company_name in listing.item(i).text())
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(item).center())
    tabs = work.parentWidget().parentWidget()
    tabs.tabBar().setCurrentIndex(tabs.indexOf(work))
    text, said = BAD[bad]
    widget = work.author if field == "author" else work.report_edits[field]
    paste_into(qtbot, widget, text if field == "author" or len(text) < 100 else "가" * 8_001)
    before = database_fingerprint(demo_db)
    seen: list = []
    read_box(qtbot, seen)
    qtbot.mouseClick(work.save_report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].startswith(f"{name}: ") and (said in seen[0] or "8,001자" in seen[0]), seen[0][:120]
    assert database_fingerprint(demo_db) == before


@pytest.mark.parametrize("bad", BAD)
@pytest.mark.parametrize(("tab", "table", "column", "field"), [
    (2, "designationsTable", 2, "designations"), (3, "membershipsTable", 2, "memberships"), (3, "duesTable", 3, "dues")])
def test_the_member_forms_tables_refuse_the_cell(qtbot, workspace, tab, table, column, field, bad):
    from seecodesk.gui.members.org_dialog import OrganisationDialog

    dialog = OrganisationDialog(None, workspace.members.organisation(1), workspace.members.save_organisation)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ui.tabs.setCurrentIndex(tab)
    grid = getattr(dialog.ui, table)
    if grid.rowCount() == 0:
        click(qtbot, grid.parentWidget(), "추가")
    text, said = BAD[bad]
    if field == "designations" and len(text) > 100:
        said = "10,000자"
    type_in_cell(qtbot, grid, 0, column, text)
    before = database_fingerprint(workspace.db)
    click(qtbot, dialog, "저장")
    assert said in dialog.errors.message(field), dialog.errors.message(field)[:120]
    assert dialog.isVisible() and database_fingerprint(workspace.db) == before
