"""백업 및 복원 and the damaged-file dialog, driven by clicks as a secretary would."""

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from seecodesk.app import WindowController, make_application
from seecodesk.gui.safety.backups_dialog import BackupsDialog
from seecodesk.gui.safety.damaged_dialog import DamagedFileDialog
from seecodesk.gui.ui_settings import UiSettings
from seecodesk.services import backups
from tests.safety_helpers import count, damage, run_cli

LIVE_ORGS = "SELECT count(*) FROM organisations WHERE deleted_at IS NULL"


def _controller(tmp_path):
    make_application()
    return WindowController(UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)))


def _when_modal(kind, act, steps=None):
    """Run `act(widget)` as soon as a modal of `kind` is up (a modal's exec() would otherwise block the test)."""
    steps = steps if steps is not None else [0]

    def poll():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            act(widget)
        elif steps[0] < 400:
            steps[0] += 1
            QTimer.singleShot(25, poll)

    QTimer.singleShot(0, poll)


def _button(widget, text):
    return next(b for b in widget.findChildren(QPushButton) if b.text().replace("&", "").startswith(text))


def _member_count(window):
    window.show_section("members")  # the window opens on 홈
    return window.findChild(QLabel, "memberCount").text()


def test_back_up_now_and_restore_an_older_backup_by_clicks(qtbot, demo_path, tmp_path):
    controller = _controller(tmp_path)
    assert controller.open_path(demo_path)
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: len(backups.list_backups(demo_path)) == 1)  # the backup on open, off the GUI thread
    assert backups.list_backups(demo_path)[0].reason == "open"
    orgs = count(demo_path, LIVE_ORGS)
    workspace = controller.workspace
    workspace.db.execute("UPDATE organisations SET deleted_at = datetime('now') WHERE id IN "
                         "(SELECT id FROM organisations ORDER BY id LIMIT 3)")
    seen = {}

    def in_dialog(dialog):
        table = dialog.table
        seen["first_rows"] = table.rowCount()
        seen["counts"] = [table.item(0, col).text() for col in range(3, 6)]
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: table.rowCount() == 2 and dialog.backup_button.isEnabled(), timeout=10_000)
        seen["after_backup"] = [table.item(0, col).text() for col in range(1, 6)]
        seen["dates"] = [table.item(row, 0).text() for row in range(2)]
        rect = table.visualRect(table.model().index(1, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        _when_modal(QMessageBox, answer_restore)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    def answer_restore(box):
        seen["question"] = box.text() + "\n" + box.informativeText()
        _when_modal(QMessageBox, lambda done: (seen.setdefault("done", done.text()),
                                                    qtbot.mouseClick(done.buttons()[0], Qt.MouseButton.LeftButton)))
        qtbot.mouseClick(_button(box, "복원"), Qt.MouseButton.LeftButton)

    _when_modal(BackupsDialog, in_dialog)
    controller.window.backups_action.trigger()  # 파일 → 백업 및 복원
    qtbot.waitUntil(lambda: "done" in seen, timeout=20_000)
    assert seen["first_rows"] == 1
    assert seen["counts"] == [f"{orgs}곳", f"{count(demo_path, 'SELECT count(*) FROM people WHERE deleted_at IS NULL')}명",
                              f"{count(demo_path, 'SELECT count(*) FROM meetings WHERE deleted_at IS NULL')}건"]
    assert seen["after_backup"][0] == "지금 백업" and seen["after_backup"][2] == f"{orgs - 3}곳"
    first, second = seen["dates"]  # two backups of one minute are told apart by their seconds
    assert first != second or first.count(":") == 2
    assert f"조직: 지금 {orgs - 3}곳 → 백업 {orgs}곳" in seen["question"]
    assert "안전 사본" in seen["question"]
    named = seen["question"].split("으로 되돌릴까요?")[0]  # '2026. 12. 7. 13:08 백업(열 때 자동)'
    assert named.endswith(" 백업(열 때 자동)") and seen["done"].startswith(f"{named}으로 되돌렸습니다.")
    assert ".seecodesk 백업" not in seen["done"]
    window = controller.window
    qtbot.addWidget(window)
    assert window.workspace is not workspace  # the window was opened again on the restored file
    assert _member_count(window) == f"전체 {orgs}곳"
    reasons = sorted(info.reason for info in backups.list_backups(demo_path))
    assert reasons == ["manual", "open", "restore"]  # the safety copy; nothing rotated out, no copy of the copy
    controller.close()


def test_a_damaged_file_is_set_aside_and_the_newest_backup_offered_by_clicks(qtbot, demo_path, tmp_path):
    taken = backups.backup_now(demo_path)
    orgs = count(demo_path, LIVE_ORGS)
    damage(demo_path)
    damaged_bytes = demo_path.read_bytes()
    controller = _controller(tmp_path)
    seen = {}

    def in_dialog(dialog):
        seen["text"] = dialog.findChild(QLabel, "damaged_message").text()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    _when_modal(DamagedFileDialog, in_dialog)
    assert controller.open_path(demo_path)
    qtbot.addWidget(controller.window)
    (aside,) = [p for p in demo_path.parent.iterdir() if p.name.startswith("demo.seecodesk.damaged-")]
    assert aside.read_bytes() == damaged_bytes  # kept as found, never written
    assert aside.name in seen["text"] and "손상" in seen["text"]
    when = f"{taken.taken_at.year}. {taken.taken_at.month}. {taken.taken_at.day}. {taken.taken_at:%H:%M}"
    assert when in seen["text"] and f"조직 {orgs}곳" in seen["text"]
    assert _member_count(controller.window) == f"전체 {orgs}곳"
    assert "백업으로 복원했습니다" in controller.window.statusBar().currentMessage()
    controller.close()


def test_a_damaged_file_without_backups_can_start_fresh(qtbot, demo_path, tmp_path):
    damage(demo_path)
    controller = _controller(tmp_path)
    seen = {}

    def in_dialog(dialog):
        seen["text"] = dialog.findChild(QLabel, "damaged_message").text()
        seen["has_restore"] = hasattr(dialog, "restore_button")
        qtbot.mouseClick(dialog.fresh_button, Qt.MouseButton.LeftButton)

    _when_modal(DamagedFileDialog, in_dialog)
    assert controller.open_path(demo_path)
    qtbot.addWidget(controller.window)
    assert "검사를 통과한 백업이 없습니다" in seen["text"] and not seen["has_restore"]
    assert _member_count(controller.window) == "전체 0곳"
    controller.close()


def test_unit_the_hourly_timer_takes_the_daily_backup_only_when_it_is_due(qtbot, demo_path, tmp_path, monkeypatch):
    from seecodesk.gui.safety.window_hooks import AutoBackups

    controller = _controller(tmp_path)
    assert controller.open_path(demo_path)
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: len(backups.list_backups(demo_path)) == 1)
    auto = AutoBackups(controller.window, demo_path)
    assert auto.timer.isActive() and auto.timer.interval() == 60 * 60 * 1000
    auto.back_up_if_due()  # the newest backup is minutes old: nothing to do
    qtbot.waitUntil(lambda: auto.task is None)
    assert len(backups.list_backups(demo_path)) == 1
    monkeypatch.setattr(backups, "backup_due", lambda path, now=None: True)  # a day later, with changes
    auto.timer.timeout.emit()
    qtbot.waitUntil(lambda: auto.task is None)
    assert sorted(b.reason for b in backups.list_backups(demo_path)) == ["daily", "open"]
    assert "자동 백업을 만들었습니다" in controller.window.statusBar().currentMessage()
    controller.close()


def test_history_keep_years_typed_and_saved_in_backups_is_kept_after_reopening(qtbot, demo_path, tmp_path):
    from seecodesk.services.history import KEEP_YEARS_SETTING
    from seecodesk.services.settings import get_setting
    from tests.gui_helpers import click, type_into, when_shown

    controller = _controller(tmp_path)
    assert controller.open_path(demo_path)
    qtbot.addWidget(controller.window)
    seen: dict = {}
    failures: list = []

    def set_years(dialog, typed):
        seen.setdefault("shown", []).append(dialog.keep_years.text())
        type_into(qtbot, dialog.keep_years, typed)
        click(qtbot, dialog, "보관 기간 저장")
        seen.setdefault("notes", []).append(dialog.findChild(QLabel, "history_keep_years_note").text())
        click(qtbot, dialog, "닫기")

    for typed in ("3", "77", "0"):  # 77 is beyond 50: the field takes no second 7
        when_shown(BackupsDialog, lambda dialog, typed=typed: set_years(dialog, typed), failures)
        controller.window.backups_action.trigger()  # 파일 → 백업 및 복원
        assert not failures, failures
    when_shown(BackupsDialog, lambda dialog: (seen["shown"].append(dialog.keep_years.text()),
                                              click(qtbot, dialog, "닫기")), failures)
    controller.window.backups_action.trigger()
    assert not failures, failures
    assert seen["shown"] == ["5년", "3년", "7년", "모두 보관"]  # 5 years until someone chooses
    assert "3년보다 오래된" in seen["notes"][0] and "7년보다" in seen["notes"][1] and "모두 보관" in seen["notes"][2]
    assert get_setting(controller.workspace.db, KEEP_YEARS_SETTING) == "0"
    controller.close()


def test_unit_history_keep_years_outside_0_to_50_is_refused_with_a_korean_message(db):
    import pytest

    from seecodesk.services.history import HistoryError, HistoryService

    history = HistoryService(db)
    for years in (-1, 51):
        with pytest.raises(HistoryError, match="0년부터 50년까지"):
            history.set_keep_years(years)
    assert history.keep_years() == 5
    history.set_keep_years(50)
    assert history.keep_years() == 50


def test_a_copy_waiting_for_its_check_says_so_in_backups_until_back_up_now_checks_it(qtbot, demo_path):
    waiting = backups.backup_now(demo_path, "close")  # the day's first copy, made as the window closed
    dialog = BackupsDialog(demo_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.item(0, 1).text() == "닫을 때 자동 (검사 전)"
    assert "복원할 때는 먼저 검사합니다" in dialog.table.item(0, 1).toolTip()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2 and dialog.backup_button.isEnabled(), timeout=10_000)
    assert [dialog.table.item(row, 1).text() for row in range(2)] == ["지금 백업", "닫을 때 자동"]
    assert waiting.path.exists() and all(info.checked for info in backups.list_backups(demo_path))
    shown = run_cli("backups", "--db", str(demo_path))
    assert "검사 전" not in shown.stdout


def test_the_window_opened_runs_the_check_the_copy_made_on_closing_waits_for(qtbot, demo_path, tmp_path):
    waiting = backups.backup_now(demo_path, "close")
    assert "닫을 때 자동 (검사 전)" in run_cli("backups", "--db", str(demo_path)).stdout
    controller = _controller(tmp_path)
    assert controller.open_path(demo_path)
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: all(info.checked for info in backups.list_backups(demo_path)), timeout=10_000)
    assert waiting.path.exists()
    controller.close()


