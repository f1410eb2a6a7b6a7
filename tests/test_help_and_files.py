"""The window speaks Korean and finds files where a user expects: Qt's own texts, 도움말, 최근 파일,
file dialogs that start in the documents folder, Ctrl+Q, `seecodesk --version`."""

import shutil

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from seecodesk import __version__
from seecodesk.app import WindowController, make_application
from seecodesk.cli.main import main
from seecodesk.gui import file_dialogs
from seecodesk.gui.help_dialogs import AboutDialog, GuideDialog
from seecodesk.gui.ui_settings import UiSettings
from tests.gui_helpers import click


@pytest.fixture
def settings(tmp_path):
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def controller(qtbot, demo_path, settings):
    make_application()
    control = WindowController(settings)
    assert control.open_path(demo_path)
    qtbot.addWidget(control.window)
    control.window.show()
    qtbot.waitExposed(control.window)
    yield control
    control.close()


def visible_dialog(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def click_menu_item(qtbot, window, menu_title: str, item_text: str) -> None:
    """Open a menu of the menu bar and click one of its items, as with the mouse."""
    bar = window.menuBar()
    menu_action = next(a for a in bar.actions() if a.text().startswith(menu_title))
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu_action).center())
    menu = menu_action.menu()
    qtbot.waitUntil(menu.isVisible)
    item = next(a for a in menu.actions() if a.text().startswith(item_text))
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(item).center())


