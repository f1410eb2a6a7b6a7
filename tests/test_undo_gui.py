"""Ctrl+Z in the window as a careful secretary expects: her own small edit at once; another program's import
or any large change only after a question naming it; a large undo with its progress, stoppable with nothing undone."""

import csv
import sqlite3

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from seecodesk.gui.crash_dialog import CrashDialog
from seecodesk.gui.history.undo_progress import UndoProgressDialog
from tests.gui_helpers import NO, YES, answer, click, when_shown

IMPORTED = 300  # more than a slip of the hand could mean, few enough for a test


def _import_by_command_line(tmp_path, network, rows=IMPORTED):
    """`seecodesk import members` run while the window was closed (the CLI is refused while it is open)."""
    from seecodesk.cli.main import main

    source = tmp_path / "명단.csv"
    with open(source, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([["기업명", "대표자", "전화"],
                                      *[[f"명령줄협동조합{i:04d}", f"대표{i}", f"041-731-{i:04d}"] for i in range(rows)]])
    assert main(["import", "members", str(source), "--db", str(network)]) == 0


def _window(qtbot, path, tmp_path):
    """The window on `path` (as test_history_gui opens it), 회원 on screen with the whole directory loaded."""
    from tests.test_history_gui import _window as open_window

    controller, window = open_window(qtbot, path, tmp_path)
    page = window.show_section("members")
    qtbot.waitUntil(lambda: not page.directory.loading(), timeout=10_000)
    return controller, window, page


def _ctrl_z(qtbot, window, page):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.directory.table.setFocus()
    qtbot.keyClick(page.directory.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _agree(qtbot, seen=None):
    """Click 되돌리기 on 실행 취소's question once it shows (no other box)."""
    seen = seen if seen is not None else []

    def look(attempt=0):
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
                    and w.objectName() == "undo_question"), None)
        if box is None:
            if attempt < 500:
                QTimer.singleShot(20, lambda: look(attempt + 1))
            return
        seen.append(box.text())
        qtbot.mouseClick(box.button(YES), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, look)
    return seen


def _questions_while(qtbot, act):
    """Do `act`; a question box shown meanwhile is recorded and declined with 취소."""
    seen, watching = [], [True]

    def look():
        if not watching[0]:
            return
        for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]:
            seen.append(box.text())
            qtbot.mouseClick(box.button(NO), Qt.MouseButton.LeftButton)
        QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    try:
        act()
    finally:
        watching[0] = False
    return seen


def _imported_on_screen(page):
    return sum(r.name.startswith("명령줄협동조합") for r in page.directory.model.records())


def test_ctrl_z_asks_before_undoing_the_command_lines_import_and_no_keeps_it(qtbot, demo_path, tmp_path):
    _import_by_command_line(tmp_path, demo_path)
    controller, window, page = _window(qtbot, demo_path, tmp_path)
    assert _imported_on_screen(page) == IMPORTED
    seen: list[QMessageBox] = []

    def read_and_decline(box):
        seen.append((box.text(), box.informativeText(), box.button(YES).text(), box.button(NO).text(),
                     box.defaultButton() is box.button(NO)))
        qtbot.mouseClick(box.button(NO), Qt.MouseButton.LeftButton)

    when_shown(QMessageBox, read_and_decline)
    _ctrl_z(qtbot, window, page)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    question, details, yes, no, no_is_default = seen[0]
    assert question == "이 창에서 한 것이 아닌 가져오기를 되돌릴까요?"
    assert f"작업: 가져오기: 회원사 {IMPORTED}곳" in details and "한 곳: 명령줄 (seecodesk import members)" in details
    assert f"바뀐 기록: {IMPORTED}건" in details and f"되돌리면: 회원사 {IMPORTED}곳 지움" in details
    assert (yes, no, no_is_default) == ("되돌리기", "취소", True)
    assert _imported_on_screen(page) == IMPORTED
    assert "아무것도 바뀌지 않았습니다" in window.statusBar().currentMessage()
    controller.close()