def test_a_damaged_file_opened_ahead_of_its_check_is_set_aside_and_a_fresh_start_offered(qtbot, demo_path, tmp_path):
    import threading

    from tests.test_early_check import _held_check

    damage(demo_path)
    release = _held_check(demo_path, None)  # still reading when the window opens
    damaged_bytes = demo_path.read_bytes()
    controller = _controller(tmp_path)
    seen = {}

    def in_dialog(dialog):
        seen["text"] = dialog.findChild(QLabel, "damaged_message").text()
        qtbot.mouseClick(dialog.fresh_button, Qt.MouseButton.LeftButton)

    _when_modal(DamagedFileDialog, in_dialog)
    threading.Timer(0.2, release.set).start()
    try:
        assert controller.open_path(demo_path, check_later=True)
        qtbot.waitUntil(lambda: "text" in seen, timeout=10000)
        qtbot.waitUntil(lambda: controller.workspace is not None and controller.workspace.checked, timeout=10000)
    finally:
        release.set()
    qtbot.addWidget(controller.window)
    (aside,) = [p for p in demo_path.parent.iterdir()
                if p.name.startswith("demo.seecodesk.damaged-") and not p.name.endswith(("-wal", "-shm"))]
    assert aside.read_bytes() == damaged_bytes  # kept as found, never written
    assert "손상" in seen["text"]
    assert _member_count(controller.window) == "전체 0곳"
    controller.close()


