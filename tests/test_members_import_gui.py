"""The import preview dialog, the export dialog and the 내보내기 page, driven with pytest-qt."""

import csv

import pytest
from PySide6.QtCore import Qt

from seecodesk.gui.export.page import ExportPage
from seecodesk.gui.members.export_dialog import MemberExportDialog
from seecodesk.gui.members.import_dialog import MemberImportDialog
from seecodesk.services.workspace import Workspace
from seecodesk.storage.database import open_database
from tests.gui_helpers import type_into

ROWS = [["순번", "조직명", "연락처", "사업자등록번호", "담당자"],
        ["1", "가람바다협동조합", "041-731-2201", "124-81-00998", "이수진"],
        ["2", "㈜ 들꽃\n향기", "10-2345-6789", "", "박들꽃"],
        ["3", "솔바람공방", "041-731-2203", "116-82-00278", "최솔"],
        ["4", "", "041-730-1111", "", "정무명"],
        ["5", "은하수카페", "041-733-0101", "", "윤은하"]]


@pytest.fixture
def workspace(demo_path):
    db = open_database(demo_path)
    yield Workspace(db=db, path=demo_path)
    db.close()


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "명단.csv"
    with open(path, "w", encoding="cp949", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(ROWS)
    return path


def count(db):
    return db.execute("SELECT count(*) FROM organisations WHERE deleted_at IS NULL").fetchone()[0]


def open_dialog(qtbot, workspace, sample):
    dialog = MemberImportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(sample)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.task is None, timeout=10_000)
    return dialog


def map_by_hand(qtbot, dialog, header, key):
    """Choose `key` in the combo of the file's `header` column and wait for the new preview."""
    combo = dialog.mapping_table.combos[header]
    combo.setCurrentIndex(combo.findData(key))
    qtbot.waitUntil(lambda: dialog.task is None and dialog.preview.mapping.fields[header] == key, timeout=10_000)


def test_preview_shows_problems_then_imports_the_rest(qtbot, workspace, sample):
    dialog = open_dialog(qtbot, workspace, sample)
    assert "CP949" in dialog.ui.encodingLabel.text()
    assert "담당자" in dialog.ui.notesLabel.text()
    model = dialog.model
    statuses = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert statuses == ["정상", "주의", "오류", "오류", "정상"]
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["2", "3", "4", "5", "6"]
    assert "검증번호" in model.index(2, 4).data() and model.index(1, 3).data() == "(주)들꽃 향기"
    assert model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert not dialog.ui.importButton.isEnabled() and "4, 5행" in dialog.ui.summaryLabel.text()
    before = count(workspace.db)
    qtbot.mouseClick(dialog.ui.excludeErrorsButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.importButton.isEnabled() and dialog.ui.importButton.text().startswith("3곳")
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported == 3, timeout=10_000)
    assert count(workspace.db) == before + 3
    phone = workspace.db.execute("SELECT phone FROM organisations WHERE name = '(주)들꽃 향기'").fetchone()
    assert phone == ("010-2345-6789",)


def test_unknown_column_is_mapped_with_its_combo(qtbot, workspace, sample):
    dialog = open_dialog(qtbot, workspace, sample)
    map_by_hand(qtbot, dialog, "담당자", "representative")
    assert dialog.preview.rows[0].organisation.representative == "이수진"
    assert "담당자" not in dialog.ui.notesLabel.text()


def test_a_hand_mapped_column_survives_reading_the_file_in_another_encoding(qtbot, workspace, sample):
    dialog = open_dialog(qtbot, workspace, sample)
    map_by_hand(qtbot, dialog, "담당자", "representative")
    encodings = dialog.ui.encodingCombo
    encodings.setCurrentIndex(encodings.findData("utf-8"))  # wrong: nothing to preview
    qtbot.waitUntil(lambda: dialog.task is None and dialog.model.rowCount() == 0, timeout=10_000)
    encodings.setCurrentIndex(encodings.findData("cp949"))
    qtbot.waitUntil(lambda: dialog.task is None and dialog.model.rowCount() == 5, timeout=10_000)
    assert dialog.preview.mapping.fields["담당자"] == "representative"
    assert dialog.mapping_table.combos["담당자"].currentData() == "representative"
    assert dialog.preview.rows[0].organisation.representative == "이수진"


