"""실행 취소 / 다시 실행 and 변경 이력 in the window, driven by clicks and keys as a secretary would."""

import csv

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from seecodesk.app import WindowController, make_application
from seecodesk.gui.history.dialog import ProgramHistoryDialog, RecordHistoryDialog
from seecodesk.gui.ui_settings import UiSettings
from tests.gui_helpers import YES, answer


def _window(qtbot, demo_path, tmp_path):
    make_application()
    controller = WindowController(UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)))
    assert controller.open_path(demo_path)
    window = controller.window
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return controller, window


def answer_yes(qtbot):
    """Click 예 on the question box the next action opens."""
    def click():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(20, click)
    QTimer.singleShot(20, click)


def press(qtbot, window, widget, key):
    """Ctrl+`key` with `widget` focused in the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def click_row(qtbot, table, row):
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def directory_names(page):
    return [r.name for r in page.directory.model.records()]


def test_delete_by_clicking_then_ctrl_z_brings_it_back_as_the_edit_menu_says(qtbot, demo_path, tmp_path):
    controller, window = _window(qtbot, demo_path, tmp_path)
    page = window.show_section("members")
    table = page.directory.table
    row = next(r for r in range(table.model().rowCount()) if table.model().index(r, 0).data() == "가람청년협동조합")
    table.scrollTo(table.model().index(row, 0))
    click_row(qtbot, table, row)
    assert page.directory.current_id() == 17
    answer_yes(qtbot)
    qtbot.mouseClick(page.buttons["delete"], Qt.MouseButton.LeftButton)
    assert "가람청년협동조합" not in directory_names(page)
    qtbot.waitUntil(lambda: window.undo_action.text() == "실행 취소: 회원사 삭제 (가람청년협동조합)", timeout=5000)
    press(qtbot, window, page.directory.table, Qt.Key.Key_Z)
    assert "가람청년협동조합" in directory_names(page)
    assert "실행 취소: 회원사 삭제 (가람청년협동조합)" in page.message_bar.label.text()
    qtbot.waitUntil(lambda: window.redo_action.text() == "다시 실행: 회원사 삭제 (가람청년협동조합)", timeout=5000)
    press(qtbot, window, page.directory.table, Qt.Key.Key_Y)
    assert "가람청년협동조합" not in directory_names(page)
    controller.close()


def test_the_last_import_is_undone_whole_saying_how_many_it_removes(qtbot, demo_path, tmp_path):
    source = tmp_path / "명단.csv"
    with open(source, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([["조직명", "연락처"], ["가람바다협동조합", "041-731-2201"],
                                      ["솔바람공방", "041-731-2203"], ["은하수카페", "041-733-0101"]])
    controller, window = _window(qtbot, demo_path, tmp_path)
    page = window.show_section("members")
    before = len(directory_names(page))

    def drive_import():
        from seecodesk.gui.members.import_dialog import MemberImportDialog

        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MemberImportDialog):
            QTimer.singleShot(20, drive_import)
            return
        dialog.load_file(source)
        qtbot.waitUntil(lambda: dialog.preview is not None and dialog.task is None, timeout=10_000)
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)

    QTimer.singleShot(20, drive_import)
    qtbot.mouseClick(page.buttons["import"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(directory_names(page)) == before + 3, timeout=10_000)
    qtbot.waitUntil(lambda: window.undo_action.text() == "실행 취소: 가져오기: 회원사 3곳", timeout=5000)
    questions = answer(qtbot, YES)  # an import is undone only after asking, even this window's own
    press(qtbot, window, page.directory.table, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: len(directory_names(page)) == before, timeout=10_000)
    assert questions and "이 창에서 한 큰 가져오기를" in questions[0]
    qtbot.waitUntil(lambda: page.message_bar.label.text() == "실행 취소: 가져오기: 회원사 3곳 — 회원사 3곳 지움",
                    timeout=10_000)
    controller.close()


def test_an_organisations_history_shows_the_edit_and_brings_a_deleted_one_back(qtbot, workspace):
    org = workspace.members.organisation(5)
    old_phone, org.phone = org.phone, "041-730-9999"
    workspace.members.save_organisation(org)
    workspace.members.delete_organisations([5])
    dialog = RecordHistoryDialog(workspace, "organisations", 5, org.name)
    qtbot.addWidget(dialog)
    rows = [[dialog.table.item(r, c).text() for c in range(6)] for r in range(dialog.table.rowCount())]
    assert [f"회원사 수정 ({org.name})", "회원사", "전화", old_phone, "041-730-9999"] in [r[1:] for r in rows]
    assert any(r[1] == f"회원사 삭제 ({org.name})" and r[3] == "삭제" for r in rows)
    assert not dialog.restore_button.isHidden()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert workspace.members.has_organisation(5)
    assert "되살렸습니다" in dialog.title.text()


def test_deleted_people_are_listed_and_brought_back_by_clicking(qtbot, workspace):
    person = workspace.members.people_of(5)[0]
    workspace.members.delete_person(person.id)
    dialog = ProgramHistoryDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.operations.item(0, 1).text() == f"사람 삭제 ({person.name})"
    dialog.tabs.setCurrentIndex(1)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("people"))
    assert dialog.deleted.item(0, 1).text() == person.name
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert workspace.members.person(person.id).name == person.name
    assert dialog.message.text().startswith(f"되살리기: 사람 ({person.name})")


def test_a_deleted_task_comes_back_from_the_history_with_its_schedule(qtbot, workspace):
    from seecodesk.services.plan import PlanService

    plan = PlanService(workspace.db)
    task_id, title = workspace.db.execute(
        "SELECT n.id, n.title FROM plan_nodes n WHERE n.kind = 'task' AND EXISTS (SELECT 1 FROM plan_nodes a "
        "JOIN plan_months m ON m.node_id = a.id WHERE a.parent_id = n.id) LIMIT 1").fetchone()
    count = "SELECT (SELECT count(*) FROM plan_nodes), (SELECT count(*) FROM plan_months), (SELECT count(*) FROM plan_tasks)"
    before = workspace.db.execute(count).fetchone()
    plan.delete_node(task_id)
    assert workspace.db.execute(count).fetchone() != before
    dialog = ProgramHistoryDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("plan_nodes"))
    names = [dialog.deleted.item(r, 1).text() for r in range(dialog.deleted.rowCount())]
    assert title in names
    dialog.deleted.selectRow(names.index(title))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert workspace.db.execute("SELECT title FROM plan_nodes WHERE id = ?", [task_id]).fetchone()[0] == title
    assert workspace.db.execute(count).fetchone() == before  # its activities and their schedule marks too
    record = RecordHistoryDialog(workspace, "plan_nodes", task_id, title)
    qtbot.addWidget(record)
    kinds = {record.table.item(r, 2).text() for r in range(record.table.rowCount())}
    assert {"실행계획 항목", "과제 내용"} <= kinds


def test_the_meeting_list_opens_the_history_of_the_chosen_meeting(qtbot, workspace):
    from seecodesk.gui.meetings.page import MeetingsPage

    page = MeetingsPage(workspace)
    qtbot.addWidget(page)
    page.show()
    seen = []

    def read_history():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecordHistoryDialog):
            QTimer.singleShot(20, read_history)
            return
        seen.append([dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())])
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    rect = page.list.table.visualRect(page.list.table.model().index(0, 0))
    qtbot.mouseClick(page.list.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    meeting_id = page._selected_meeting()
    workspace.db.execute("UPDATE meetings SET place = '새 장소' WHERE id = ?", [meeting_id])
    QTimer.singleShot(20, read_history)
    button = next(b for b in page.findChildren(QPushButton) if b.text() == "변경 이력…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen and "장소" in seen[0]


def test_ctrl_z_after_saving_a_member_undoes_that_save_not_its_unchanged_yearly_figures(qtbot, demo_path, tmp_path):
    from seecodesk.gui.members.org_dialog import OrganisationDialog
    from tests.gui_helpers import click, type_into, when_shown

    controller, window = _window(qtbot, demo_path, tmp_path)
    page = window.show_section("members")
    table = page.directory.table
    row = next(r for r in range(table.model().rowCount()) if table.model().index(r, 0).data() == "(주)다온문화기획")
    click_row(qtbot, table, row)
    org_id = page.directory.current_id()
    before = page.members.organisation(org_id).representative

    def edit(dialog):
        assert dialog.figures_tab.table.rowCount() > 0, "the demo gives this member yearly figures"
        type_into(qtbot, dialog.ui.representativeEdit, "=1+1 <b>&")
        click(qtbot, dialog, "저장")

    seen = when_shown(OrganisationDialog, edit)
    qtbot.mouseClick(page.buttons["edit"], Qt.MouseButton.LeftButton)
    assert seen and page.members.organisation(org_id).representative == "=1+1 <b>&"
    qtbot.waitUntil(lambda: window.undo_action.text() == "실행 취소: 회원사 수정 ((주)다온문화기획)", timeout=5000)
    press(qtbot, window, table, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: page.members.organisation(org_id).representative == before, timeout=5000)
    assert "organisation_figures" not in page.message_bar.label.text()
    controller.close()


def test_rows_another_program_added_are_undone_as_the_edit_menu_names_them(qtbot, demo_path, tmp_path):
    import sqlite3

    conn = sqlite3.connect(demo_path)
    conn.executemany("INSERT INTO organisations (name, name_key) VALUES (?, ?)",
                     [(f"외부 협동조합 {n}", f"외부 협동조합 {n}") for n in range(3)])
    conn.commit()
    conn.close()
    controller, window = _window(qtbot, demo_path, tmp_path)
    qtbot.waitUntil(lambda: window.undo_action.text() == "실행 취소: 변경: 회원사 3곳", timeout=10000)
    page = window.show_section("members")
    qtbot.waitUntil(lambda: "외부 협동조합 0" in directory_names(page), timeout=10000)
    questions = answer(qtbot, YES)  # another program's change: asked about first
    press(qtbot, window, page.directory.table, Qt.Key.Key_Z)
    assert questions and "이 창에서 한 것이 아닌 변경을" in questions[0]
    assert not [n for n in directory_names(page) if n.startswith("외부 협동조합")]
    controller.close()
