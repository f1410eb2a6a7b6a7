"""People lists from the window, by clicks: 연락망 and 주소 라벨 on the 내보내기 page, the people list
exported, and a people list imported from the 사람 tab (refused whole with a bad row, stored with a good one)."""

import csv
import subprocess

import pandas as pd
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from seecodesk.gui.export.people_box import PeopleListsBox
from seecodesk.gui.main_window import MainWindow
from seecodesk.gui.members.people_import_dialog import PeopleImportDialog


def open_window(qtbot, workspace):
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def go_to(qtbot, window, section):
    sidebar = window.sidebar
    row = next(i for i in range(sidebar.count()) if sidebar.item(i).text().startswith(section))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(sidebar.item(row)).center())
    return window.stack.currentWidget()


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_contacts_labels_and_the_people_list_are_saved_from_the_export_page(qtbot, workspace, tmp_path):
    window = open_window(qtbot, workspace)
    page = go_to(qtbot, window, "내보내기")
    box = page.findChild(PeopleListsBox)
    assert box is not None and box.isVisible()
    targets = iter([tmp_path / "tft.pdf", tmp_path / "labels.pdf", tmp_path / "people.xlsx"])
    box.choose_target = lambda *_args: str(next(targets))
    combo = box.body_combo
    combo.setFocus()
    while combo.currentText() != "공공구매TFT":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    click(qtbot, box.findChild(QPushButton, "print_contacts"))
    assert "공공구매TFT 연락망 4명을 저장했습니다" in box.message.text() and "가린 연락처 1건" in box.message.text()
    text = subprocess.run(["pdftotext", str(tmp_path / "tft.pdf"), "-"], capture_output=True, text=True).stdout
    assert "041-***-" in text
    box.sheet_combo.setFocus()
    qtbot.keyClick(box.sheet_combo, Qt.Key.Key_Down)  # 2x8 → 3x7
    click(qtbot, box.findChild(QPushButton, "print_labels"))
    assert "주소 라벨" in box.message.text() and (tmp_path / "labels.pdf").stat().st_size > 0
    click(qtbot, box.findChild(QPushButton, "export_people"))
    assert "사람 명단" in box.message.text() and "비워 둔 연락처" in box.message.text()
    assert "이름" in pd.read_excel(tmp_path / "people.xlsx").columns


def test_a_wrong_target_is_said_in_red_and_nothing_else_happens(qtbot, workspace, tmp_path):
    window = open_window(qtbot, workspace)
    box = go_to(qtbot, window, "내보내기").findChild(PeopleListsBox)
    box.choose_target = lambda *_args: str(tmp_path / "연락망.txt")
    click(qtbot, box.findChild(QPushButton, "print_contacts"))
    assert ".pdf, .csv 또는 .xlsx" in box.message.text() and "b00020" in box.message.styleSheet()


def write_list(path, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return str(path)


def test_a_people_list_is_imported_from_the_people_tab_after_its_preview(qtbot, workspace, tmp_path):
    window = open_window(qtbot, workspace)
    page = go_to(qtbot, window, "회원")
    qtbot.mouseClick(page.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=page.tabs.tabBar().tabRect(1).center())  # 사람
    before = page.people_view.model.total_count()
    header = ["이름", "소속 기관", "직함", "휴대전화", "역할", "기구", "시작"]
    bad = write_list(tmp_path / "bad.csv", [header, ["김새봄", "새벽빵협동조합", "팀장", "010-1234-5678", "위원", "교육소통분과", "2026-01-01"],
                                            ["한결", "없는협동조합", "", "", "", "", ""]])
    good = write_list(tmp_path / "good.csv", [header, ["김새봄", "새벽빵협동조합", "팀장", "010-1234-5678", "위원",
                                                                   "교육소통분과", "2026-01-01"]])
    seen = {}

    def look_and_leave():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PeopleImportDialog)
        seen["enabled"], seen["summary"] = dialog.import_button.isEnabled(), dialog.summary.text()
        seen["problem"] = dialog.rows.item(1, 6).text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    page.people.choose_file = lambda: bad
    QTimer.singleShot(0, look_and_leave)
    click(qtbot, page.findChild(QPushButton, "importPeopleButton"))
    assert not seen["enabled"] and "(3행)" in seen["summary"] and "[소속 기관]" in seen["problem"]
    assert page.people_view.model.total_count() == before

    def import_it():
        click(qtbot, QApplication.activeModalWidget().import_button)

    page.people.choose_file = lambda: good
    QTimer.singleShot(0, import_it)
    click(qtbot, page.findChild(QPushButton, "importPeopleButton"))
    assert "새 사람 1명" in page.message_bar.label.text()
    assert page.people_view.model.total_count() == before + 1