def test_ticking_a_row_back_blocks_again_and_problems_only_filter(qtbot, workspace, sample):
    dialog = open_dialog(qtbot, workspace, sample)
    dialog.exclude_error_rows()
    dialog.model.setData(dialog.model.index(2, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert not dialog.ui.importButton.isEnabled()
    dialog.ui.problemsOnlyCheck.setChecked(True)
    assert dialog.model.rowCount() == 3


def test_forcing_the_wrong_encoding_shows_a_korean_message(qtbot, workspace, sample):
    dialog = open_dialog(qtbot, workspace, sample)
    dialog.ui.encodingCombo.setCurrentIndex(dialog.ui.encodingCombo.findData("utf-8"))
    qtbot.waitUntil(lambda: dialog.task is None and "읽을 수 없습니다" in dialog.ui.summaryLabel.text(), timeout=10_000)
    assert not dialog.ui.importButton.isEnabled() and dialog.model.rowCount() == 0
    dialog.ui.encodingCombo.setCurrentIndex(dialog.ui.encodingCombo.findData("auto"))
    qtbot.waitUntil(lambda: dialog.task is None and dialog.model.rowCount() == 5, timeout=10_000)


def test_in_memory_workspace_commits_on_the_gui_thread(qtbot, db, sample):
    dialog = open_dialog(qtbot, Workspace(db=db, path=None), sample)
    dialog.exclude_error_rows()
    dialog.start_import()
    assert dialog.imported == 3 and count(db) == 3


def test_export_dialog_reports_cp949_problem_and_writes_xlsx(qtbot, workspace, tmp_path):
    workspace.db.execute("UPDATE organisations SET news = '축하해요 🎉' WHERE id = 2")
    dialog = MemberExportDialog(workspace, None, "cp949")
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "m.csv"))
    dialog.start_export()
    qtbot.waitUntil(lambda: "CP949로 저장할 수 없습니다" in dialog.message.text(), timeout=10_000)
    assert "'요즘 소식' 열" in dialog.message.text() and not (tmp_path / "m.csv").exists()
    dialog.set_format("xlsx")
    assert dialog.path_edit.text().endswith("m.xlsx")
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=10_000)
    assert (tmp_path / "m.xlsx").exists() and dialog.result_info.rows == 30


def test_export_page_asks_for_the_format_once(qtbot, workspace):
    from PySide6.QtWidgets import QRadioButton

    from tests.gui_helpers import click, when_shown

    page = ExportPage(workspace)
    qtbot.addWidget(page)
    page.show()
    assert "30곳" in page.count_label.text()
    assert not page.findChildren(QRadioButton) and "CP949" not in " ".join(
        b.text() for b in page.findChildren(type(page.export_button)))
    seen = []

    def look(dialog):
        seen.append(sorted(b.text() for b in dialog.findChildren(QRadioButton)))
        click(qtbot, dialog, "닫기")

    when_shown(MemberExportDialog, look)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert seen == [["CSV, CP949", "CSV, UTF-8 (BOM)", "엑셀 파일 (XLSX)"]]


def test_a_damaged_xlsx_is_refused_in_korean_and_the_dialog_goes_on(qtbot, workspace, sample, tmp_path):
    from tests.test_import_damaged_xlsx import DAMAGED

    damaged = tmp_path / "damaged.xlsx"  # a sheet claiming A1:XFD1048576: the reader's child process dies
    damaged.write_bytes(DAMAGED["huge_dimension"]())
    dialog = MemberImportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.ui.fileEdit, str(damaged))
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.task is None and "읽을 수 없는 파일입니다: damaged.xlsx" in dialog.ui.summaryLabel.text(),
                    timeout=60_000)
    assert not dialog.ui.importButton.isEnabled() and dialog.model.rowCount() == 0
    type_into(qtbot, dialog.ui.fileEdit, str(sample))  # the list itself reads as before
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.task is None and dialog.model.rowCount() == 5, timeout=10_000)
