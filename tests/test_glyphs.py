"""Text the bundled fonts lack: emoji print in the bundled Noto Emoji, a character no bundled font has prints
as □ and is said before saving — on stderr by the command line, above the pages in every print preview —
zero-width characters are removed, and in the window an emoji shows as itself, not as an empty box."""

from dataclasses import replace

from seecodesk.cli.main import main
from seecodesk.reports.base import para, write_atomically
from seecodesk.reports.glyphs import (
    EMOJI_FONT,
    MISSING_MARK,
    clean_for_print,
    collecting_missing,
    markup,
    missing_for,
    missing_warning,
)
from seecodesk.services.consulting import ConsultingService
from seecodesk.storage.database import open_database
from tests.consulting_helpers import fonts, full_application, pdf_text

HIEROGLYPH = "\U00013000"  # in neither NanumGothic nor Noto Emoji


def test_unit_emoji_go_to_the_emoji_font_and_unknown_characters_to_the_mark():
    with collecting_missing() as missing:
        marked = markup(f"딸기잼 🍓 <b>&{HIEROGLYPH}\u200b끝")
    assert f'<font name="{EMOJI_FONT}">🍓</font>' in marked and "&lt;b&gt;&amp;" in marked
    assert MISSING_MARK in marked and HIEROGLYPH not in marked and "\u200b" not in marked
    assert missing == {HIEROGLYPH}
    assert clean_for_print("가\u200b나\ufeff다\x07") == "가나다"


def test_unit_collections_nest_and_a_written_pdf_remembers_its_own(tmp_path):
    from reportlab.platypus import SimpleDocTemplate

    target = tmp_path / "x.pdf"
    with collecting_missing() as outer:
        write_atomically(target, lambda temp: SimpleDocTemplate(temp).build([para(f"가 {HIEROGLYPH} 🍓")]))
    assert outer == {HIEROGLYPH} and missing_for(target) == {HIEROGLYPH}
    assert missing_warning({HIEROGLYPH}) == f"글꼴에 없는 문자 1종은 □로 인쇄됩니다: {HIEROGLYPH}(U+13000)"
    text = pdf_text(target)
    assert "🍓" in text and MISSING_MARK in text
    assert any("NotoEmoji" in name for name, embedded in fonts(target) if embedded == "yes")


def _application_with(demo_path, company: str) -> int:
    db = open_database(demo_path)
    service = ConsultingService(db)
    app = service.save_application(replace(full_application(service), company_name=company))
    db.close()
    return int(app.id)


def test_cli_print_warns_on_stderr_about_characters_printed_as_the_mark(demo_path, tmp_path, capsys):
    app_id = _application_with(demo_path, f"가람 {HIEROGLYPH}협동조합 🍓")
    out = tmp_path / "form.pdf"
    assert main(["print", "form", "peer-consulting", str(out), "--application", str(app_id),
                 "--db", str(demo_path)]) == 0
    captured = capsys.readouterr()
    assert captured.err == f"경고: 글꼴에 없는 문자 1종은 □로 인쇄됩니다: {HIEROGLYPH}(U+13000)\n"
    assert "저장했습니다" in captured.out and "🍓" in pdf_text(out)
    assert main(["print", "form", "peer-consulting", str(tmp_path / "blank.pdf"), "--db", str(demo_path)]) == 0
    assert capsys.readouterr().err == ""


def test_the_print_preview_says_which_characters_print_as_the_mark(qtbot, demo_path, tmp_path):
    from seecodesk.gui.widgets.pdf_preview import PdfPreviewDialog
    from seecodesk.services.consulting_print import print_form

    app_id = _application_with(demo_path, f"가람 {HIEROGLYPH}협동조합")
    db = open_database(demo_path)
    with_mark, clean = tmp_path / "with.pdf", tmp_path / "clean.pdf"
    print_form(ConsultingService(db), with_mark, app_id)
    print_form(ConsultingService(db), clean)
    db.close()
    dialog = PdfPreviewDialog(with_mark, "신청서")
    qtbot.addWidget(dialog)
    warning = dialog.preview.glyph_warning
    assert not warning.isHidden() and "글꼴에 없는 문자 1종은 □로 인쇄됩니다" in warning.text()
    dialog.preview.load(clean)
    assert warning.isHidden()


def test_the_window_shows_an_emoji_in_the_bundled_emoji_font(qapp):
    from PySide6.QtGui import QTextLayout

    from seecodesk.gui.fonts import install_korean_font

    before = qapp.font()
    try:
        install_korean_font(qapp)
        layout = QTextLayout("딸기잼 🍓 판매", qapp.font())
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        families = {run.rawFont().familyName(): list(run.glyphIndexes()) for run in layout.glyphRuns()}
        assert set(families) == {"NanumGothic", "Noto Emoji"}
        assert all(index != 0 for index in families["Noto Emoji"])  # glyph 0 is the empty box
    finally:
        qapp.setFont(before)