def test_closing_the_damaged_file_dialog_after_the_first_paint_ends_the_program(qtbot, demo_path, tmp_path,
                                                                               monkeypatch):
    import threading

    from tests.test_early_check import _held_check

    damage(demo_path)
    release = _held_check(demo_path, None)  # still reading when the window opens
    controller = _controller(tmp_path)
    ended: list[int] = []
    monkeypatch.setattr(QApplication, "exit", lambda code=0: ended.append(code))

    def in_dialog(dialog):
        close = next(b for b in dialog.findChildren(QPushButton) if b.text() == "닫기")
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)

    _when_modal(DamagedFileDialog, in_dialog)
    threading.Timer(0.2, release.set).start()
    try:
        assert controller.open_path(demo_path, check_later=True)
        qtbot.addWidget(controller.window)
        qtbot.waitUntil(lambda: ended == [1], timeout=10000)
    finally:
        release.set()
    assert not controller.window.isVisible()


def test_a_restore_whose_safety_copy_finds_the_disk_full_says_nothing_was_restored_by_clicks(
        qtbot, demo_path, tmp_path, monkeypatch):
    from seecodesk.storage import backup_files
    from tests.gui_helpers import when_shown

    controller = _controller(tmp_path)
    assert controller.open_path(demo_path)
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: len(backups.list_backups(demo_path)) == 1)
    controller.workspace.db.execute("UPDATE organisations SET deleted_at = datetime('now') WHERE id IN "
                                    "(SELECT id FROM organisations ORDER BY id LIMIT 2)")
    orgs = count(demo_path, LIVE_ORGS)

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_files.os, "replace", disk_full)  # the safety copy cannot be put in place
    seen = {}

    def in_dialog(dialog):
        table = dialog.table
        rect = table.visualRect(table.model().index(0, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        when_shown(QMessageBox, answer_restore)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    def answer_restore(box):
        _when_modal(QMessageBox, lambda told: (seen.setdefault("told", (told.windowTitle(), told.text())),
                                                    qtbot.mouseClick(told.buttons()[0], Qt.MouseButton.LeftButton)))
        qtbot.mouseClick(_button(box, "복원"), Qt.MouseButton.LeftButton)

    _when_modal(BackupsDialog, in_dialog)
    controller.window.backups_action.trigger()
    qtbot.waitUntil(lambda: "told" in seen, timeout=20_000)
    title, text = seen["told"]
    assert title == "복원하지 못했습니다"
    assert text.startswith("복원하지 않았습니다. 지금 파일은 그대로입니다.") and "디스크 공간이 부족합니다" in text
    assert count(demo_path, LIVE_ORGS) == orgs  # the file as it was, its two deletions and all
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "crash_dialog" and w.isVisible()]
    qtbot.addWidget(controller.window)
    controller.close()
