"""The agreements and trade records exported from the 내보내기 page by clicking, and the files read back."""

import openpyxl
import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QRadioButton

from seecodesk.gui.export.page import ExportPage
from seecodesk.gui.export.trade_export_dialog import TradeExportDialog
from seecodesk.services.trade import TradeService
from tests.gui_helpers import click, type_into, when_shown


def _page(qtbot, workspace):
    page = ExportPage(workspace)
    qtbot.addWidget(page)
    page.show()
    return page


def _export(qtbot, page, what, fill):
    """Click the page's button for `what`, let `fill` drive the dialog, and click 내보내기 in it."""
    failures: list = []
    seen = when_shown(TradeExportDialog, lambda dialog: (fill(dialog), click(qtbot, dialog, "내보내기")), failures)
    qtbot.mouseClick(page.findChild(QPushButton, f"export_{what}"), Qt.MouseButton.LeftButton)
    assert seen and not failures, failures
    return seen[0]


def test_trades_of_one_year_exported_as_csv_from_the_page(qtbot, workspace, tmp_path):
    page = _page(qtbot, workspace)
    target = tmp_path / "trades.csv"

    def fill(dialog):
        year = dialog.year
        year.setFocus()
        qtbot.keyClick(year, Qt.Key.Key_Down)  # 모든 해 → the latest year
        assert year.currentText() == "2026년"
        qtbot.mouseClick(dialog.findChild(QRadioButton, "format_csv"), Qt.MouseButton.LeftButton)
        type_into(qtbot, dialog.path_edit, str(target))

    dialog = _export(qtbot, page, "trades", fill)
    assert dialog.result() == TradeExportDialog.DialogCode.Accepted
    expected = TradeService(workspace.db).trades(2026)
    table = pd.read_csv(target, encoding="utf-8-sig")
    assert list(table.columns[:6]) == ["번호", "거래일", "구매 기관", "판매 기관", "품목", "금액(원)"]
    assert len(table) == len(expected) > 0 and table["거래일"].str.startswith("2026").all()
    assert table["금액(원)"].sum() == sum(t.amount for t in expected)
    assert "거래 기록" in page.last_label.text() and "trades.csv" in page.last_label.text()


def test_agreements_exported_as_xlsx_from_the_page(qtbot, workspace, tmp_path):
    page = _page(qtbot, workspace)
    target = tmp_path / "agreements.xlsx"
    dialog = _export(qtbot, page, "agreements", lambda d: type_into(qtbot, d.path_edit, str(target)))
    assert dialog.result() == TradeExportDialog.DialogCode.Accepted
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    titles = {row[header.index("협약명")] for row in rows[1:]}
    agreements = TradeService(workspace.db).agreements()
    assert len(rows) - 1 == len(agreements) and {a.title for a in agreements} == titles
    assert "협약" in page.last_label.text() and "agreements.xlsx" in page.last_label.text()


def test_a_missing_folder_is_explained_and_the_dialog_stays_open(qtbot, workspace, tmp_path):
    page = _page(qtbot, workspace)
    seen: dict = {}

    def fill(dialog):
        type_into(qtbot, dialog.path_edit, str(tmp_path / "no such folder" / "trades.xlsx"))
        click(qtbot, dialog, "내보내기")
        qtbot.waitUntil(lambda: "폴더" in dialog.message.text(), timeout=10_000)
        seen["message"], seen["open"] = dialog.message.text(), dialog.isVisible()
        click(qtbot, dialog, "닫기")

    when_shown(TradeExportDialog, fill)
    qtbot.mouseClick(page.findChild(QPushButton, "export_trades"), Qt.MouseButton.LeftButton)
    assert seen["open"] and "저장할 폴더가 없습니다" in seen["message"]
    assert not (tmp_path / "no such folder").exists() and page.last_label.text() == ""


def test_a_long_file_path_in_the_done_line_wraps_instead_of_losing_its_end(qtbot, workspace, tmp_path):
    page = _page(qtbot, workspace)
    page.resize(1180, 700)  # the 내보내기 page inside a 1366×768 window
    folder = tmp_path / "가람시사회적경제기업협의회_제출자료_2026년_하반기"
    folder.mkdir()
    target = folder / "가람시사회적경제기업협의회_상호거래_기록_20261207.csv"

    def fill(dialog):
        qtbot.mouseClick(dialog.findChild(QRadioButton, "format_csv"), Qt.MouseButton.LeftButton)
        type_into(qtbot, dialog.path_edit, str(target))

    _export(qtbot, page, "trades", fill)
    assert target.exists()
    label = page.last_label
    shown = label.text()
    assert target.name in shown.replace("\u200b", ""), "the whole file name is said"
    widest = max(label.fontMetrics().horizontalAdvance(piece) for piece in shown.replace("\u200b", " ").split())
    assert widest <= label.width(), "a piece of the path wider than the line is cut off on screen"


def test_a_network_name_with_a_slash_still_gives_a_file_in_the_export_folder(qtbot, workspace):
    from pathlib import Path

    from seecodesk.services.settings import set_setting

    set_setting(workspace.db, "network_name", "논산/계룡 사회적경제협의회")  # as typed when the network was made
    page = _page(qtbot, workspace)
    suggested: list[str] = []
    _export(qtbot, page, "trades", lambda dialog: suggested.append(dialog.path_edit.text()))
    written = Path(suggested[0])
    assert written.name.startswith("논산_계룡 사회적경제협의회_"), "the whole name, the slash made harmless"
    assert written.exists(), "written in the export folder, not in a folder '논산' that is not there"
