"""The handover archive: what the zip holds, and its database copy passing `seecodesk check`."""

import io
import zipfile
from datetime import date

import openpyxl
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from seecodesk.cli.main import main
from seecodesk.core.errors import ExportError
from seecodesk.services.archive import build_archive

YEAR = date.today().year


def test_archive_holds_copy_tables_reports_pdfs_and_readme(demo_path, tmp_path, capsys):
    out = tmp_path / "handover.zip"
    assert main(["archive", str(out), "--db", str(demo_path), "--year", str(YEAR)]) == 0
    assert "인수인계 자료" in capsys.readouterr().out
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        readme = archive.read("README.txt").decode("utf-8-sig")
        assert "데이터베이스" in readme and "DB Browser" in readme and all(n in readme for n in names if n != "README.txt")
        people = pd.read_csv(io.BytesIO(archive.read("표/people_사람.csv")), encoding="utf-8-sig", dtype=str)
        assert {"이름", "휴대전화", "조직 번호"} <= set(people.columns) and len(people) > 50
        report = openpyxl.load_workbook(io.BytesIO(archive.read(f"보고서/{YEAR}_공공구매_실적.xlsx")))
        assert "공공구매 실적" in report.worksheets[0]["A1"].value
        meetings = sum(1 for n in names if n.startswith("인쇄물/회의록/") and n.endswith(".pdf"))
        assert archive.read(next(n for n in names if n.startswith("인쇄물/회의록/"))).startswith(b"%PDF")
        archive.extract("demo.seecodesk", tmp_path / "x")
    assert f"인쇄물/{YEAR}_회원사_명단.pdf" in names and any(n.startswith("인쇄물/진행일정_") for n in names)
    assert f"인쇄물/{YEAR}_회원사_카탈로그.pdf" in names
    assert sum(1 for n in names if n.startswith("표/")) >= 35
    import sqlite3

    held = sqlite3.connect(demo_path).execute("SELECT count(*) FROM meetings WHERE deleted_at IS NULL AND date LIKE ?",
                                              [f"{YEAR}-%"]).fetchone()[0]
    assert meetings == held > 0
    copy = tmp_path / "x" / "demo.seecodesk"
    assert not (tmp_path / "x" / "demo.seecodesk-wal").exists()
    assert main(["check", "--db", str(copy)]) == 0
    assert "이상 없음" in capsys.readouterr().out


def test_archive_refuses_a_bad_target_and_leaves_nothing(demo_path, tmp_path):
    with pytest.raises(ExportError):
        build_archive(demo_path, tmp_path / "a.txt")
    with pytest.raises(ExportError):
        build_archive(demo_path, tmp_path / "missing" / "a.zip")

    def cancel(percent, _message):
        if percent >= 30:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_archive(demo_path, tmp_path / "a.zip", YEAR, cancel)
    assert list(tmp_path.glob("*.zip")) == [] and list(tmp_path.glob(".*part")) == []


def test_archive_dialog_builds_in_the_background(qtbot, workspace, tmp_path):
    from seecodesk.gui.export.archive_dialog import ArchiveDialog

    dialog = ArchiveDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "handover.zip"))  # keyClicks types Latin letters only
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.close_button.text() == "취소"
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=60_000)
    assert (tmp_path / "handover.zip").exists() and "✔" in dialog.message.text()
    assert dialog.progress.value() == 100 and dialog.close_button.text() == "닫기"


def test_archive_dialog_cancel_leaves_no_file(qtbot, workspace, tmp_path):
    from seecodesk.gui.export.archive_dialog import ArchiveDialog

    dialog = ArchiveDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "c.zip"))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert "취소했습니다" in dialog.message.text() or dialog.result_info is not None
    if dialog.result_info is None:
        assert not (tmp_path / "c.zip").exists()


def test_file_menu_offers_the_handover_archive(qtbot, workspace, monkeypatch):
    from seecodesk.gui.export.archive_dialog import ArchiveDialog
    from seecodesk.gui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    opened = []
    monkeypatch.setattr(ArchiveDialog, "exec", lambda self: opened.append(self.year.value()) or 0)
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.text().startswith("인수인계 자료 만들기"))
    action.trigger()
    assert opened == [YEAR]
