"""Every dialog at a laptop's screen size (1366×768 and 1280×720, less a 40-pixel task bar), in the window's
own Korean font: the window fits, and the message that bad input brings up has height and lies inside the
window."""

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QMessageBox

from seecodesk.gui.widgets import screen_fit
from tests.gui_helpers import click, when_shown
from tests.test_every_dialog import DIALOGS, RECIPES, on_screen

SCREENS = {"1366x768": QRect(0, 0, 1366, 768 - 40), "1280x720": QRect(0, 0, 1280, 720 - 40)}


@pytest.fixture
def real_font(qapp):
    """The bundled Korean font the window uses: its line height decides what fits, not the test default's."""
    from seecodesk.gui.fonts import install_korean_font

    before = qapp.font()
    install_korean_font(qapp)
    yield
    qapp.setFont(before)


@pytest.fixture(params=sorted(SCREENS))
def laptop(request, monkeypatch, real_font):
    area = SCREENS[request.param]
    monkeypatch.setattr(screen_fit, "available_area", lambda window: area)
    return area


def fits(window, area: QRect) -> bool:
    return (window.width() <= area.width()
            and window.height() + screen_fit.FRAME_ALLOWANCE <= area.height())


@pytest.mark.parametrize("key", sorted(DIALOGS))
def test_dialog_fits_a_laptop_screen_and_its_message_shows(qtbot, workspace, tmp_path, laptop, key):
    recipe = RECIPES[key]
    dialog = recipe.open(workspace, tmp_path)
    dialog.tmp = tmp_path
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert fits(dialog, laptop), f"{key}: {dialog.width()}x{dialog.height()} on {laptop.width()}x{laptop.height()}"
    assert dialog.minimumSizeHint().height() + screen_fit.FRAME_ALLOWANCE <= laptop.height()
    if recipe.fill_invalid is None:
        return
    recipe.fill_invalid(qtbot, dialog)
    if recipe.error is None:
        when_shown(QMessageBox, lambda box: box.done(0))
    click(qtbot, dialog, recipe.save)
    if recipe.error is not None:
        label = recipe.error(dialog)
        qtbot.waitUntil(lambda: on_screen(label) and "중…" not in label.text(), timeout=10_000)
        assert label.height() >= label.fontMetrics().height(), f"{key}: the message is squeezed"
        assert fits(dialog, laptop)


def test_the_window_opened_the_first_time_fits_a_laptop_screen(qtbot, workspace, laptop):
    """No size remembered yet: the window starts inside the screen, its status bar (where 실행 취소 says
    what it undid) above the task bar, not at a 1280x800 that runs off a 1366x768 laptop."""
    from PySide6.QtCore import QSettings

    from seecodesk.gui.main_window import MainWindow

    QSettings("SeeCoDesk", "SeeCoDesk").remove("geometry/main")  # Qt keeps one settings file a process
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert fits(window, laptop), window.size()
    assert window.statusBar().isVisible()
    assert window.statusBar().geometry().bottom() < window.height()


def test_every_section_fits_a_laptop_screen(qtbot, workspace, laptop):
    from PySide6.QtCore import Qt

    from seecodesk.gui.main_window import MainWindow
    from seecodesk.gui.sections import SECTIONS

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(laptop.width(), laptop.height() - screen_fit.FRAME_ALLOWANCE)
    window.show()
    qtbot.waitExposed(window)
    for row, section in enumerate(SECTIONS):
        item = window.sidebar.item(row)
        qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton,
                         pos=window.sidebar.visualItemRect(item).center())
        page = window.stack.currentWidget()
        assert page is window.page(section.key)
        needed = window.minimumSizeHint()
        assert needed.height() + screen_fit.FRAME_ALLOWANCE <= laptop.height(), (section.key, needed)
        assert needed.width() <= laptop.width(), (section.key, needed)
        assert fits(window, laptop), (section.key, window.size())


def test_person_warnings_are_not_covered_by_the_fields_above_them(qtbot, laptop):
    from seecodesk.core.members import Person
    from seecodesk.gui.members.person_dialog import PersonDialog
    from tests.gui_helpers import type_into

    dialog = PersonDialog(None, Person(name=""))
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.mobile_edit, "900101-1234567")
    type_into(qtbot, dialog.notes_edit, "메모 800101-2345678")
    click(qtbot, dialog, "확인")
    assert fits(dialog, laptop)
    for field, edit in (("mobile", dialog.mobile_edit), ("notes", dialog.notes_edit)):
        label = dialog.errors.labels[field]
        assert label.isVisible() and label.height() >= label.fontMetrics().lineSpacing()
        assert label.geometry().top() >= edit.geometry().bottom(), f"{field}: the message is under its field"


