"""Known storage problems are messages, not crashes: a write lock held by another program, a full disk,
a read-only file, an empty file. The form keeps what was typed and 저장 can be pressed again."""

import os
import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from seecodesk.cli.main import main
from seecodesk.core.errors import DatabaseError
from seecodesk.core.members import Organisation
from seecodesk.gui import messages
from seecodesk.gui.crash_dialog import CrashDialog
from seecodesk.gui.members.org_dialog import OrganisationDialog
from seecodesk.storage import database
from seecodesk.storage.database import open_connection


def type_korean(widget, text: str) -> None:
    """Type Hangul as a Korean input method delivers it (QTest.keyClicks only knows ASCII keys)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def org_names(workspace) -> set[str]:
    return {row[0] for row in workspace.conn.execute("SELECT name FROM organisations")}


def hold_write_lock(path) -> sqlite3.Connection:
    """A second program (a DB browser, a sync client) holding the write lock of the file."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


@pytest.fixture
def form(qtbot, workspace):
    workspace.conn.execute("PRAGMA busy_timeout = 100")  # the program waits 5 s; the test need not
    dialog = OrganisationDialog(None, Organisation(name=""), workspace.members.save_organisation)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click_save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_saving_while_another_program_holds_the_file_says_so_and_keeps_the_form(qtbot, form, workspace, demo_path):
    type_korean(form.ui.nameEdit, "잠금시험사회적협동조합")
    other = hold_write_lock(demo_path)
    click_save(qtbot, form)
    summary = form.ui.summaryErrorLabel
    assert form.isVisible() and summary.isVisible()
    assert "다른 프로그램" in summary.text() and "다시 저장" in summary.text()
    assert form.ui.nameEdit.text() == "잠금시험사회적협동조합"
    assert "잠금시험사회적협동조합" not in org_names(workspace)
    other.execute("ROLLBACK")
    other.close()
    click_save(qtbot, form)
    assert not form.isVisible()
    assert "잠금시험사회적협동조합" in org_names(workspace)


def test_a_full_disk_is_a_message_and_the_next_save_works(qtbot, form, workspace):
    pages = workspace.conn.execute("PRAGMA page_count").fetchone()[0]
    workspace.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own SQLITE_FULL, as on a full disk
    type_korean(form.ui.nameEdit, "가득참협동조합")
    form.ui.notesEdit.setPlainText("긴 메모 " * 2000)
    click_save(qtbot, form)
    assert form.isVisible() and "디스크 공간이 부족" in form.ui.summaryErrorLabel.text()
    assert "가득참협동조합" not in org_names(workspace)
    workspace.conn.execute("PRAGMA max_page_count = 1073741823")
    click_save(qtbot, form)
    assert not form.isVisible() and "가득참협동조합" in org_names(workspace)


def test_a_read_only_file_is_a_message(qtbot, demo_path, monkeypatch):
    from seecodesk.gui.members import org_dialog
    from seecodesk.services.workspace import open_workspace

    monkeypatch.setattr(org_dialog, "confirm", lambda *args: True)  # closing the unsaved form at the end

    os.chmod(demo_path, 0o444)
    try:
        workspace = open_workspace(demo_path, lock=False)
        if os.access(demo_path, os.W_OK):  # root writes through file modes: make the connection read-only
            workspace.conn.execute("PRAGMA query_only = ON")
        dialog = OrganisationDialog(None, Organisation(name=""), workspace.members.save_organisation)
        qtbot.addWidget(dialog)
        dialog.show()
        type_korean(dialog.ui.nameEdit, "읽기전용협동조합")
        click_save(qtbot, dialog)
        assert dialog.isVisible() and "읽기 전용" in dialog.ui.summaryErrorLabel.text()
        workspace.close()
    finally:
        os.chmod(demo_path, 0o644)


def test_unit_an_escaped_storage_problem_shows_a_message_not_the_crash_dialog(qtbot, monkeypatch):
    shown, crashes = [], []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(messages, "show_crash", lambda *args: crashes.append(args))
    error = sqlite3.OperationalError("database is locked")
    messages.handle_uncaught(type(error), error, None)
    assert crashes == [] and "다른 프로그램" in shown[0]
    bug = ZeroDivisionError("division by zero")
    messages.handle_uncaught(type(bug), bug, None)
    assert len(crashes) == 1


def test_the_crash_dialog_claims_nothing_was_saved_and_its_details_can_be_copied(qtbot):
    seen = {}

    def look():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible())
        seen["text"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        seen["clipboard"] = QApplication.clipboard().text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    try:
        raise ZeroDivisionError("시험용 결함")
    except ZeroDivisionError as error:
        QTimer.singleShot(0, look)
        messages.show_crash(None, type(error), error, error.__traceback__)
    assert "저장되어 있습니다" not in seen["text"]
    assert "기록 파일" in seen["text"] and "seecodesk.log" in seen["text"]
    assert "ZeroDivisionError: 시험용 결함" in seen["clipboard"] and "Traceback" in seen["clipboard"]


def test_an_empty_file_is_called_empty_not_missing(tmp_path, capsys):
    empty = tmp_path / "빈.seecodesk"
    empty.write_bytes(b"")
    with pytest.raises(DatabaseError, match="빈 파일입니다"):
        open_connection(empty, create=False)
    assert main(["check", "--db", str(empty)]) == 1
    err = capsys.readouterr().err
    assert "빈 파일" in err and "찾을 수 없습니다" not in err


def test_the_command_line_says_the_file_is_held_by_another_program(demo_path, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    source = tmp_path / "list.csv"
    source.write_text("기업명,연락처\n가람잠금협동조합,041-731-2201\n", encoding="utf-8-sig")
    other = hold_write_lock(demo_path)
    try:
        assert main(["import", "members", str(source), "--db", str(demo_path)]) == 1
    finally:
        other.execute("ROLLBACK")
        other.close()
    err = capsys.readouterr().err
    assert err.startswith("오류: ") and "다른 프로그램이" in err and err.count("\n") == 1
