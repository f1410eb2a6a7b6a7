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


@pytest.mark.skipif(not __import__("pathlib").Path("/proc/self").exists(), reason="needs Linux /proc")
def test_archive_to_a_place_that_takes_no_files_is_refused_before_any_work(demo_path):
    steps = []
    with pytest.raises(ExportError, match="저장하지 못했습니다") as refused:
        build_archive(demo_path, "/proc/인수인계.zip", YEAR, lambda percent, message: steps.append(message))
    assert "/proc/인수인계.zip" in str(refused.value)
    assert steps == [], "nothing was built before the place was found unusable"


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


def test_the_archives_tables_read_in_korean_down_to_each_header(qtbot, workspace, tmp_path):
    import re

    from seecodesk.gui.export.archive_dialog import ArchiveDialog

    dialog = ArchiveDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "handover.zip"))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=60_000)
    with zipfile.ZipFile(tmp_path / "handover.zip") as archive:
        tables = {n: archive.read(n).decode("utf-8-sig").splitlines()[0] for n in archive.namelist() if n.startswith("표/")}
    english = {name: [h for h in header.split(",") if re.fullmatch(r"[a-z_]+", h)] for name, header in tables.items()}
    assert {n: h for n, h in english.items() if h} == {}, "headers a secretary cannot read"
    assert not [n for n in tables if re.search(r"_[a-z_]+\.csv$", n)], "files named in English only"
    assert tables["표/dues_payments_회비 납부.csv"].split(",")[6] == "영수증 번호", "a receipt's number, not 접수번호"


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
    window.show()
    file_menu = window.menuBar().actions()[0].menu()
    qtbot.waitUntil(lambda: bool(file_menu.actions()), timeout=5000)  # its items come after the first paint
    action = next(a for a in file_menu.actions() if a.text().startswith("인수인계 자료 만들기"))
    action.trigger()
    assert opened == [YEAR]


def test_archive_holds_the_agreements_in_force_with_their_signed_scans(demo_path, tmp_path):
    from seecodesk.services.archive_prints import in_force_during
    from seecodesk.services.trade import TradeService
    from seecodesk.storage.database import open_database

    db = open_database(demo_path, create=False)
    service = TradeService(db, demo_path.parent / f"{demo_path.stem}_files")
    agreements = service.agreements()
    held = [a for a in agreements if in_force_during(a, YEAR)]
    gone = [a for a in agreements if not in_force_during(a, YEAR)]
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4 signed copy")
    service.save_agreement(held[0], scan)
    db.close()
    assert held and gone, "the demo should have agreements both in force and ended before this year"
    out = tmp_path / "handover.zip"
    build_archive(demo_path, out, YEAR)
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        papers = [n for n in names if n.startswith("인쇄물/업무협약서/") and not n.endswith("_서명본.pdf")]
        readme = archive.read("README.txt").decode("utf-8-sig")
        assert len(papers) == len(held)
        assert all(archive.read(n).startswith(b"%PDF") for n in papers)
        signed = [n for n in names if n.endswith("_서명본.pdf")]
        assert len(signed) == 1 and archive.read(signed[0]) == b"%PDF-1.4 signed copy"
    assert all(f"_{a.id}_" in " ".join(papers) for a in held)
    assert not any(f"_{a.id}_" in " ".join(papers) for a in gone)
    assert "업무협약서" in readme and all(f"  {n}\n" in readme for n in papers + signed)


def test_an_agreement_counts_in_the_years_it_held():
    from seecodesk.core.trade import Agreement
    from seecodesk.services.archive_prints import in_force_during

    two_years = Agreement("협약", signed_on="2024-03-01", ends_on="2025-02-28")
    assert [in_force_during(two_years, y) for y in (2023, 2024, 2025, 2026)] == [False, True, True, False]
    open_ended = Agreement("협약", signed_on="2024-03-01")
    assert in_force_during(open_ended, 2030)
    cancelled = Agreement("협약", signed_on="2024-03-01", status="해지", status_on="2024-11-30")
    assert in_force_during(cancelled, 2024) and not in_force_during(cancelled, 2025)


def test_archive_dialog_retry_after_a_failure_starts_from_zero(qtbot, workspace, tmp_path, monkeypatch):
    """The zip fails at its last step (a full disk); the bar goes back to 0, and a retry to a place that takes no
    files is refused at 0 % too, not shown at the 96 % the failed try reached."""
    import seecodesk.services.archive as archive
    from seecodesk.gui.export.archive_dialog import ArchiveDialog

    def full_disk(*_args):
        raise ExportError("디스크 공간이 부족해 인수인계 자료를 저장하지 못했습니다.")

    monkeypatch.setattr(archive, "_zip", full_disk)
    dialog = ArchiveDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "handover.zip"))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert 96 in seen and "⚠" in dialog.message.text() and "디스크 공간" in dialog.message.text()
    assert dialog.progress.value() == 0 and dialog.start_button.isEnabled()
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, "/proc/handover.zip")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert "저장하지 못했습니다" in dialog.message.text() and "/proc/handover.zip" in dialog.message.text()
    assert dialog.progress.value() == 0 and not (tmp_path / "handover.zip").exists()