def test_ctrl_z_on_her_own_edit_asks_nothing_then_the_import_is_undone_after_yes(qtbot, demo_path, tmp_path):
    from seecodesk.gui.members.org_dialog import OrganisationDialog
    from tests.gui_helpers import type_into

    _import_by_command_line(tmp_path, demo_path)
    controller, window, page = _window(qtbot, demo_path, tmp_path)
    org_id = next(r.id for r in page.directory.model.records() if r.name == "(주)다온문화기획")
    page.directory.select_id(org_id)
    before = page.members.organisation(org_id).representative
    when_shown(OrganisationDialog, lambda d: (type_into(qtbot, d.ui.representativeEdit, "김새봄"), click(qtbot, d, "저장")))
    qtbot.mouseClick(page.buttons["edit"], Qt.MouseButton.LeftButton)
    assert page.members.organisation(org_id).representative == "김새봄"
    questions = _questions_while(qtbot, lambda: _ctrl_z(qtbot, window, page))
    assert page.members.organisation(org_id).representative == before and not questions
    assert _imported_on_screen(page) == IMPORTED
    questions = answer(qtbot, YES)
    _ctrl_z(qtbot, window, page)
    qtbot.waitUntil(lambda: _imported_on_screen(page) == 0, timeout=20_000)
    assert questions == ["이 창에서 한 것이 아닌 가져오기를 되돌릴까요?"]
    assert page.message_bar.label.text() == f"실행 취소: 가져오기: 회원사 {IMPORTED}곳 — 회원사 {IMPORTED}곳 지움"
    window.show_section("home")
    window.show_section("members")
    assert _imported_on_screen(page) == 0  # shown again: the directory is read as it now is
    controller.close()


def test_the_progress_box_stops_the_undo_with_nothing_undone(qtbot, demo_path, tmp_path):
    _import_by_command_line(tmp_path, demo_path)
    controller, window, page = _window(qtbot, demo_path, tmp_path)
    holder = sqlite3.connect(demo_path)  # another program writing: the undo waits for it, its box on screen
    holder.execute("BEGIN IMMEDIATE")
    boxes: list = []
    _agree(qtbot)
    try:
        _ctrl_z(qtbot, window, page)
        qtbot.waitUntil(lambda: any(isinstance(w, UndoProgressDialog) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=5000)
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, UndoProgressDialog) and w.isVisible())
        boxes.append(box.title.text())
        click(qtbot, box, "취소")
        assert not box.isVisible()
    finally:
        holder.rollback()
        holder.close()
    qtbot.waitUntil(lambda: "멈췄습니다" in window.statusBar().currentMessage(), timeout=10_000)
    assert boxes and f"되돌리는 중: 가져오기: 회원사 {IMPORTED}곳" in boxes[0]
    assert _imported_on_screen(page) == IMPORTED
    window.refresh_undo_labels()
    assert window.undo_action.text() == f"실행 취소: 가져오기: 회원사 {IMPORTED}곳"  # still there, whole
    controller.close()


def _when_warned(qtbot, title, seen):
    """Click OK on the message box called `title` once it shows (other boxes are left to their own answers)."""
    def look(attempt=0):
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible() and w.windowTitle() == title), None)
        if box is None:
            if attempt < 500:
                QTimer.singleShot(20, lambda: look(attempt + 1))
            return
        seen.append(box.text())
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, look)


def test_an_undo_while_another_program_holds_the_file_says_so_in_korean(qtbot, demo_path, tmp_path, monkeypatch):
    import seecodesk.storage.database as database

    _import_by_command_line(tmp_path, demo_path)
    controller, window, page = _window(qtbot, demo_path, tmp_path)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(demo_path)
    holder.execute("BEGIN IMMEDIATE")
    warnings: list[str] = []
    crashes = when_shown(CrashDialog, lambda d: click(qtbot, d, "닫기"))
    asked = _agree(qtbot)
    _when_warned(qtbot, "저장하지 못했습니다", warnings)
    try:
        _ctrl_z(qtbot, window, page)
        qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    finally:
        holder.rollback()
        holder.close()
    assert asked and warnings[0].startswith("다른 프로그램이 데이터베이스 파일을 쓰고 있어") and not crashes
    assert _imported_on_screen(page) == IMPORTED
    controller.close()