def test_qt_texts_are_korean_in_file_dialogs_edit_menus_and_standard_buttons(qtbot):
    make_application()
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "다음에서 찾기:"
    assert QCoreApplication.translate("QLineEdit", "Select All") == "모두 선택"
    box = QMessageBox(QMessageBox.Icon.Question, "t", "q", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert any("예" in t for t in texts) and any("취소" in t for t in texts)
    dialog = QFileDialog(None, "열기")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "파일 이름" in labels and "파일 형식" in labels and "찾는 위치" in labels and "Look" not in labels


def guide_after_f1(qtbot, window) -> str:
    """Press F1, read the guide that opens and close it with its 닫기 button."""
    seen = []

    def read_guide():
        guide = visible_dialog(GuideDialog)
        seen.append(guide.text.toPlainText())
        click(qtbot, guide, "닫기")

    QTimer.singleShot(0, read_guide)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    return seen[0]


def test_f1_shows_the_guide_and_the_help_menu_shows_version_and_files(qtbot, controller, demo_path):
    window = controller.window
    seen = {"guide": guide_after_f1(qtbot, window)}
    assert "새 회원사" in seen["guide"] and "데모 네트워크" in seen["guide"]

    def read_about():
        about = visible_dialog(AboutDialog)
        seen["about"] = {key: label.text() for key, label in about.values.items()}
        seen["folder_button"] = about.open_data_button.text()
        click(qtbot, about, "닫기")

    QTimer.singleShot(50, read_about)
    click_menu_item(qtbot, window, "도움말", "정보")
    qtbot.waitUntil(lambda: "about" in seen)
    assert seen["about"]["버전"] == __version__
    assert seen["about"]["데이터베이스"] == str(demo_path.resolve())
    assert seen["about"]["빌드 날짜"]
    assert "폴더 열기" in seen["folder_button"]


def test_ctrl_q_quits_and_the_menu_shows_it(qtbot, controller):
    window = controller.window
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_recent_files_reopen_and_a_missing_one_is_greyed(qtbot, controller, demo_path, tmp_path, settings):
    other = tmp_path / "other" / "두번째.seecodesk"
    other.parent.mkdir()
    shutil.copyfile(demo_path, other)
    assert controller.open_path(other)
    qtbot.addWidget(controller.window)
    assert settings.recent_databases()[:2] == [str(other.resolve()), str(demo_path.resolve())]
    gone = tmp_path / "gone.seecodesk"
    settings.remember_database(str(gone))
    settings.remember_database(str(other.resolve()))
    menu = controller.window.recent_menu
    menu.aboutToShow.emit()
    items = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
    assert any("gone.seecodesk" in t and "파일이 없습니다" in t and not enabled for t, enabled in items.items())
    reopen = next(a for a in menu.actions() if "demo.seecodesk" in a.text())
    reopen.trigger()
    assert controller.workspace.path.resolve() == demo_path.resolve()


def test_file_dialogs_start_in_documents_then_in_the_last_folder(qtbot, tmp_path, settings, monkeypatch, isolated_home):
    documents = isolated_home / "Documents"
    documents.mkdir(exist_ok=True)
    monkeypatch.setattr("PySide6.QtCore.QStandardPaths.writableLocation", lambda _where: str(documents))
    asked = []

    def fake_save(parent, title, start, pattern):
        asked.append(start)
        return str(tmp_path / "out" / "일정.pdf"), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    (tmp_path / "out").mkdir()
    file_dialogs.save_file_name(None, "PDF 저장", "pdf", "일정.pdf", settings=settings)
    file_dialogs.save_file_name(None, "PDF 저장", "pdf", "회의록.pdf", settings=settings)
    assert asked == [str(documents / "일정.pdf"), str(tmp_path / "out" / "회의록.pdf")]


def test_version_is_printed_by_the_command(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip().startswith(f"SeeCoDesk {__version__}")




def test_an_import_path_can_be_pasted_with_quotes_and_opened_with_enter(qtbot, workspace, tmp_path):
    from seecodesk.gui.members.import_dialog import MemberImportDialog

    source = tmp_path / "붙여넣은 명단.csv"
    source.write_text("조직명,연락처\n가람바다협동조합,041-731-2201\n솔바람공방,041-731-2203\n", encoding="utf-8-sig")
    dialog = MemberImportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.ui.fileEdit
    qtbot.keyClicks(field, "/no/such/file.csv")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "파일을 찾을 수 없습니다" in dialog.ui.summaryLabel.text()
    field.selectAll()
    QApplication.clipboard().setText(f'"{source}"')  # Windows 탐색기 '경로로 복사' puts quotes around it
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.task is None, timeout=10_000)
    assert dialog.model.rowCount() == 2 and field.text() == str(source)


def test_recent_files_with_the_same_name_show_their_folders(qtbot, controller, demo_path, tmp_path, settings):
    other = tmp_path / "작년" / demo_path.name
    other.parent.mkdir()
    shutil.copyfile(demo_path, other)
    assert controller.open_path(other)
    window = controller.window
    qtbot.addWidget(window)
    window.show()
    menu = window.recent_menu
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    texts = [a.text() for a in menu.actions() if demo_path.name in a.text()]
    menu.close()
    assert len(texts) == 2 and len(set(t.split(" ", 1)[1] for t in texts)) == 2, texts
    assert any("작년" in t for t in texts), texts


def test_the_keys_the_guide_gives_for_each_section_open_that_section(qtbot, controller):
    import re

    window = controller.window
    seen = {"guide": guide_after_f1(qtbot, window)}
    pairs = {"회원 명단": "members", "분과·과제": "plan", "회의": "meetings", "동료컨설팅": "consulting",
             "인쇄·카탈로그": "catalog"}
    for heading, key in pairs.items():
        found = re.search(rf"\d\. {heading} \(Ctrl\+(\d)\)", seen["guide"])
        assert found, heading
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window.sidebar, getattr(Qt.Key, f"Key_{found.group(1)}"), Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda k=key: window.stack.currentWidget() is window.page(k), timeout=5000)


def test_a_new_networks_suggested_file_name_keeps_every_part_of_the_name_and_no_forbidden_mark(qtbot, tmp_path):
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from seecodesk.gui.welcome import ask_new_network
    from tests.gui_helpers import type_text, when_shown

    suggested: list[str] = []

    def name_it(box):
        field = box.findChild(QLineEdit)
        type_text(qtbot, field, "가람/서산 협의회: 2026?")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    def read_and_cancel(dialog):
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        suggested.append(field.text())
        qtbot.keyClick(field, Qt.Key.Key_Escape)  # 취소

    failures: list = []
    when_shown(QInputDialog, name_it, failures)
    QTimer.singleShot(0, lambda: when_shown(QFileDialog, read_and_cancel, failures))
    assert ask_new_network(None, str(tmp_path)) is None
    assert not failures, failures
    assert suggested and suggested[0].startswith("가람_서산 협의회_ 2026_"), suggested
    assert not set('<>:"/\\|?*') & set(suggested[0])
