"""Driving the window as a user does: find a button by the label on screen, click it, answer a question box.

Modal dialogs are driven from a zero-delay timer that fires inside their own event loop, so the real
`exec()` runs; a dialog left open by a failed step is closed so no test hangs on it.
"""

import hashlib
import os
import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget


def label_of(button: QAbstractButton) -> str:
    """The button's text as the user reads it (mnemonic `&` removed)."""
    return button.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def button(window: QWidget, text: str) -> QAbstractButton:
    """The one visible button in `window` whose label starts with `text` (e.g. "저장" finds "저장(&S)")."""
    found = [b for b in window.findChildren(QAbstractButton)
             if b.isVisible() and label_of(b).split("(")[0].strip() == text]
    assert len(found) == 1, f"{type(window).__name__}: {len(found)} visible '{text}' buttons, " \
                            f"labels: {[label_of(b) for b in window.findChildren(QAbstractButton) if b.isVisible()]}"
    return found[0]


def click(qtbot, window: QWidget, text: str) -> None:
    """Click the button labelled `text` with the mouse."""
    target = button(window, text)
    assert target.isEnabled(), f"'{text}' is greyed out"
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)


def type_text(qtbot, field: QWidget, text: str) -> None:
    """Type `text` at the cursor: ASCII as key presses, Hangul as the Korean input method commits it."""
    for chunk in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if chunk.isascii():
            qtbot.keyClicks(field, chunk)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QApplication.sendEvent(field, event)


def type_into(qtbot, field: QWidget, text: str) -> None:
    """Select what the field holds and type `text` over it (an empty text clears it)."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(qtbot, field, text)


def modal_of(kind: type) -> QWidget | None:
    """The visible top-level window of this kind (the modal one when several)."""
    active = QApplication.activeModalWidget()
    if isinstance(active, kind) and active.isVisible():
        return active
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return windows[-1] if windows else None


def when_shown(kind: type, act, failures: list | None = None) -> list:
    """Once a `kind` window opens (inside its own exec), run `act(window)`; returns the list of windows seen.

    A failed `act` is recorded in `failures` (re-raised by `check`) and the window is closed, never left hanging.
    """
    seen: list = []
    failures = failures if failures is not None else seen
    test = _current_test()

    def run(attempt: int = 0) -> None:
        if _current_test() != test:
            return  # its test has ended: never act on a later test's windows
        window = modal_of(kind)
        if window is None:
            if attempt < 200:
                QTimer.singleShot(10, lambda: run(attempt + 1))
            return
        seen.append(window)
        try:
            act(window)
        except BaseException as error:  # noqa: BLE001 - handed back to the test after the dialog is closed
            failures.append(error)
            if isinstance(window, QDialog) and window.isVisible():
                window.done(0)

    QTimer.singleShot(0, run)
    return seen


def _current_test() -> str:
    """The running test's id (pytest sets PYTEST_CURRENT_TEST to "<id> (<stage>)")."""
    return os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" (", 1)[0]


YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def answer(qtbot, choice: QMessageBox.StandardButton, questions: list | None = None) -> list:
    """When a question box opens, click its `choice` button (YES/NO) with the mouse; collects the question."""
    asked = questions if questions is not None else []

    def reply(box: QMessageBox) -> None:
        asked.append(box.text())
        qtbot.mouseClick(box.button(choice), Qt.MouseButton.LeftButton)

    when_shown(QMessageBox, reply)
    return asked


def database_fingerprint(db) -> str:
    """A digest of every row of every table, to show that something stored nothing."""
    digest = hashlib.sha256()
    for line in db.conn.iterdump():
        digest.update(line.encode())
    return digest.hexdigest()


def type_in_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Click a table cell, open its editor (F2 when a click does not), type `text` and press Enter."""
    index = table.model().index(row, column)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    if table.state() != table.State.EditingState:
        qtbot.keyClick(table, Qt.Key.Key_F2)
    editors = [w for w in table.viewport().findChildren(QWidget) if w.isVisible() and w.parent() is table.viewport()]
    assert table.state() == table.State.EditingState and editors, "no editor opened in the cell"
    editor = editors[0]
    if hasattr(editor, "lineEdit") and editor.lineEdit() is not None:  # an editable combo box
        editor = editor.lineEdit()
    type_into(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(1)  # the delegate stores the cell in a queued call


def open_tab(qtbot, workspace, section: str, tab_label: str):
    """A main window at 1366x768 on `section`, with the tab whose label starts with `tab_label` clicked;
    returns (window, the tab's widget)."""
    from seecodesk.gui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    tabs = window.show_section(section).tabs
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i).startswith(tab_label))
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index
    return window, tabs.currentWidget()


def paste_into(qtbot, field: QWidget, text: str) -> None:
    """Select what the field holds and paste `text` over it with Ctrl+V, as a secretary pastes a long text."""
    QApplication.clipboard().setText(text)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def row_label(field: QWidget) -> str:
    """The label the user reads beside `field` on its window ("계획 이름(&N)" reads "계획 이름"), or ""."""
    from seecodesk.gui.widgets.form_dialog import form_names

    return form_names(field.window(), {"field": field}).get("field", "")
