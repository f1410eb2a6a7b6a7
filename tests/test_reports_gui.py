"""The 내보내기 page as a secretary uses it: pick a preset, tick contacts, reorder columns, save."""

from datetime import date

import openpyxl
import pandas as pd
from PySide6.QtCore import Qt

from seecodesk.gui.export.page import ExportPage

LAST_YEAR = date.today().year - 1


def _page(qtbot, workspace):
    page = ExportPage(workspace)
    qtbot.addWidget(page)
    page.show()
    return page


def test_presets_listed_with_a_preview(qtbot, workspace):
    page = _page(qtbot, workspace)
    titles = [page.presets.item(i).text() for i in range(page.presets.count())]
    assert titles[:3] == ["회원사 현황", "회원사 고용·사회공헌 현황", "공공구매 실적"]
    page.presets.setCurrentRow(2)
    panel = page.panel
    assert panel.tabs.count() == 4 and panel.tabs.tabText(2).startswith("기관별 집계")
    assert "목표" in panel.notes.text()


def test_contacts_ticked_show_how_many_were_withheld(qtbot, workspace):
    page = _page(qtbot, workspace)
    panel = page.panel
    headers = [panel.columns.item(i).text() for i in range(panel.columns.count())]
    assert "담당자 연락처" not in headers
    qtbot.mouseClick(panel.include_phone, Qt.MouseButton.LeftButton)
    headers = [panel.columns.item(i).text() for i in range(panel.columns.count())]
    assert "담당자 연락처" in headers
    assert "동의가 없어" in panel.notes.text() and panel.report.withheld > 0


def test_columns_reordered_are_saved_and_remembered(qtbot, workspace, tmp_path):
    page = _page(qtbot, workspace)
    panel = page.panel
    page.presets.setCurrentRow([page.presets.item(i).text() for i in range(page.presets.count())].index("회비 납부 현황"))
    panel.year.setValue(LAST_YEAR)
    panel.columns.setCurrentRow(1)  # 기업명
    qtbot.mouseClick(page.findChild(type(panel.save_button), "column_up"), Qt.MouseButton.LeftButton)
    unpaid = next(i for i in range(panel.columns.count()) if panel.columns.item(i).text() == "비고")
    panel.columns.item(unpaid).setCheckState(Qt.CheckState.Unchecked)
    panel.format.setCurrentIndex(panel.format.findData("cp949"))
    panel.path_edit.clear()
    qtbot.keyClicks(panel.path_edit, str(tmp_path / "dues.csv"))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "✔" in panel.message.text()
    frame = pd.read_csv(tmp_path / "dues.csv", encoding="cp949", dtype=str)
    assert list(frame.columns[:2]) == ["기업명", "연도"] and "비고" not in frame.columns
    again = _page(qtbot, workspace)
    again.presets.setCurrentRow(page.presets.currentRow())
    assert again.panel.chosen_columns()[:2] == ["name", "year"]
    again.panel.format.setCurrentIndex(again.panel.format.findData("xlsx"))
    again.panel.year.setValue(LAST_YEAR)
    again.panel.path_edit.setText(str(tmp_path / "dues.xlsx"))
    qtbot.mouseClick(again.panel.save_button, Qt.MouseButton.LeftButton)
    assert openpyxl.load_workbook(tmp_path / "dues.xlsx").worksheets[0]["A3"].value == "기업명"


def test_a_bad_month_range_is_explained(qtbot, workspace):
    page = _page(qtbot, workspace)
    panel = page.panel
    panel.period_kind.setCurrentIndex(1)
    panel.start.setDate(panel.end.date().addMonths(2))
    assert "늦습니다" in panel.message.text()


def test_the_members_report_says_its_day_as_the_window_writes_dates(qtbot, workspace):
    import re

    page = _page(qtbot, workspace)
    titles = [page.presets.item(i).text() for i in range(page.presets.count())]
    row = titles.index("회원사 현황")
    page.presets.scrollToItem(page.presets.item(row))
    qtbot.mouseClick(page.presets.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.presets.visualItemRect(page.presets.item(row)).center())
    shown = page.panel.notes.text()
    assert re.search(r"\d{4}\. 12\. 31\.\(.\) 기준 회원사", shown), shown
    assert not re.search(r"\d{4}-\d{2}-\d{2}", shown), shown
