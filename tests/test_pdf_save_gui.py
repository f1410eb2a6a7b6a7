"""미리보기 → 다른 이름으로 저장 to a place that cannot hold the file: a Korean message, never the crash dialog."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from reportlab.pdfgen.canvas import Canvas

from seecodesk.gui.widgets.pdf_preview import PdfPreviewDialog
from tests.gui_helpers import click, when_shown


def _pdf(path: Path) -> Path:
    canvas = Canvas(str(path))
    canvas.drawString(100, 700, "minutes")
    canvas.save()
    return path


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs a folder that refuses new files (Linux /proc)")
def test_saving_a_preview_where_no_file_can_be_made_is_a_korean_message(qtbot, tmp_path, monkeypatch, isolated_home):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("/proc/회의록.pdf", ""))
    dialog = PdfPreviewDialog(_pdf(tmp_path / "회의록.pdf"), "회의록")
    qtbot.addWidget(dialog)
    dialog.show()
    messages = []
    seen = when_shown(QMessageBox, lambda box: (messages.append((box.icon(), box.text())),
                                                qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok),
                                                                 Qt.MouseButton.LeftButton)))
    click(qtbot, dialog, "다른 이름으로 저장")
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    icon, text = messages[0]
    assert seen and icon == QMessageBox.Icon.Warning
    assert "저장하지 못했습니다" in text and "/proc/회의록.pdf" in text
    assert dialog.isVisible(), "the preview stays open to try another place"


def test_saving_a_preview_to_a_folder_writes_the_same_pdf(qtbot, tmp_path, monkeypatch, isolated_home):
    source = _pdf(tmp_path / "회의록.pdf")
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "사본.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    dialog = PdfPreviewDialog(source, "회의록")
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog, "다른 이름으로 저장")
    assert target.read_bytes() == source.read_bytes()
    assert [p.name for p in target.parent.iterdir()] == ["사본.pdf"], "no .part left behind"