def test_the_plan_tab_shows_the_whole_plan_name_and_button_labels_on_a_laptop(qtbot, workspace, laptop):
    from PySide6.QtCore import Qt

    from seecodesk.gui.main_window import MainWindow
    from seecodesk.gui.sections import SECTIONS

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(laptop.width(), laptop.height() - screen_fit.FRAME_ALLOWANCE)
    window.show()
    qtbot.waitExposed(window)
    row = next(i for i, section in enumerate(SECTIONS) if section.key == "plan")
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.sidebar.visualItemRect(window.sidebar.item(row)).center())
    editor = window.stack.currentWidget().editor
    combo = editor.plan_combo
    name = combo.currentText()
    assert name, "the demo has a plan"
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(name) + 20, (name, combo.width())
    for text, button in editor.buttons.items():
        assert button.width() >= button.fontMetrics().horizontalAdvance(text), text
    assert "년 1월 – " in editor.info.text() and "-01" not in editor.info.text()


def test_trade_totals_of_every_organisation_do_not_make_the_window_taller_than_the_screen(qtbot, workspace):
    """상호거래 at the window's first-start width (1280): the 거래 기록 totals list every organisation that traded;
    the window once needed 771 pixels for them, running off a 1366x768 laptop's screen. They scroll now."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QTabWidget

    from seecodesk.gui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1280, 728 - screen_fit.FRAME_ALLOWANCE)
    window.show()
    qtbot.waitExposed(window)
    sidebar = window.sidebar
    row = next(r for r in range(sidebar.count()) if sidebar.item(r).text().startswith("상호거래"))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(sidebar.item(row)).center())
    tabs = window.stack.currentWidget().findChild(QTabWidget)
    tab_bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "거래 기록")
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(index).center())
    totals = window.findChild(QLabel, "tradeTotals")
    assert totals.isVisible() and "원" in totals.text()
    assert window.minimumSizeHint().height() + screen_fit.FRAME_ALLOWANCE <= 728
    assert window.height() + screen_fit.FRAME_ALLOWANCE <= 728


SCALED_125 = QRect(0, 0, 1093, 614 - 32)  # 1366x768 with Windows' 125% scaling (or a larger font): Qt's pixels


def test_every_section_is_no_wider_than_a_laptop_screen_at_125_percent(qtbot, workspace, monkeypatch, real_font):
    """At 125% a 1366x768 screen is 1093 of Qt's pixels wide: no page may make the window wider, or its right-hand
    buttons (분과·과제's 인쇄·미리보기, the 회비 buttons) end up off the screen. The 분과·과제 buttons once needed 1195."""
    from PySide6.QtCore import Qt

    from seecodesk.gui.main_window import MainWindow
    from seecodesk.gui.sections import SECTIONS

    monkeypatch.setattr(screen_fit, "available_area", lambda window: SCALED_125)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() <= SCALED_125.width()
    qtbot.waitUntil(lambda: window._menus_filled)  # 이동's Ctrl+1…9 come right after the first paint
    for row, section in enumerate(SECTIONS):
        qtbot.keyClick(window.sidebar, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is window.page(section.key)
        qtbot.wait(50)  # the page is laid out and painted
        assert window.minimumSizeHint().width() <= SCALED_125.width(), (section.key, window.minimumSizeHint())
        assert window.width() <= SCALED_125.width(), (section.key, window.width())


@pytest.mark.parametrize("key", sorted(DIALOGS))
def test_dialog_fits_a_laptop_screen_at_125_percent(qtbot, workspace, tmp_path, monkeypatch, real_font, key):
    """At 125% a 1366x768 laptop has 1093x582 of Qt's pixels: a dialog opened at a fixed 560 pixels of height
    (회원사, 과제, 제품, 사용 안내, the import previews) ran under the task bar with its 저장 button."""
    monkeypatch.setattr(screen_fit, "available_area", lambda window: SCALED_125)
    dialog = RECIPES[key].open(workspace, tmp_path)
    dialog.tmp = tmp_path
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert fits(dialog, SCALED_125), f"{key}: {dialog.width()}x{dialog.height()}"
