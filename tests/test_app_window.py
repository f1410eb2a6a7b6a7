"""The window as a secretary meets it: first-run welcome, sections, one window per file, geometry."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from seecodesk.app import WindowController, make_application
from seecodesk.gui.sections import SECTIONS
from seecodesk.gui.ui_settings import UiSettings
from seecodesk.gui.welcome import WelcomeDialog


def _settings(tmp_path):
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


def test_welcome_offers_new_demo_and_open(qtbot):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    labels = [dialog.ui.newButton.text(), dialog.ui.demoButton.text(), dialog.ui.openButton.text()]
    assert any("새 네트워크" in t for t in labels)
    assert any("데모" in t for t in labels)
    assert any("파일 열기" in t for t in labels)
    dialog.ui.demoButton.click()
    assert dialog.choice == "demo"


def test_window_shows_every_section_in_korean(qtbot, demo_path, tmp_path):
    make_application()
    controller = WindowController(_settings(tmp_path))
    assert controller.open_path(demo_path)
    window = controller.window
    qtbot.addWidget(window)
    names = [window.sidebar.item(i).text().split(" (")[0] for i in range(window.sidebar.count())]
    assert names == ["홈", "회원", "회비", "분과·과제", "회의", "동료컨설팅", "상호거래", "인쇄·카탈로그", "내보내기"]
    home = window.pages["home"]
    assert window.stack.currentWidget() is home  # the window opens on 홈
    total = sum(group.total for group in home.groups)
    assert total > 0 and window.sidebar.item(0).text() == f"홈 ({total})"
    assert "가람시사회적경제기업협의회" in window.windowTitle()
    for section in SECTIONS:
        page = window.show_section(section.key)
        assert page is window.stack.currentWidget()
    controller.close()


def test_a_second_window_on_the_same_file_is_refused(qtbot, demo_path, tmp_path, monkeypatch):
    make_application()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    first = WindowController(_settings(tmp_path))
    assert first.open_path(demo_path)
    qtbot.addWidget(first.window)
    second = WindowController(_settings(tmp_path))
    assert not second.open_path(demo_path)
    assert second.window is None
    assert "이미 다른 SeeCoDesk 창" in warnings[0]
    first.close()
    assert second.open_path(demo_path)
    qtbot.addWidget(second.window)
    second.close()


def test_window_geometry_is_remembered(qtbot, demo_path, tmp_path):
    make_application()
    settings = _settings(tmp_path)
    controller = WindowController(settings)
    controller.open_path(demo_path)
    controller.window.resize(700, 520)
    controller.window.close()
    controller.close()
    again = WindowController(settings)
    again.open_path(demo_path)
    qtbot.addWidget(again.window)
    assert again.window.size().width() == 700
    assert settings.last_database.endswith("demo.seecodesk")
    again.close()


def test_once_the_window_has_painted_it_gets_its_icon_and_the_collector_runs_again(qtbot):
    import gc

    from PySide6.QtGui import QIcon

    from seecodesk.app import _after_first_paint

    app = make_application()
    app.setWindowIcon(QIcon())
    gc.disable()
    try:
        _after_first_paint()
        assert gc.isenabled()
        assert app.windowIcon().availableSizes()  # the PNG was found and read
    finally:
        gc.enable()


def test_the_collector_is_back_on_once_the_window_has_painted(qtbot):
    import gc

    from PySide6.QtWidgets import QMainWindow

    from seecodesk.gui.widgets.first_paint import AfterFirstPaint

    window = QMainWindow()
    qtbot.addWidget(window)
    gc.disable()
    try:
        AfterFirstPaint(window, gc.enable)
        window.show()
        qtbot.waitUntil(gc.isenabled, timeout=3000)
    finally:
        gc.enable()


def test_unit_printing_a_preview_to_a_pdf_file_writes_the_vector_pdf_itself(qtbot, tmp_path):
    """'Print to file' from the preview keeps the text and the size of the original, not a page image."""
    import subprocess

    from PySide6.QtPrintSupport import QPrinter
    from reportlab.pdfgen.canvas import Canvas

    from seecodesk.gui.widgets.pdf_preview import PdfPreview
    from seecodesk.reports.base import FONT, register_fonts

    source = tmp_path / "원본.pdf"
    register_fonts()
    canvas = Canvas(str(source))
    canvas.setFont(FONT, 12)
    canvas.drawString(72, 720, "회의록 본문")
    canvas.save()
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.load(source)
    printer = QPrinter(QPrinter.PrinterMode.PrinterResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "인쇄.pdf"
    printer.setOutputFileName(str(target))
    assert preview.print_to(printer)
    assert target.read_bytes() == source.read_bytes()
    assert "회의록 본문" in subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
