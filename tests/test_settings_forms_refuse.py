"""Settings typed in dialogs (새 네트워크's name, 회비 설정, the catalog's cover texts) refuse a 10,000-character
text and a 주민등록번호 with a Korean message naming the field and the limit, and keep nothing."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit, QMessageBox

from seecodesk.gui.welcome import ask_network_name
from tests.gui_helpers import paste_into, type_into, when_shown
from tests.korean_typing import type_korean

RESIDENT_NUMBERS = ["900101-1234567", "9001011234567", "９００１０１－１２３４５６７", "900101 1234567"]


def answer_name(qtbot, typed: str, then=None) -> None:
    """When the name prompt opens: type (or paste) `typed` and press OK; `then` runs for what follows."""
    def act(prompt: QInputDialog) -> None:
        field = prompt.findChild(QLineEdit)
        if len(typed) > 100:
            paste_into(qtbot, field, typed)
        elif typed.isascii():
            type_into(qtbot, field, typed)
        else:
            type_korean(field, typed)
        if then is not None:
            then()
        buttons = prompt.findChild(QDialogButtonBox)
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    when_shown(QInputDialog, act)


def read_warning_then_cancel(qtbot, seen: list) -> None:
    def on_warning(box: QMessageBox) -> None:
        seen.append(box.text())

        def cancel(prompt: QInputDialog) -> None:
            seen.append(prompt.findChild(QLineEdit).text())
            buttons = prompt.findChild(QDialogButtonBox)
            qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)

        when_shown(QInputDialog, cancel)
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    when_shown(QMessageBox, on_warning)


@pytest.mark.parametrize("typed", ["가" * 10_000, *(f"협의회 {n}" for n in RESIDENT_NUMBERS)])
def test_a_new_networks_name_is_checked_and_asked_again_with_the_reason(qtbot, typed):
    seen: list = []
    answer_name(qtbot, typed, then=lambda: read_warning_then_cancel(qtbot, seen))
    assert ask_network_name(None) is None
    message, kept = seen
    assert message.startswith("네트워크 이름: ")
    assert ("10,000자" in message and "200자" in message) if len(typed) > 100 else "주민등록번호" in message
    assert kept == typed, "the name is offered again as typed, to be corrected"


def test_a_decomposed_name_is_kept_composed(qtbot):
    import unicodedata

    answer_name(qtbot, unicodedata.normalize("NFD", "가람시 협의회"))
    assert ask_network_name(None) == "가람시 협의회"


@pytest.fixture
def dues_page(qtbot, workspace):
    from seecodesk.gui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window.show_section("dues")


@pytest.mark.parametrize(("field", "typed", "said"), [
    ("bank_edit", "가" * 10_000, ("입금 계좌: ", "10,000자", "200자")),
    ("contact_edit", "가" * 10_000, ("문의처: ", "10,000자", "200자")),
    ("text_edit", "가" * 10_000, ("안내문 인사말: ", "10,000자", "1,000자")),
    *(("bank_edit", f"농협 {n}", ("입금 계좌: ", "주민등록번호")) for n in RESIDENT_NUMBERS),
    ("text_edit", "인사\x07말 900101-1234567", ("안내문 인사말: ", "주민등록번호")),
])
def test_dues_settings_name_the_field_and_store_nothing(qtbot, dues_page, workspace, field, typed, said):
    from seecodesk.gui.dues.settings_dialog import DuesSettingsDialog
    from tests.gui_helpers import button, click, database_fingerprint

    before = database_fingerprint(workspace.db)
    seen: list = []

    def act(dialog):
        paste_into(qtbot, getattr(dialog, field), typed)
        qtbot.mouseClick(button(dialog, "저장"), Qt.MouseButton.LeftButton)
        seen.append((dialog.isVisible(), dialog.error.text()))
        dialog.done(0)

    failures: list = []
    when_shown(DuesSettingsDialog, act, failures)
    click(qtbot, dues_page, "회비 설정…")
    assert not failures and seen
    visible, message = seen[0]
    assert visible and all(part in message for part in said), message
    assert database_fingerprint(workspace.db) == before


def test_dues_settings_keep_nfc_and_drop_control_characters(qtbot, dues_page, workspace):
    import unicodedata

    from seecodesk.gui.dues.settings_dialog import DuesSettingsDialog
    from tests.gui_helpers import button, click

    def act(dialog):
        paste_into(qtbot, dialog.contact_edit, unicodedata.normalize("NFD", "사무국 041-730-1234") + "\x07")
        qtbot.mouseClick(button(dialog, "저장"), Qt.MouseButton.LeftButton)

    when_shown(DuesSettingsDialog, act)
    click(qtbot, dues_page, "회비 설정…")
    assert dues_page.service.settings().contact == "사무국 041-730-1234"


@pytest.mark.parametrize(("field", "typed", "said"), [
    ("cover_title", "가" * 10_000, ("표지 제목: ", "10,000자", "200자")),
    ("greeting", "가" * 10_000, ("인사말: ", "10,000자", "2,000자")),
    ("contact", "사무국 9001011234567", ("연락처: ", "주민등록번호")),
    ("back_cover", "９００１０１－１２３４５６７", ("뒤표지 문구: ", "주민등록번호")),
])
def test_catalog_cover_texts_name_the_field_and_keep_the_old_ones(qtbot, demo_db, demo_path, field, typed, said):
    from seecodesk.gui.catalog.page import CatalogPage, stop_all_builds
    from seecodesk.services.catalog import load_texts
    from seecodesk.services.workspace import Workspace

    page = CatalogPage(Workspace(db=demo_db, path=demo_path))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    try:
        before = load_texts(demo_db)
        with qtbot.waitSignal(page.build_ended, timeout=30_000) as ended:
            paste_into(qtbot, getattr(page.panel, field), typed)
        assert ended.args == ["failed"]
        assert all(part in page.status.text() for part in said), page.status.text()
        assert load_texts(demo_db) == before
    finally:
        page.cancel_build()
        stop_all_builds()
