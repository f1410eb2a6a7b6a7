"""파기 대상 driven by clicks: choose a person, 파기, answer the question, read what the screen says."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from seecodesk.gui.privacy.retention_dialog import RetentionDialog


def answer(qtbot, button):
    def click():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(20, click)
    QTimer.singleShot(20, click)


def test_destroying_a_person_past_retention_by_clicking(qtbot, workspace):
    dialog = RetentionDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert sorted(names) == ["박하은", "이서진", "최민재"] and dialog.count_label.text() == "파기 대상 3명"
    row = names.index("이서진")
    rect = dialog.table.visualRect(dialog.table.model().index(row, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    answer(qtbot, QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.buttons["destroy"], Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 3  # said no: nothing happened
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    answer(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.buttons["destroy"], Qt.MouseButton.LeftButton)
    text = dialog.result_label.text()
    assert dialog.result_label.isVisible() and text.startswith("1명의 개인정보를 파기했습니다.")
    assert "작업 전 백업" in text and "백업 1개에는 아직 남아 있습니다" in text
    assert sorted(dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())) == ["박하은", "최민재"]
    assert "파기 1명" in dialog.log_label.text()
    assert workspace.db.execute("SELECT count(*) FROM people WHERE name = '이서진' AND organisation_id = 1"
                                ).fetchone()[0] == 0


def test_anonymising_everyone_listed_by_clicking(qtbot, workspace):
    dialog = RetentionDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    answer(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.buttons["anonymise_all"], Qt.MouseButton.LeftButton)
    assert dialog.result_label.text().startswith("3명의 개인정보를 익명화했습니다.")
    assert dialog.count_label.text() == "보유기간이 지난 사람이 없습니다."
    assert not dialog.buttons["destroy"].isEnabled()
