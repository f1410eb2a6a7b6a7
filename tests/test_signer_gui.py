"""Who signs for the network: the secretary records a 분과's 회장 in the 사람 form, then prints a dues receipt;
the network's own 회장 still signs it, not the 분과's."""

import subprocess

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from seecodesk.gui.main_window import MainWindow
from seecodesk.gui.members.person_dialog import PersonDialog
from seecodesk.gui.widgets.pdf_preview import PdfPreviewDialog
from tests.gui_helpers import click, label_of, type_in_cell, type_into, when_shown


def _sidebar(qtbot, window, label):
    sidebar = window.sidebar
    row = next(r for r in range(sidebar.count()) if sidebar.item(r).text().startswith(label))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(sidebar.item(row)).center())
    return window.stack.currentWidget()


def _add_body_chair(qtbot, window):
    members = _sidebar(qtbot, window, "회원")
    bar = members.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    failures: list = []

    def fill(dialog):
        type_into(qtbot, dialog.name_edit, "분과회장")
        click(qtbot, dialog, "추가")
        type_in_cell(qtbot, dialog.roles.table, 0, 0, "회장")
        type_in_cell(qtbot, dialog.roles.table, 0, 1, "교육소통분과")
        type_in_cell(qtbot, dialog.roles.table, 0, 2, "2026-01-01")
        click(qtbot, dialog, "확인")

    seen = when_shown(PersonDialog, fill, failures)
    qtbot.waitUntil(lambda: any(label_of(b) == "사람 추가…" and b.isVisible()
                                for b in members.findChildren(QAbstractButton)))
    click(qtbot, members, "사람 추가…")
    assert seen and not failures, failures


def _receipt_text(qtbot, window):
    dues = _sidebar(qtbot, window, "회비")
    dues.year.setValue(2026)
    sheet = dues.sheet
    row = next(r for r in range(sheet.rowCount()) if sheet.item(r, 0).text() == "(주)다온문화기획")
    index = sheet.model().index(row, 0)
    sheet.scrollTo(index)
    qtbot.mouseClick(sheet.viewport(), Qt.MouseButton.LeftButton, pos=sheet.visualRect(index).center())
    texts: list[str] = []

    def read(dialog):
        texts.append(subprocess.run(["pdftotext", str(dialog.preview.path), "-"], capture_output=True, text=True,
                                    check=True).stdout)
        click(qtbot, dialog, "닫기")

    failures: list = []
    seen = when_shown(PdfPreviewDialog, read, failures)
    click(qtbot, dues, "영수증 인쇄…")
    assert seen and not failures, failures
    return texts[0]


def test_a_bodys_chair_does_not_sign_the_networks_receipt(qtbot, workspace):
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    _add_body_chair(qtbot, window)
    stored = workspace.db.execute("SELECT r.role, r.scope FROM person_roles r JOIN people p ON p.id = r.person_id "
                                  "WHERE p.name = '분과회장'").fetchall()
    assert stored == [("회장", "교육소통분과")]
    text = _receipt_text(qtbot, window)
    assert "회장 한도윤" in text, text
    assert "분과회장" not in text
