"""What a Korean secretary sees in Qt's own widgets and across sections: Korean buttons, same shortcuts."""

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from seecodesk.app import make_application


def test_qt_standard_buttons_are_korean(qtbot):
    make_application()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No)
    qtbot.addWidget(box)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert {"확인", "취소"} <= texts
    assert not texts & {"OK", "Cancel", "Yes", "No"}


def test_message_box_buttons_are_korean(qtbot):
    make_application()
    box = QMessageBox(QMessageBox.Icon.Question, "확인", "지울까요?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    texts = [button.text() for button in box.buttons()]
    assert all(not text.replace("&", "").isascii() for text in texts), texts

