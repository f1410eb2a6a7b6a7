"""Re-importing a list and keeping only some rows, driven through the window as a secretary does:
clicks on the real buttons, choices picked from the combos' popups, then what the screen says."""

import csv

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog

from seecodesk.gui.members.import_dialog import MemberImportDialog
from seecodesk.gui.members.page import MembersPage
from tests.test_members_gui import type_text

ROWS = [["기업명", "대표자", "전화", "시군구"],
        ["가람새싹협동조합", "김하나", "041-730-1111", "논산시"],
        ["들꽃마을공방", "박둘", "041-730-2222", "논산시"],
        ["솔숲카페", "최셋", "041-730-3333", "공주시"]]


@pytest.fixture
def source(tmp_path, monkeypatch):
    """The list, and the file dialog answering with it as if the secretary had picked it."""
    path = tmp_path / "명단.csv"
    with open(path, "w", encoding="cp949", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(ROWS)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    return path


def live(db):
    return db.execute("SELECT count(*) FROM organisations WHERE deleted_at IS NULL").fetchone()[0]


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def pick(qtbot, combo: QComboBox, text: str) -> None:
    """Open the combo's popup with a click, walk to the entry that starts with `text` with the arrow
    keys and press Enter (the popup ignores a click that comes as fast as a test sends it)."""
    click(qtbot, combo)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=5_000)
    row = next(r for r in range(combo.count()) if combo.itemText(r).startswith(text))
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible() and combo.currentIndex() == row, timeout=5_000)


def open_with_file(qtbot, workspace):
    dialog = MemberImportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.resize(1300, 720)
    dialog.show()
    click(qtbot, dialog.ui.browseButton)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.task is None, timeout=10_000)
    return dialog


def statuses(dialog):
    model = dialog.model
    return [model.index(r, 2).data() for r in range(model.rowCount())]


def import_by_click(qtbot, dialog):
    assert dialog.ui.importButton.isEnabled()
    click(qtbot, dialog.ui.importButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    return dialog.result


def test_reimporting_skips_what_is_there_then_updates_it_when_chosen(qtbot, workspace, source):
    before = live(workspace.db)
    first = import_by_click(qtbot, open_with_file(qtbot, workspace))
    assert first.added == 3 and live(workspace.db) == before + 3

    again = open_with_file(qtbot, workspace)
    assert statuses(again) == ["이미 있음"] * 3
    assert "이미 있음 3(건너뜀)" in again.ui.summaryLabel.text()
    assert not again.ui.importButton.isEnabled()  # nothing new: the directory is not doubled
    assert "건너뜁니다" in again.model.index(0, 4).data()

    workspace.db.execute("UPDATE organisations SET phone = '' WHERE name = '솔숲카페'")
    pick(qtbot, again.options.existing_combo, "파일 내용으로")
    assert again.ui.importButton.text().startswith("3곳") and "고쳐 씀" in again.ui.summaryLabel.text()
    result = import_by_click(qtbot, again)
    assert (result.added, result.updated) == (0, 3) and live(workspace.db) == before + 3
    phone = workspace.db.execute("SELECT phone FROM organisations WHERE name = '솔숲카페'").fetchone()[0]
    assert phone == "041-730-3333"


def test_the_row_filter_keeps_only_one_city(qtbot, workspace, source):
    before = live(workspace.db)
    dialog = open_with_file(qtbot, workspace)
    assert dialog.model.rowCount() == 3 and not dialog.options.value_combo.isEnabled()
    pick(qtbot, dialog.options.column_combo, "시군구")
    assert dialog.options.value_combo.isEnabled() and dialog.model.rowCount() == 3  # no value chosen yet
    pick(qtbot, dialog.options.value_combo, "논산시")
    names = [dialog.model.index(r, 3).data() for r in range(dialog.model.rowCount())]
    assert names == ["가람새싹협동조합", "들꽃마을공방"]
    assert "'시군구 = 논산시' 아닌 행 1 제외" in dialog.ui.summaryLabel.text()
    assert dialog.ui.importButton.text().startswith("2곳")
    assert import_by_click(qtbot, dialog).added == 2 and live(workspace.db) == before + 2
    stored = {r[0] for r in workspace.db.execute("SELECT name FROM organisations")}
    assert "솔숲카페" not in stored


def test_back_to_every_row_shows_them_all_again(qtbot, workspace, source):
    dialog = open_with_file(qtbot, workspace)
    pick(qtbot, dialog.options.column_combo, "시군구")
    pick(qtbot, dialog.options.value_combo, "공주시")
    assert dialog.model.rowCount() == 1
    pick(qtbot, dialog.options.column_combo, "(모든 행)")
    assert dialog.model.rowCount() == 3 and dialog.ui.importButton.text().startswith("3곳")


def test_after_an_import_the_directory_shows_the_new_rows_and_says_how_many(qtbot, workspace, source):
    page = MembersPage(workspace)
    qtbot.addWidget(page)
    page.resize(1300, 720)
    page.show()
    type_text(page.directory.search_edit, "가람")  # a search that would hide 들꽃마을공방 and 솔숲카페
    shown_before = page.directory.model.visible_count()

    def drive_the_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MemberImportDialog)
        click(qtbot, dialog.ui.browseButton)
        qtbot.waitUntil(lambda: dialog.preview is not None and dialog.task is None, timeout=10_000)
        click(qtbot, dialog.ui.importButton)

    QTimer.singleShot(0, drive_the_dialog)
    click(qtbot, page.buttons["import"])
    message = page.message_bar.label.text()
    assert "3곳을 회원 명단에 더했습니다" in message and "필터를 풀었습니다" in message
    assert page.directory.search_edit.text() == ""
    assert page.directory.model.visible_count() > shown_before
    visible = {page.directory.model.record(r).name for r in range(page.directory.model.rowCount())}
    assert {"들꽃마을공방", "솔숲카페"} <= visible
